// <cdm-briefing-bar for="map-id">: the briefing tools for one map, placed anywhere in the page
// (or inside the map's own toolbar): a "Present" button that opens presentation mode at the map's
// current view, and the export menu (PNG, SVG, CSV) for that view. It reads the view and the data
// from the map's public API (`viewState`, `atlas`, `data`, `onScreen`) when the reader reaches for the tools,
// so a timeline step does not render it again. A page URL
// with `?present=<step>` opens presentation mode at that step as soon as the bar connects.
import { LitElement, css, html } from 'lit';
import './cdm-export-menu';
import type { PresentationStart } from './cdm-presentation';
import { PRESENT_PARAM } from '../lib/present-param';
import type { VisibleArea } from '../lib/visible-area';
import type { CompiledAtlas, Dataset, DeclarationId, IsoDate, ViewMode } from '../lib/types';
import { resolveViewState, type ViewState } from '../lib/view-state';
import { themeVar } from './theme';

export interface MapView {
  declaration: DeclarationId;
  date: IsoDate;
  view: ViewMode;
  /** Compare view: the second declaration; change view: the window's start (null otherwise). */
  with: DeclarationId | null;
  from: IsoDate | null;
}

/** The map's public read-only API the tools use (an element not yet defined has none of it). */
type MapElement = Element & {
  viewState?: ViewState;
  atlas?: CompiledAtlas | null;
  data?: Dataset | null;
  onScreen?: { width: number; visible: VisibleArea | null };
};

/** The view a map element shows: its own resolved `viewState` (fallbacks applied, date clamped),
 *  or, before the element is defined, its attributes resolved by the same rule. */
export function mapViewOf(map: Element | null): MapView {
  const shown = (map as MapElement | null)?.viewState;
  const state =
    shown ??
    resolveViewState({ declaration: map?.getAttribute('declaration'), date: map?.getAttribute('date'), view: map?.getAttribute('view'), with: map?.getAttribute('with'), from: map?.getAttribute('from') }).state;
  return { declaration: state.declaration, date: state.date, view: state.view, with: state.with, from: state.from };
}

/** The atlas and dataset a map element shows (null before it has loaded them). */
function assetsOf(map: Element | null): { atlas: CompiledAtlas | null; data: Dataset | null } {
  const m = map as MapElement | null;
  return { atlas: m?.atlas ?? null, data: m?.data ?? null };
}

/**
 * Present and Export for a `<cyber-declarations-map>`.
 *
 * @csspart present - the Present button
 * @csspart export - the export menu
 */
export class CdmBriefingBar extends LitElement {
  static override properties = {
    for: { type: String },
    target: { attribute: false },
    _view: { state: true },
    _screenWidth: { state: true },
    _error: { state: true },
  };

  /** Id of the map element this bar serves (default: the first `<cyber-declarations-map>`). */
  declare for: string | null;
  /** The map element itself (wins over `for`), e.g. when the map renders this bar in its own toolbar. */
  declare target: Element | null;
  declare _view: MapView;
  declare _screenWidth: number;
  /** Why presentation mode could not open (its chunk failed to load), shown beside the button. */
  declare _error: string;

  constructor() {
    super();
    this.for = null;
    this.target = null;
    this._view = mapViewOf(null);
    this._screenWidth = 0;
    this._error = '';
  }

  /** The map element served. */
  get map(): Element | null {
    if (this.target) return this.target;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (this.for ? root.getElementById?.(this.for) : null) ?? document.querySelector('cyber-declarations-map');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Wait a frame so a map written after the bar in the page exists too.
    requestAnimationFrame(() => {
      this.refreshView();
      if (new URLSearchParams(location.search).has(PRESENT_PARAM)) void this.openPresentation('url', true);
    });
  }

