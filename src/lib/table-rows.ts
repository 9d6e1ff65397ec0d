// Rows of the data table view: the same data the map shows for a declaration and date (or, in the
// "all declarations" view, each state's count of signed declarations), and how to sort them.
// Pure, so node tests pin the order and the wording; the component only renders these rows.
import type { DatasetIndex } from './dataset-index';
import { formatDay, formatMonth } from './dates';
import { safeHttpUrl } from './safe-url';
import { statusAt, statusesAt } from './status';
import { STATUSES, type DeclarationId, type EndorsementEvent, type Iso3, type IsoDate, type Status } from './types';

export { statusLabel } from './status-words';

export interface DeclarationRow {
  iso3: Iso3;
  name: string;
  status: Status;
  /** Date of the deciding event (latest possible day), null for absent / not-member. */
  date: IsoDate | null;
  /** The date with its precision: "12 Nov 2018", "on or before 16 Sep 2019", "in Nov 2018". */
  dateText: string;
  /** Evidence: the deciding event's source, named even when it has no usable link. */
  sourceTitle: string | null;
  /** The source URL if it is http(s), else null (never a javascript: or data: link). */
  sourceUrl: string | null;
}

export interface AllRow {
  iso3: Iso3;
  name: string;
  /** Declarations signed with certainty by the date (as the map's "all" view counts them). */
  signedCount: number;
  statuses: Record<DeclarationId, Status>;
}

export type SortDirection = 'ascending' | 'descending';
export type DeclarationSortKey = 'country' | 'status' | 'date' | 'source';
/** The "all" table sorts by country, count, or one declaration's status. */
export type AllSortKey = 'country' | 'count' | DeclarationId;

/** When the deciding event happened, as precisely as the evidence allows. */
export function eventDateText(e: EndorsementEvent): string {
  const base =
    e.precision === 'on-or-before' ? `on or before ${formatDay(e.date)}` : e.precision === 'month' ? `in ${formatMonth(e.date)}` : formatDay(e.date);
  return e.disputed ? `${base} (disputed)` : base;
}

/** One row per country for declaration `id` at `date`, in dataset order (sort with sortDeclarationRows). */
export function declarationRows(ix: DatasetIndex, id: DeclarationId, date: IsoDate, name: (iso3: Iso3) => string): DeclarationRow[] {
  const statuses = statusesAt(ix, id, date);
  return [...ix.countries.keys()].map((iso3) => {
    const status = statuses.get(iso3) ?? 'absent';
    const e = status === 'absent' || status === 'not-member' ? null : statusAt(ix, id, iso3, date).event;
    const source = e ? ix.sources.get(e.sourceId) : undefined;
    return {
      iso3,
      name: name(iso3),
      status,
      date: e?.date ?? null,
      dateText: e ? eventDateText(e) : '',
      sourceTitle: e ? (source?.title ?? `source ${e.sourceId} not found`) : null,
      sourceUrl: safeHttpUrl(source?.url),
    };
  });
}

/** One row per country for the "all declarations" view at `date`. */
export function allRows(ix: DatasetIndex, date: IsoDate, name: (iso3: Iso3) => string): AllRow[] {
  const byDecl = [...ix.declarations.keys()].map((id) => [id, statusesAt(ix, id, date)] as const);
  return [...ix.countries.keys()].map((iso3) => {
    const statuses = Object.fromEntries(byDecl.map(([id, m]) => [id, m.get(iso3) ?? 'absent'])) as Record<DeclarationId, Status>;
    const signedCount = byDecl.filter(([, m]) => m.get(iso3) === 'signed').length;
    return { iso3, name: name(iso3), signedCount, statuses };
  });
}

function collator(locale: string): Intl.Collator {
  try {
    return new Intl.Collator([locale, 'en']);
  } catch {
    return new Intl.Collator('en');
  }
}

const statusRank = (s: Status): number => STATUSES.indexOf(s);

/**
 * Sorted copy. Ties (and empty dates or sources, which always go last whatever the direction)
 * fall back to the country name, so the order is predictable.
 */
export function sortDeclarationRows(rows: readonly DeclarationRow[], key: DeclarationSortKey, direction: SortDirection, locale = 'en'): DeclarationRow[] {
  const c = collator(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: DeclarationRow, b: DeclarationRow) => c.compare(a.name, b.name);
  const primary = (a: DeclarationRow, b: DeclarationRow): number => {
    switch (key) {
      case 'country':
        return c.compare(a.name, b.name);
      case 'status':
        return statusRank(a.status) - statusRank(b.status);
      case 'date':
        return a.date === b.date ? 0 : a.date! < b.date! ? -1 : 1;
      case 'source':
        return c.compare(a.sourceTitle!, b.sourceTitle!);
    }
  };
  const empty = (r: DeclarationRow) => (key === 'date' ? r.date === null : key === 'source' ? r.sourceTitle === null : false);
  return [...rows].sort((a, b) => {
    const ea = empty(a);
    const eb = empty(b);
    if (ea !== eb) return ea ? 1 : -1;
    const p = ea ? 0 : primary(a, b) * sign;
    return p !== 0 ? p : key === 'country' ? 0 : byName(a, b);
  });
}

/** Sorted copy of the "all" rows; ties fall back to the country name. */
export function sortAllRows(rows: readonly AllRow[], key: AllSortKey, direction: SortDirection, locale = 'en'): AllRow[] {
  const c = collator(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const p =
      key === 'country'
        ? c.compare(a.name, b.name)
        : key === 'count'
          ? a.signedCount - b.signedCount
          : statusRank(a.statuses[key] ?? 'absent') - statusRank(b.statuses[key] ?? 'absent');
    return p !== 0 ? p * sign : c.compare(a.name, b.name);
  });
}
