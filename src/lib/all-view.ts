// The "all declarations" view: how many of the five each state had taken part in (signed, endorsed, adopted), with certainty.
import type { DatasetIndex } from './dataset-index';
import { statusesAt } from './status';
import type { Iso3, IsoDate } from './types';

/** For every country: the number of declarations it had `signed` (not `uncertain`) by `date`. */
export function signedCountsAt(ix: DatasetIndex, date: IsoDate): Map<Iso3, number> {
  const counts = new Map<Iso3, number>();
  for (const iso3 of ix.countries.keys()) counts.set(iso3, 0);
  for (const id of ix.declarations.keys()) {
    for (const [iso3, status] of statusesAt(ix, id, date)) {
      if (status === 'signed') counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
    }
  }
  return counts;
}
