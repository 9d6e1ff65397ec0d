// <cyber-declarations-map>: the mediator. Owns the state (declaration, date, country, view), loads
// the atlas and the dataset, derives everything its children show in willUpdate, and hands it
// down as properties. Children send user actions up as events; this element updates its state,
// syncs the URL when asked, and never fires an event for what the host page sets.
import { cyberDeclarationsMapStyles } from './cyber-declarations-map-styles';
import { articleStyles } from './article-styles';
import { articleFoot, articleTitle } from './article-view';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import './cdm-map';
import './cdm-legend';
import './cdm-country-search';
import './cdm-timeline';
import { loadErrorView, loadingView } from './load-status-view';
import { displayToggle, notLaunchedNotice } from './map-box-view';
import { toolbarView } from './toolbar-view';
import { prebuildCountryNodes } from './map-country-layer';
import { nextTask } from '../lib/next-task';
import { warnOnce } from '../lib/warn-once';
import { prepareStyleSheets, WHILE_FILES_LOAD } from './while-files-load';
import { allRampVars } from './status-style';
import { MediaQueryController } from '../controllers/media-query-controller';
import { LazyUrlSync } from '../controllers/lazy-url-sync';
import { AssetLoadController, type LoadState } from '../controllers/asset-load-controller';
import { StagedRevealController } from '../controllers/staged-reveal-controller';
import { PairViewsController } from '../controllers/pair-views-controller';
import { LazyChunk } from '../controllers/lazy-chunk';
import { ReaderActions } from '../controllers/reader-actions';
import { getAssetDefaults, resolveAssetUrls } from '../lib/asset-defaults';
import { explorerViewHref } from '../lib/article-credit';
import { parseLayout, type Layout } from '../lib/layout';
import { CONTROL_NAMES, parseControls, type ControlName } from '../lib/controls';
import { aheadFor, deriveAhead, EMPTY_VIEW, explorerData, explorerView, isPairView, NO_ENTRIES, type AheadView, type ExplorerData, type ExplorerView } from '../lib/explorer-view';
import { timelineStops, type TimelineStop } from '../lib/timeline';
import { languageAround } from './language-around';
import { DEFAULT_VIEW_STATE, resolveViewState, VIEW_FIELDS, viewAttributes, type ViewState } from '../lib/view-state';
import type { CompiledAtlas, Dataset, Iso3 } from '../lib/types';
import type { VisibleArea } from '../lib/visible-area';

export { CONTROL_NAMES, type ControlName } from '../lib/controls';

