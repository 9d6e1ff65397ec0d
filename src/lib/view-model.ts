// The one place where (dataset, view) becomes what a surface shows: the map's categories, the
// legend entries with their counts, the "as of" line, the screen-reader summary and each
// country's description. The explorer and the presentation render from it; the exports, the
// table and `data:check` share its parts (status-words.ts, legend-entries.ts). Results are
// shared per stretch of time (the status tables are), so a timeline step that changes nothing
// hands out the same objects and nothing downstream renders again.
import type { DatasetIndex } from './dataset-index';
import { formatDay } from './dates';
import { legendStatuses, statusLegend } from './legend-entries';
import { countsAt, isLaunched, statusAt, statusesAt } from './status';
import { describeSignedCount, describeStatus } from './status-text';
import { countsPhrase } from './status-words';
import type { Declaration, DeclarationId, Iso3, IsoDate, Status } from './types';

/** One legend entry: a category value as the map writes it, its words and its count. */
export interface ViewLegendEntry {
  value: string;
  label: string;
  definition: string;
  count: number;
}

export interface ViewModel {
  /** Which attribute the map writes the categories to. */
  categoryAttr: 'data-status' | 'data-signed-count';
  /** Category of every state; null before the declaration's launch (no map to show). */
  categories: ReadonlyMap<Iso3, string> | null;
  legend: ViewLegendEntry[];
  /** A line under the legend (who could take part). */
  legendNote: string;
  /** "Paris Call" — "31 signed, … as of 12 Nov 2018". */
  asOfTitle: string;
  asOf: string;
  /** The map's text summary for screen readers. */
  summary: string;
  /** A country's status in words (tooltip, live region). */
  describe: (iso3: Iso3) => string;
}

export interface DeclarationViewModel extends ViewModel {
  declaration: Declaration;
  launched: boolean;
  counts: Readonly<Record<Status, number>>;
}

/** Legend statuses per declaration, fixed per dataset. */
const shownByIndex = new WeakMap<DatasetIndex, Map<DeclarationId, Status[]>>();
/** Legend entries per counts object (shared per stretch of time) and declaration. */
const legendByCounts = new WeakMap<Readonly<Record<Status, number>>, Map<DeclarationId, ViewLegendEntry[]>>();

export function legendStatusesOf(ix: DatasetIndex, decl: Declaration): Status[] {
  let byDecl = shownByIndex.get(ix);
  if (!byDecl) shownByIndex.set(ix, (byDecl = new Map()));
  let shown = byDecl.get(decl.id);
  if (!shown) {
    shown = legendStatuses(decl, [...(ix.eventsByDeclaration.get(decl.id)?.values() ?? [])].flat());
    byDecl.set(decl.id, shown);
  }
  return shown;
}

function legendFor(ix: DatasetIndex, decl: Declaration, counts: Readonly<Record<Status, number>>): ViewLegendEntry[] {
  let byDecl = legendByCounts.get(counts);
  if (!byDecl) legendByCounts.set(counts, (byDecl = new Map()));
  let entries = byDecl.get(decl.id);
  if (!entries) byDecl.set(decl.id, (entries = statusLegend(decl, legendStatusesOf(ix, decl), counts)));
  return entries;
}

/** What a surface shows for one declaration on one day. */
export function declarationViewModel(ix: DatasetIndex, id: DeclarationId, date: IsoDate): DeclarationViewModel | null {
  const decl = ix.declarations.get(id);
  if (!decl) return null;
  const launched = isLaunched(ix, id, date);
  const counts = countsAt(ix, id, date);
  const legend = legendFor(ix, decl, counts);
  const day = formatDay(date);
  const notYet = `The ${decl.shortName} had not been launched yet on ${day}`;
  return {
    declaration: decl,
    launched,
    counts,
    categoryAttr: 'data-status',
    categories: launched ? statusesAt(ix, id, date) : null,
    legend,
    legendNote: `Who could take part: ${decl.eligibility}.`,
    asOfTitle: decl.shortName,
    asOf: launched ? `${countsPhrase(counts, decl)} as of ${day}` : notYet,
    summary: launched
      ? `Map: ${decl.title}, as of ${day}: ${legend.map((e) => `${e.count} ${e.label.toLowerCase()}`).join(', ')}.`
      : `${notYet}; it was launched on ${formatDay(decl.launch)}.`,
    describe: (iso3) => describeStatus(decl, statusAt(ix, id, iso3, date), date, (sid) => ix.sources.get(sid)),
  };
}

/** The "all" view counts taking part, whatever the verb: members adopted the GGE report, nobody signed it. */
export const ALL_VIEW_NOTE = 'Taking part: signing, endorsing or, for the 2015 GGE report, adopting; counted where its date is certain by the day shown.';

/** "None", "2 of 5", "All 5": the "all" view's legend labels, on the screen and in the export. */
export const allLegendLabel = (n: number, total: number): string => (n === 0 ? 'None' : n === total ? `All ${total}` : `${n} of ${total}`);

/** The "all declarations" view, shared while no declaration's statuses change. */
const allCache = new WeakMap<DatasetIndex, { snapshots: ReadonlyMap<Iso3, Status>[]; counts: Map<Iso3, number>; base: Omit<ViewModel, 'asOf' | 'summary' | 'describe'> & { perStep: number[]; anyCount: number } }>();

/** What a surface shows in the "all declarations" view on one day: how many each state took part in. */
export function allViewModel(ix: DatasetIndex, date: IsoDate, steps: number): ViewModel {
  const decls = [...ix.declarations.values()];
  const total = decls.length;
  const snapshots = decls.map((d) => statusesAt(ix, d.id, date));
  let cached = allCache.get(ix);
  if (!cached || !cached.snapshots.every((m, i) => m === snapshots[i])) {
    const counts = new Map<Iso3, number>();
    for (const iso3 of ix.countries.keys()) counts.set(iso3, 0);
    for (const statuses of snapshots) for (const [iso3, s] of statuses) if (s === 'signed') counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
    const perStep = Array.from({ length: steps + 1 }, () => 0);
    for (const n of counts.values()) perStep[Math.min(n, steps)]! += 1;
    const legend = perStep.map((count, n) => ({
      value: String(n),
      label: allLegendLabel(n, total),
      definition: `Took part in ${n === 0 ? 'none' : n === 1 ? 'one declaration' : `${n} declarations`}`,
      count,
    }));
    cached = {
      snapshots,
      counts,
      base: {
        categoryAttr: 'data-signed-count',
        categories: new Map([...counts].map(([k, v]) => [k, String(v)])),
        legend,
        legendNote: ALL_VIEW_NOTE,
        asOfTitle: 'All declarations',
        perStep,
        anyCount: [...counts.values()].filter((n) => n > 0).length,
      },
    };
    allCache.set(ix, cached);
  }
  const { counts, base } = cached;
  const day = formatDay(date);
  return {
    categoryAttr: base.categoryAttr,
    categories: base.categories,
    legend: base.legend,
    legendNote: base.legendNote,
    asOfTitle: base.asOfTitle,
    asOf: `${base.anyCount} states had taken part in at least one of the ${total} as of ${day}`,
    summary: `Map of all ${total} declarations as of ${day}: ${base.perStep.map((c, n) => `${c} states took part in ${n}`).join(', ')}.`,
    describe: (iso3) => {
      const names = decls.filter((d) => statusAt(ix, d.id, iso3, date).status === 'signed').map((d) => d.shortName);
      const line = describeSignedCount(counts.get(iso3) ?? 0, total, date);
      return names.length ? `${line}: ${names.join(', ')}` : line;
    },
  };
}
