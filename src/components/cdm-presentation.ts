// <cdm-presentation>: presentation mode for briefings. Full screen (Fullscreen API; when the
// browser refuses, a fixed overlay over the whole window), large type, and only what a presenter
// needs: a clicker's keys (Page Down / Page Up, arrows, Space / Shift+Space) step through the tour
// (src/lib/tour.ts), each step with its caption and a "3 / 14" counter; Escape leaves. The map and
// legend are the explorer's own (same paths, colours, patterns, data-status hooks and queries),
// laid out for a 16:9 screen with type that scales with it (presentation-styles.ts).
import { languageAround } from './language-around';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import './cdm-slide-map';
import './cdm-legend';
import { presentationStyles } from './presentation-styles';
import type { LegendEntry } from './cdm-legend';
import { cdmEvent } from './events';
import { createCountryNamer, type CountryNamer } from '../lib/country-names';
import { indexDataset, type DatasetIndex } from '../lib/dataset-index';
import { speakerNotesHtml, stepEvidence } from '../lib/briefing-notes';
import { openSpeakerNotes } from './open-speaker-notes';
import { focusedElement, inertOutside, wrapTab } from './modal-focus';
import { BLANK_KEYS, NEXT_KEYS, PREVIOUS_KEYS } from '../lib/clicker-keys';
import { sourceLine } from '../lib/source-credits';
import { countsPhrase } from '../lib/status-text';
import { declarationViewModel } from '../lib/view-model';
import { changeViewModel, compareViewModel } from '../lib/compare-view-model';
import { pairStyle } from './pair-style';
import { buildTour, captionDay, parsePresentParam, splitNames, startIndexFor, withPresentParam, type TourStep } from '../lib/tour';
import type { CompiledAtlas, Dataset, Declaration, DeclarationId, Iso3, IsoDate } from '../lib/types';
import { assetsFor } from '../export/source-assets';
import { LegendFitController } from '../controllers/legend-fit-controller';

/** Screens whose legend column is narrow (under the legend's phone width) but has room for the definitions. */
const ROOMY = matchMedia('(orientation: landscape) and (min-height: 600px)');


export interface PresentationView {
  declaration: DeclarationId;
  date: IsoDate;
  /** The explorer's view mode when presentation starts from it (`all`: the tour's first step), or a closing step's. */
  view?: 'declaration' | 'all' | 'compare' | 'change';
  /** Compare: the second declaration; change: the window's start. */
  with?: DeclarationId | null;
  from?: IsoDate | null;
}

export interface PresentationChangeDetail extends PresentationView {
  /** 1-based step number. */
  step: number;
  total: number;
}

/** Where to start: the explorer's current view (its step, else the first), or a tour step (0-based). */
export type PresentationStart = PresentationView | { step: number };

/**
 * Presentation mode.
 *
 * @fires cdm-presentation-change - the presenter moved to another step (detail: step, total, declaration, date)
 * @fires cdm-presentation-close - the presenter left presentation mode (detail: the view shown last)
 * @csspart header - title and date
 * @csspart caption - the step's one-line caption
 * @csspart counter - the "3 / 14" step counter
 * @csspart controls - previous / next / full screen / exit buttons
 * @cssproperty --cdm-presentation-background - page colour behind the map
 * @cssproperty --cdm-presentation-color - text colour
 * @cssproperty --cdm-highlight - outline of the states a step is about (default #111820; white in the dark scheme)
 */