/**
 * An interactive world map of who signed, refused or stayed away from the international
 * declarations on cyberspace in its dataset, with a timeline, a legend, a country search and a
 * sidebar of sources.
 *
 * @attr declaration - a declaration id of the dataset: `gge-2015` | `paris-call-2018` | `joint-statement-2019` | `g7-2021` | `dfi-2022` in the bundled one (default: the dataset's default, `paris-call-2018`)
 * @attr date - the day shown, `YYYY-MM-DD`, inside the dataset's timeline (2015-07-22 to 2022-12-31 in the bundled one; default its last day)
 * @attr country - ISO 3166-1 alpha-3 code of the country whose record is open (`FRA`; Kosovo `XKX`)
 * @attr view - `declaration` (one declaration), `all` (how many of the declarations each state took part in), `compare` (two declarations side by side, the second in `with`) or `change` (who joined between `from` and `date`)
 * @attr with - compare view: the second declaration (default: the latest launched other one)
 * @attr from - change view: the window's first day, `YYYY-MM-DD` (default: the declaration's launch)
 * @attr display - `map` (default) or `table`: the same data as a sortable table with linked sources
 * @attr controls - space-separated controls to show: `picker search display timeline legend sidebar` (default: all; `display` is the Map / Table switch)
 * @attr sync-url - keep the view in the page URL (query parameters) so links and back/forward work
 * @attr atlas-src - URL of the compiled atlas (default `generated/atlas.json` beside the page)
 * @attr dataset-src - URL of the dataset (default `generated/dataset.json` beside the page)
 * @attr dataset-version - pin a dataset version (`dataset.<version>.json` in the defaults' folder)
 * @attr layout - `article` (default): a figure about one screen tall, with a title, "about this map", a credit line, and the sources, quotes and country record behind one disclosure; `explorer`: the full explorer, the sidebar beside or under the map
 * @attr explorer-url - the explorer that the article layout's credit links back to, with this view's parameters (default: `../` from the embed module, the explorer of `npm run build`; the page's folder for embed.html)
 * @attr zoom-to-country - when a country is set (`country`), also zoom the map to it once zoom is ready (default: the chosen country is only outlined, the whole world stays in view)
 *
 * @fires cdm-declaration-change - `{declaration}` the reader picked a declaration
 * @fires cdm-date-change - `{date}` the reader moved the timeline (or picked a declaration launched later, which moves the date to its launch)
 * @fires cdm-country-select - `{country}` the reader chose a country (map, search, sidebar) or closed its record (`null`)
 * @fires cdm-view-change - `{view, display, with?, from?}` the reader switched views (one declaration, all, compare, change) or between map and table, or a pick changed what is compared
 *
 * @csspart title - the article layout's title (the declaration's title from the data)
 * @csspart about - the article layout's "About this map": the declaration's facts
 * @csspart more - the article layout's disclosure with the sources, quotes and country record
 * @csspart credit - the article layout's credit line: sources, dataset version, link to this view in the explorer
 * @csspart explorer-link - the credit line's link to this view in the explorer
 * @csspart toolbar - the row with the declaration picker and the search box
 * @csspart as-of - the "as of" line above the map
 * @csspart map - the map box
 * @csspart legend - the legend
 * @csspart timeline - the timeline
 * @csspart sidebar - the sidebar of facts, sources and the country record
 * @csspart display-toggle - the Map / Table switch
 * @csspart table - the data table (display `table`)
 * @csspart status - the loading message
 * @csspart error - the error message with its Retry button
 *
 * @cssproperty --cdm-color-signed - fill of signed states
 * @cssproperty --cdm-color-uncertain - fill of states whose signing date is uncertain (fine hatching)
 * @cssproperty --cdm-color-disputed - fill of states whose listing a source disputes (cross-hatching)
 * @cssproperty --cdm-color-refused - fill of states a source says refused (bold hatching)
 * @cssproperty --cdm-color-not-signed - fill of states a source reports only as not signing (stripes)
 * @cssproperty --cdm-color-absent - fill of states with no record
 * @cssproperty --cdm-color-not-member - fill of non-members of a closed group (dotted)
 * @cssproperty --cdm-all-0 - "all declarations" view: no declaration signed (through `--cdm-all-<n>`, all n; by default a ramp for the dataset's number)
 * @cssproperty --cdm-sea - the sea behind the map
 * @cssproperty --cdm-other-land - land with no status (territories that are none of the dataset's states)
 * @cssproperty --cdm-border - the lines between countries and round the small states' markers
 * @cssproperty --cdm-selected - the outline of the chosen country
 * @cssproperty --cdm-tooltip-background - background of the map's tooltip
 * @cssproperty --cdm-tooltip-text - text of the map's tooltip
 * @cssproperty --cdm-background - background of the element and its controls
 * @cssproperty --cdm-text - text colour
 * @cssproperty --cdm-muted-text - secondary text colour
 * @cssproperty --cdm-accent - links, the pressed Map / Table button, action buttons, the timeline's track and handle, the "Sources and quotes" summary
 * @cssproperty --cdm-control-border - borders of buttons, fields, the search list and the table
 * @cssproperty --cdm-control-hover - background of a control under the pointer or pinned, the search list's current option, the table's chosen row
 * @cssproperty --cdm-swatch-border - outline of the colour swatches in the legend and the table
 * @cssproperty --cdm-font-family - font of every text in the element
 * @cssproperty --cdm-focus - focus ring colour
 * @cssproperty --cdm-warning-text - text that flags a problem (a source's count that differs from our data)
 * @cssproperty --cdm-timeline-launch - the timeline's launch marks and labels
 * @cssproperty --cdm-timeline-change - the timeline's marks for changes
 * @cssproperty --cdm-timeline-context - the timeline's marks for context events
 */
