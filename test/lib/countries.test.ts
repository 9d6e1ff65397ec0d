import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvError, readCsv } from '../../src/lib/csv';
import { checkCountryTable, createCountryIndex, editDistance, normalizeName, parseCountryTable, suggestCountries } from '../../src/lib/countries';
import { createCountryNamer } from '../../src/lib/country-names';

const text = readFileSync(new URL('../../data/countries.csv', import.meta.url), 'utf8');
const countries = parseCountryTable(text);
const index = createCountryIndex(countries);
const iso = (list: { iso3: string }[]): string[] => list.map((c) => c.iso3);

function errorOf(csv: string): CsvError {
  try {
    parseCountryTable(csv, 'test.csv');
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

const HEADER = 'iso3,iso2,numeric,name,un_member,aliases\n';

describe('data/countries.csv', () => {
  it('has the 193 UN members plus Kosovo, Taiwan, Palestine and Western Sahara', () => {
    expect(countries).toHaveLength(197);
    expect(countries.filter((c) => c.unMember)).toHaveLength(193);
    expect(iso(countries.filter((c) => !c.unMember)).sort()).toEqual(['ESH', 'PSE', 'TWN', 'XKX']);
    expect(index.byIso3('VAT')).toBeUndefined();
  });

  it('keeps numeric codes as zero-padded text, empty only for Kosovo', () => {
    expect(index.byIso3('BRA')?.numeric).toBe('076');
    expect(countries.filter((c) => c.numeric === '').map((c) => c.iso3)).toEqual(['XKX']);
    expect(index.byIso3('XKX')).toMatchObject({ iso2: 'XK', name: 'Kosovo', unMember: false });
  });

  it('uses the agreed short display names', () => {
    const names = Object.fromEntries(countries.map((c) => [c.iso3, c.name]));
    expect(names).toMatchObject({
      CZE: 'Czechia', KOR: 'South Korea', GBR: 'United Kingdom', USA: 'United States', TUR: 'Türkiye',
      CPV: 'Cabo Verde', FSM: 'Micronesia', MKD: 'North Macedonia', RUS: 'Russia', IRN: 'Iran',
      SYR: 'Syria', VNM: 'Vietnam', LAO: 'Laos', BOL: 'Bolivia', TZA: 'Tanzania', MDA: 'Moldova',
      CIV: "Côte d'Ivoire", SWZ: 'Eswatini', TLS: 'Timor-Leste', COG: 'Congo', COD: 'DR Congo',
    });
  });
});

describe('resolve', () => {
  it.each([
    ['the United Kingdom', 'GBR'], ['UK', 'GBR'], ['U.K.', 'GBR'], ['Great Britain', 'GBR'],
    ['türkiye', 'TUR'], ['TURKIYE', 'TUR'], ['Turkey', 'TUR'], ['czech republic', 'CZE'],
    ['the Czech Republic', 'CZE'], ['U.S.', 'USA'], ['the U.S.', 'USA'], ['United States of America', 'USA'],
    ['Korea, Republic of', 'KOR'], ['Republic of Korea', 'KOR'], ["Democratic People's Republic of Korea", 'PRK'],
    ['Micronesia (Federated States of)', 'FSM'], ['Macedonia', 'MKD'], ['Moldova, Republic of', 'MDA'],
    ['Iran (Islamic Republic of)', 'IRN'], ['Ivory Coast', 'CIV'], ["cote d'ivoire", 'CIV'], ['Swaziland', 'SWZ'],
    ['East Timor', 'TLS'], ['Burma', 'MMR'], ['Viet Nam', 'VNM'], ['Lao PDR', 'LAO'], ['Syrian Arab Republic', 'SYR'],
    ['Republic of the Congo', 'COG'], ['Congo-Brazzaville', 'COG'], ['Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'], ['Congo-Kinshasa', 'COD'], ['Palestine, State of', 'PSE'],
    ['Taiwan, Province of China', 'TWN'], ['Chinese Taipei', 'TWN'], ['the Netherlands', 'NLD'],
    ['Russian Federation', 'RUS'], ['Cape Verde', 'CPV'], ['Sao Tome and Principe', 'STP'],
    ['fra', 'FRA'], ['DE', 'DEU'], ['xk', 'XKX'],
  ])('%s -> %s', (input, expected) => {
    expect(index.resolve(input)?.iso3).toBe(expected);
  });

  it('returns undefined for unknown names and non-states', () => {
    expect(index.resolve('Holy See')).toBeUndefined();
    expect(index.resolve('European Union')).toBeUndefined();
    expect(index.resolve('')).toBeUndefined();
  });
});

describe('suggest and search', () => {
  it('suggests the intended state for near misses', () => {
    expect(iso(suggestCountries(countries, 'Czech Rep.')).at(0)).toBe('CZE');
    expect(iso(suggestCountries(countries, 'Germny')).at(0)).toBe('DEU');
    expect(iso(suggestCountries(countries, 'Phillipines')).at(0)).toBe('PHL');
    expect(iso(suggestCountries(countries, 'Untied Kingdom')).at(0)).toBe('GBR');
    expect(suggestCountries(countries, 'Xylophone')).toEqual([]);
    expect(suggestCountries(countries, 'Germny', 1)).toHaveLength(1);
  });

  it('finds states by prefix and substring, best first', () => {
    expect(iso(index.search('South Korea'))).toEqual(['KOR']);
    expect(iso(index.search('Korea')).slice(0, 2).sort()).toEqual(['KOR', 'PRK']);
    expect(iso(index.search('Türkiye')).at(0)).toBe('TUR');
    expect(iso(index.search('czech')).at(0)).toBe('CZE');
    expect(iso(index.search('congo')).slice(0, 2)).toEqual(['COG', 'COD']);
    expect(iso(index.search('niger')).slice(0, 2)).toEqual(['NER', 'NGA']);
    expect(iso(index.search('land'))).toContain('FIN');
    expect(index.search('a', 5)).toHaveLength(5);
    expect(index.search('  ')).toEqual([]);
  });
});

describe('names in the reader language', () => {
  const french = createCountryNamer(countries, 'fr');
  const fr = createCountryIndex(countries, french);

  it('finds a country by the name a French page shows, as well as by its English names', () => {
    expect(french('DEU')).toBe('Allemagne');
    expect(iso(fr.search('Allemagne'))[0]).toBe('DEU');
    expect(iso(fr.search('allem'))[0]).toBe('DEU');
    expect(fr.resolve('Allemagne')?.iso3).toBe('DEU');
    expect(fr.resolve('Germany')?.iso3).toBe('DEU');
    expect(iso(fr.search('Côte')).includes('CIV')).toBe(true);
  });

  it("keeps the table's names first when a shown name clashes with one of them", () => {
    // A namer that calls Niger "Nigeria" must not take "Nigeria" away from NGA.
    const clash = createCountryIndex(countries, (code) => (code === 'NER' ? 'Nigeria' : code));
    expect(clash.resolve('Nigeria')?.iso3).toBe('NGA');
    expect(index.resolve('Allemagne')).toBeUndefined();
  });
});

describe('parseCountryTable errors name the line and the fix', () => {
  it('rejects bad codes and flags', () => {
    expect(errorOf(`${HEADER}FRA,FR,250,France,yes,\nDE,DE,276,Germany,yes,\n`)).toMatchObject({ line: 3, column: 1 });
    expect(errorOf(`${HEADER}BRA,BR,76,Brazil,yes,\n`).message).toContain('zero-padded');
    expect(errorOf(`${HEADER}BRA,BR,076,Brazil,Y,\n`).message).toBe("test.csv:2:5: un_member 'Y' is not allowed; use yes or no");
    expect(errorOf(`${HEADER}BRA,BR,076,,yes,\n`).column).toBe(4);
    expect(errorOf(`${HEADER}BRA,BR,076,Brazil,yes,Brasil||Brazil\n`).column).toBe(6);
  });

  it('rejects duplicate codes and names that would point to two states', () => {
    expect(errorOf(`${HEADER}FRA,FR,250,France,yes,\nFRA,FX,251,France 2,yes,\n`).message).toBe('test.csv:3:1: FRA appears twice (first on line 2); keep one row per state');
    const clash = errorOf(`${HEADER}COG,CG,178,Congo,yes,\nCOD,CD,180,DR Congo,yes,the Congo\n`);
    expect([clash.line, clash.column]).toEqual([3, 6]);
    expect(clash.message).toContain('already used by COG');
  });

  it('checkCountryTable reports every problem at once, each as file:line:column: message; fix', () => {
    const { countries, problems } = checkCountryTable(
      readCsv(`${HEADER}FRA,FR,250,France,yes,\nDE,DE,276,Germany,yes,\nITA,IT,380,Italy,maybe,\nESP,ES,724,,yes,\n`, 'test.csv'),
    );
    expect(countries).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "test.csv:3:1: iso3 'DE' is not three capital letters; write the ISO alpha-3 code (e.g. FRA)",
      "test.csv:4:5: un_member 'maybe' is not allowed; use yes or no",
      "test.csv:5:4: empty required field 'name'; give the short English display name",
    ]);
  });

  it('rejects missing or unknown columns and empty tables', () => {
    expect(errorOf('iso3,iso2,numeric,name,aliases\n').message).toBe('test.csv:1: missing column(s) un_member; the header must be iso3,iso2,numeric,name,un_member,aliases');
    expect(errorOf(`${HEADER.trim()},region\n`).message).toContain('unknown column');
    expect(errorOf(HEADER).message).toContain('no rows');
  });
});

describe('helpers', () => {
  it('normalizeName folds case, accents, punctuation and a leading "the"', () => {
    expect(normalizeName('  The U.S.A. ')).toBe('usa');
    expect(normalizeName("Côte d’Ivoire")).toBe('cote divoire');
    expect(normalizeName('Korea, Republic of')).toBe('korea republic of');
    expect(normalizeName('Theodore')).toBe('theodore');
  });

  it('editDistance counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