export class CdmPresentation extends LitElement {
  static override properties = {
    atlas: { attribute: false },
    data: { attribute: false },
    atlasSrc: { type: String, attribute: 'atlas-src' },
    datasetSrc: { type: String, attribute: 'dataset-src' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    open: { type: Boolean, reflect: true },
    blank: { type: Boolean, reflect: true },
    _index: { state: true },
    _view: { state: true },
    _error: { state: true },
    _fullscreen: { state: true },
    _highlight: { state: true },
  };

  declare atlas: CompiledAtlas | null;
  /** The dataset (named `data`: `dataset` is the DOM's data-* map on every element). */
  declare data: Dataset | null;
  declare atlasSrc: string | null;
  declare datasetSrc: string | null;
  /** Keep `?present=<step>` in the page URL while presenting. */
  declare syncUrl: boolean;
  declare open: boolean;
  /** The slide is blacked out (a clicker's blank-screen key); any key or click brings it back. */
  declare blank: boolean;
  /** Current tour step (0-based); -1 before the first. */
  declare _index: number;
  /** What the map shows (a step's view, or the view presentation was entered from). */
  declare _view: PresentationView | null;
  declare _error: string;
  declare _fullscreen: boolean;
  /** Legend entry whose countries stand out (hover / focus on the legend). */
  declare _highlight: string | null;

  private tour: TourStep[] = [];
  /** Undoes the page's inertness; set while open. */
  private releasePage: (() => void) | null = null;
  private tourFor: Dataset | null = null;
  private ix: DatasetIndex | null = null;
  private namer: CountryNamer = (iso3) => iso3;
  /** The language the namer names states in (the nearest `lang`); every other word is English. */
  private nameLang = 'en';
  // Derived from the view in willUpdate; render() only reads them.
  private decl: Declaration | null = null;
  private categories: ReadonlyMap<Iso3, string> | null = null;
  private legend: LegendEntry[] = [];
  private countsLine = '';
  /** The closing steps' title ("Paris Call and Future of the Internet"); empty on a declaration's own steps. */
  private pairTitle = '';
  private sources = '';
  private describe: (iso3: Iso3) => string = () => '';
  private pendingStart: PresentationStart | 'url' | null = null;
  /** Set while our own toggle leaves full screen: that exit keeps the presentation open. */
  private leavingFullscreen = false;
  /** Where focus goes back to on leaving (the control that opened presentation mode). */
  private returnFocusTo: HTMLElement | null = null;
  private readonly legendFit = new LegendFitController(this, () => this.renderRoot?.querySelector('cdm-legend') ?? null);

  constructor() {
    super();
    this.atlas = null;
    this.data = null;
    this.atlasSrc = null;
    this.datasetSrc = null;
    this.syncUrl = false;
    this.open = false;
    this.blank = false;
    this._index = -1;
    this._view = null;
    this._error = '';
    this._fullscreen = false;
    this._highlight = null;
  }

  /** What the map shows now (declaration and date), or null before the data is there. */
  get view(): PresentationView | null {
    return this._view;
  }

  /** The tour this presentation steps through (empty until the dataset is there). */
  get steps(): readonly TourStep[] {
    return this.tour;
  }

  /** The current step (0-based); -1 until the tour is there. */
  get index(): number {
    return this._index;
  }

  /**
   * Opens presentation mode. Call it from a click or key handler so the browser grants full
   * screen; otherwise (or if refused) it fills the window instead.
   * `'url'` starts at the `?present=<step>` of the page URL. Leaving returns focus to
   * `returnFocusTo` (default: whatever had focus when it opened).
   */
  present(start: PresentationStart | 'url' = { step: 0 }, returnFocusTo?: HTMLElement | null): void {
    if (!this.open) this.returnFocusTo = returnFocusTo ?? focusedElement();
    this.open = true;
    this.releasePage ??= inertOutside(this);
    this.pendingStart = start;
    this.ensureTour();
    this.applyStart();
    this.requestFull();
    void this.updateComplete.then(() => this.focus({ preventScroll: true }));
  }

  /** Leaves presentation mode (and full screen). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.blank = false;
    this.releasePage?.();
    this.releasePage = null;
    // Full screen makes the rest of the page inert: focus can only go back once it has ended.
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined).finally(() => this.restoreFocus());
    else this.restoreFocus();
    if (this.syncUrl) this.writeUrl(null);
    const view = this._view;
    if (view) this.dispatchEvent(cdmEvent('cdm-presentation-close', { ...view }));
  }

  /** Keyboard and screen-reader users go on from where they were, not from the top of the page. */
  private restoreFocus(): void {
    if (this.open) return; // opened again meanwhile: that opening owns the focus
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target && target !== this && target.isConnected && !this.contains(target)) target.focus({ preventScroll: true });
  }

  next(): void {
    if (this._index < this.tour.length - 1) this.goTo(this._index + 1, true);
  }