export class CyberDeclarationsMap extends LitElement {
  static override properties = {
    declaration: { type: String, reflect: true },
    date: { type: String, reflect: true },
    country: { type: String, reflect: true },
    view: { type: String, reflect: true },
    display: { type: String, reflect: true },
    with: { type: String, reflect: true },
    from: { type: String, reflect: true },
    controls: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    atlasSrc: { type: String, attribute: 'atlas-src' },
    datasetSrc: { type: String, attribute: 'dataset-src' },
    datasetVersion: { type: String, attribute: 'dataset-version' },
    layout: { type: String },
    explorerUrl: { type: String, attribute: 'explorer-url' },
    zoomToCountry: { type: Boolean, attribute: 'zoom-to-country' },
    _load: { state: true },
    _moreOpen: { state: true },
    _highlight: { state: true },
  };

  declare declaration: string | null;
  declare date: string | null;
  declare country: string | null;
  declare view: string | null;
  declare display: string | null;
  declare with: string | null;
  declare from: string | null;
  declare controls: string | null;
  declare syncUrl: boolean;
  declare atlasSrc: string | null;
  declare datasetSrc: string | null;
  declare datasetVersion: string | null;
  declare layout: string | null;
  declare explorerUrl: string | null;
  declare zoomToCountry: boolean;
  declare _load: LoadState<ExplorerData>;
  /** Article layout: whether the sources / record disclosure is open. */
  declare _moreOpen: boolean;
  declare _highlight: string | null;

  /** The shown state: the attributes (and the URL) resolved by the one rule of view-state.ts. */
  private state: ViewState = { ...DEFAULT_VIEW_STATE };
  private shown = new Set<ControlName>(CONTROL_NAMES);
  private laidOut: Layout = 'article';
  /** The country `zoom-to-country` last zoomed to (or the reader chose): each is zoomed to once. */
  private zoomedFor: Iso3 | null = null;

  // Derived in willUpdate (src/lib/explorer-view.ts); render() only reads these.
  /** Derived once per dataset; null until it has loaded. */
  private loaded: ExplorerData | null = null;
  private derived: ExplorerView = EMPTY_VIEW;
  /** The first view's model, derived while the data were being prepared (explorer-view.ts). */
  private ahead: AheadView | null = null;
  /** The "all declarations" colours for the dataset's number of declarations (allRampVars). */
  private rampStyle = '';
  /** Set when the declaration or view changes; the stops are built once the first map is out. */
  private stopsStale = true;
  private stops: TimelineStop[] = [];
  /**
   * The legend, the timeline (both below the map: nothing above moves) and the sidebar's data come
   * a painted frame after the first map, each in turn, so the first map waits only for the files.
   * The timeline's stops and the sidebar's styles are made in a task of their own before their stage.
   */
  private readonly reveal = new StagedRevealController(this, ['legend', 'timeline', 'sidebar'], {
    timeline: () => this.buildStops(),
    sidebar: () => prepareStyleSheets(['cdm-sidebar']),
  });
  private readonly loader = new AssetLoadController(this, {
    whileLoading: WHILE_FILES_LOAD,
    prepare: (dataset) => explorerData(dataset, languageAround(this)),
    // The first view's model only for the element's first view: a later dataset derives from the view before it.
    ahead: { atlas: [prebuildCountryNodes], data: [(data) => (this.ahead = this.derived === EMPTY_VIEW ? deriveAhead(data, viewAttributes(this)) : null)] },
  }, (state) => (this._load = state));
  /** The data table's code, loaded the first time the table is shown (split out of the embed's main module). */
  private readonly tableChunk = new LazyChunk(this, 'The table', () => import('./cdm-data-table'));
  /** The sidebar's code (facts, sources, quotes, the country record): a chunk fetched just after the first map is painted. */
  private readonly sidebarChunk = new LazyChunk(this, 'The sources and the country record', () => import('./cdm-sidebar'));
  /** The compare and change views' chunk, loaded the first time one is shown. */
  private readonly pair = new PairViewsController(this);

  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  /** A screen too short for the map, the legend's definitions and the timeline: the legend folds to its rows. */
  private readonly shortScreen = new MediaQueryController(this, '(max-height: 1150px)');
  private readonly url = new LazyUrlSync(this, (w) => this.warn(w), () => ({ countries: this.loaded?.context.countries, declarations: this.loaded?.ix.declarationIds }));
  private readonly act = new ReaderActions(this, {
    state: () => this.state,
    data: () => this.loaded,
    view: () => this.derived,
    resolve: () => this.validateState(new Map([['view', null]]) as PropertyValues<this>),
    writeUrl: (kind) => this.url.write(this.viewState, kind),
    chose: (iso3) => (this.zoomedFor = iso3),
    reducedMotion: () => this.reducedMotion.matches,
  });
  private readonly warn = warnOnce('<cyber-declarations-map>');

