// Country display names in the page's language. Intl.DisplayNames (from the ISO alpha-2 code)
// for other languages; our own table (data/countries.csv) for English and whenever Intl has no
// name. English uses the table because ICU's English short names are not headline text
// ("Congo - Kinshasa", "Myanmar (Burma)").
import { safeLocale } from './locale';
import type { Country, Iso3 } from './types';

/** Language of the names in our country table. */
export const TABLE_LANGUAGE = 'en';

/** Names the table must always win for, whatever Intl says (no ISO alpha-2 of its own). */
const FIXED_NAMES: Record<Iso3, string> = { XKX: 'Kosovo' };

export type CountryNamer = (iso3: Iso3) => string;

function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** Whether names in `locale` are our table's (English) names, needing no language tag of their own among English words. */
export const isTableLanguage = (locale: string): boolean => primaryLanguage(locale || TABLE_LANGUAGE) === TABLE_LANGUAGE;

function makeDisplayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([safeLocale(locale)], { type: 'region', fallback: 'none' });
  } catch {
    return null; // an engine without DisplayNames
  }
}

/** Returns a function that names a country by ISO alpha-3; unknown codes come back as the code. */
export function createCountryNamer(countries: readonly Country[], locale: string = TABLE_LANGUAGE): CountryNamer {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const intl = isTableLanguage(locale) ? null : makeDisplayNames(locale);
  const cache = new Map<Iso3, string>();
  return (iso3) => {
    let name = cache.get(iso3);
    if (name !== undefined) return name;
    const country = byIso3.get(iso3);
    name = FIXED_NAMES[iso3] ?? (country && intl && country.iso2 ? intl.of(country.iso2) : undefined) ?? country?.name ?? iso3;
    cache.set(iso3, name);
    return name;
  };
}

/** Sorts codes by display name in the page's language (the keyboard order on the map). */
export function sortByName(codes: Iterable<Iso3>, name: CountryNamer, locale: string = TABLE_LANGUAGE): Iso3[] {
  const collator = new Intl.Collator([safeLocale(locale, TABLE_LANGUAGE), TABLE_LANGUAGE]);
  return [...codes].sort((a, b) => collator.compare(name(a), name(b)));
}
