// A country's status for a declaration at a date, derived from its dated, sourced events.
//
// Each event becomes one or two "segments" (from-date, status):
// - `day`: the status holds from the date;
// - signed `on-or-before D`: `uncertain` from `earliest` (default: launch), `signed` from D;
// - signed `month`: `uncertain` from `earliest` (default: the month's first day), `signed` from the
//   first day of the next month, never earlier than the evidence allows;
// - a disputed signed event: `disputed` from when it could have happened, and never `signed`;
// - refused and not-signed with `month` precision count from the next month; with `on-or-before D` from D.
// The status at T is the last segment starting on or before T; none = `absent`. Countries outside
// a closed group are `not-member`. Before the launch there is no status: see `isLaunched`.
import { formatDay, formatMonth, startOfNextMonth } from './dates';
import { pastOf } from './status-words';
import type { DatasetIndex } from './dataset-index';
import { STATUSES, type Declaration, type DeclarationId, type EndorsementEvent, type Iso3, type IsoDate, type Status, type StatusAtDate } from './types';

/** One stretch of time from `from` on in which an event gives a country `status`. */
export interface StatusSegment {
  from: IsoDate;
  status: Status;
  event: EndorsementEvent;
}

interface DeclarationTable {
  decl: Declaration;
  /** Status of every country with no event: `absent` or `not-member`. */
  base: Map<Iso3, Status>;
  /** Countries with events: their segments, sorted by `from`. */
  segments: Map<Iso3, StatusSegment[]>;
  /**
   * Distinct days, sorted, on which some member's segment starts. Every country's status is the
   * same on all days between two of them, so the table of statuses (and its counts) is built at
   * most once per stretch and shared: a timeline step is a binary search, not a rebuild.
   */
  changes: IsoDate[];
  /** Statuses per stretch: [k] holds once exactly k change days have passed. */
  snapshots: Array<ReadonlyMap<Iso3, Status> | undefined>;
  counts: Array<Readonly<Record<Status, number>> | undefined>;
  /** Counts before the launch (from `base`). */
  baseCounts: Readonly<Record<Status, number>> | null;
}

const tables = new WeakMap<DatasetIndex, Map<DeclarationId, DeclarationTable>>();

export function eventSegments(event: EndorsementEvent, launch: IsoDate): StatusSegment[] {
  const { date, precision, earliest } = event;
  if (event.status !== 'signed') {
    return [{ from: precision === 'month' ? startOfNextMonth(date) : date, status: event.status, event }];
  }
  const windowStart = precision === 'day' ? date : (earliest ?? (precision === 'month' ? date : launch));
  if (event.disputed) return [{ from: windowStart, status: 'disputed', event }];
  if (precision === 'day') return [{ from: date, status: 'signed', event }];
  const certain = precision === 'month' ? startOfNextMonth(date) : date;
  const segments: StatusSegment[] = [];
  if (windowStart < certain) segments.push({ from: windowStart, status: 'uncertain', event });
  segments.push({ from: certain, status: 'signed', event });
  return segments;
}

function tableFor(ix: DatasetIndex, id: DeclarationId): DeclarationTable {
  let byDecl = tables.get(ix);
  if (!byDecl) {
    byDecl = new Map();
    tables.set(ix, byDecl);
  }
  let table = byDecl.get(id);
  if (table) return table;
  const decl = ix.declarations.get(id);
  if (!decl) throw new Error(`unknown declaration ${id}`);
  const members = decl.members ? new Set(decl.members) : null;
  const base = new Map<Iso3, Status>();
  for (const iso3 of ix.countries.keys()) base.set(iso3, members && !members.has(iso3) ? 'not-member' : 'absent');
  const segments = new Map<Iso3, StatusSegment[]>();
  for (const [iso3, events] of ix.eventsByDeclaration.get(id) ?? []) {
    const list = events.flatMap((e) => eventSegments(e, decl.launch));
    // Stable: segments starting the same day keep event order (the later event wins).
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    segments.set(iso3, list);
  }
  const changes = new Set<IsoDate>();
  for (const [iso3, list] of segments) {
    if (base.get(iso3) !== 'not-member') for (const seg of list) changes.add(seg.from);
  }
  const sorted = [...changes].sort();
  table = { decl, base, segments, changes: sorted, snapshots: [], counts: [], baseCounts: null };
  byDecl.set(id, table);
  return table;
}

/** Every country's segments for a declaration (for timelines), sorted by start. */
export function statusSegments(ix: DatasetIndex, id: DeclarationId): ReadonlyMap<Iso3, readonly StatusSegment[]> {
  return tableFor(ix, id).segments;
}

function segmentAt(segments: readonly StatusSegment[] | undefined, date: IsoDate): StatusSegment | null {
  if (!segments) return null;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i]!.from <= date) return segments[i]!;
  }
  return null;
}

export function isLaunched(ix: DatasetIndex, id: DeclarationId, date: IsoDate): boolean {
  const decl = ix.declarations.get(id);
  return decl !== undefined && date >= decl.launch;
}