  constructor() {
    super();
    for (const field of VIEW_FIELDS) this[field] = null;
    this.controls = null;
    this.syncUrl = false;
    this.atlasSrc = null;
    this.datasetSrc = null;
    this.datasetVersion = null;
    this.layout = null;
    this.explorerUrl = null;
    this.zoomToCountry = false;
    this._moreOpen = false;
    this._load = { status: 'loading' };
    this._highlight = null;
  }

  /** Version of the dataset now shown (null until it has loaded); "Embed this view" pins it. */
  get loadedDatasetVersion(): string | null {
    return this._load.status === 'ready' ? this._load.dataset.version : null;
  }

  /** `loading` until the atlas and the dataset are here, then `ready`, or `error` (the message and Retry shown). */
  get loadStatus(): 'loading' | 'ready' | 'error' {
    return this._load.status;
  }

  /**
   * The view shown, resolved from the attributes (and the URL with `sync-url`): unknown values
   * fall back to the defaults, the date is clamped to the timeline. Read-only; briefing tools
   * (exports, presentation, "Embed this view") start from it, so they show what the reader sees.
   */
  get viewState(): ViewState {
    return { ...this.state };
  }

  /** The atlas shown (null until loaded). Read-only: the briefing tools draw from it, never loading it again. */
  get atlas(): CompiledAtlas | null {
    return this._load.status === 'ready' ? this._load.atlas : null;
  }

  /** The dataset shown, the pinned `dataset-version` if any (null until loaded). Read-only. */
  get data(): Dataset | null {
    return this._load.status === 'ready' ? this._load.dataset : null;
  }

  /** The map as seen: the drawing's width in CSS px and the part of the atlas zoomed to (null: the
   *  whole world). Read-only: the image exports draw the same. */
  get onScreen(): { width: number; visible: VisibleArea | null } {
    const map = this.renderRoot?.querySelector('cdm-map');
    return { width: Math.round((map ?? this).getBoundingClientRect().width), visible: map?.visibleArea ?? null };
  }

  static override styles = [cyberDeclarationsMapStyles, articleStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.url.follow(true);
    // Back on the page after a removal: the aborted load starts again.
    if (!this.loader.started) this.requestUpdate();
  }

  /** The first update (loading view, downloads) comes a task after the element is defined: with the
   *  module's evaluation, in one task, it held a phone's main thread ~120 ms (Lighthouse), taps waiting. */
  protected override async scheduleUpdate(): Promise<unknown> {
    // Then the URL's view (sync-url), so the first map is the one a link asks for.
    if (!this.hasUpdated) await nextTask().then(() => this.url.ready);
    return super.scheduleUpdate();
  }

