// The search box's two questions, over the dataset's countries in the reader's language: which
// states match what is typed so far, and which one state a finished text names. The index is
// built on the first search, not before the first map.
import { createCountryIndex, type CountryIndex } from './countries';
import type { CountryNamer } from './country-names';
import type { Country, Iso3 } from './types';

export interface CountryMatch {
  iso3: Iso3;
  /** The name shown, in the reader's language. */
  name: string;
}

export interface CountrySearch {
  search(query: string, limit: number): CountryMatch[];
  resolve(text: string): CountryMatch | null;
}

export function countrySearch(countries: Country[], namer: CountryNamer): CountrySearch {
  let index: CountryIndex | null = null;
  const ready = () => (index ??= createCountryIndex(countries, namer));
  const toMatch = (c: { iso3: Iso3 }): CountryMatch => ({ iso3: c.iso3, name: namer(c.iso3) });
  return {
    search: (query, limit) => ready().search(query, limit).map(toMatch),
    resolve: (text) => {
      const c = ready().resolve(text);
      return c ? toMatch(c) : null;
    },
  };
}
