// Which dates the bench steps through, and what the map must show at each, from the project's
// own pure queries (src/lib). Steps go through the timeline's stops for one declaration, keeping
// only stops where at least one country's status changes, so every step has real work to do.
// While those modules are not there yet, it falls back to weekly dates and no expectations.
import { existsSync, readFileSync } from 'node:fs';
import type { Dataset, DeclarationId, Iso3, IsoDate, Status } from '../../src/lib/types';

export const BENCH_DECLARATION: DeclarationId = 'paris-call-2018';
const TIMELINE_END: IsoDate = '2022-12-31';
const FALLBACK_STEP_DAYS = 7;

export interface TimelinePlan {
  declaration: DeclarationId;
  dates: IsoDate[];
  /** Expected status per country at a date, when the status query is available. */
  expected: ((date: IsoDate) => Record<Iso3, Status>) | null;
  /** How the dates were chosen, for the table's notes. */
  source: string;
  /** Mean number of countries whose status changes per step (null without the status query). */
  meanChangesPerStep: number | null;
}

function weekly(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += FALLBACK_STEP_DAYS * 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function changes(a: Map<Iso3, Status>, b: Map<Iso3, Status>): number {
  let n = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) n++;
  return n;
}

export async function timelinePlan(datasetPath: string, declaration = BENCH_DECLARATION): Promise<TimelinePlan> {
  const dataset: Dataset | null = existsSync(datasetPath) ? JSON.parse(readFileSync(datasetPath, 'utf8')) : null;
  const launch = dataset?.declarations.find((d) => d.id === declaration)?.launch ?? '2018-11-12';
  const fallback = (why: string): TimelinePlan => ({
    declaration,
    dates: weekly(launch, TIMELINE_END),
    expected: null,
    source: `weekly dates from ${launch} (${why})`,
    meanChangesPerStep: null,
  });
  if (!dataset) return fallback(`${datasetPath} missing`);
  let lib: {
    indexDataset: (d: Dataset) => unknown;
    statusesAt: (ix: unknown, id: DeclarationId, date: IsoDate) => Map<Iso3, Status>;
    timelineStops: (ix: unknown) => unknown[];
  };
  try {
    // Specifiers from a list, so the type check passes while these modules are being written.
    const modules = ['dataset-index', 'status', 'timeline'].map((name) => new URL(`../../src/lib/${name}.ts`, import.meta.url).href);
    const [indexMod, statusMod, timelineMod] = await Promise.all(modules.map((href) => import(href) as Promise<object>));
    lib = { ...indexMod, ...statusMod, ...timelineMod } as unknown as typeof lib;
  } catch (error) {
    return fallback(`status/timeline modules not available: ${(error as Error).message.split('\n')[0]}`);
  }
  const ix = lib.indexDataset(dataset);
  const stopDates = lib
    .timelineStops(ix)
    .map((s) => (typeof s === 'string' ? s : (s as { date: IsoDate }).date))
    .filter((d) => d >= launch && d <= TIMELINE_END);
  const unique = [...new Set(stopDates)].sort();
  const kept: IsoDate[] = [];
  const changeCounts: number[] = [];
  let previous: Map<Iso3, Status> | null = null;
  for (const date of unique) {
    const now = lib.statusesAt(ix, declaration, date);
    const n = previous ? changes(previous, now) : 1;
    if (n > 0) {
      kept.push(date);
      if (previous) changeCounts.push(n);
      previous = now;
    }
  }
  if (kept.length < 3) return fallback(`only ${kept.length} timeline stops change ${declaration}`);
  return {
    declaration,
    dates: kept,
    expected: (date) => Object.fromEntries(lib.statusesAt(ix, declaration, date)),
    source: `${kept.length} timeline stops of ${declaration} where at least one status changes, walked back and forth`,
    meanChangesPerStep: changeCounts.reduce((a, b) => a + b, 0) / Math.max(1, changeCounts.length),
  };
}
