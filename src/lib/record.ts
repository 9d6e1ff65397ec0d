// One country's record across every declaration, for the sidebar.
import type { DatasetIndex } from './dataset-index';
import { statusAt } from './status';
import type { Declaration, Iso3, IsoDate, StatusAtDate } from './types';

/** All declarations in launch order, each with the country's status (and evidence) at `date`. */
export function countryRecord(ix: DatasetIndex, iso3: Iso3, date: IsoDate): Array<{ declaration: Declaration; status: StatusAtDate }> {
  return [...ix.declarations.values()]
    .sort((a, b) => (a.launch < b.launch ? -1 : a.launch > b.launch ? 1 : 0))
    .map((declaration) => ({ declaration, status: statusAt(ix, declaration.id, iso3, date) }));
}