  /** Loads (again) the atlas and the dataset. */
  retry(): void {
    this.loader.reset();
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.tableChunk.want(this.state.display === 'table');
    this.sidebarChunk.want(this.shown.has('sidebar') && this.reveal.shows('legend'));
    // `zoom-to-country`: the page's country, zoomed to once the map is drawn (the map's zoom
    // waits for its chunk); what the reader chooses is only outlined, as without the attribute.
    const iso3 = this.state.country;
    const map = this.zoomToCountry && iso3 && iso3 !== this.zoomedFor ? this.renderRoot.querySelector('cdm-map') : null;
    if (iso3 && map) {
      this.zoomedFor = iso3;
      void map.updateComplete.then(() => map.zoomToCountry(iso3));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) this.url.follow(false);
    if (this.isConnected && (changed.has('atlasSrc') || changed.has('datasetSrc') || changed.has('datasetVersion') || !this.loader.started)) {
      this.loader.load(resolveAssetUrls({ atlasSrc: this.atlasSrc, datasetSrc: this.datasetSrc, datasetVersion: this.datasetVersion }));
    }
    const dataChanged = changed.has('_load');
    if (dataChanged) {
      this.loaded = null;
      if (this._load.status === 'ready') {
        this.loaded = this._load.prepared;
        this.reveal.start();
        this.stops = [];
        this.rampStyle = allRampVars(this._load.dataset.declarations.length);
      }
    }
    this.validateState(changed);
    const ix = this.loaded?.ix;
    if (!ix) return;
    const stateChanged =
      dataChanged || changed.has('declaration') || changed.has('date') || changed.has('view') || changed.has('country') || changed.has('with') || changed.has('from');
    // The pair chunk arriving asks for an update with nothing else changed: derive then too.
    if (stateChanged || (isPairView(this.state.view) && this.pair.views && this.derived.categories === null)) {
      if (dataChanged || changed.has('declaration') || changed.has('view')) this.stopsStale = true;
      const ahead = this.derived === EMPTY_VIEW ? aheadFor(this.ahead, this.loaded, this.state) : null;
      this.ahead = null;
      this.derived = ahead ?? explorerView(ix, this.state, this.pair.model(ix, this.viewState), this.derived);
    }
    if (this.reveal.shows('timeline')) this.buildStops();
  }

  /** The timeline's stops for the view, if they are out of date. */
  private buildStops(): void {
    if (!this.stopsStale || !this.loaded) return;
    this.stops = timelineStops(this.loaded.ix, this.state.view === 'all' || this.state.view === 'compare' ? null : this.state.declaration, this.loaded.namer);
    this.stopsStale = false;
  }

  /** Done once the lazy parts (table, pair views, the staged reveal, the sidebar) have drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const after = async (lazy: Promise<unknown> | null | undefined): Promise<void> => {
      if (!lazy) return;
      await lazy;
      result = await super.getUpdateComplete();
    };
    await after(this.tableChunk.loading);
    await after(this.pair.loading);
    while (this.reveal.ready) await after(this.reveal.ready);
    await after(this.sidebarChunk.loading);
    // The sidebar draws its sources a task after its head: done once they are there too.
    await this.renderRoot.querySelector('cdm-sidebar')?.updateComplete;
    return result;
  }

  /** Effective state from the (possibly bad) attributes, by the one rule of view-state.ts. */
  private validateState(changed: PropertyValues<this>): void {
    if (changed.has('_load') || VIEW_FIELDS.some((f) => changed.has(f))) {
      const { state, warnings } = resolveViewState(viewAttributes(this), this.loaded?.context ?? {});
      // Only once the data say which ids exist: before, a good `with` would be warned about too.
      if (this.loaded && (warnings.length || this.url.stale)) {
        for (const w of warnings) this.warn(w);
        this.url.correct(state);
      }
      this.state = state;
    }
    if (changed.has('controls')) {
      const { shown, warning } = parseControls(this.controls);
      if (warning) this.warn(warning);
      this.shown = shown;
    }
    if (changed.has('layout')) {
      const { layout, warning } = parseLayout(this.layout);
      if (warning) this.warn(warning);
      this.laidOut = layout;
    }
  }

  // ---- rendering (reads derived values only) ----

