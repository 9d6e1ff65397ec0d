// What a surface shows in the compare and change views: the same ViewModel shape as the other
// views (view-model.ts), so the map, the legend, the live region and the exports take it as
// they are. Its own module so that the embed loads it only when a reader (or a page) asks for
// one of these views.
import { changeTable, CHANGE_CATEGORIES, compareTable, COMPARE_CATEGORIES, type ChangeCategory, type CompareCategory, type PairTable } from './compare-view';
import { changeSentence, changeWords, compareSentence, compareWords, pairNote } from './compare-words';
import type { DatasetIndex } from './dataset-index';
import { formatDay } from './dates';
import { statusAt } from './status';
import { describeStatus } from './status-text';
import type { Declaration, DeclarationId, Iso3, IsoDate, Status } from './types';
import type { ViewLegendEntry, ViewModel } from './view-model';

export interface PairViewModel<C extends string> extends ViewModel {
  /** The declarations involved: [A, B] in compare, [D] in change. */
  declarations: Declaration[];
  /** False when nothing can be shown yet (compare: neither launched; change: not launched by the end). */
  launched: boolean;
  table: PairTable<C>;
  /** The summary sentence, as the legend and the exports show it. */
  sentence: string;
  /** The two sides the categories come from, for the table: a heading, the verb of its words, every state's status. */
  sides: PairSide[];
  /** The table's caption. */
  caption: string;
}

export interface PairSide {
  label: string;
  verb: string;
  statuses: ReadonlyMap<Iso3, Status>;
}

/** Legend entries per pair table (shared per stretch of time) and wording key, so the legend does not re-render on a no-op step. */
const legendCache = new WeakMap<PairTable<string>, Map<string, ViewLegendEntry[]>>();

function legendOf<C extends string>(table: PairTable<C>, key: string, all: readonly C[], words: (c: C) => { label: string; definition: string }): ViewLegendEntry[] {
  let byKey = legendCache.get(table as PairTable<string>);
  if (!byKey) legendCache.set(table as PairTable<string>, (byKey = new Map()));
  let entries = byKey.get(key);
  if (!entries) byKey.set(key, (entries = all.map((c) => ({ value: c, ...words(c), count: table.counts[c] }))));
  return entries;
}

/** Declaration `a` beside declaration `b`, both as of `date`. Null when the dataset lacks either. */
export function compareViewModel(ix: DatasetIndex, a: DeclarationId, b: DeclarationId, date: IsoDate): PairViewModel<CompareCategory> | null {
  const da = ix.declarations.get(a);
  const db = ix.declarations.get(b);
  if (!da || !db) return null;
  const table = compareTable(ix, a, b, date);
  const launched = date >= da.launch || date >= db.launch;
  const legend = legendOf(table, `${a}|${b}`, COMPARE_CATEGORIES, (c) => compareWords(c, da, db));
  const day = formatDay(date);
  const sentence = compareSentence(table.counts, da, db);
  const sources = (id: string) => ix.sources.get(id);
  return {
    declarations: [da, db],
    launched,
    table,
    sentence,
    sides: [
      { label: da.shortName, verb: da.verb, statuses: table.first },
      { label: db.shortName, verb: db.verb, statuses: table.second },
    ],
    caption: `${da.shortName} and ${db.shortName}: each state's status for both, as of ${day}`,
    categoryAttr: 'data-status',
    categories: launched ? table.categories : null,
    legend,
    legendNote: pairNote([da, db], date),
    asOfTitle: `${da.shortName} and ${db.shortName}`,
    asOf: launched ? `${sentence}, as of ${day}` : `Neither had been launched yet on ${day}`,
    summary: launched
      ? `Map comparing the ${da.shortName} with the ${db.shortName}, as of ${day}: ${sentence}.`
      : `Neither the ${da.shortName} nor the ${db.shortName} had been launched yet on ${day}.`,
    describe: (iso3: Iso3) => {
      const label = legend.find((e) => e.value === table.categories.get(iso3))?.label ?? '';
      const sides = [da, db].map((d) => describeStatus(d, statusAt(ix, d.id, iso3, date), date, sources));
      return `${label}: ${sides.join('; ')}`;
    },
  };
}

/** Declaration `id` in the window after `from`, up to and including `to`. Null when the dataset lacks it. */
export function changeViewModel(ix: DatasetIndex, id: DeclarationId, from: IsoDate, to: IsoDate): PairViewModel<ChangeCategory> | null {
  const d = ix.declarations.get(id);
  if (!d) return null;
  const table = changeTable(ix, id, from, to);
  const launched = to >= d.launch;
  const legend = legendOf(table, `${id}|${from}|${to}`, CHANGE_CATEGORIES, (c) => changeWords(c, d, from, to));
  const start = formatDay(from);
  const end = formatDay(to);
  const sentence = changeSentence(table.counts, d, from, to);
  const sources = (sid: string) => ix.sources.get(sid);
  return {
    declarations: [d],
    launched,
    table,
    sentence,
    sides: [
      { label: start, verb: d.verb, statuses: table.first },
      { label: end, verb: d.verb, statuses: table.second },
    ],
    caption: `${d.shortName}: who joined between ${start} and ${end}`,
    categoryAttr: 'data-status',
    categories: launched ? table.categories : null,
    legend,
    legendNote: pairNote([d], from),
    asOfTitle: `${d.shortName}, ${start} to ${end}`,
    asOf: launched ? sentence : `The ${d.shortName} had not been launched yet on ${end}`,
    summary: launched
      ? `Map of who joined the ${d.shortName}: ${sentence}; ${table.counts['not-joined']} had not.`
      : `The ${d.shortName} had not been launched yet on ${end}; it was launched on ${formatDay(d.launch)}.`,
    describe: (iso3: Iso3) => {
      const label = legend.find((e) => e.value === table.categories.get(iso3))?.label ?? '';
      const [before, after] = [from, to].map((day) => describeStatus(d, statusAt(ix, id, iso3, day), day, sources));
      return before === after ? `${label}: ${after}` : `${label}: on ${start}, ${before}; on ${end}, ${after}`;
    },
  };
}
