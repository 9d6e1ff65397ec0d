// The timeline's stops: declaration launches, later status changes (joins, refusals, and the day
// an "on or before" date becomes certain) and context events, one stop per date, kind and
// declaration, so "next" and "previous" jump between moments where the map changes.
import { pastOf, statusWords } from './status-words';
import { formatDay } from './dates';
import type { DatasetIndex } from './dataset-index';
import { statusSegments, type StatusSegment } from './status';
import type { DeclarationId, Iso3, IsoDate, Status } from './types';
import type { CountryNamer } from './country-names';

export interface TimelineStop {
  date: IsoDate;
  kind: 'launch' | 'change' | 'context';
  declarationId: DeclarationId | null;
  label: string;
  countries: Iso3[];
}

/**
 * Shared collators (`localeCompare` with a locale builds one on every comparison), made on first
 * use: the page's first Intl object loads the engine's locale data, tens of milliseconds on a
 * phone, which have no place in the task that evaluates the map's code.
 */
let english: Intl.Collator | undefined;
let pageDefault: Intl.Collator | undefined;
const byEnglishName = (a: string, b: string) => (english ??= new Intl.Collator('en')).compare(a, b);
const byLabel = (a: string, b: string) => (pageDefault ??= new Intl.Collator()).compare(a, b);

const KIND_ORDER: Record<TimelineStop['kind'], number> = { launch: 0, change: 1, context: 2 };
/** Most names a label lists before it says "N states". */
const MAX_NAMES = 3;

function listNames(names: string[]): string {
  if (names.length > MAX_NAMES) return `${names.length} states`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function changePhrase(status: Status, segments: StatusSegment[], names: string[], verb: string): string {
  const who = listNames(names);
  const done = pastOf(verb);
  switch (status) {
    case 'signed':
      return segments.every((s) => s.event.precision === 'day')
        ? `${who} ${done}`
        : `${who} certainly ${done} by ${formatDay(segments[0]!.from)} (exact date not known)`;
    case 'uncertain':
      return `${who} may have ${done} from here (exact date not known)`;
    case 'disputed':
      return `${who} listed as having ${done} (listing disputed)`;
    case 'refused':
      return `${who} reported as refusing`;
    case 'not-signed':
      return `${who} reported as not having ${done}`;
    default:
      return `${who}: ${statusWords(status, verb)}`;
  }
}

function launchCounts(segmentsByStatus: Map<Status, StatusSegment[]>, verb: string): string {
  const parts: string[] = [];
  for (const status of ['signed', 'uncertain', 'disputed', 'refused', 'not-signed'] as const) {
    const n = segmentsByStatus.get(status)?.length ?? 0;
    if (n) parts.push(`${n} ${statusWords(status, verb)}`);
  }
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

/** Each declaration's stops, built once per namer, which is made once per dataset (they never change with the view). */
const stopsCache = new WeakMap<(iso3: Iso3) => string, Map<DeclarationId, readonly TimelineStop[]>>();

function declarationStops(ix: DatasetIndex, id: DeclarationId, nameOf: (iso3: Iso3) => string): readonly TimelineStop[] {
  let byDecl = stopsCache.get(nameOf);
  if (!byDecl) stopsCache.set(nameOf, (byDecl = new Map()));
  let stops = byDecl.get(id);
  if (!stops) byDecl.set(id, (stops = buildDeclarationStops(ix, id, nameOf)));
  return stops;
}

function buildDeclarationStops(ix: DatasetIndex, id: DeclarationId, nameOf: (iso3: Iso3) => string): TimelineStop[] {
  const decl = ix.declarations.get(id)!;
  const byDate = new Map<IsoDate, Map<Status, StatusSegment[]>>();
  for (const segments of statusSegments(ix, id).values()) {
    for (const segment of segments) {
      let byStatus = byDate.get(segment.from);
      if (!byStatus) byDate.set(segment.from, (byStatus = new Map()));
      const list = byStatus.get(segment.status);
      if (list) list.push(segment);
      else byStatus.set(segment.status, [segment]);
    }
  }
  const stops: TimelineStop[] = [
    { date: decl.launch, kind: 'launch', declarationId: id, label: `${decl.shortName} launched`, countries: [] },
  ];
  for (const [date, byStatus] of byDate) {
    const countries = [...new Set([...byStatus.values()].flat().map((s) => s.event.country))].sort();
    if (date === decl.launch) {
      stops[0] = { ...stops[0]!, label: `${decl.shortName} launched${launchCounts(byStatus, decl.verb)}`, countries };
      continue;
    }
    const phrases = [...byStatus.entries()].map(([status, segments]) =>
      changePhrase(status, segments, segments.map((s) => nameOf(s.event.country)).sort(byEnglishName), decl.verb),
    );
    stops.push({ date, kind: 'change', declarationId: id, label: `${decl.shortName}: ${phrases.join('; ')}`, countries });
  }
  return stops;
}

function compareStops(a: TimelineStop, b: TimelineStop, order: readonly DeclarationId[]): number {
  const declOrder = (id: DeclarationId | null): number => (id === null ? -1 : order.indexOf(id));
  return (
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    declOrder(a.declarationId) - declOrder(b.declarationId) ||
    byLabel(a.label, b.label)
  );
}

/**
 * Stops inside the dataset's timeline (ix.range), sorted. With a declaration: its own launch and
 * changes, plus every declaration's launch and the context events. States are named by `nameOf`
 * (the page's names, as everywhere else on it).
 */
export function timelineStops(ix: DatasetIndex, declarationId: DeclarationId | null, nameOf: CountryNamer): TimelineStop[] {
  const stops: TimelineStop[] = [];
  for (const id of ix.declarations.keys()) {
    for (const stop of declarationStops(ix, id, nameOf)) {
      if (!declarationId || stop.kind === 'launch' || id === declarationId) stops.push(stop);
    }
  }
  for (const event of ix.dataset.context) {
    stops.push({ date: event.date, kind: 'context', declarationId: null, label: event.title, countries: [] });
  }
  const { start, end } = ix.range;
  return stops.filter((s) => s.date >= start && s.date <= end).sort((a, b) => compareStops(a, b, ix.declarationIds));
}

/** The first stop after `date`, or null at the end. */
export function nextStop(stops: readonly TimelineStop[], date: IsoDate): TimelineStop | null {
  return stops.find((s) => s.date > date) ?? null;
}

/** The last stop before `date`, or null at the start. */
export function previousStop(stops: readonly TimelineStop[], date: IsoDate): TimelineStop | null {
  for (let i = stops.length - 1; i >= 0; i--) if (stops[i]!.date < date) return stops[i]!;
  return null;
}
