// <cdm-data-table>: the map's data as a table, for screen-reader and keyboard users and anyone who
// wants to read exact dates and sources. Same declaration, same date, same statuses as the map
// (rows come from src/lib/table-rows), each status with the map's own swatch and pattern, the
// evidence linked (http(s) only), sortable by every column with aria-sort on the sorted header.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { cdmEvent } from './events';
import { safeLink } from './cdm-source-link';
import { adoptOnce, patternVars, statusFillStyles, statusPatternDefs, swatch, uniquePrefix, visuallyHidden, type ExtraStyle } from './status-style';
import { PANEL_SIZE, SMALL_SIZE, STRONG_WEIGHT } from './type-scale';
import { pairRows, sortPairRows, type PairRow, type PairSortKey } from '../lib/pair-table-rows';
import type { ViewLegendEntry } from '../lib/view-model';
import type { DatasetIndex } from '../lib/dataset-index';
import { formatDay } from '../lib/dates';
import {
  statusLabel,
  allRows,
  declarationRows,
  sortAllRows,
  sortDeclarationRows,
  type AllRow,
  type AllSortKey,
  type DeclarationRow,
  type DeclarationSortKey,
  type SortDirection,
} from '../lib/table-rows';
import type { Declaration, DeclarationId, Iso3, IsoDate, ViewMode } from '../lib/types';
import { themeVar } from './theme';

interface Column<K> {
  key: K;
  label: string;
}

const DECLARATION_COLUMNS: Column<DeclarationSortKey>[] = [
  { key: 'country', label: 'Country' },
  { key: 'status', label: 'Status' },
  { key: 'date', label: 'Date' },
  { key: 'source', label: 'Evidence' },
];

/**
 * A sortable table of every state's status for one declaration at one date, or, in the "all"
 * view, how many of the declarations each state had taken part in. Internal to
 * `<cyber-declarations-map>` but usable alone.
 *
 * @fires cdm-country-select - the reader chose a country by its name in the table, or pressed Escape to close its record (`null`)
 * @csspart table - the table
 */
export class CdmDataTable extends LitElement {
  static override properties = {
    index: { attribute: false },
    declarationId: { attribute: false },
    date: { attribute: false },
    mode: { attribute: false },
    selected: { attribute: false },
    countryName: { attribute: false },
    locale: { type: String },
    pair: { attribute: false },
    extraStyle: { attribute: false },
    _sortKey: { state: true },
    _sortDir: { state: true },
  };

  declare index: DatasetIndex | null;
  declare declarationId: DeclarationId;
  declare date: IsoDate;
  declare mode: ViewMode;
  declare selected: Iso3 | null;
  declare countryName: (iso3: Iso3) => string;
  declare locale: string;
  /** Compare and change views: the categories, their legend and the two sides (the view model); null otherwise. */
  declare pair: PairTable | null;
  /** How the compare and change categories look (their lazy chunk). */
  declare extraStyle: ExtraStyle | null;
  declare _sortKey: string;
  declare _sortDir: SortDirection;

  private readonly uid = uniquePrefix('cdm-table');
  // Derived in willUpdate; render() only reads.
  private decl: Declaration | null = null;
  private launched = true;
  private rows: DeclarationRow[] = [];
  private all: AllRow[] = [];
  private decls: Declaration[] = [];
  private pairRows: PairRow[] = [];

