// The source line of a slide or an exported image: who published the evidence and when, never a
// headline ("Sources: France Diplomatie (16 Sep 2019), UNODA (22 Jul 2015) and 4 more ·
// dataset 2023-05-01.d07e571f"), and which evidence a view shows on its date (one rule for the
// exports, the article's credit line and the presentation). Pure.
import { eventSegments } from './status';
import type { Dataset, DeclarationId, EndorsementEvent, HeadlineCount, IsoDate, Source, ViewMode } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "22 Jul 2015", "Jul 2015" or "2015" from a source's partial date; '' when unknown. */
export function sourceDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (!y) return '';
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The source ids an event rests on: its own and the `also` ones. */
export function eventSourceIds(e: EndorsementEvent): string[] {
  return [e.sourceId, ...(e.moreSourceIds ?? [])];
}

/**
 * The first day a view shows an event (its first status segment, as the map draws it: a signing
 * known only "on or before" a day shows as uncertain from the window's start) or a headline count
 * (its date); never before the launch, when nothing is shown.
 */
export function shownFrom(item: EndorsementEvent | HeadlineCount, launch: IsoDate): IsoDate {
  const from = 'asOf' in item ? item.asOf : (eventSegments(item, launch)[0]?.from ?? item.date);
  return from > launch ? from : launch;
}

interface Shown {
  from: IsoDate;
  ids: readonly string[];
}
/** Per dataset and declaration: its evidence sorted by the day it is first shown. */
const shownByDataset = new WeakMap<Dataset, Map<DeclarationId, Shown[]>>();

function shownList(dataset: Dataset, id: DeclarationId): Shown[] {
  let byDecl = shownByDataset.get(dataset);
  if (!byDecl) shownByDataset.set(dataset, (byDecl = new Map()));
  let list = byDecl.get(id);
  if (list) return list;
  const decl = dataset.declarations.find((d) => d.id === id);
  list = [];
  if (decl) {
    for (const e of dataset.events) if (e.declarationId === id) list.push({ from: shownFrom(e, decl.launch), ids: eventSourceIds(e) });
    for (const h of decl.headlineCounts) list.push({ from: shownFrom(h, decl.launch), ids: [h.sourceId] });
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  }
  byDecl.set(id, list);
  return list;
}

/** How many of a sorted list's items are shown by `date` (binary search). */
function shownCount(list: readonly Shown[], date: IsoDate): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.from <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const idsOf = (dataset: Dataset, declarations: readonly DeclarationId[] | null) => declarations ?? dataset.declarations.map((d) => d.id);

/**
 * The source ids behind what a view of `declarations` (null: every one) shows on `date`: the
 * events the map draws by then and the headline counts dated by then. Nothing before a launch.
 */
export function shownSourceIds(dataset: Dataset, declarations: readonly DeclarationId[] | null, date: IsoDate): string[] {
  return idsOf(dataset, declarations).flatMap((id) => {
    const list = shownList(dataset, id);
    return list.slice(0, shownCount(list, date)).flatMap((item) => item.ids);
  });
}

/** How many pieces of evidence shownSourceIds takes: the set only grows with the date, so this names it (for caches). */
export function shownEvidenceCount(dataset: Dataset, declarations: readonly DeclarationId[] | null, date: IsoDate): number {
  return idsOf(dataset, declarations).reduce((n, id) => n + shownCount(shownList(dataset, id), date), 0);
}

/** The declarations a view shows: every one (null) in "all", both in compare, else the one. */
export function viewDeclarationIds(v: { view: ViewMode; declaration: DeclarationId; with?: DeclarationId | null }): DeclarationId[] | null {
  if (v.view === 'all') return null;
  return v.view === 'compare' && v.with ? [v.declaration, v.with] : [v.declaration];
}

/**
 * Publishers with their dates, most-cited first, each publisher once; at most `max` named, the
 * rest counted. Sources without a publisher are counted, never named by their headline.
 */
export function publisherCredits(sources: ReadonlyMap<string, Source>, ids: readonly string[], max = 4): string {
  const cited = new Map<string, number>();
  // A copy of another source (copyOf) is credited to the original, never as a second publisher.
  for (const given of ids) {
    const id = sources.get(given)?.copyOf ?? given;
    cited.set(id, (cited.get(id) ?? 0) + 1);
  }
  const byPublisher = new Map<string, { n: number; dates: Set<string> }>();
  let unnamed = 0;
  for (const [id, n] of cited) {
    const s = sources.get(id);
    const publisher = s?.publisher.trim() ?? '';
    if (!publisher) {
      unnamed++;
      continue;
    }
    const entry = byPublisher.get(publisher) ?? { n: 0, dates: new Set<string>() };
    entry.n += n;
    if (s?.date) entry.dates.add(s.date);
    byPublisher.set(publisher, entry);
  }
  const ranked = [...byPublisher].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0], 'en'));
  const named = ranked.slice(0, max).map(([publisher, { dates }]) => {
    const days = [...dates].sort().map(sourceDay);
    return days.length === 0 ? publisher : `${publisher} (${days.length > 2 ? `${days[0]} to ${days[days.length - 1]}` : days.join(', ')})`;
  });
  const more = ranked.length - named.length + unnamed;
  if (named.length === 0) return more > 0 ? `${more} ${more === 1 ? 'source' : 'sources'} without a named publisher` : 'none recorded';
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** "Sources: … · cyber-declarations-map dataset <version>". */
export function sourceLine(dataset: Dataset, ids: readonly string[], max = 4): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return `Sources: ${publisherCredits(sources, ids, max)} · cyber-declarations-map dataset ${dataset.version}`;
}