  previous(): void {
    if (this._index > 0) this.goTo(this._index - 1, true);
  }

  /** Shows step `index` (0-based). `byUser` fires the change event. */
  goTo(index: number, byUser = false): void {
    const step = this.tour[Math.max(0, Math.min(this.tour.length - 1, index))];
    if (!step) return;
    this._index = step.index;
    this._view = { declaration: step.declarationId, date: step.date, ...(step.view ? { view: step.view, with: step.with ?? null, from: step.from ?? null } : {}) };
    if (this.syncUrl) this.writeUrl(step.index);
    if (byUser) {
      const detail: PresentationChangeDetail = { step: step.n, total: step.total, declaration: step.declarationId, date: step.date };
      this.dispatchEvent(cdmEvent('cdm-presentation-change', detail));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = -1;
    // A modal dialog to screen readers (the page behind is inert while it is open).
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-modal', 'true');
    this.setAttribute('aria-label', 'Presentation: the international declarations on cyberspace');
    document.addEventListener('keydown', this.onKey, true);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.addEventListener('click', this.onPointerClick);
    ROOMY.addEventListener('change', this.onRoomy);
  }

  private readonly onRoomy = (): void => this.requestUpdate();

  override disconnectedCallback(): void {
    // Removed while open: the page behind must not stay inert.
    this.releasePage?.();
    this.releasePage = null;
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.removeEventListener('click', this.onPointerClick);
    ROOMY.removeEventListener('change', this.onRoomy);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('_index') || changed.has('open') || changed.has('data')) void this.legendFit.refit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('open')) {
      this.ensureTour();
      this.applyStart();
    }
    if (changed.has('open') && this.open && !this.data) void this.loadData();
    if (changed.has('_view') || changed.has('data') || changed.has('_index')) this.deriveView();
  }

  /** The tour and the indexes are derived from the dataset, once per dataset. */
  private ensureTour(): void {
    if (this.data && this.tourFor !== this.data) {
      this.nameLang = languageAround(this);
      this.namer = createCountryNamer(this.data.countries, this.nameLang);
      this.tour = buildTour(this.data, this.namer);
      this.ix = indexDataset(this.data);
      this.tourFor = this.data;
    }
  }

  /** Statuses, legend and counts of the view, from the same queries as the explorer. */
  private deriveView(): void {
    const ix = this.ix;
    const view = this._view;
    this.decl = (view && ix?.declarations.get(view.declaration)) || null;
    if (!ix || !view || !this.decl) {
      this.categories = null;
      this.legend = [];
      this.countsLine = '';
      this.sources = '';
      return;
    }
    const decl = this.decl;
    // The closing steps: two declarations side by side, or who joined, from the explorer's own view models.
    const pair =
      view.view === 'compare' && view.with
        ? compareViewModel(ix, view.declaration, view.with, view.date)
        : view.view === 'change' && view.from
          ? changeViewModel(ix, view.declaration, view.from, view.date)
          : null;
    this.pairTitle = pair?.asOfTitle ?? '';
    if (pair) {
      this.categories = pair.categories;
      this.legend = pair.legend;
      this.countsLine = pair.sentence;
      this.describe = pair.describe;
      const step = this.tour[this._index];
      this.sources = sourceLine(ix.dataset, step ? stepEvidence(ix, step).sourceIds : [], 3);
      return;
    }
    // The explorer's own view model (src/lib/view-model.ts), so the room sees what the reader saw.
    const vm = declarationViewModel(ix, view.declaration, view.date)!;
    if (!vm.launched) {
      this.categories = null;
      this.legend = [];
      this.countsLine = `Not launched yet: launched ${captionDay(decl.launch)}`;
      this.sources = '';
      this.describe = () => '';
      return;
    }
    this.categories = vm.categories;
    this.legend = vm.legend;
    this.countsLine = countsPhrase(vm.counts, decl);
    this.describe = vm.describe;
    const step = this.tour[this._index];
    this.sources = sourceLine(ix.dataset, step ? stepEvidence(ix, step).sourceIds : [], 3);
  }

  private async loadData(): Promise<void> {
    try {
      const probe = document.createElement('span');
      if (this.atlasSrc) probe.setAttribute('atlas-src', this.atlasSrc);
      if (this.datasetSrc) probe.setAttribute('dataset-src', this.datasetSrc);
      const assets = await assetsFor(probe);
      this.atlas ??= assets.atlas;
      this.data = assets.dataset;
    } catch (error) {
      this._error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Turns the pending start into an index and a view, once the tour exists. */
  private applyStart(): void {
    const start = this.pendingStart;
    if (!start || this.tour.length === 0) return;
    this.pendingStart = null;
    if (start === 'url') this.goTo(parsePresentParam(location.search, this.tour, (w) => console.warn(`<cdm-presentation>: ${w}`)) ?? 0);
    else if ('step' in start) this.goTo(start.step);
    // From the explorer: the step for its view if there is one, else the first; always a numbered step.
    else this.goTo(startIndexFor(this.tour, start));
  }

  /** Opens the speaker notes (caption, counts, sources and quotes per step) as a printable page. */
  openNotes(): void {
    if (this.ix) openSpeakerNotes(speakerNotesHtml(this.ix, this.tour, { of: this.namer, lang: this.nameLang }));
  }

  private requestFull(): void {
    if (document.fullscreenElement === this || typeof this.requestFullscreen !== 'function') return;
    // Without a user gesture (`?present=` on load) the browser refuses and warns: the overlay already
    // fills the window. Browsers without UserActivation are asked anyway (a refusal costs nothing).
    if (navigator.userActivation && !navigator.userActivation.isActive) return;
    this.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  }

  private readonly onFullscreenChange = (): void => {
    const full = document.fullscreenElement === this;
    // The browser takes Escape in full screen, so leaving it means leaving; not by our toggle (F, the button).
    if (this._fullscreen && !full && this.open && !this.leavingFullscreen) this.close();
    if (!full) this.leavingFullscreen = false;
    this._fullscreen = full;
  };

  /**
   * A button clicked with a pointer would keep focus and take a clicker's Space and Enter (◀ went
   * back, Notes opened a second window): focus goes back to the slide. Keyboard clicks (detail 0) keep it.
   */
  private readonly onPointerClick = (event: MouseEvent): void => {
    if (!this.open || event.detail === 0) return;
    this.blank = false;
    if (event.composedPath().some((n) => n instanceof HTMLButtonElement)) this.focus({ preventScroll: true });
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.open || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Tab') return wrapTab(event, this.shadowRoot!);
    // A focused button keeps Enter and Space (a pointer click does not leave focus on one: onPointerClick).
    const path = event.composedPath();
    if ((event.key === 'Enter' || event.key === ' ') && path.some((n) => n instanceof HTMLButtonElement)) return;
    let handled = true;
    if (this.blank && event.key !== 'Escape') this.blank = false; // back to the slide, on the same step
    else if (event.key === 'Escape') this.close();
    else if (event.key === ' ' && event.shiftKey) this.previous();
    else if (NEXT_KEYS.has(event.key)) this.next();
    else if (PREVIOUS_KEYS.has(event.key)) this.previous();
    else if (event.key === 'Home') this.goTo(0, true);
    else if (event.key === 'End') this.goTo(this.tour.length - 1, true);
    else if (event.key === 'f' || event.key === 'F') this.toggleFullscreen();
    else if (BLANK_KEYS.has(event.key)) this.blank = true;
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private toggleFullscreen(): void {
    if (document.fullscreenElement === this) {
      this.leavingFullscreen = true;
      void document.exitFullscreen().catch(() => (this.leavingFullscreen = false));
    } else this.requestFull();
  }

  private writeUrl(index: number | null): void {
    const search = withPresentParam(location.search, index);
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some file:// and sandboxed pages refuse URL changes; presenting still works.
    }
  }

  static override styles = presentationStyles;

  protected override render() {
    if (!this.open) return nothing;
    if (this._error) {
      return html`<div class="slide" lang="en"><p class="error" role="alert">Presentation mode could not start: ${this._error}</p>
        <div class="controls" part="controls"><button type="button" @click=${() => this.close()}>Exit</button></div></div>`;
    }
    const view = this._view;
    const decl = this.decl;
    const step = this.tour[this._index];
    const caption = step?.caption ?? 'Loading…';
    const total = this.tour.length;
    const counter = step ? `${step.n} / ${total}` : '';
    const named = step?.named.map(this.namer) ?? [];
    const others = (step?.countries.length ?? 0) - named.length;
    // Each name in its language, the words around it in English (read in the right voice).
    const tagged = (name: string) => html`<span lang=${this.nameLang}>${name}</span>`;
    const captionText = splitNames(caption, named).map((part) => (typeof part === 'string' ? part : tagged(part.name)));
    // What a screen reader hears on each step: where it is, the caption, and the states marked.
    const announcement = step
      ? html`Step ${step.n} of ${total}. ${captionText}.${named.length > 0
          ? html` Marked on the map: ${named.map((name, i) => html`${i > 0 ? ', ' : ''}${tagged(name)}`)}${others > 0 ? ` and ${others} more` : ''}.`
          : nothing}`
      : '';
    // The slide's words are English, whatever the page's language (names carry their own).
    return html`<div class="slide" lang="en">
      <header part="header">
        <div>
          <h1 title=${decl?.title ?? ''}>${this.pairTitle || (decl?.shortName ?? '')}</h1>
          <p class="counts">${this.countsLine}</p>
        </div>
        <span class="date">${view ? captionDay(view.date) : ''}</span>
      </header>
      ${view && this.atlas
        ? html`<div class="map-area" .style=${`--map-w:${this.atlas.width};--map-h:${this.atlas.height}`}><div class="map-wrap">
            <cdm-slide-map
              .atlas=${this.atlas}
              .categories=${this.categories}
              .categoryAttr=${'data-status'}
              .extraStyle=${this.pairTitle ? pairStyle : null}
              .countryName=${this.namer}
              .locale=${this.nameLang}
              .describe=${this.describe}
              .label=${`Map: ${decl?.title ?? ''}`}
              .summary=${`${decl?.title ?? ''} as of ${captionDay(view.date)}: ${this.countsLine}`}
              .highlight=${this._highlight}
              .highlighted=${step?.countries ?? []}
              .labelled=${step?.named ?? []}
              .reducedMotion=${true}
            ></cdm-slide-map>
          </div></div>`
        : html`<p class="loading">Loading the map…</p>`}
      <cdm-legend heading="Legend" ?definitions=${ROOMY.matches} ?compact=${this.legendFit.compact} .entries=${this.legend} .categoryAttr=${'data-status'} .extraStyle=${this.pairTitle ? pairStyle : null}
        @cdm-legend-highlight=${(e: CustomEvent<{ value: string | null }>) => (this._highlight = e.detail.value)}></cdm-legend>
      <footer>
        <p class="caption" part="caption">${captionText}</p>
        <span class="counter" part="counter" aria-hidden="true">${counter}</span>
        <div class="controls" part="controls">
          <button type="button" aria-label="Previous step" title="Previous (Page Up)" ?disabled=${this._index <= 0}
            @click=${() => this.previous()}>◀</button>
          <button type="button" aria-label="Next step" title="Next (Page Down)" ?disabled=${this._index >= total - 1}
            @click=${() => this.next()}>▶</button>
          <button type="button" aria-label="Speaker notes" title="Speaker notes: captions, counts, sources and quotes for every step"
            @click=${() => this.openNotes()}>Notes</button>
          <button type="button" aria-label=${this._fullscreen ? 'Leave full screen' : 'Full screen'} title="Full screen (F)"
            @click=${() => this.toggleFullscreen()}>
            <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"/></svg>
          </button>
          <button type="button" aria-label="Exit presentation" title="Exit (Escape)" @click=${() => this.close()}>✕</button>
        </div>
      </footer>
      <p class="source" part="source">${this.sources}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.blank ? 'Screen blanked: press any key to return.' : announcement}</div>
    </div>`;
  }
}

/** The element with focus, looking inside shadow roots (a button in a toolbar's shadow DOM). */
if (!customElements.get('cdm-presentation')) customElements.define('cdm-presentation', CdmPresentation);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-presentation': CdmPresentation;
  }
}
