// The source line of a slide or an exported image: who published the evidence and when, never a
// headline ("Sources: France Diplomatie (16 Sep 2019), UNODA (22 Jul 2015) and 4 more ·
// dataset 2023-05-01.d07e571f"). Pure; the caller chooses which sources count (a step's, a
// declaration's).
import type { Dataset, DeclarationId, EndorsementEvent, Source } from './types';

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

/** Every source id behind a declaration (its events and its headline counts), or behind all. */
export function declarationSourceIds(dataset: Dataset, declarationId: DeclarationId | null): string[] {
  const ids: string[] = [];
  for (const e of dataset.events) if (declarationId === null || e.declarationId === declarationId) ids.push(...eventSourceIds(e));
  for (const d of dataset.declarations) if (declarationId === null || d.id === declarationId) ids.push(...d.headlineCounts.map((h) => h.sourceId));
  return ids;
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
