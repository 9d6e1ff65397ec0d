// Turns the measurements into the one markdown table `npm run bench` prints: ours and the peer
// side by side, unthrottled and at 4x CPU throttling, with the ratio ours / peer.
import { BUDGETS, formatBudget, formatKb } from './budgets';
import { isNa, type Bytes, type SubjectResult, type Value } from './measure';
import { median, p95 } from './stats';

/** A frame over this is a frame over budget (16.7 ms at 60 Hz). */
export const FRAME_BUDGET_MS = 1000 / 60;
/**
 * rAF timestamps are coarsened to 0.1 ms and headless vsync jitters (16.6 / 16.7 / 16.8 ms on an
 * idle page, 63 % of them "over" 16.67): an interval counts as over budget above this.
 */
export const FRAME_JITTER_MS = 1;

type Cell = number | string;
interface Row { label: string; unit: Unit; pick: (r: SubjectResult) => Value<number | null>; target?: string; throttled?: boolean }
type Unit = 'kb' | 'ms' | 'ms2' | 'pct' | 'mb';

function format(value: number, unit: Unit): string {
  switch (unit) {
    case 'kb': return formatKb(value);
    case 'ms': return `${value.toFixed(0)} ms`;
    case 'ms2': return `${value.toFixed(2)} ms`;
    case 'pct': return `${value.toFixed(1)} %`;
    case 'mb': return `${(value / 1024 / 1024).toFixed(2)} MB`;
  }
}

const fromBytes = (key: 'js' | 'atlas' | 'dataset' | 'total') => (r: SubjectResult): Value<number | null> =>
  isNa(r.bytes) ? r.bytes : (r.bytes as Bytes)[key];
const stat = <K extends 'firstMap' | 'step'>(key: K, series: string, f: (xs: number[]) => number) => (r: SubjectResult): Value<number | null> => {
  const v = r[key];
  if (isNa(v)) return v;
  const xs = (v as unknown as Record<string, number[]>)[series]!;
  return xs.length ? f(xs) : { na: 'no samples' };
};
const longFrames = (r: SubjectResult): Value<number | null> => {
  if (isNa(r.play)) return r.play;
  const xs = r.play.intervals;
  return xs.length ? (100 * xs.filter((x) => x > FRAME_BUDGET_MS + FRAME_JITTER_MS).length) / xs.length : { na: 'no frames' };
};

export interface Column { title: string; result: SubjectResult }

function cell(v: Value<number | null>, unit: Unit): Cell {
  if (isNa(v)) return `n/a (${v.na})`;
  if (v === null) return 'none fetched';
  return format(v, unit);
}

function ratio(ours: Value<number | null>, peer: Value<number | null>): string {
  if (isNa(ours) || isNa(peer) || ours === null || peer === null || peer === 0) return '–';
  const r = ours / peer;
  if (r > 0 && r < 0.95) return `${r.toFixed(r < 0.1 ? 3 : 2)} (${(1 / r).toFixed(1)}× less)`;
  return `${r.toFixed(2)}`;
}

export interface Section {
  title: string;
  ours: SubjectResult;
  peer: SubjectResult;
  /** The same subjects measured with the CPU throttled. */
  throttled: { ours: SubjectResult; peer: SubjectResult };
  rows: Row[];
}

export function renderTable(sections: Section[], throttle: number): string {
  const head = `| measure | ours | Plot peer | ours / peer | ours, CPU ${throttle}x | peer, CPU ${throttle}x | ours / peer, ${throttle}x | target (issue 8) |`;
  const lines = [head, '|---|---|---|---|---|---|---|---|'];
  for (const section of sections) {
    lines.push(`| **${section.title}** | | | | | | | |`);
    for (const row of section.rows) {
      const a = row.pick(section.ours);
      const b = row.pick(section.peer);
      const throttledCells = row.throttled === false
        ? ['—', '—', '—']
        : [cell(row.pick(section.throttled.ours), row.unit), cell(row.pick(section.throttled.peer), row.unit), ratio(row.pick(section.throttled.ours), row.pick(section.throttled.peer))];
      lines.push(`| ${row.label} | ${cell(a, row.unit)} | ${cell(b, row.unit)} | ${ratio(a, b)} | ${throttledCells.join(' | ')} | ${row.target ?? ''} |`);
    }
  }
  return lines.join('\n');
}

export const BYTE_ROWS: Row[] = [
  { label: 'JavaScript (gzip)', unit: 'kb', pick: fromBytes('js'), throttled: false },
  { label: 'atlas (gzip)', unit: 'kb', pick: fromBytes('atlas'), throttled: false, target: '≤ 45 KB (test)' },
  { label: 'dataset (gzip)', unit: 'kb', pick: fromBytes('dataset'), throttled: false, target: '≤ 25 KB (test)' },
  { label: 'total over the wire (gzip)', unit: 'kb', pick: fromBytes('total'), throttled: false },
];
export const EMBED_BYTE_ROWS: Row[] = BYTE_ROWS.map((row) => (row.label.startsWith('JavaScript') ? { ...row, target: `core module ≤ ${formatBudget(BUDGETS.embedJs)}, all ≤ ${formatBudget(BUDGETS.embedJsWithLazyChunks)} (test)` } : row));

/** The same choropleth alone (our element with `controls="" layout="explorer"` against the peer): times only. */
export const MAP_ONLY_ROWS = (): Row[] => TIME_ROWS.filter((row) => !row.label.startsWith('heap'));

export const TIME_ROWS: Row[] = [
  { label: 'first complete map, from navigation (median)', unit: 'ms', pick: stat('firstMap', 'fromNavigation', median) },
  { label: 'first complete map, after atlas + dataset arrived (median)', unit: 'ms', pick: stat('firstMap', 'afterData', median), target: '≤ 50 ms' },
  { label: 'timeline step, script (median)', unit: 'ms2', pick: stat('step', 'script', median), target: '≤ 0.5 ms; ≥ 20× faster than peer' },
  { label: 'timeline step, script (p95)', unit: 'ms2', pick: stat('step', 'script', p95), target: '≤ 2 ms' },
  { label: 'timeline step, script, back to back: warm caches (median)', unit: 'ms2', pick: stat('step', 'warm', median) },
  { label: 'timeline step, incl. style + layout + paint (median)', unit: 'ms2', pick: stat('step', 'full', median), target: '≤ 4 ms' },
  { label: 'timeline step, incl. style + layout + paint (p95)', unit: 'ms2', pick: stat('step', 'full', p95) },
  { label: 'play: frames over 16.7 ms (one date per frame)', unit: 'pct', pick: longFrames, target: '< 1 % (unthrottled)' },
  { label: 'heap growth after 5,000 steps', unit: 'mb', pick: (r) => r.heapSteps, target: '< 1 MB', throttled: false },
  { label: 'heap growth after 100 mount/unmount cycles', unit: 'mb', pick: (r) => r.heapMounts, target: '< 1 MB', throttled: false },
];
