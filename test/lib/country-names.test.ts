import { describe, expect, test } from 'vitest';
import { createCountryNamer, sortByName } from '../../src/lib/country-names';
import type { Country } from '../../src/lib/types';

const c = (iso3: string, iso2: string, name: string): Country => ({ iso3, iso2, numeric: '', name, aliases: [], unMember: true });
const table = [
  c('COD', 'CD', 'Democratic Republic of the Congo'),
  c('DEU', 'DE', 'Germany'),
  c('XKX', 'XK', 'Kosovo'),
  c('AUT', 'AT', 'Austria'),
  c('ZZZ', '', 'Nowhere Land'),
];

describe('createCountryNamer', () => {
  test('English uses our table, not ICU short names', () => {
    const name = createCountryNamer(table, 'en-GB');
    expect(name('COD')).toBe('Democratic Republic of the Congo');
    expect(name('DEU')).toBe('Germany');
  });
  test('other languages use Intl.DisplayNames from the alpha-2 code', () => {
    const name = createCountryNamer(table, 'de');
    expect(name('DEU')).toBe('Deutschland');
    expect(name('AUT')).toBe('Österreich');
  });
  test('Kosovo is "Kosovo" in any language, and a missing alpha-2 falls back to the table', () => {
    expect(createCountryNamer(table, 'fr')('XKX')).toBe('Kosovo');
    expect(createCountryNamer(table, 'fr')('ZZZ')).toBe('Nowhere Land');
  });
  test('an unknown code comes back as itself; a bad locale tag does not throw', () => {
    expect(createCountryNamer(table, 'en')('QQQ')).toBe('QQQ');
    expect(createCountryNamer(table, '!!not a locale')('DEU')).toBe('Germany');
  });
});

describe('sortByName', () => {
  test('orders codes by display name in the page language', () => {
    const en = createCountryNamer(table, 'en');
    expect(sortByName(['DEU', 'AUT', 'COD'], en, 'en')).toEqual(['AUT', 'COD', 'DEU']);
    const de = createCountryNamer(table, 'de');
    // German: Demokratische Republik Kongo, Deutschland, Österreich (Ö sorts with O).
    expect(sortByName(['AUT', 'DEU'], de, 'de')).toEqual(['DEU', 'AUT']);
  });
});

describe('a page language that is not a BCP 47 tag', () => {
  test('"de_DE" is read as "de-DE"; nonsense sorts in English', () => {
    expect(createCountryNamer(table, 'de_DE')('DEU')).toBe('Deutschland');
    const en = createCountryNamer(table, 'en_US');
    expect(en('DEU')).toBe('Germany');
    expect(sortByName(['DEU', 'AUT', 'COD'], en, 'en_US')).toEqual(['AUT', 'COD', 'DEU']);
    expect(sortByName(['DEU', 'AUT'], en, '!!')).toEqual(['AUT', 'DEU']);
  });
});
