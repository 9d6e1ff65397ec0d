// <cyber-declarations-map>: the mediator. Owns the state (declaration, date, country, view), loads
// the atlas and the dataset, derives everything its children show in willUpdate, and hands it
// down as properties. Children send user actions up as events; this element updates its state,
// syncs the URL when asked, and never fires an event for what the host page sets.
import { cyberDeclarationsMapStyles } from './cyber-declarations-map-styles';
import { articleStyles } from './article-styles';
import { articleAbout, articleCredit, articleMore, articleTitle } from './article-view';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import './cdm-map';
import './cdm-legend';
import './cdm-declaration-picker';
import './cdm-country-search';
import './cdm-timeline';
import { followRecord } from './record-follow';
import { loadErrorView, loadingView } from './load-status-view';
import { cdmEvent, type CountrySelectDetail, type DateChangeDetail } from './events';
import { type LegendEntry, type LegendHighlightEvent } from './cdm-legend';
import { ALL_VIEW_VALUE, type CompareValue, type PickerChangeEvent, type PickerOption } from './cdm-declaration-picker';
import type { MapCategoryAttr } from './cdm-map';
import { allRampVars } from './status-style';
import { MediaQueryController } from '../controllers/media-query-controller';
import { UrlSyncController } from '../controllers/url-sync-controller';
import { AssetLoadController, type LoadState } from '../controllers/asset-load-controller';
import { AfterFirstPaintController } from '../controllers/after-first-paint-controller';
import { PairViewsController } from '../controllers/pair-views-controller';
import type { PairViewModel } from '../lib/compare-view-model';
import { getAssetDefaults, resolveAssetUrls } from '../lib/asset-defaults';
import { creditedSources, explorerViewHref } from '../lib/article-credit';
import { parseLayout, type Layout } from '../lib/layout';
import { CONTROL_NAMES, parseControls, type ControlName } from '../lib/controls';
import { declarationOptions } from '../lib/declaration-options';
import { countrySearch, type CountrySearch } from '../lib/country-search';
import { createCountryNamer, type CountryNamer } from '../lib/country-names';
import { dataContext, indexDataset, type DatasetIndex } from '../lib/dataset-index';
import { formatDay } from '../lib/dates';
import { allViewModel, declarationViewModel } from '../lib/view-model';
import { timelineStops, type TimelineStop } from '../lib/timeline';
import type { ParsedUrlState } from '../lib/url-state';
import { DEFAULT_VIEW_STATE, resolveViewState, VIEW_FIELDS, type DisplayMode, type ViewState } from '../lib/view-state';
import type { CompiledAtlas, Dataset, Declaration, DeclarationId, Iso3, IsoDate, ViewMode } from '../lib/types';

/** The "all declarations" view's title in the article layout (the map's label says the same). */
const ALL_TITLE = 'How many declarations each state signed';

/** The legend before a declaration's launch: one shared empty list, so steps there do not update it. */
const NO_ENTRIES: LegendEntry[] = [];

export { CONTROL_NAMES, type ControlName } from '../lib/controls';


