import { describe, expect, test } from 'vitest';
import { isRealIsoDate, parseUrlState, serializeUrlState } from '../../src/lib/url-state';

/** The bundled dataset's declarations: which ids exist is data, handed to the parser. */
const DECLARATIONS = ['gge-2015', 'paris-call-2018', 'joint-statement-2019', 'g7-2021', 'dfi-2022'];
const parse = (q: string, countries?: string[]) =>
  parseUrlState(new URLSearchParams(q), countries ? { countries: new Set(countries), declarations: DECLARATIONS } : { declarations: DECLARATIONS });

describe('parseUrlState', () => {
  test('reads every valid parameter', () => {
    expect(parse('declaration=paris-call-2018&date=2018-11-12&country=usa&view=all')).toEqual({
      state: { declaration: 'paris-call-2018', date: '2018-11-12', country: 'USA', view: 'all' },
      warnings: [],
    });
  });
  test('keeps the valid parts of a garbage link and warns about the rest', () => {
    const { state, warnings } = parse('declaration=nope&date=2019-02-30&country=FRA&view=<script>');
    expect(state).toEqual({ country: 'FRA' });
    expect(warnings).toHaveLength(3);
    expect(warnings.join(' ')).toMatch(/declaration "nope"/);
    expect(warnings.join(' ')).toMatch(/date "2019-02-30"/);
  });
  test('rejects codes that are not alpha-3 and unknown codes when a table is given', () => {
    expect(parse('country=FR').state).toEqual({});
    expect(parse('country=ZZZ', ['FRA']).warnings).toEqual(['Unknown country "ZZZ".']);
    expect(parse('country=FRA', ['FRA']).state).toEqual({ country: 'FRA' });
  });
  test('before the dataset is known, any id-shaped declaration is kept for the data to judge', () => {
    expect(parseUrlState(new URLSearchParams('declaration=pall-mall-2024')).state).toEqual({ declaration: 'pall-mall-2024' });
    expect(parseUrlState(new URLSearchParams('declaration=Not%20An%20Id')).warnings).toEqual(['Unknown declaration "Not An Id": not a declaration id.']);
  });
  test('an empty query gives an empty state and no warnings', () => {
    expect(parse('')).toEqual({ state: {}, warnings: [] });
  });
  test('truncates very long garbage in warnings', () => {
    const { warnings } = parse(`declaration=${'x'.repeat(500)}`);
    expect(warnings[0]!.length).toBeLessThan(200);
  });
});

describe('isRealIsoDate', () => {
  test('accepts real days, including 29 Feb in a leap year', () => {
    expect(isRealIsoDate('2020-02-29')).toBe(true);
    expect(isRealIsoDate('2022-12-31')).toBe(true);
  });
  test('rejects impossible or badly written days', () => {
    for (const s of ['2019-02-29', '2019-13-01', '2019-1-01', '20190101', '2019-01-01T00:00', '']) {
      expect(isRealIsoDate(s), s).toBe(false);
    }
  });
});

describe('serializeUrlState', () => {
  test('round-trips through parseUrlState', () => {
    const state = { declaration: 'dfi-2022', date: '2022-11-02', country: 'NOR', view: 'all' } as const;
    expect(parse(serializeUrlState(state).toString()).state).toEqual(state);
  });
  test('keeps the host page parameters and drops defaults', () => {
    const out = serializeUrlState(
      { declaration: 'g7-2021', date: '2021-04-28', country: null, view: 'declaration' },
      new URLSearchParams('lang=fr&country=FRA&view=all'),
    );
    expect(out.toString()).toBe('lang=fr&declaration=g7-2021&date=2021-04-28');
  });
});

describe('display (map or table)', () => {
  test('round-trips beside the view, and is left out for the map', () => {
    const state = { declaration: 'g7-2021', date: '2021-12-31', country: null, view: 'all', display: 'table' } as const;
    const q = serializeUrlState(state).toString();
    expect(q).toBe('declaration=g7-2021&date=2021-12-31&view=all&display=table');
    expect(parse(q).state).toEqual({ declaration: 'g7-2021', date: '2021-12-31', view: 'all', display: 'table' });
    expect(serializeUrlState({ ...state, display: 'map' }, new URLSearchParams('display=table')).has('display')).toBe(false);
  });
  test('an unknown display is ignored with a warning', () => {
    expect(parse('display=chart')).toEqual({ state: {}, warnings: ['Unknown display "chart"; expected "map" or "table".'] });
  });
});