  constructor() {
    super();
    this.index = null;
    // Set by the map element from its resolved view.
    this.declarationId = '';
    this.date = '';
    this.mode = 'declaration';
    this.selected = null;
    this.countryName = (iso3) => iso3;
    this.locale = 'en';
    this.pair = null;
    this.extraStyle = null;
    this._sortKey = 'country';
    this._sortDir = 'ascending';
    // Escape closes the record a row opened, as it does on the map.
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.selected) return;
      e.preventDefault();
      this.dispatchEvent(cdmEvent('cdm-country-select', { country: null }));
    });
  }

  static override styles = [
    visuallyHidden,
    css`
      :host {
        display: block;
        container-type: inline-size;
        color: ${themeVar('--cdm-text')};
        font-family: var(--cdm-font-family, system-ui, sans-serif);
      }
      .scroller {
        /* The containing block of the caption's visually hidden text (position: absolute):
           without it that text escaped this scroll box and widened a phone's page. */
        position: relative;
        max-height: min(70vh, 640px);
        overflow: auto;
        border: 1px solid ${themeVar('--cdm-control-border')};
        border-radius: 6px;
        background: ${themeVar('--cdm-background')};
      }
      .scroller:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 2px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: ${PANEL_SIZE};
        line-height: 1.35;
      }
      caption {
        text-align: start;
        padding: 8px 10px;
        font-weight: ${STRONG_WEIGHT};
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 5px 10px;
        border-top: 1px solid ${themeVar('--cdm-control-hover')};
      }
      thead th {
        position: sticky;
        top: 0;
        z-index: 1;
        background: ${themeVar('--cdm-background')};
        border-bottom: 2px solid ${themeVar('--cdm-control-border')};
        padding: 0;
      }
      thead button {
        all: unset;
        box-sizing: border-box;
        display: flex;
        gap: 4px;
        align-items: center;
        width: 100%;
        min-height: 36px;
        padding: 6px 10px;
        font-weight: ${STRONG_WEIGHT};
        cursor: pointer;
      }
      thead button:hover {
        background: ${themeVar('--cdm-control-hover')};
      }
      thead button:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: -3px;
      }
      .arrow {
        font-size: ${SMALL_SIZE};
        min-width: 1em;
      }
      tbody th {
        font-weight: normal;
      }
      tbody th button {
        all: unset;
        cursor: pointer;
        text-decoration: underline;
        text-decoration-thickness: 1px;
        text-underline-offset: 2px;
      }
      tbody th button:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 1px;
      }
      tr.selected {
        background: ${themeVar('--cdm-control-hover')};
      }
      tr.selected th button {
        font-weight: ${STRONG_WEIGHT};
      }
      .status {
        display: inline-flex;
        gap: 6px;
        align-items: center;
        white-space: nowrap;
      }
      .swatch {
        stroke: ${themeVar('--cdm-swatch-border')};
        stroke-width: 1;
      }
      svg.sw {
        flex: none;
      }
      .count {
        font-variant-numeric: tabular-nums;
      }
      a {
        color: inherit;
      }
      a:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 1px;
      }
      .empty {
        margin: 0;
        padding: 12px;
      }
      .source-meta {
        color: ${themeVar('--cdm-muted-text')};
      }
      /* On a phone each row is a card (country, then each cell under its column's name): no
         sideways scrolling. The explicit roles keep it a table for screen readers, and the
         header buttons stay above the cards to sort them. */
      @container (max-width: 560px) {
        /* Cards scroll with the page (a box of its own trapped a finger's swipe for 24,000 px);
           the sort buttons stay at the top of the screen. */
        .scroller {
          max-height: none;
          overflow: visible;
        }
        table,
        caption,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        thead {
          display: block;
          position: sticky;
          top: 0;
          z-index: 1;
          background: ${themeVar('--cdm-background')};
        }
        thead tr {
          display: flex;
          flex-wrap: wrap;
        }
        thead th {
          position: static;
          border: 0;
        }
        tbody tr {
          padding: 6px 10px;
          border-top: 1px solid ${themeVar('--cdm-control-border')};
        }
        tbody th,
        td {
          padding: 2px 0;
          border: 0;
        }
        tbody th {
          font-weight: ${STRONG_WEIGHT};
        }
        td::before {
          /* Shown, not read: the column header already names the cell. */
          content: attr(data-label) ': ' / '';
          color: ${themeVar('--cdm-muted-text')};
        }
      }
    `,
    statusFillStyles,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const ix = this.index;
    if (!ix) {
      this.rows = [];
      this.all = [];
      return;
    }
    if (changed.has('extraStyle')) adoptOnce(this.renderRoot, this.extraStyle?.sheet);
    if (changed.has('mode') && !changed.has('_sortKey')) {
      // Column keys differ between the tables; start each from the country order.
      const keys =
        this.mode === 'all' ? ['country', 'count', ...ix.declarations.keys()] : this.pair ? ['country', 'category', 'side-0', 'side-1'] : DECLARATION_COLUMNS.map((c) => c.key);
      if (!keys.includes(this._sortKey)) this._sortKey = 'country';
    }
    const pair = this.pair;
    this.pairRows = pair?.categories ? sortPairRows(pairRows(pair, this.countryName), this._sortKey as PairSortKey, this._sortDir, pair.legend.map((e) => e.value), this.locale) : [];
    this.decls = [...ix.declarations.values()];
    this.decl = ix.declarations.get(this.declarationId) ?? null;
    this.launched = !!this.decl && this.date >= this.decl.launch;
    if (this.mode === 'all') {
      this.rows = [];
      this.all = sortAllRows(allRows(ix, this.date, this.countryName), this._sortKey as AllSortKey, this._sortDir, this.locale);
    } else {
      this.all = [];
      this.rows =
        this.decl && this.launched
          ? sortDeclarationRows(declarationRows(ix, this.decl.id, this.date, this.countryName), this._sortKey as DeclarationSortKey, this._sortDir, this.locale)
          : [];
    }
  }

  private sortBy(key: string): void {
    if (this._sortKey === key) this._sortDir = this._sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this._sortKey = key;
      this._sortDir = 'ascending';
    }
  }

  private choose(iso3: Iso3): void {
    this.dispatchEvent(cdmEvent('cdm-country-select', { country: iso3 }));
  }

  private header(key: string, label: string) {
    const sorted = this._sortKey === key;
    return html`<th scope="col" role="columnheader" aria-sort=${sorted ? this._sortDir : 'none'}>
      <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>
        ${label}<span class="arrow" aria-hidden="true">${sorted ? (this._sortDir === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  /** Chromium brings a focused row into view only when it is off the screen, not when it lies
   *  under the sticky sort buttons (Shift+Tab up the rows): it is moved down clear of them. */
  private readonly clearOfHeader = (e: FocusEvent): void => {
    const target = e.target as Element;
    const head = this.renderRoot.querySelector('thead');
    if (!head || !target.closest('tbody')) return;
    const covered = head.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
    if (covered <= 0) return;
    // The table's own box when it scrolls (a wide screen), else the page (a phone's cards).
    const box = e.currentTarget as HTMLElement;
    (box.scrollHeight > box.clientHeight ? box : window).scrollBy(0, -covered - 4);
  };

  private countryCell(iso3: Iso3, name: string) {
    return html`<th scope="row" role="rowheader" lang=${this.locale}><button type="button" @click=${() => this.choose(iso3)}>${name}</button></th>`;
  }

  private statusCell(status: DeclarationRow['status'], verb: string) {
    return html`<span class="status"
      ><svg class="sw" width="18" height="14" aria-hidden="true">${swatch('data-status', status)}</svg>${statusLabel(status, verb)}</span
    >`;
  }

  private sortedPhrase(label: string): string {
    return `sorted by ${label.toLowerCase()}, ${this._sortDir}`;
  }

  protected override render() {
    const ix = this.index;
    if (!ix) return nothing;
    const day = formatDay(this.date);
    const defs = html`<svg class="defs" width="0" height="0" aria-hidden="true">
      <defs>${statusPatternDefs(this.uid)}</defs>
    </svg>`;
    const captionId = `${this.uid}-caption`;
    if (this.pair) return this.renderPair(this.pair, captionId);
    if (this.mode === 'all') {
      const columns: Column<AllSortKey>[] = [
        { key: 'country', label: 'Country' },
        { key: 'count', label: 'Taken part in' },
        ...this.decls.map((d) => ({ key: d.id, label: d.shortName })),
      ];
      const sortLabel = columns.find((c) => c.key === this._sortKey)?.label ?? 'Country';
      const total = this.decls.length;
      return html`${defs}
        <div class="scroller" tabindex="0" role="region" aria-labelledby=${captionId} @focusin=${this.clearOfHeader} .style=${patternVars(this.uid)}>
          <table part="table" role="table">
            <caption id=${captionId}>
              How many of the ${total} declarations each state had taken part in, as of ${day}
              <span class="visually-hidden">(${this.sortedPhrase(sortLabel)})</span>
            </caption>
            <thead role="rowgroup">
              <tr role="row">${columns.map((c) => this.header(c.key, c.label))}</tr>
            </thead>
            <tbody role="rowgroup">
              ${this.all.map(
                (r) => html`<tr role="row" class=${r.iso3 === this.selected ? 'selected' : ''} data-iso3=${r.iso3} aria-current=${r.iso3 === this.selected ? 'true' : nothing}>
                  ${this.countryCell(r.iso3, r.name)}
                  <td role="cell" data-label="Taken part in" class="count">
                    <span class="status"
                      ><svg class="sw" width="18" height="14" aria-hidden="true">${swatch('data-signed-count', String(r.signedCount))}</svg>${r.signedCount} of ${total}</span
                    >
                  </td>
                  ${this.decls.map((d) => html`<td role="cell" data-label=${d.shortName}>${this.statusCell(r.statuses[d.id] ?? 'absent', d.verb)}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
    }
    const decl = this.decl;
    if (!decl) return nothing;
    if (!this.launched) {
      return html`<p class="empty" role="note">No table: the ${decl.shortName} had not been launched yet on ${day} (launched ${formatDay(decl.launch)}).</p>`;
    }
    const sortLabel = DECLARATION_COLUMNS.find((c) => c.key === this._sortKey)?.label ?? 'Country';
    return html`${defs}
      <div class="scroller" tabindex="0" role="region" aria-labelledby=${captionId} @focusin=${this.clearOfHeader} .style=${patternVars(this.uid)}>
        <table part="table" role="table">
          <caption id=${captionId}>
            ${decl.shortName}: status of each state as of ${day}
            <span class="visually-hidden">(${this.sortedPhrase(sortLabel)})</span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">${DECLARATION_COLUMNS.map((c) => this.header(c.key, c.label))}</tr>
          </thead>
          <tbody role="rowgroup">
            ${this.rows.map(
              (r) => html`<tr role="row" class=${r.iso3 === this.selected ? 'selected' : ''} data-iso3=${r.iso3} data-row-status=${r.status} aria-current=${r.iso3 === this.selected ? 'true' : nothing}>
                ${this.countryCell(r.iso3, r.name)}
                <td role="cell" data-label="Status">${this.statusCell(r.status, decl.verb)}</td>
                <td role="cell" data-label="Date">${r.dateText}</td>
                <td role="cell" data-label="Evidence">${r.sourceTitle === null ? nothing : safeLink(r.sourceUrl, r.sourceTitle, 'source-link')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** Compare and change views: each state's category, then its status on both sides. */
  private renderPair(pair: PairTable, captionId: string) {
    if (!pair.categories) return html`<p class="empty" role="note">No table: ${pair.caption}; nothing had been launched yet.</p>`;
    const columns: Column<PairSortKey>[] = [
      { key: 'country', label: 'Country' },
      { key: 'category', label: 'Category' },
      ...pair.sides.map((side, i) => ({ key: `side-${i}` as const, label: side.label })),
    ];
    const sortLabel = columns.find((c) => c.key === this._sortKey)?.label ?? 'Country';
    const label = new Map(pair.legend.map((e) => [e.value, e.label]));
    const extra = this.extraStyle;
    return html`<svg class="defs" width="0" height="0" aria-hidden="true">
        <defs>${statusPatternDefs(this.uid)}${extra?.defs(this.uid) ?? nothing}</defs>
      </svg>
      <div class="scroller" tabindex="0" role="region" aria-labelledby=${captionId} @focusin=${this.clearOfHeader} .style=${patternVars(this.uid) + (extra ? `; ${extra.vars(this.uid)}` : '')}>
        <table part="table" role="table">
          <caption id=${captionId}>${pair.caption} <span class="visually-hidden">(${this.sortedPhrase(sortLabel)})</span></caption>
          <thead role="rowgroup">
            <tr role="row">${columns.map((c) => this.header(c.key, c.label))}</tr>
          </thead>
          <tbody role="rowgroup">
            ${this.pairRows.map(
              (r) => html`<tr role="row" class=${r.iso3 === this.selected ? 'selected' : ''} data-iso3=${r.iso3} data-row-status=${r.category} aria-current=${r.iso3 === this.selected ? 'true' : nothing}>
                ${this.countryCell(r.iso3, r.name)}
                <td role="cell" data-label="Category">
                  <span class="status"><svg class="sw" width="18" height="14" aria-hidden="true">${swatch('data-status', r.category)}</svg>${label.get(r.category) ?? r.category}</span>
                </td>
                ${pair.sides.map((side, i) => html`<td role="cell" data-label=${side.label}>${this.statusCell(r.sides[i]!, side.verb)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

export interface PairTable {
  table: { categories: ReadonlyMap<Iso3, string> };
  categories: ReadonlyMap<Iso3, string> | null;
  legend: ViewLegendEntry[];
  sides: { label: string; verb: string; statuses: ReadonlyMap<Iso3, DeclarationRow['status']> }[];
  caption: string;
}

customElements.define('cdm-data-table', CdmDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-data-table': CdmDataTable;
  }
}