  /**
   * Reads the map's view now: when the pointer or the focus reaches the tools, and before any
   * click in the export menu (a capturing listener), which then reads it at once. Watching the
   * map's attributes instead would render this bar and its menu on every timeline step.
   */
  private refreshView(): void {
    const view = mapViewOf(this.map);
    const menu = this.renderRoot?.querySelector('cdm-export-menu');
    // The menu exports what the map holds (its pinned dataset too), never a second download,
    // and what else the reader sees (the chosen country, the zoom).
    if (menu) Object.assign(menu, view, assetsOf(this.map), this.seen());
    const shown = this._view;
    if (shown.declaration !== view.declaration || shown.date !== view.date || shown.view !== view.view || shown.with !== view.with || shown.from !== view.from) this._view = view;
  }

  /** What else the reader sees, for the images: the chosen country and the zoom. */
  private seen(): { country: string | null; visible: VisibleArea | null } {
    const map = this.map as MapElement | null;
    return { country: map?.viewState?.country ?? map?.getAttribute('country') ?? null, visible: map?.onScreen?.visible ?? null };
  }

  /** Leaving presentation mode returns focus here (also when the page URL opened it). */
  private get presentButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('button[part="present"]') ?? null;
  }

  private present(): void {
    const { declaration, date, view, with: withId, from } = mapViewOf(this.map);
    void this.openPresentation({ declaration, date, view, with: withId, from }, this.map?.hasAttribute('sync-url') ?? false);
  }

  /** Presentation mode is a chunk of its own, fetched on the first "Present" (or a ?present= URL). */
  private async openPresentation(start: PresentationStart | 'url', syncUrl: boolean): Promise<void> {
    this._error = '';
    try {
      const { openPresentation } = await import('./open-presentation');
      openPresentation(this.map, start, { syncUrl, returnFocusTo: this.presentButton });
    } catch (error) {
      this._error = `Presentation mode could not load: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private readonly onApproach = (): void => {
    this.measure();
    this.refreshView();
  };

  private readonly beforeClick = { handleEvent: () => this.refreshView(), capture: true };

  /** Twice the map's on-screen width is the default PNG width. */
  private measure(): void {
    const map = this.map as MapElement | null;
    this._screenWidth = map?.onScreen?.width ?? Math.round(map?.getBoundingClientRect().width ?? 0);
  }

  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      font: inherit;
    }
    button {
      font: inherit;
      font-size: 0.9em;
      font-weight: 600;
      min-height: 2em;
      padding: 0.2em 0.9em;
      border: 1px solid currentColor;
      border-radius: 4px;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid ${themeVar('--cdm-focus', 'light')};
      outline-offset: 2px;
    }
    .error {
      color: ${themeVar('--cdm-warning-text', 'light')};
      flex-basis: 100%;
    }
    /* The theme's dark defaults (themeVar): these tools sit in the page, outside the map and its
       colour scheme, so a media query picks them. */
    @media (prefers-color-scheme: dark) {
      button:focus-visible {
        outline-color: ${themeVar('--cdm-focus', 'dark')};
      }
      .error {
        color: ${themeVar('--cdm-warning-text', 'dark')};
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `;

  protected override render() {
    const map = this.map;
    return html`
      <button part="present" type="button" title="Full-screen tour for briefings (clicker keys step; Escape leaves)" @click=${() => this.present()}>
        ▶ Present
      </button>
      <cdm-export-menu
        part="export"
        declaration=${this._view.declaration}
        date=${this._view.date}
        view=${this._view.view}
        screen-width=${this._screenWidth}
        atlas-src=${map?.getAttribute('atlas-src') ?? ''}
        dataset-src=${map?.getAttribute('dataset-src') ?? ''}
        @pointerenter=${this.onApproach}
        @focusin=${this.onApproach}
        @click=${this.beforeClick}
      ></cdm-export-menu>
      ${this._error ? html`<span class="error" role="alert">${this._error}</span>` : ''}
    `;
  }
}

if (!customElements.get('cdm-briefing-bar')) customElements.define('cdm-briefing-bar', CdmBriefingBar);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-briefing-bar': CdmBriefingBar;
  }
}
