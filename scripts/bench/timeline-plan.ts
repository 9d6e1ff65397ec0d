// Which dates the bench steps through, and what the map must show at each, from the project's
// own pure queries (src/lib). Steps go through the timeline's stops for one declaration, keeping
// only stops where at least one country's status changes, so every step has real work to do.
// Without a dataset it falls back to weekly dates and no expectations.
import { existsSync, readFileSync } from 'node:fs';
import { indexDataset } from '../../src/lib/dataset-index';
import { statusesAt } from '../../src/lib/status';
import { timelineStops } from '../../src/lib/timeline';
import { createCountryNamer } from '../../src/lib/country-names';
import type { Dataset, DeclarationId, Iso3, IsoDate, Status } from '../../src/lib/types';

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

function changes(a: ReadonlyMap<Iso3, Status>, b: ReadonlyMap<Iso3, Status>): number {
  let n = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) n++;
  return n;
}

/** Steps through `declaration`, by default the dataset's default declaration (the map's first view). */
export async function timelinePlan(datasetPath: string, declaration?: DeclarationId): Promise<TimelinePlan> {
  const dataset: Dataset | null = existsSync(datasetPath) ? JSON.parse(readFileSync(datasetPath, 'utf8')) : null;
  const full = dataset ? indexDataset(dataset) : null;
  declaration ??= full?.defaultDeclaration ?? '';
  const launch = dataset?.declarations.find((d) => d.id === declaration)?.launch ?? full?.range.start ?? '2018-11-12';
  const fallback = (why: string): TimelinePlan => ({
    declaration: declaration!,
    dates: weekly(launch, full?.range.end ?? launch),
    expected: null,
    source: `weekly dates from ${launch} (${why})`,
    meanChangesPerStep: null,
  });
  if (!full) return fallback(`${datasetPath} missing`);
  const ix = full;
  const unique = [...new Set(timelineStops(ix, declaration, createCountryNamer(ix.dataset.countries)).map((s) => s.date))].filter((d) => d >= launch).sort();
  const kept: IsoDate[] = [];
  const changeCounts: number[] = [];
  let previous: ReadonlyMap<Iso3, Status> | null = null;
  for (const date of unique) {
    const now = statusesAt(ix, declaration, date);
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
    expected: (date) => Object.fromEntries(statusesAt(ix, declaration, date)),
    source: `${kept.length} timeline stops of ${declaration} where at least one status changes, walked back and forth`,
    meanChangesPerStep: changeCounts.reduce((a, b) => a + b, 0) / Math.max(1, changeCounts.length),
  };
}
