// <cdm-legend>: one entry per category on the map, defined in words, with its count, a swatch
// drawn by the map's own fill rules (same colours, same patterns), and hover / focus on an entry
// highlighting its countries (a click pins the highlight, for touch). Counts have a fixed width so
// the legend does not jump while the timeline is scrubbed.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { legendCompactStyles } from './legend-compact-styles';
import { adoptOnce, patternVars, statusFillStyles, statusPatternDefs, swatch, uniquePrefix, type ExtraStyle } from './status-style';
import type { MapCategoryAttr } from './cdm-map';
import { SMALL_SIZE, STRONG_WEIGHT } from './type-scale';
import { themeVar } from './theme';

export interface LegendEntry {
  /** The category value as written on the map (`refused`, or a count `3`). */
  value: string;
  label: string;
  /** What the category means for this declaration. */
  definition: string;
  count: number;
}

/** Internal event: which category to highlight on the map (null = none). Does not leave the element. */
export const LEGEND_HIGHLIGHT_EVENT = 'cdm-legend-highlight';
export type LegendHighlightEvent = CustomEvent<{ value: string | null }>;

/**
 * @attr compact - entries in rows of swatch, word and count (the definitions are still read out), as on a phone
 * @attr definitions - show the definitions however narrow the legend (a slide's legend column), unless `compact`
 * @csspart list - the list of entries
 */
export class CdmLegend extends LitElement {
  static override properties = {
    entries: { attribute: false },
    categoryAttr: { attribute: false },
    heading: { type: String },
    note: { type: String },
    extraStyle: { attribute: false },
    compact: { type: Boolean, reflect: true },
    definitions: { type: Boolean, reflect: true },
    _pinned: { state: true },
  };

  declare entries: LegendEntry[];
  declare categoryAttr: MapCategoryAttr;
  declare heading: string;
  /** A line under the entries (who could take part). */
  declare note: string;
  /** How categories beyond the statuses look (compare and change views). */
  declare extraStyle: ExtraStyle | null;
  /** Entries in rows, definitions read out only (the article layout; a phone gets it by width). */
  declare compact: boolean;
  /** Definitions shown even under 560 px (the narrow width that otherwise means a phone). */
  declare definitions: boolean;
  declare _pinned: string | null;

  private readonly uid = uniquePrefix('cdm-legend');
  private hovered: string | null = null;

  constructor() {
    super();
    this.entries = [];
    this.categoryAttr = 'data-status';
    this.heading = 'Legend';
    this.note = '';
    this.extraStyle = null;
    this.compact = false;
    this.definitions = false;
    this._pinned = null;
  }

  static override styles = [
    css`
      :host {
        /* Layout and style containment: text that changes on every timeline step stays inside. */
        contain: layout style;
        display: block;
        container-type: inline-size;
        font-family: var(--cdm-font-family, system-ui, sans-serif);
        line-height: 1.4;
        color: ${themeVar('--cdm-text')};
      }
      h2 {
        font-size: ${SMALL_SIZE};
        font-weight: ${STRONG_WEIGHT};
        text-transform: uppercase;
        letter-spacing: 0.05em;
        margin: 0 0 4px;
        color: ${themeVar('--cdm-muted-text')};
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13.5em, 1fr));
        gap: 2px 12px;
      }
      button {
        all: unset;
        box-sizing: border-box;
        display: grid;
        grid-template-columns: 20px 1fr;
        column-gap: 8px;
        width: 100%;
        padding: 4px 6px;
        border-radius: 4px;
        cursor: pointer;
        font: inherit;
        color: inherit;
      }
      button:hover,
      button[aria-pressed='true'] {
        background: ${themeVar('--cdm-control-hover')};
      }
      button:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 0;
      }
      svg.sw {
        grid-row: span 2;
        margin-top: 3px;
      }
      .swatch {
        stroke: ${themeVar('--cdm-swatch-border')};
        stroke-width: 1;
      }
      .head {
        display: flex;
        gap: 6px;
        align-items: baseline;
      }
      .label {
        font-weight: ${STRONG_WEIGHT};
      }
      .count {
        font-variant-numeric: tabular-nums;
        min-width: 3ch;
        text-align: right;
        margin-left: auto;
      }
      .definition {
        font-size: ${SMALL_SIZE};
        color: ${themeVar('--cdm-muted-text')};
      }
      .note {
        margin: 6px 0 0;
        font-size: ${SMALL_SIZE};
        color: ${themeVar('--cdm-muted-text')};
      }
    `,
    // On a phone, right under the map, and in the article layout (`compact`): swatch, word and
    // count in rows (the definition is still read out). One set of rules, under either condition.
    legendCompactStyles,
    statusFillStyles,
  ];

  private setHover(value: string | null): void {
    this.hovered = value;
    this.emit();
  }

  private emit(): void {
    const value = this._pinned ?? this.hovered;
    this.dispatchEvent(new CustomEvent(LEGEND_HIGHLIGHT_EVENT, { detail: { value }, bubbles: true, composed: false }));
  }

  private togglePin(value: string): void {
    this._pinned = this._pinned === value ? null : value;
    this.emit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('extraStyle')) adoptOnce(this.renderRoot, this.extraStyle?.sheet);
    // A pinned category the new entries do not have (another declaration, the all view) would
    // fade the whole map with nothing pressed to undo it. An empty list (before a launch) keeps it.
    const gone = this._pinned !== null && this.entries.length > 0 && !this.entries.some((e) => e.value === this._pinned);
    if (changed.has('entries') && gone) {
      this._pinned = null;
      this.emit();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hovered = null;
  }

  protected override render() {
    const extra = this.extraStyle;
    const vars = patternVars(this.uid) + (extra ? `; ${extra.vars(this.uid)}` : '');
    return html`
      <h2>${this.heading}</h2>
      <svg class="defs" width="0" height="0" aria-hidden="true">
        <defs>${statusPatternDefs(this.uid)}${extra?.defs(this.uid) ?? nothing}</defs>
      </svg>
      <ul part="list">
        ${this.entries.map(
          (e) => html`<li>
            <button
              type="button"
              aria-pressed=${this._pinned === e.value ? 'true' : 'false'}
              data-value=${e.value}
              @mouseenter=${() => this.setHover(e.value)}
              @mouseleave=${() => this.setHover(null)}
              @focus=${() => this.setHover(e.value)}
              @blur=${() => this.setHover(null)}
              @click=${() => this.togglePin(e.value)}
            >
              <svg class="sw" width="18" height="14" aria-hidden="true" .style=${vars}>${swatch(this.categoryAttr, e.value)}</svg>
              <span class="head"><span class="label">${e.label}</span><span class="count">${e.count}</span></span>
              <span class="definition">${e.definition}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
    `;
  }
}

if (!customElements.get('cdm-legend')) customElements.define('cdm-legend', CdmLegend);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-legend': CdmLegend;
  }
  interface HTMLElementEventMap {
    'cdm-legend-highlight': LegendHighlightEvent;
  }
}
