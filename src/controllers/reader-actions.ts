// What the reader does in <cyber-declarations-map>'s children (the picker, the timeline, the map,
// the search box, the sidebar, the legend, the Map / Table switch) becomes the element's state
// here. Each action sets the attribute and the shown state together, so the element's event and
// the URL carry the new value at once. The element stays the one owner of that state: the actions
// reach it only through its public properties and the accessors it lends them (`ReaderActionsOwn`).
import type { ReactiveControllerHost } from 'lit';
import { ALL_VIEW_VALUE, type CompareValue, type PickerChangeEvent } from '../components/cdm-declaration-picker';
import type { LegendHighlightEvent } from '../components/cdm-legend';
import { cdmEvent, type CountrySelectDetail, type DateChangeDetail } from '../components/events';
import { followRecord } from '../components/record-follow';
import type { ExplorerData, ExplorerView } from '../lib/explorer-view';
import type { Iso3, IsoDate, ViewMode } from '../lib/types';
import type { DisplayMode, ViewAttributes, ViewState } from '../lib/view-state';
import type { ChangeKind } from './url-sync-controller';

/** The element's public side: its attributes, its state properties, its shadow root. */
export interface ReaderActionsHost extends ReactiveControllerHost, EventTarget, ViewAttributes {
  _moreOpen: boolean;
  _highlight: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's own state, lent to the actions. */
export interface ReaderActionsOwn {
  /** The shown state (an action changes it in place along with the attribute). */
  state(): ViewState;
  data(): ExplorerData | null;
  view(): ExplorerView;
  /** Resolves the shown state from the attributes now. */
  resolve(): void;
  writeUrl(kind: ChangeKind): void;
  /** The reader chose `iso3`: `zoom-to-country` is not to zoom to it. */
  chose(iso3: Iso3 | null): void;
  reducedMotion(): boolean;
}

/** The handlers are bound, to be handed to the template as they are. */
export class ReaderActions {
  constructor(
    private readonly host: ReaderActionsHost,
    private readonly own: ReaderActionsOwn,
  ) {}

  /** The shown state (fetched each time: resolving replaces it). */
  private get state(): ViewState {
    return this.own.state();
  }

  /** Sets an attribute and the shown state it resolves to. */
  private set<K extends keyof ViewState>(key: K, value: ViewState[K]): void {
    this.host[key] = value;
    this.state[key] = value;
  }

  readonly pickerChange = (e: PickerChangeEvent): void => {
    e.stopPropagation();
    if ('compare' in e.detail) return this.compareChange(e.detail.compare);
    const value = e.detail.value;
    const before = this.state.view;
    if (value === ALL_VIEW_VALUE) {
      this.set('view', 'all');
      if (before !== 'all') this.host.dispatchEvent(cdmEvent('cdm-view-change', { view: 'all', display: this.state.display }));
    } else {
      // Compare and change views stay (a second declaration equal to the new first one is replaced).
      if (before === 'all') {
        this.set('view', 'declaration');
        this.host.dispatchEvent(cdmEvent('cdm-view-change', { view: 'declaration', display: this.state.display }));
      }
      this.set('declaration', value);
      this.host.dispatchEvent(cdmEvent('cdm-declaration-change', { declaration: value }));
      const s = this.state;
      // What is compared follows: a second declaration equal to the new first one is replaced,
      // and the window starts at the new declaration's launch; the page hears the new pair.
      const replaced = s.view === 'compare' && s.with === value;
      const windowMoves = s.view === 'change';
      if (replaced) this.host.with = null;
      if (windowMoves) this.host.from = null;
      const launch = this.own.data()?.ix.declarations.get(value)?.launch;
      if (launch && s.date < launch) this.setDateByUser(launch);
      if (replaced || windowMoves) this.viewChanged();
    }
    this.own.writeUrl('other');
  };

  /** Resolves the view now and tells the page what it is (with the pair's `with` or `from`). */
  private viewChanged(): void {
    this.own.resolve();
    const s = this.state;
    this.host.dispatchEvent(cdmEvent('cdm-view-change', { view: s.view, display: s.display, ...(s.with ? { with: s.with } : {}), ...(s.from ? { from: s.from } : {}) }));
  }

  /** "Compare with": nothing (one declaration), an earlier date (the change view) or another declaration. */
  private compareChange(compare: CompareValue): void {
    const view: ViewMode = compare === '' ? 'declaration' : compare === 'change' ? 'change' : 'compare';
    this.host.view = view;
    this.host.with = view === 'compare' ? compare : null;
    this.host.from = null;
    // Resolved now, so the event and the URL carry the window's default start.
    this.viewChanged();
    this.own.writeUrl('other');
  }

  private setDateByUser(date: IsoDate): void {
    this.set('date', date);
    this.host.dispatchEvent(cdmEvent('cdm-date-change', { date }));
  }

  readonly jumpToLaunch = (): void => {
    const launch = this.own.view().declaration?.launch;
    if (!launch) return;
    this.setDateByUser(launch);
    this.own.writeUrl('other');
    // The button goes with the notice: the keyboard moves on to the map it uncovered.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector('cdm-map')?.focus());
  };

  /** The timeline's own composed event goes on to the page; here only the state follows it. */
  readonly dateChange = (e: CustomEvent<DateChangeDetail>): void => {
    // The timeline only sends days inside its range. Setting the shown day now, not at the next
    // update, is what puts this day in the URL rather than the one shown before it.
    this.set('date', e.detail.date);
    if (e.detail.from && this.state.view === 'change') this.set('from', e.detail.from);
    this.own.writeUrl('date');
  };

  /** From the map, the search box or the sidebar (their event goes on to the page). */
  readonly countrySelect = (e: CustomEvent<CountrySelectDetail>): void => {
    const closed = this.state.country;
    this.set('country', e.detail.country);
    this.own.chose(e.detail.country);
    // In the article layout, choosing a country opens its record (behind the disclosure).
    if (e.detail.country) this.host._moreOpen = true;
    this.own.writeUrl('other');
    const from = (e.target as Element).localName;
    const root = this.host.renderRoot;
    clearTimeout(this.following);
    // From the map, the search or the table, the record comes into view; closed, the map. After
    // a tap on the map the page moves once a double tap's second tap is in: it then lands on the
    // map again, not on a link or the Play button the record scrolled under the finger.
    this.following = setTimeout(() => void this.host.updateComplete.then(() =>
      followRecord(root.querySelector('cdm-map'), root.querySelector('cdm-sidebar'), !!e.detail.country, !this.own.reducedMotion(), closed),
    ), from === 'cdm-map' ? 350 : 0);
  };
  private following?: ReturnType<typeof setTimeout>;

  /** The record's "Zoom to" button: zoom the map, and bring it into view (on a phone it is above). */
  readonly zoomTo = (e: CustomEvent<Iso3>): void => {
    const map = this.host.renderRoot.querySelector('cdm-map');
    map?.zoomToCountry(e.detail);
    map?.scrollIntoView({ block: 'nearest' });
  };

  /** The Map / Table switch. */
  readonly showAs = (display: DisplayMode): void => {
    const s = this.state;
    if (display === s.display) return;
    this.set('display', display);
    this.host.dispatchEvent(cdmEvent('cdm-view-change', { view: s.view, display }));
    this.own.writeUrl('other');
  };

  readonly legendHighlight = (e: LegendHighlightEvent): void => {
    this.host._highlight = e.detail.value;
  };
}