function describe(segment: StatusSegment, decl: Declaration, date: IsoDate): string {
  const e = segment.event;
  const atLaunch = e.date === decl.launch;
  const done = pastOf(decl.verb);
  if (segment.status === 'refused' || segment.status === 'not-signed') {
    // The launch list dates it, whenever the report came; a cited earlier report, as its source tells it.
    if (e.datedBy === 'launch-list') return `Not on the launch list (${formatDay(e.date)}), and reported as not having ${done} it: ${e.wording}.`;
    const what = segment.status === 'refused' ? 'Reported as refusing' : `Reported as not having ${done}`;
    const day = atLaunch ? `at launch (${formatDay(e.date)})` : `on ${formatDay(e.date)}`;
    const cited = e.datedBy === 'cited-report' ? ', by an earlier report its source cites' : '';
    return `${what} ${day}${cited}: ${e.wording}.`;
  }
  if (e.disputed) {
    const listed = e.precision === 'day' ? `on ${formatDay(e.date)}` : `by ${formatDay(e.date)}`;
    const why = e.note ? ` ${e.note}` : ' A cited source disputes it.';
    return `Listed as having ${done} it ${listed}, but the listing is disputed, so it is not counted as ${done}.${why}`;
  }
  if (segment.status === 'uncertain') {
    if (e.precision === 'month') {
      return `${capitalised(done)} during ${formatMonth(e.date)}; the exact day is not known, so it is not certain yet on ${formatDay(date)}.`;
    }
    const from = formatDay(segment.from);
    return `${capitalised(done)} at an unknown date between ${from} and ${formatDay(e.date)}; not certain before ${formatDay(e.date)}.`;
  }
  if (e.precision === 'on-or-before') return `${capitalised(done)} on or before ${formatDay(e.date)}; exact date not known.`;
  if (e.precision === 'month') return `${capitalised(done)} in ${formatMonth(e.date)}; exact day not known.`;
  return atLaunch ? `${capitalised(done)} at launch, ${formatDay(e.date)}.` : `${capitalised(done)} on ${formatDay(e.date)}.`;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function statusAt(ix: DatasetIndex, id: DeclarationId, iso3: Iso3, date: IsoDate): StatusAtDate {
  const table = tableFor(ix, id);
  const { decl } = table;
  const history = ix.eventsByDeclaration.get(id)?.get(iso3) ?? [];
  const base = table.base.get(iso3) ?? (decl.members && !decl.members.includes(iso3) ? 'not-member' : 'absent');
  if (date < decl.launch) {
    return { status: base, event: null, history, reason: `Not launched yet: ${decl.shortName} was launched on ${formatDay(decl.launch)}.` };
  }
  if (base === 'not-member') {
    return { status: 'not-member', event: null, history, reason: `Not a member of this closed group: ${decl.eligibility}.` };
  }
  const segment = segmentAt(table.segments.get(iso3), date);
  if (!segment) {
    return { status: 'absent', event: null, history, reason: 'No record of signing or of refusing.' };
  }
  let reason = describe(segment, decl, date);
  const earlier = history.find((e) => e.status !== 'signed' && e !== segment.event && e.date <= date);
  if (segment.status !== 'refused' && segment.status !== 'not-signed' && earlier) {
    const when = earlier.date === decl.launch ? `at launch (${formatDay(earlier.date)})` : `on ${formatDay(earlier.date)}`;
    reason += ` Earlier reported as ${earlier.status === 'refused' ? 'refusing' : `not having ${pastOf(decl.verb)}`} ${when}: ${earlier.wording}.`;
  }
  return { status: segment.status, event: segment.event, history, reason };
}

/** How many change days of the table fall on or before `date` (binary search). */
function stretchAt(table: DeclarationTable, date: IsoDate): number {
  const { changes } = table;
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (changes[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function snapshot(table: DeclarationTable, k: number): ReadonlyMap<Iso3, Status> {
  let result = table.snapshots[k];
  if (result) return result;
  const map = new Map(table.base);
  if (k > 0) {
    const day = table.changes[k - 1]!;
    for (const [iso3, segments] of table.segments) {
      if (table.base.get(iso3) === 'not-member') continue;
      const segment = segmentAt(segments, day);
      if (segment) map.set(iso3, segment.status);
    }
  }
  table.snapshots[k] = result = map;
  return result;
}

/**
 * Status of every country in the table. Shared and read-only: the same map is returned for every
 * day between two changes, so a timeline step costs a binary search (and callers can tell "no
 * change" by identity).
 */
export function statusesAt(ix: DatasetIndex, id: DeclarationId, date: IsoDate): ReadonlyMap<Iso3, Status> {
  const table = tableFor(ix, id);
  if (date < table.decl.launch) return table.base;
  return snapshot(table, stretchAt(table, date));
}

/** How many countries have each status in a table of statuses. */
export function countStatuses(statuses: ReadonlyMap<Iso3, Status>): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const status of statuses.values()) counts[status] += 1;
  return counts;
}

/** How many countries have each status (before the launch: all absent or not-member). Shared, frozen. */
export function countsAt(ix: DatasetIndex, id: DeclarationId, date: IsoDate): Readonly<Record<Status, number>> {
  const table = tableFor(ix, id);
  if (date < table.decl.launch) return (table.baseCounts ??= Object.freeze(countStatuses(table.base)));
  const k = stretchAt(table, date);
  let counts = table.counts[k];
  if (!counts) table.counts[k] = counts = Object.freeze(countStatuses(snapshot(table, k)));
  return counts;
}
