// What <cyber-declarations-map> renders from, on the real data: what it derives once per dataset
// and, per view, the view model with the title and the map's label.
import { describe, expect, it } from 'vitest';
import { compareViewModel } from '../../src/lib/compare-view-model';
import { aheadFor, ALL_TITLE, deriveAhead, EMPTY_VIEW, explorerData, explorerView, NO_ENTRIES } from '../../src/lib/explorer-view';
import { resolveViewState, type ViewState } from '../../src/lib/view-state';
import { realDataset } from './data/real-dataset';

const { dataset } = realDataset();
const data = explorerData(dataset, 'en');
const { ix } = data;
const state = (raw: Partial<Record<keyof ViewState, string>>): ViewState => resolveViewState(raw, data.context).state;

describe('explorerData', () => {
  it('resolves a view against this dataset: its countries, its timeline, its launches', () => {
    const { state: s, warnings } = resolveViewState({ date: '2030-01-01', country: 'ZZZ', view: 'change', declaration: 'dfi-2022' }, data.context);
    expect(s.date).toBe(ix.range.end);
    expect(s.country).toBeNull();
    expect(s.from).toBe('2022-04-28');
    expect(warnings).toHaveLength(2);
  });

  it('names the picker’s options, and the countries in the reader’s language', () => {
    expect(data.pickerOptions.map((o) => o.id)).toEqual(ix.declarationIds);
    expect(data.pickerOptions.find((o) => o.id === 'paris-call-2018')?.label).toBe('Paris Call (2018)');
    expect(explorerData(dataset, 'fr').namer('DEU')).toBe('Allemagne');
    expect(data.search.resolve('Czech Republic')?.iso3).toBe('CZE');
  });
});

describe('explorerView', () => {
  it('one declaration: its title, its legend and the map’s label', () => {
    const v = explorerView(ix, state({ declaration: 'paris-call-2018', date: '2019-01-01' }), null, EMPTY_VIEW);
    expect(v.declaration?.id).toBe('paris-call-2018');
    expect(v.launched).toBe(true);
    expect(v.title).toBe(v.declaration?.title);
    expect(v.mapLabel).toBe(`Map: ${v.declaration?.title}`);
    expect(v.asOfTitle).toBe('Paris Call');
    expect(v.legend.length).toBeGreaterThan(0);
    expect(v.categories?.get('FRA')).toBe('signed');
  });

  it('before the launch: not launched, no categories, and the notice’s words', () => {
    const v = explorerView(ix, state({ declaration: 'dfi-2022', date: '2022-01-01' }), null, EMPTY_VIEW);
    expect(v.launched).toBe(false);
    expect(v.categories).toBeNull();
    expect(v.asOf).toBe('The Future of the Internet had not been launched yet on 1 Jan 2022');
  });

  it('all declarations: always launched, with the count view’s title and label', () => {
    const v = explorerView(ix, state({ view: 'all', declaration: 'dfi-2022', date: '2016-01-01' }), null, EMPTY_VIEW);
    expect(v.launched).toBe(true);
    expect(v.title).toBe(ALL_TITLE);
    expect(v.mapLabel).toBe(`Map: ${ALL_TITLE.toLowerCase()}`);
    expect(v.categoryAttr).toBe('data-signed-count');
  });

  it('compare and change: the pair model’s words; until its chunk is in, a blank map and the words shown before', () => {
    const s = state({ view: 'compare', declaration: 'paris-call-2018', with: 'dfi-2022', date: '2022-12-31' });
    const before = explorerView(ix, state({ declaration: 'paris-call-2018' }), null, EMPTY_VIEW);
    const waiting = explorerView(ix, s, null, before);
    expect(waiting.categories).toBeNull();
    expect(waiting.legend).toBe(NO_ENTRIES);
    expect(waiting.asOf).toBe(before.asOf);
    expect(waiting.title).toBe(before.asOfTitle);
    const pair = compareViewModel(ix, 'paris-call-2018', 'dfi-2022', '2022-12-31')!;
    const v = explorerView(ix, s, pair, waiting);
    expect(v.pair).toBe(pair);
    expect(v.title).toBe(pair.asOfTitle);
    expect(v.legend).toBe(pair.legend);
    expect(v.categories).toBe(pair.categories);
  });

  it('a step that changes nothing hands out the same legend and categories', () => {
    const a = explorerView(ix, state({ declaration: 'paris-call-2018', date: '2021-11-01' }), null, EMPTY_VIEW);
    const b = explorerView(ix, state({ declaration: 'paris-call-2018', date: '2021-11-09' }), null, a);
    expect(b.legend).toBe(a.legend);
    expect(b.categories).toBe(a.categories);
  });
});

describe('the first view, derived ahead of its drawing', () => {
  const asked = { declaration: 'paris-call-2018', date: '2031-01-01', country: 'FRA', view: null, display: null, with: null, from: null };

  it('is the view explorerView derives for the same resolved state', () => {
    const ahead = deriveAhead(data, asked)!;
    expect(ahead.state).toEqual(state({ declaration: 'paris-call-2018', date: '2031-01-01', country: 'FRA' }));
    expect(ahead.state.date).toBe(ix.range.end); // clamped, as the element resolves it
    const usual = explorerView(ix, ahead.state, null, EMPTY_VIEW);
    expect({ ...ahead.view, describe: null }).toEqual({ ...usual, describe: null });
    expect(ahead.view.describe('FRA')).toBe(usual.describe('FRA'));
  });

  it('is used only for the same data and the same state', () => {
    const ahead = deriveAhead(data, asked)!;
    expect(aheadFor(ahead, data, ahead.state)).toBe(ahead.view);
    expect(aheadFor(ahead, data, { ...ahead.state, declaration: 'gge-2015' })).toBeNull();
    expect(aheadFor(ahead, data, { ...ahead.state, country: null })).toBeNull();
    expect(aheadFor(ahead, explorerData(dataset, 'en'), ahead.state)).toBeNull();
    expect(aheadFor(null, data, ahead.state)).toBeNull();
  });

  it('is left to the pair views’ chunk for a compare or change view', () => {
    expect(deriveAhead(data, { ...asked, view: 'compare', with: 'gge-2015' })).toBeNull();
    expect(deriveAhead(data, { ...asked, view: 'change' })).toBeNull();
  });
});
