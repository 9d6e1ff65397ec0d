// The one rule that turns raw input into a view: here, the compare view's `with` and the change
// view's `from`.
import { describe, expect, test } from 'vitest';
import { resolveViewState } from '../../src/lib/view-state';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';

// What the explorer hands over once the dataset is in (declarations, timeline, launches).
const launches = new Map([
  ['gge-2015', '2015-07-22'],
  ['paris-call-2018', '2018-11-12'],
  ['joint-statement-2019', '2019-09-23'],
  ['g7-2021', '2021-04-28'],
  ['dfi-2022', '2022-04-28'],
]);
const data = { declarations: [...launches.keys()], defaultDeclaration: 'paris-call-2018', range: { start: '2015-07-22', end: '2022-12-31' } };
const ctx = { data, launches };

describe('resolveViewState: compare', () => {
  test('takes the second declaration as given', () => {
    const { state, warnings } = resolveViewState({ declaration: 'paris-call-2018', view: 'compare', with: 'dfi-2022', date: '2022-12-31' }, ctx);
    expect(state).toMatchObject({ view: 'compare', declaration: 'paris-call-2018', with: 'dfi-2022', from: null });
    expect(warnings).toEqual([]);
  });
  test('without one, or with the same one, compares with the latest other declaration', () => {
    expect(resolveViewState({ declaration: 'paris-call-2018', view: 'compare' }, ctx).state.with).toBe('dfi-2022');
    const same = resolveViewState({ declaration: 'dfi-2022', view: 'compare', with: 'dfi-2022' }, ctx);
    expect(same.state.with).toBe('g7-2021');
    expect(same.warnings).toEqual(['cannot compare dfi-2022 with itself; showing g7-2021.']);
    expect(resolveViewState({ view: 'compare', with: 'nope' }, ctx).warnings).toEqual(['unknown declaration "nope" to compare with; showing dfi-2022.']);
    // Before the dataset is known, a well-formed id is kept as it is.
    expect(resolveViewState({ view: 'compare', with: 'dfi-2022' }).state.with).toBe('dfi-2022');
  });
  test('is null outside the compare view', () => {
    expect(resolveViewState({ with: 'dfi-2022' }).state.with).toBeNull();
  });
});

describe('resolveViewState: change', () => {
  test('takes the window as given', () => {
    const { state, warnings } = resolveViewState({ view: 'change', from: '2019-01-01', date: '2022-12-31' }, ctx);
    expect(state).toMatchObject({ view: 'change', from: '2019-01-01', date: '2022-12-31', with: null });
    expect(warnings).toEqual([]);
  });
  test('starts at the launch by default, or when the start is after the end', () => {
    expect(resolveViewState({ view: 'change' }, ctx).state.from).toBe('2018-11-12');
    const late = resolveViewState({ view: 'change', from: '2022-06-01', date: '2021-01-01' }, ctx);
    expect(late.state.from).toBe('2018-11-12');
    expect(late.warnings).toEqual(['the window cannot start (2022-06-01) after it ends (2021-01-01); it starts on 2018-11-12.']);
    expect(resolveViewState({ view: 'change', from: '2019-02-30' }, ctx).warnings[0]).toMatch(/not a real day/);
  });
  test('on the launch day itself the window starts at the launch, not years before the declaration existed', () => {
    const { state, warnings } = resolveViewState({ view: 'change', declaration: 'paris-call-2018', date: '2018-11-12' }, ctx);
    expect(state.from).toBe('2018-11-12');
    expect(warnings).toEqual([]);
  });
  test('clamps the start to the timeline', () => {
    const { state, warnings } = resolveViewState({ view: 'change', from: '2001-01-01' }, ctx);
    expect(state.from).toBe('2015-07-22');
    expect(warnings[0]).toMatch(/outside 2015-07-22\.\.2022-12-31/);
  });
  test('is null outside the change view', () => {
    expect(resolveViewState({ from: '2019-01-01' }).state.from).toBeNull();
  });
});

describe('URL parameters with and from', () => {
  test('round-trip, each only in its own view', () => {
    const compare = serializeUrlState({ declaration: 'paris-call-2018', date: '2022-12-31', country: null, view: 'compare', with: 'dfi-2022', from: null }).toString();
    expect(compare).toBe('declaration=paris-call-2018&date=2022-12-31&view=compare&with=dfi-2022');
    expect(parseUrlState(new URLSearchParams(compare)).state).toEqual({ declaration: 'paris-call-2018', date: '2022-12-31', view: 'compare', with: 'dfi-2022' });
    const change = serializeUrlState({ declaration: 'paris-call-2018', date: '2022-12-31', country: null, view: 'change', with: null, from: '2019-01-01' }, new URLSearchParams(compare));
    expect(change.toString()).toBe('declaration=paris-call-2018&date=2022-12-31&view=change&from=2019-01-01');
    const back = serializeUrlState({ declaration: 'paris-call-2018', date: '2022-12-31', country: null, view: 'declaration' }, change);
    expect(back.toString()).toBe('declaration=paris-call-2018&date=2022-12-31');
  });
  test('bad values are ignored with a warning', () => {
    const { state, warnings } = parseUrlState(new URLSearchParams('with=nope&from=2019-13-01'), { declarations: data.declarations });
    expect(state).toEqual({});
    expect(warnings).toHaveLength(2);
  });
});
