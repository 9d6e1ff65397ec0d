// Rows of the data table in the compare and change views: each state's category and its status
// on both sides (two declarations, or one declaration at the window's start and end), sortable
// by any column. Pure; the table component renders them (it is in the table's own chunk).
import { STATUSES, type Iso3, type Status } from './types';
import type { SortDirection } from './table-rows';

export interface PairRow {
  iso3: Iso3;
  name: string;
  category: string;
  sides: Status[];
}

/** `country`, `category`, or one side's status (`side-0`, `side-1`). */
export type PairSortKey = 'country' | 'category' | `side-${number}`;

export interface PairTableSource {
  table: { categories: ReadonlyMap<Iso3, string> };
  sides: readonly { statuses: ReadonlyMap<Iso3, Status> }[];
}

export function pairRows(vm: PairTableSource, name: (iso3: Iso3) => string): PairRow[] {
  return [...vm.table.categories].map(([iso3, category]) => ({ iso3, name: name(iso3), category, sides: vm.sides.map((s) => s.statuses.get(iso3) ?? 'absent') }));
}

/** Sorted copy; categories sort in legend order (`order`), statuses in legend order; ties by name. */
export function sortPairRows(rows: readonly PairRow[], key: PairSortKey, direction: SortDirection, order: readonly string[], locale = 'en'): PairRow[] {
  let c: Intl.Collator;
  try {
    c = new Intl.Collator([locale, 'en']);
  } catch {
    c = new Intl.Collator('en');
  }
  const sign = direction === 'ascending' ? 1 : -1;
  const side = key.startsWith('side-') ? Number(key.slice(5)) : -1;
  return [...rows].sort((a, b) => {
    const p =
      key === 'country'
        ? c.compare(a.name, b.name)
        : key === 'category'
          ? order.indexOf(a.category) - order.indexOf(b.category)
          : STATUSES.indexOf(a.sides[side]!) - STATUSES.indexOf(b.sides[side]!);
    return p !== 0 ? p * sign : c.compare(a.name, b.name);
  });
}
