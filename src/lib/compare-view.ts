// The two views that put two statuses side by side, derived from status.ts and never stored:
// - compare (`view=compare`): a state's status for declaration A and for declaration B, both as
//   of the day shown, becomes both / first-only / second-only / neither, or uncertain when either
//   side is uncertain or disputed (the classification keeps which side);
// - change (`view=change`): a state's status for one declaration at the window's start (`from`)
//   and at its end (`date`) becomes joined / already-signed / not-joined, or uncertain when the
//   window cuts an uncertain date (or a disputed listing).
// Only `signed` counts as taking part, as everywhere else: refused, not-signed, absent and (for a
// closed group) not-member all count as not having taken part. The values are `data-status`
// values of the map, alongside the statuses of status.ts (`uncertain` is shared, on purpose: it
// looks the same in every view).
import type { DatasetIndex } from './dataset-index';
import { statusesAt } from './status';
import type { DeclarationId, Iso3, IsoDate, Status } from './types';

/** Compare view categories, in legend order. */
export const COMPARE_CATEGORIES = ['both', 'first-only', 'second-only', 'neither', 'uncertain'] as const;
export type CompareCategory = (typeof COMPARE_CATEGORIES)[number];

/** Change view categories, in legend order. */
export const CHANGE_CATEGORIES = ['joined', 'already-signed', 'not-joined', 'uncertain'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** Which side of a pair is uncertain or disputed: the first / second declaration, or the window's start / end. */
export type UnsureSide = 'first' | 'second' | 'both';

/** A status that neither counts as taking part nor rules it out. */
export const isUnsure = (s: Status): boolean => s === 'uncertain' || s === 'disputed';

/** Which side of a pair of statuses is unsure, or null when both are settled. */
export function unsureSide(first: Status, second: Status): UnsureSide | null {
  const a = isUnsure(first);
  const b = isUnsure(second);
  return a && b ? 'both' : a ? 'first' : b ? 'second' : null;
}

/** The compare category of a state with `first` for declaration A and `second` for declaration B. */
export function compareCategory(first: Status, second: Status): CompareCategory {
  if (unsureSide(first, second)) return 'uncertain';
  const a = first === 'signed';
  const b = second === 'signed';
  return a && b ? 'both' : a ? 'first-only' : b ? 'second-only' : 'neither';
}

/**
 * The change category of a state with status `start` on the window's first day and `end` on its
 * last. Signed at the start wins (a signature is never undone in the data); otherwise an unsure
 * status at either end means the window cuts the uncertain date (or the disputed listing).
 */
export function changeCategory(start: Status, end: Status): ChangeCategory {
  if (start === 'signed') return 'already-signed';
  if (unsureSide(start, end)) return 'uncertain';
  return end === 'signed' ? 'joined' : 'not-joined';
}

/** Every state's two statuses and its category. */
export interface PairTable<C extends string> {
  first: ReadonlyMap<Iso3, Status>;
  second: ReadonlyMap<Iso3, Status>;
  categories: ReadonlyMap<Iso3, C>;
  counts: Readonly<Record<C, number>>;
}

/**
 * Pair tables are shared per pair of status snapshots (status.ts hands out the same snapshot for
 * every day between two changes), so a timeline step that changes nothing gives the same object.
 */
const pairCache = new WeakMap<ReadonlyMap<Iso3, Status>, WeakMap<ReadonlyMap<Iso3, Status>, Map<string, PairTable<string>>>>();

function pairTable<C extends string>(
  kind: string,
  first: ReadonlyMap<Iso3, Status>,
  second: ReadonlyMap<Iso3, Status>,
  all: readonly C[],
  classify: (a: Status, b: Status) => C,
): PairTable<C> {
  let bySecond = pairCache.get(first);
  if (!bySecond) pairCache.set(first, (bySecond = new WeakMap()));
  let byKind = bySecond.get(second);
  if (!byKind) bySecond.set(second, (byKind = new Map()));
  const hit = byKind.get(kind) as PairTable<C> | undefined;
  if (hit) return hit;
  const categories = new Map<Iso3, C>();
  const counts = Object.fromEntries(all.map((c) => [c, 0])) as Record<C, number>;
  for (const [iso3, a] of first) {
    const c = classify(a, second.get(iso3) ?? 'absent');
    categories.set(iso3, c);
    counts[c] += 1;
  }
  const table: PairTable<C> = { first, second, categories, counts: Object.freeze(counts) };
  byKind.set(kind, table as PairTable<string>);
  return table;
}

/** Declaration `first` against declaration `second`, both as of `date`. */
export function compareTable(ix: DatasetIndex, first: DeclarationId, second: DeclarationId, date: IsoDate): PairTable<CompareCategory> {
  return pairTable('compare', statusesAt(ix, first, date), statusesAt(ix, second, date), COMPARE_CATEGORIES, compareCategory);
}

/** Declaration `id` at the window's start `from` against its end `to`. */
export function changeTable(ix: DatasetIndex, id: DeclarationId, from: IsoDate, to: IsoDate): PairTable<ChangeCategory> {
  return pairTable('change', statusesAt(ix, id, from), statusesAt(ix, id, to), CHANGE_CATEGORIES, changeCategory);
}