/**
 * An interactive world map of who signed, refused or stayed away from the international
 * declarations on cyberspace in its dataset, with a timeline, a legend, a country search and a
 * sidebar of sources.
 *
 * @attr declaration - a declaration id of the dataset: `gge-2015` | `paris-call-2018` | `joint-statement-2019` | `g7-2021` | `dfi-2022` in the bundled one (default: the dataset's default, `paris-call-2018`)
 * @attr date - the day shown, `YYYY-MM-DD`, inside the dataset's timeline (2015-07-22 to 2022-12-31 in the bundled one; default its last day)
 * @attr country - ISO 3166-1 alpha-3 code of the country whose record is open (`FRA`; Kosovo `XKX`)
 * @attr view - `declaration` (one declaration), `all` (how many of the declarations each state signed), `compare` (two declarations side by side, the second in `with`) or `change` (who joined between `from` and `date`)
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
 * @fires cdm-view-change - `{view, display}` the reader switched between one declaration and all of them, or between map and table
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
 * @cssproperty --cdm-background - background of the element and its controls
 * @cssproperty --cdm-text - text colour
 * @cssproperty --cdm-muted-text - secondary text colour
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
  declare _load: LoadState;
  /** Article layout: whether the sources / record disclosure is open. */
  declare _moreOpen: boolean;
  declare _highlight: string | null;

  // Effective, validated state (what is shown).
  private decl: DeclarationId = DEFAULT_VIEW_STATE.declaration;
  private day: IsoDate = DEFAULT_VIEW_STATE.date;
  private chosen: Iso3 | null = null;
  private mode: ViewMode = DEFAULT_VIEW_STATE.view;
  private shownAs: DisplayMode = DEFAULT_VIEW_STATE.display;
  private withDecl: DeclarationId | null = null;
  private fromDay: IsoDate | null = null;
  private shown = new Set<ControlName>(CONTROL_NAMES);
  private laidOut: Layout = 'article';
  /** The country `zoom-to-country` last zoomed to (or the reader chose): each is zoomed to once. */
  private zoomedFor: Iso3 | null = null;

  // Derived in willUpdate; render() only reads these.
  private ix: DatasetIndex | null = null;
  /** The dataset's country codes, for resolving the `country` attribute. */
  private countryCodes: ReadonlySet<Iso3> | null = null;
  private namer: CountryNamer = (iso3) => iso3;
  private declaration_: Declaration | null = null;
  private launched = true;
  private categories: ReadonlyMap<Iso3, string> | null = null;
  private categoryAttr: MapCategoryAttr = 'data-status';
  private legendEntries: LegendEntry[] = [];
  /** The "all declarations" colours for the dataset's number of declarations (allRampVars). */
  private rampStyle = '';
  /** Set when the declaration or view changes; the stops are built once the first map is out. */
  private stopsStale = true;
  /**
   * From the data's arrival to just after the first map is painted, the timeline and the legend
   * (both below the map, so nothing above moves when they appear) are not created and the sidebar
   * gets no data, so the first map waits for nothing but the atlas and the dataset.
   */
  private readonly rest = new AfterFirstPaintController(this);
  private readonly loader = new AssetLoadController(this, (state) => (this._load = state));
  /** The data table's code, loaded the first time the table is shown: embeds that never show it
   *  do not download it (it is split out of the embed's main module). */
  private tableModule: Promise<unknown> | null = null;
  /** Why the table's code did not load, said where the table would be. */
  private tableFailure = '';
  /**
   * The sidebar's code (facts, sources, quotes, the country record; its "Zoom to" button sends
   * cdm-zoom-to): a chunk of the embed, fetched just after the first map is painted, so the first
   * map waits for it no more than for zoom, and "Sources and quotes" opens at once.
   */
  private sidebarModule: Promise<unknown> | null = null;
  private sidebarFailure = '';
  /** The compare and change views' chunk, loaded the first time one is shown. */
  private readonly pair = new PairViewsController(this);
  private legendNote = '';
  private asOfTitle = '';
  private asOf = '';
  private summary = '';
  private stops: TimelineStop[] = [];
  private pickerOptions: PickerOption[] = [];
  private describeCountry: (iso3: Iso3) => string = () => '';
  /** The compare or change view's model (the table reads its sides), null in the other views. */
  private pairModel: PairViewModel<string> | null = null;
  private search: CountrySearch = { search: () => [], resolve: () => null };

  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly url = new UrlSyncController(this, (parsed) => this.restoreFromUrl(parsed), () => ({
    countries: this.ix ? new Set(this.ix.countries.keys()) : undefined,
    declarations: this.ix?.declarationIds,
  }));
  /** The view the page's own attributes asked for, before the URL's first restore. */
  private pageView: Pick<CyberDeclarationsMap, 'declaration' | 'date' | 'country' | 'view' | 'display' | 'with' | 'from'> | null = null;
  private warned = new Set<string>();

  constructor() {
    super();
    this.declaration = null;
    this.date = null;
    this.country = null;
    this.view = null;
    this.display = null;
    this.with = null;
    this.from = null;
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

  /**
   * The view shown, resolved from the attributes (and the URL with `sync-url`): unknown values
   * fall back to the defaults, the date is clamped to the timeline. Read-only; briefing tools
   * (exports, presentation, "Embed this view") start from it, so they show what the reader sees.
   */
  get viewState(): ViewState {
    return { declaration: this.decl, date: this.day, country: this.chosen, view: this.mode, display: this.shownAs, with: this.withDecl, from: this.fromDay };
  }

  /** The atlas shown (null until loaded). Read-only: the briefing tools draw from it, never loading it again. */
  get atlas(): CompiledAtlas | null {
    return this._load.status === 'ready' ? this._load.atlas : null;
  }

  /** The dataset shown, the pinned `dataset-version` if any (null until loaded). Read-only. */
  get data(): Dataset | null {
    return this._load.status === 'ready' ? this._load.dataset : null;
  }

  static override styles = [cyberDeclarationsMapStyles, articleStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.url.enabled = this.syncUrl;
    if (this.syncUrl) this.restoreFromUrl(this.url.read());
    // Back on the page after a removal: the aborted load starts again.
    if (!this.loader.started) this.requestUpdate();
  }

  /** Loads (again) the atlas and the dataset. */
  retry(): void {
    this.loader.reset();
    this.requestUpdate();
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<cyber-declarations-map>: ${message}`);
  }

  /**
   * The URL's view, over what the page itself set: a parameter the URL leaves out falls back to
   * the page's attribute, so Back to an entry without parameters shows the page's own view again.
   */
  private restoreFromUrl({ state, warnings }: ParsedUrlState): void {
    for (const w of warnings) this.warn(w);
    const page = (this.pageView ??= { declaration: this.declaration, date: this.date, country: this.country, view: this.view, display: this.display, with: this.with, from: this.from });
    this.declaration = state.declaration ?? page.declaration;
    this.date = state.date ?? page.date;
    this.country = state.country ?? page.country;
    this.view = state.view ?? page.view;
    this.display = state.display ?? page.display;
    this.with = state.with ?? page.with;
    this.from = state.from ?? page.from;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.tableModule ??= this.shownAs === 'table' ? Promise.resolve().then(() => import('./cdm-data-table')).catch((error: unknown) => {
      this.tableFailure = `The table could not load: ${error instanceof Error ? error.message : String(error)}`;
      this.requestUpdate();
    }) : null;
    const sidebarWanted = this.shown.has('sidebar') && !this.rest.pending;
    // Started from a resolved promise (as zoom is), so an import that throws at once is a rejection
    // here, said in place of the sidebar, never an error in this element's update.
    this.sidebarModule ??= sidebarWanted ? Promise.resolve().then(() => import('./cdm-sidebar')).catch((error: unknown) => {
      this.sidebarFailure = `The sources and the country record could not load: ${error instanceof Error ? error.message : String(error)}`;
      this.requestUpdate();
    }) : null;
    // `zoom-to-country`: the page's country, zoomed to once the map is drawn (the map's zoom
    // waits for its chunk); what the reader chooses is only outlined, as without the attribute.
    const map = this.renderRoot.querySelector('cdm-map');
    const iso3 = this.chosen;
    if (this.zoomToCountry && iso3 && iso3 !== this.zoomedFor && map) {
      this.zoomedFor = iso3;
      void map.updateComplete.then(() => map.zoomToCountry(iso3));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) this.url.enabled = this.syncUrl;
    if (this.isConnected && (changed.has('atlasSrc') || changed.has('datasetSrc') || changed.has('datasetVersion') || !this.loader.started)) {
      this.loader.load(resolveAssetUrls({ atlasSrc: this.atlasSrc, datasetSrc: this.datasetSrc, datasetVersion: this.datasetVersion }));
    }
    const dataChanged = changed.has('_load');
    if (dataChanged) {
      this.ix = null;
      this.countryCodes = null;
      if (this._load.status === 'ready') {
        const { dataset } = this._load;
        this.ix = indexDataset(dataset);
        this.countryCodes = new Set(this.ix.countries.keys());
        this.rest.start();
        this.stops = [];
        this.pickerOptions = declarationOptions(dataset.declarations);
        this.rampStyle = allRampVars(dataset.declarations.length);
        this.namer = createCountryNamer(dataset.countries, document.documentElement.lang || navigator.language);
        this.search = countrySearch(dataset.countries, this.namer);
      }
    }
    this.validateState(changed);
    if (!this.ix) return;
    const stateChanged =
      dataChanged || changed.has('declaration') || changed.has('date') || changed.has('view') || changed.has('country') || changed.has('with') || changed.has('from');
    // The pair chunk arriving asks for an update with nothing else changed: derive then too.
    if (stateChanged || (this.isPair && this.pair.views && this.categories === null)) this.derive(dataChanged || changed.has('declaration') || changed.has('view'));
    if (this.stopsStale && !this.rest.pending) {
      this.stops = timelineStops(this.ix, this.mode === 'all' || this.mode === 'compare' ? null : this.decl);
      this.stopsStale = false;
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (const lazy of [this.tableModule, this.pair.loading]) {
      if (!lazy) continue;
      await lazy;
      result = await super.getUpdateComplete();
    }
    while (this.rest.ready) {
      await this.rest.ready;
      result = await super.getUpdateComplete();
    }
    if (this.sidebarModule) {
      await this.sidebarModule;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Effective state from the (possibly bad) attributes, by the one rule of view-state.ts. */
  private validateState(changed: PropertyValues<this>): void {
    if (changed.has('_load') || VIEW_FIELDS.some((f) => changed.has(f))) {
      const raw = { declaration: this.declaration, date: this.date, country: this.country, view: this.view, display: this.display, with: this.with, from: this.from };
      const { state, warnings } = resolveViewState(raw, {
        countries: this.countryCodes ?? undefined,
        data: this.ix ? dataContext(this.ix) : undefined,
        launches: this.ix ? new Map([...this.ix.declarations.values()].map((d) => [d.id, d.launch])) : undefined,
      });
      for (const w of warnings) this.warn(w);
      this.decl = state.declaration;
      this.day = state.date;
      this.chosen = state.country;
      this.mode = state.view;
      this.shownAs = state.display;
      this.withDecl = state.with;
      this.fromDay = state.from;
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

  /** Everything the children show, from the one view model (src/lib/view-model.ts). */
  private derive(rebuildStatic: boolean): void {
    const ix = this.ix!;
    const decl = ix.declarations.get(this.decl) ?? null;
    this.declaration_ = decl;
    if (rebuildStatic) this.stopsStale = true;
    // The compare and change views come from their lazy chunk (null until it has arrived).
    const pairVm = (this.pairModel = this.pair.model(ix, this.viewState));
    if (this.isPair && !pairVm) {
      this.categories = null;
      this.legendEntries = NO_ENTRIES;
      return;
    }
    const vm = pairVm ?? (this.mode === 'all' ? allViewModel(ix, this.day, ix.declarationIds.length) : declarationViewModel(ix, this.decl, this.day));
    if (!vm) return;
    this.launched = 'launched' in vm ? (vm as { launched: boolean }).launched : true;
    this.categoryAttr = vm.categoryAttr;
    this.categories = vm.categories;
    this.legendEntries = vm.legend;
    this.legendNote = vm.legendNote;
    this.asOfTitle = vm.asOfTitle;
    this.asOf = vm.asOf;
    this.summary = vm.summary;
    this.describeCountry = vm.describe;
  }

  /** The compare or change view: drawn by the lazy pair-views chunk. */
  private get isPair(): boolean {
    return this.mode === 'compare' || this.mode === 'change';
  }

  // ---- user actions ----

  private writeUrl(kind: 'date' | 'other'): void {
    this.url.write(this.viewState, kind);
  }

  private onPickerChange(e: PickerChangeEvent): void {
    e.stopPropagation();
    if ('compare' in e.detail) return this.onCompareChange(e.detail.compare);
    const value = e.detail.value;
    const before = this.mode;
    if (value === ALL_VIEW_VALUE) {
      this.view = 'all';
      this.mode = 'all';
      if (before !== 'all') this.dispatchEvent(cdmEvent('cdm-view-change', { view: 'all', display: this.shownAs }));
    } else {
      // Compare and change views stay (a second declaration equal to the new first one is replaced).
      if (before === 'all') {
        this.view = 'declaration';
        this.mode = 'declaration';
        this.dispatchEvent(cdmEvent('cdm-view-change', { view: 'declaration', display: this.shownAs }));
      }
      this.declaration = value;
      this.decl = value;
      this.dispatchEvent(cdmEvent('cdm-declaration-change', { declaration: value }));
      if (this.mode === 'compare' && this.withDecl === value) this.with = null;
      if (this.mode === 'change') this.from = null;
      const launch = this.ix?.declarations.get(value)?.launch;
      if (launch && this.day < launch) this.setDateByUser(launch);
    }
    this.writeUrl('other');
  }

  /** "Compare with": nothing (one declaration), an earlier date (the change view) or another declaration. */
  private onCompareChange(compare: CompareValue): void {
    const view: ViewMode = compare === '' ? 'declaration' : compare === 'change' ? 'change' : 'compare';
    this.view = view;
    this.with = view === 'compare' ? compare : null;
    this.from = null;
    // Resolve now, so the event and the URL carry the window's default start.
    this.validateState(new Map([['view', null]]) as PropertyValues<this>);
    const detail = { view, display: this.shownAs, ...(this.withDecl ? { with: this.withDecl } : {}), ...(this.fromDay ? { from: this.fromDay } : {}) };
    this.dispatchEvent(cdmEvent('cdm-view-change', detail));
    this.writeUrl('other');
  }

  private setDateByUser(date: IsoDate): void {
    this.date = date;
    this.day = date;
    this.dispatchEvent(cdmEvent('cdm-date-change', { date }));
  }

  private jumpToLaunch(): void {
    const launch = this.declaration_?.launch;
    if (!launch) return;
    this.setDateByUser(launch);
    this.writeUrl('other');
    // The button goes with the notice: the keyboard moves on to the map it uncovered.
    void this.updateComplete.then(() => this.renderRoot.querySelector('cdm-map')?.focus());
  }

  /** The timeline's own composed event goes on to the page; here only the state follows it. */
  private onDateChange(e: CustomEvent<DateChangeDetail>): void {
    // The timeline only sends days inside its range. Setting the shown day now, not at the next
    // update, is what puts this day in the URL rather than the one shown before it.
    this.date = e.detail.date;
    this.day = e.detail.date;
    if (e.detail.from && this.mode === 'change') this.from = this.fromDay = e.detail.from;
    this.writeUrl('date');
  }

  /** From the map, the search box or the sidebar (their event goes on to the page). */
  private onCountrySelect(e: CustomEvent<CountrySelectDetail>): void {
    this.country = e.detail.country;
    this.chosen = e.detail.country;
    this.zoomedFor = e.detail.country;
    // In the article layout, choosing a country opens its record (behind the disclosure).
    if (e.detail.country) this._moreOpen = true;
    this.writeUrl('other');
    const from = (e.target as Element).localName;
    if (from === 'cdm-map' || from === 'cdm-sidebar') void this.updateComplete.then(() =>
        followRecord(this.renderRoot.querySelector('cdm-map'), this.renderRoot.querySelector('cdm-sidebar'), from === 'cdm-map', !this.reducedMotion.matches),
      );
  }

  /** The record's "Zoom to" button: zoom the map, and bring it into view (on a phone it is above). */
  private onZoomTo(e: CustomEvent<Iso3>): void {
    const map = this.renderRoot.querySelector('cdm-map');
    map?.zoomToCountry(e.detail);
    map?.scrollIntoView({ block: 'nearest' });
  }

  /** The Map / Table switch. */
  private showAs(display: DisplayMode): void {
    if (display === this.shownAs) return;
    this.display = display;
    this.shownAs = display;
    this.dispatchEvent(cdmEvent('cdm-view-change', { view: this.mode, display }));
    this.writeUrl('other');
  }

  private onLegendHighlight(e: LegendHighlightEvent): void {
    this._highlight = e.detail.value;
  }

  // ---- rendering (reads derived values only) ----

  protected override render() {
    const load = this._load;
    if (load.status === 'loading') return loadingView();
    if (load.status === 'error') return loadErrorView(load.message, () => this.retry());
    const show = (c: ControlName) => this.shown.has(c);
    const decl = this.declaration_;
    const launchedOrAll = this.mode === 'all' || this.launched;
    const article = this.laidOut === 'article';
    const title = this.mode === 'all' ? ALL_TITLE : this.isPair ? this.asOfTitle : (decl?.title ?? '');
    const mapLabel = `Map: ${this.mode === 'all' ? ALL_TITLE.toLowerCase() : title}`;
    const sidebar = show('sidebar')
      ? html`${this.sidebarFailure ? html`<p class="load-error" role="alert">${this.sidebarFailure}</p>` : nothing}<cdm-sidebar
          part="sidebar"
          .index=${this.rest.pending ? null : this.ix}
          .declarationId=${this.decl}
          .view=${this.mode}
          .date=${this.day}
          .country=${this.chosen}
          .countryName=${this.namer}
          .withId=${this.mode === 'compare' ? this.withDecl : null}
          .pairLine=${this.isPair && this.chosen && this.categories ? this.describeCountry(this.chosen) : ''}
        ></cdm-sidebar>`
      : nothing;
    return html`<div class="shell ${this.laidOut}" .style=${this.rampStyle} @cdm-country-select=${this.onCountrySelect} @cdm-zoom-to=${this.onZoomTo}>
      ${article ? articleTitle(title) : nothing}
      ${show('picker') || show('search')
        ? html`<div class="toolbar" part="toolbar">
            ${show('picker')
              ? html`<cdm-declaration-picker
                  .options=${this.pickerOptions}
                  .value=${this.mode === 'all' ? ALL_VIEW_VALUE : this.decl}
                  .compare=${this.mode === 'change' ? 'change' : this.mode === 'compare' ? (this.withDecl ?? '') : ''}
                  @cdm-picker-change=${this.onPickerChange}
                ></cdm-declaration-picker>`
              : nothing}
            ${show('search')
              ? html`<cdm-country-search
                  .search=${this.search.search}
                  .resolve=${this.search.resolve}
                  .chosenName=${this.chosen ? this.namer(this.chosen) : ''}
                ></cdm-country-search>`
              : nothing}
          </div>`
        : nothing}
      <p class="as-of" part="as-of">${launchedOrAll ? html`<strong>${this.asOfTitle}</strong> — ${this.asOf}` : html`${this.asOf}.`}</p>
      <div class="body ${show('sidebar') && !article ? 'with-sidebar' : ''}">
        <div class="main">
          ${show('display')
            ? html`<div class="display-toggle" part="display-toggle" role="group" aria-label="Show as">
                <button type="button" aria-pressed=${this.shownAs === 'map' ? 'true' : 'false'} @click=${() => this.showAs('map')}>Map</button>
                <button type="button" aria-pressed=${this.shownAs === 'table' ? 'true' : 'false'} @click=${() => this.showAs('table')}>Table</button>
              </div>`
            : nothing}
          <div class="map-box" ?hidden=${this.shownAs === 'table'}>
            <cdm-map
              part="map"
              .atlas=${load.atlas}
              .categories=${launchedOrAll ? this.categories : null}
              .categoryAttr=${this.categoryAttr}
              .extraStyle=${this.pair.style(this.mode)}
              .selected=${this.chosen}
              .highlight=${this._highlight}
              .countryName=${this.namer}
              .describe=${this.describeCountry}
              .label=${mapLabel}
              .summary=${this.summary}
              .reducedMotion=${this.reducedMotion.matches}
              .locale=${document.documentElement.lang || 'en'}
            ></cdm-map>
            ${!launchedOrAll && decl
              ? html`<div class="not-launched">
                  <div>
                    <p>The ${decl.shortName} had not been launched yet on ${formatDay(this.day)}.</p>
                    <button type="button" class="action" @click=${this.jumpToLaunch}>Jump to its launch (${formatDay(decl.launch)})</button>
                  </div>
                </div>`
              : nothing}
          </div>
          ${this.shownAs === 'table'
            ? html`${this.tableFailure ? html`<p class="load-error" role="alert">${this.tableFailure}</p>` : nothing}<cdm-data-table
                part="table"
                .index=${this.ix}
                .declarationId=${this.decl}
                .date=${this.day}
                .mode=${this.mode}
                .pair=${this.isPair ? this.pairModel : null}
                .extraStyle=${this.pair.style(this.mode)}
                .selected=${this.chosen}
                .countryName=${this.namer}
                .locale=${document.documentElement.lang || 'en'}
              ></cdm-data-table>`
            : nothing}
          ${show('legend') && !this.rest.pending
            ? html`<cdm-legend
                part="legend"
                heading=${this.mode === 'all' ? 'Declarations signed' : 'Legend'}
                ?compact=${article}
                .entries=${launchedOrAll ? this.legendEntries : NO_ENTRIES}
                .categoryAttr=${this.categoryAttr}
                .extraStyle=${this.pair.style(this.mode)}
                .note=${this.legendNote}
                @cdm-legend-highlight=${this.onLegendHighlight}
              ></cdm-legend>`
            : nothing}
          ${show('timeline') && !this.rest.pending
            ? html`<cdm-timeline
                part="timeline"
                .stops=${this.stops}
                .date=${this.day}
                .from=${this.mode === 'change' ? this.fromDay : null}
                .start=${this.ix!.range.start}
                .end=${this.ix!.range.end}
                .reducedMotion=${this.reducedMotion.matches}
                @cdm-date-change=${this.onDateChange}
              ></cdm-timeline>`
            : nothing}
        </div>
        ${article ? nothing : sidebar}
      </div>
      ${article && !this.rest.pending ? this.renderArticleFoot(sidebar) : nothing}
    </div>`;
  }

  /** The article layout under the map: about, the disclosure with the sidebar, the credit line. */
  private renderArticleFoot(sidebar: unknown) {
    const ix = this.ix!;
    const all = this.mode === 'all';
    const href = explorerViewHref(this.explorerUrl || getAssetDefaults().explorer, document.baseURI, this.viewState);
    const label = this.chosen ? `${this.namer(this.chosen)}: record, sources and quotes` : 'Sources and quotes';
    return html`<div class="article-foot">
      ${articleAbout(all ? null : this.declaration_, all ? ix.declarationIds.length : null)}
      ${sidebar === nothing ? nothing : articleMore(label, this._moreOpen, (open) => (this._moreOpen = open), sidebar)}
      ${articleCredit(creditedSources(ix, all ? null : this.decl), ix.dataset.version, href)}
    </div>`;
  }
}

if (!customElements.get('cyber-declarations-map')) customElements.define('cyber-declarations-map', CyberDeclarationsMap);

declare global {
  interface HTMLElementTagNameMap {
    'cyber-declarations-map': CyberDeclarationsMap;
  }
}
