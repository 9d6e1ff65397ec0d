// What <cyber-declarations-map> shows, derived so that the element only renders: once per dataset
// (`explorerData`: the index, what resolving the view needs, the picker's options, the country
// names and search) and once per view (`explorerView`: the one view model of view-model.ts, or the
// compare / change one from its lazy chunk, with the title and the map's label).
import type { PairViewModel } from './compare-view-model';
import { countrySearch, type CountrySearch } from './country-search';
import { createCountryNamer, type CountryNamer } from './country-names';
import { dataContext, indexDataset, type DatasetIndex } from './dataset-index';
import { declarationOptions, type DeclarationOption } from './declaration-options';
import type { Dataset, Declaration, ViewMode } from './types';
import { allViewModel, declarationViewModel, type ViewLegendEntry, type ViewModel } from './view-model';
import { resolveViewState, sameViewState, type RawViewState, type ResolveContext, type ViewState } from './view-state';

/** The "all declarations" view's title in the article layout (the map's label says the same). */
export const ALL_TITLE = 'How many declarations each state took part in';

/** The legend before a declaration's launch: one shared empty list, so steps there do not update it. */
export const NO_ENTRIES: ViewLegendEntry[] = [];

/** The compare or change view: drawn from the lazy pair-views chunk. */
export const isPairView = (view: ViewMode): boolean => view === 'compare' || view === 'change';

export interface ExplorerData {
  ix: DatasetIndex;
  /** What resolveViewState needs to know of the data. */
  context: Required<ResolveContext>;
  pickerOptions: DeclarationOption[];
  namer: CountryNamer;
  /** The names' language (a BCP 47 tag): what they are tagged, sorted and matched in. */
  locale: string;
  search: CountrySearch;
}

/** What the element derives once per dataset, naming countries in `locale`. */
export function explorerData(dataset: Dataset, locale: string): ExplorerData {
  const ix = indexDataset(dataset);
  const namer = createCountryNamer(dataset.countries, locale);
  return {
    ix,
    context: {
      countries: new Set(ix.countries.keys()),
      data: dataContext(ix),
      launches: new Map([...ix.declarations.values()].map((d) => [d.id, d.launch])),
    },
    pickerOptions: declarationOptions(dataset.declarations),
    namer,
    locale,
    search: countrySearch(dataset.countries, namer),
  };
}

export interface ExplorerView extends ViewModel {
  /** The declaration picked (the first one in the compare and change views). */
  declaration: Declaration | null;
  /** The compare or change view's model (the table reads its sides), null in the other views. */
  pair: PairViewModel<string> | null;
  /** False only before the declaration's launch: no map colours nor legend, a notice instead. */
  launched: boolean;
  /** The article layout's title. */
  title: string;
  mapLabel: string;
}

/** What the element shows before its first view is derived. */
export const EMPTY_VIEW: ExplorerView = {
  declaration: null,
  pair: null,
  launched: true,
  title: '',
  mapLabel: '',
  categoryAttr: 'data-status',
  categories: null,
  legend: [],
  legendNote: '',
  asOfTitle: '',
  asOf: '',
  summary: '',
  describe: () => '',
};

/**
 * Everything the element's children show for `s`. `pair` is the compare or change view's model
 * (null until its chunk has arrived): meanwhile the map has no colours nor legend, and the words
 * stay as `previous` showed them, so nothing else moves while the chunk loads.
 */
export function explorerView(ix: DatasetIndex, s: ViewState, pair: PairViewModel<string> | null, previous: ExplorerView): ExplorerView {
  const declaration = ix.declarations.get(s.declaration) ?? null;
  const vm = isPairView(s.view)
    ? (pair ?? { ...previous, categories: null, legend: NO_ENTRIES })
    : ((s.view === 'all' ? allViewModel(ix, s.date, ix.declarationIds.length) : declarationViewModel(ix, s.declaration, s.date)) ?? previous);
  const title = s.view === 'all' ? ALL_TITLE : isPairView(s.view) ? vm.asOfTitle : (declaration?.title ?? '');
  return {
    declaration,
    pair,
    launched: s.view === 'all' || ('launched' in vm ? (vm as { launched: boolean }).launched : true),
    title,
    mapLabel: `Map: ${s.view === 'all' ? ALL_TITLE.toLowerCase() : title}`,
    categoryAttr: vm.categoryAttr,
    categories: vm.categories,
    legend: vm.legend,
    legendNote: vm.legendNote,
    asOfTitle: vm.asOfTitle,
    asOf: vm.asOf,
    summary: vm.summary,
    describe: vm.describe,
  };
}

/** A first view derived before it is drawn: for these data and this state only. */
export interface AheadView {
  data: ExplorerData;
  state: ViewState;
  view: ExplorerView;
}

/**
 * The view `data` will first show for the view attributes `asked`, derived ahead of the first map
 * (in a task of its own, see AssetLoadController), so the first map's task only draws. Null for a
 * pair view, whose model waits for its chunk.
 */
export function deriveAhead(data: ExplorerData, asked: RawViewState): AheadView | null {
  const { state } = resolveViewState(asked, data.context);
  return isPairView(state.view) ? null : { data, state, view: explorerView(data.ix, state, null, EMPTY_VIEW) };
}

/** The view derived ahead, if it is for the data and the state shown now; else null (derive it). */
export function aheadFor(ahead: AheadView | null, data: ExplorerData | null, state: ViewState): ExplorerView | null {
  return ahead && ahead.data === data && sameViewState(ahead.state, state) ? ahead.view : null;
}