  protected override render() {
    const load = this._load;
    if (load.status === 'loading') return loadingView();
    if (load.status === 'error') return loadErrorView(load.message, () => this.retry());
    const show = (c: ControlName) => this.shown.has(c);
    const { ix, namer, locale } = this.loaded!;
    const s = this.state;
    const v = this.derived;
    const article = this.laidOut === 'article';
    // The sidebar comes last, at its stage: drawn earlier, it was pushed down as the legend and
    // the timeline arrived above it (a layout shift on a phone, where it starts at the fold).
    const sidebar = show('sidebar') && this.reveal.shows('sidebar')
      ? html`${this.sidebarChunk.failureView()}<cdm-sidebar
          part="sidebar"
          .index=${ix}
          .declarationId=${s.declaration}
          .view=${s.view}
          .date=${s.date}
          .country=${s.country}
          .countryName=${namer}
          .nameLang=${locale}
          .withId=${s.view === 'compare' ? s.with : null}
          .pairLine=${isPairView(s.view) && s.country && v.categories ? v.describe(s.country) : ''}
        ></cdm-sidebar>`
      : nothing;
    // The words are English, whatever the page's language (names carry their own lang).
    return html`<div class="shell ${this.laidOut}" lang="en" .style=${this.rampStyle} @cdm-country-select=${this.act.countrySelect} @cdm-zoom-to=${this.act.zoomTo}>
      ${article ? articleTitle(v.title) : nothing}
      ${toolbarView(show, this.loaded!, s, v, this.act.pickerChange)}
      <p class="as-of" part="as-of">${v.launched ? html`<strong>${v.asOfTitle}</strong> — ${v.asOf}` : html`${v.asOf}.`}</p>
      <div class="body ${show('sidebar') && !article ? 'with-sidebar' : ''}">
        <div class="main">
          ${show('display') ? displayToggle(s.display, this.act.showAs) : nothing}
          <div class="map-box" ?hidden=${s.display === 'table'}>
            <cdm-map
              part="map"
              .atlas=${load.atlas}
              .categories=${v.launched ? v.categories : null}
              .categoryAttr=${v.categoryAttr}
              .extraStyle=${this.pair.style(s.view)}
              .selected=${s.country}
              .highlight=${this._highlight}
              .countryName=${namer}
              .describe=${v.describe}
              .label=${v.mapLabel}
              .summary=${v.summary}
              .reducedMotion=${this.reducedMotion.matches}
              .locale=${locale}
            ></cdm-map>
            ${!v.launched && v.declaration ? notLaunchedNotice(v.declaration, s.date, this.act.jumpToLaunch) : nothing}
          </div>
          ${s.display === 'table'
            ? html`${this.tableChunk.failureView()}<cdm-data-table
                part="table"
                .index=${ix}
                .declarationId=${s.declaration}
                .date=${s.date}
                .mode=${s.view}
                .pair=${isPairView(s.view) ? v.pair : null}
                .extraStyle=${this.pair.style(s.view)}
                .selected=${s.country}
                .countryName=${namer}
                .locale=${locale}
              ></cdm-data-table>`
            : nothing}
          ${show('legend') && this.reveal.shows('legend')
            ? html`<cdm-legend
                part="legend"
                heading=${s.view === 'all' ? 'Declarations signed' : 'Legend'}
                ?compact=${article || this.shortScreen.matches}
                .entries=${v.launched ? v.legend : NO_ENTRIES}
                .categoryAttr=${v.categoryAttr}
                .extraStyle=${this.pair.style(s.view)}
                .note=${v.legendNote}
                @cdm-legend-highlight=${this.act.legendHighlight}
              ></cdm-legend>`
            : nothing}
          ${show('timeline') && this.reveal.shows('timeline')
            ? html`<cdm-timeline
                part="timeline"
                .stops=${this.stops}
                .date=${s.date}
                .from=${s.view === 'change' ? s.from : null}
                .start=${ix.range.start}
                .end=${ix.range.end}
                .reducedMotion=${this.reducedMotion.matches}
                @cdm-date-change=${this.act.dateChange}
              ></cdm-timeline>`
            : nothing}
        </div>
        ${article ? nothing : sidebar}
      </div>
      ${article && this.reveal.shows('sidebar')
        ? articleFoot({ ix, namer, state: s, declaration: v.declaration, sidebar, moreOpen: this._moreOpen, onToggle: (open) => (this._moreOpen = open),
            href: explorerViewHref(this.explorerUrl || getAssetDefaults().explorer, document.baseURI, this.viewState) })
        : nothing}
    </div>`;
  }
}

if (!customElements.get('cyber-declarations-map')) customElements.define('cyber-declarations-map', CyberDeclarationsMap);

declare global {
  interface HTMLElementTagNameMap {
    'cyber-declarations-map': CyberDeclarationsMap;
  }
}
