// The country table (data/countries.csv) and lookups over it: exact resolution of the many ways
// sources write a state's name, "did you mean" suggestions, and a search-box matcher.
import { CsvError, readCsv, type CsvTable } from './csv';
import { SUGGEST_LENGTH, cellProblem, clip } from './data/file-checks';
import type { Country, Iso3 } from './types';

export const COUNTRY_COLUMNS = ['iso3', 'iso2', 'numeric', 'name', 'un_member', 'aliases'] as const;

/**
 * Comparison form of a name: accents, case, punctuation and a leading "the" do not matter,
 * so "the U.S." = "US" and "TURKIYE" = "Türkiye".
 */
export function normalizeName(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Dots and apostrophes join letters ("U.S." -> "us", "d'Ivoire" -> "divoire").
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/**
 * Checks a read data/countries.csv table: every problem at once, each a CsvError naming the line,
 * the column and the fix. The countries are only trusted when there is no problem.
 */
export function checkCountryTable(table: CsvTable): { countries: Country[]; problems: CsvError[] } {
  const file = table.file;
  const problems: CsvError[] = [...table.broken];
  const missing = COUNTRY_COLUMNS.filter((name) => !table.header.includes(name));
  const extra = table.header.filter((name) => !(COUNTRY_COLUMNS as readonly string[]).includes(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      extra.length > 0 ? `unknown column(s) ${extra.join(', ')}` : '',
    ].filter(Boolean);
    problems.push(new CsvError(file, 1, null, `${parts.join(' and ')}; the header must be ${COUNTRY_COLUMNS.join(',')}`));
    return { countries: [], problems };
  }
  const col = (name: (typeof COUNTRY_COLUMNS)[number]): number => table.header.indexOf(name) + 1;

  const countries: Country[] = [];
  // Who already uses a code or a normalized name, to reject ambiguous tables.
  const seenKeys = new Map<string, { iso3: Iso3; line: number }>();

  for (const { line, values } of table.rows) {
    const v = (name: (typeof COUNTRY_COLUMNS)[number]): string => (values[name] ?? '').trim();
    const before = problems.length;
    const fail = (name: (typeof COUNTRY_COLUMNS)[number], detail: string): void => {
      problems.push(new CsvError(file, line, col(name), detail));
    };
    const bad = new Set<string>();
    for (const name of COUNTRY_COLUMNS) {
      const problem = cellProblem(values[name] ?? '', name);
      if (problem) {
        fail(name, problem);
        bad.add(name);
      }
    }
    const check = (name: (typeof COUNTRY_COLUMNS)[number], ok: boolean, detail: string): void => {
      if (!bad.has(name) && !ok) fail(name, detail);
    };
    const iso3 = v('iso3');
    check('iso3', /^[A-Z]{3}$/.test(iso3), `iso3 '${clip(iso3)}' is not three capital letters; write the ISO alpha-3 code (e.g. FRA)`);
    const iso2 = v('iso2');
    check('iso2', /^[A-Z]{2}$/.test(iso2), `iso2 '${clip(iso2)}' is not two capital letters; write the ISO alpha-2 code (e.g. FR)`);
    const numeric = v('numeric');
    check(
      'numeric',
      numeric === '' || /^\d{3}$/.test(numeric),
      `numeric '${clip(numeric)}' is not a three-digit ISO code; write it zero-padded (e.g. 076) or leave it empty`,
    );
    const name = v('name');
    check('name', name !== '', `empty required field 'name'; give the short English display name`);
    const un = v('un_member');
    check('un_member', un === 'yes' || un === 'no', `un_member '${clip(un)}' is not allowed; use yes or no`);
    const aliasText = v('aliases');
    const aliases = aliasText === '' ? [] : aliasText.split('|').map((a) => a.trim());
    check('aliases', !aliases.some((a) => a === ''), 'has an empty alias; separate aliases with a single |');
    if (problems.length > before) continue;

    const twin = seenKeys.get(`iso3:${iso3}`);
    if (twin) {
      fail('iso3', `${iso3} appears twice (first on line ${twin.line}); keep one row per state`);
      continue;
    }
    const claim = (key: string, what: string, column: number): void => {
      const previous = seenKeys.get(key);
      if (previous && previous.iso3 !== iso3) {
        problems.push(
          new CsvError(file, line, column, `${what} is already used by ${previous.iso3} (line ${previous.line}); each name, alias and code must point to one state`),
        );
      }
      if (!previous) seenKeys.set(key, { iso3, line });
    };
    claim(`iso3:${iso3}`, `iso3 ${iso3}`, col('iso3'));
    claim(`iso2:${iso2}`, `iso2 ${iso2}`, col('iso2'));
    if (numeric !== '') claim(`numeric:${numeric}`, `numeric ${numeric}`, col('numeric'));
    const names = [[iso3, col('iso3')], [iso2, col('iso2')], [name, col('name')], ...aliases.map((a) => [a, col('aliases')] as const)] as const;
    for (const [text, column] of names) {
      const key = normalizeName(text);
      if (key === '') problems.push(new CsvError(file, line, column, `'${clip(text)}' has no letters or digits; write the name in letters`));
      else claim(`name:${key}`, `'${clip(text)}'`, column);
    }
    countries.push({ iso3, iso2, numeric, name, aliases, unMember: un === 'yes' });
  }
  if (table.rows.length === 0) problems.push(new CsvError(file, 1, null, 'the table has no rows; add one row per state'));
  return { countries: problems.length === 0 ? countries : [], problems };
}

/** Parses data/countries.csv; throws the first problem (checkCountryTable gives them all). */
export function parseCountryTable(text: string, file = 'data/countries.csv'): Country[] {
  const { countries, problems } = checkCountryTable(readCsv(text, file));
  if (problems[0]) throw problems[0];
  return countries;
}

export interface CountryIndex {
  readonly countries: readonly Country[];
  byIso3(code: string): Country | undefined;
  /** Exact lookup by iso3, iso2, name or alias, ignoring case, accents, punctuation and "the". */
  resolve(nameOrCode: string): Country | undefined;
  /** Search-box matches over names and aliases, best first. */
  search(query: string, limit?: number): Country[];
}

/** Edit distance (insert, delete, substitute) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

interface Keyed {
  country: Country;
  /** Normalized display name first, then normalized aliases. */
  names: string[];
}

/** Search rank of one normalized name for a normalized query (lower is better), or null. */
function matchRank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((word) => word.startsWith(query))) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/**
 * Closest names for a "did you mean" message; empty when nothing is reasonably close. Apart from
 * the index: only the data build's error messages need it, so the element's bundle leaves it out.
 */
export function suggestCountries(countries: readonly Country[], text: string, limit = 3): Country[] {
  const query = normalizeName(text);
  // An edit distance is quadratic: a huge cell gets no suggestion, and stays linear time.
  if (query === '' || query.length > SUGGEST_LENGTH) return [];
  const scored = countries.map((country) => {
    let best = Infinity;
    for (const name of [country.name, ...country.aliases].map(normalizeName)) {
      // Whole-name distance, or an abbreviation of the start ("Czech Rep." for "Czech Republic").
      const prefix = editDistance(query, name.slice(0, query.length)) + 0.5;
      best = Math.min(best, editDistance(query, name), prefix);
    }
    return { country, score: best / query.length };
  });
  return scored
    .filter((s) => s.score <= 0.4)
    .sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name, 'en'))
    .slice(0, limit)
    .map((s) => s.country);
}

/**
 * `displayName`, when given, names countries in the reader's language (Intl.DisplayNames): those
 * names are searchable too, so a French page finds "Allemagne", the name it shows. The table's
 * own names and aliases win any clash with them.
 */
export function createCountryIndex(countries: Country[], displayName?: (iso3: Iso3) => string): CountryIndex {
  const byIso3 = new Map<string, Country>();
  const byKey = new Map<string, Country>();
  const keyed: Keyed[] = [];
  for (const country of countries) {
    byIso3.set(country.iso3, country);
    const names = [country.name, ...country.aliases].map(normalizeName);
    for (const key of [country.iso3.toLowerCase(), country.iso2.toLowerCase(), ...names]) {
      // The table is checked for ambiguity when parsed; here the first entry wins.
      if (!byKey.has(key)) byKey.set(key, country);
    }
    keyed.push({ country, names });
  }
  if (displayName) {
    for (const entry of keyed) {
      const shown = normalizeName(displayName(entry.country.iso3));
      if (shown === '' || entry.names.includes(shown)) continue;
      // First: the name the reader sees is the one that ranks as the display name.
      entry.names.unshift(shown);
      if (!byKey.has(shown)) byKey.set(shown, entry.country);
    }
  }
  const byName = (a: Country, b: Country): number => a.name.localeCompare(b.name, 'en');

  return {
    countries,
    byIso3: (code) => byIso3.get(code.trim().toUpperCase()),
    resolve: (nameOrCode) => byKey.get(normalizeName(nameOrCode)),

    search(query, limit = 8) {
      const q = normalizeName(query);
      if (q === '') return [];
      const results: { country: Country; rank: number }[] = [];
      for (const { country, names } of keyed) {
        let rank = q === country.iso3.toLowerCase() || q === country.iso2.toLowerCase() ? 0 : Infinity;
        names.forEach((name, i) => {
          const r = matchRank(name, q);
          // The display name beats aliases at the same kind of match.
          if (r !== null) rank = Math.min(rank, r * 2 + (i === 0 ? 0 : 1));
        });
        if (rank < Infinity) results.push({ country, rank });
      }
      return results
        .sort((a, b) => a.rank - b.rank || byName(a.country, b.country))
        .slice(0, limit)
        .map((r) => r.country);
    },
  };
}
