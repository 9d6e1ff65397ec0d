// The timeline's arithmetic, kept free of the DOM so it is tested in node: calendar dates <->
// day indexes (the slider's integer value, one step = one day) <-> positions along the axis,
// year ticks, month/year jumps, and the layout that thins stop labels so they never overlap.
import { daysFromCivil, daysInMonth, isoOfDays, parseCivil } from './civil-days';
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date. Throws on anything else. */
export function dayNumber(date: IsoDate): number {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const civil = parseCivil(date);
  if (!civil) throw new RangeError(`Not a calendar date: ${date}`);
  return daysFromCivil(civil.year, civil.month, civil.day);
}

/** The `YYYY-MM-DD` date of a day number (inverse of dayNumber). */
export function dateOfDayNumber(day: number): IsoDate {
  return isoOfDays(day);
}

/** The slider value of `date` on a timeline starting at `start`: whole days since start. */
export function dayIndex(start: IsoDate, date: IsoDate): number {
  return dayNumber(date) - dayNumber(start);
}

/** The date `index` days after `start` (inverse of dayIndex). */
export function dateAtIndex(start: IsoDate, index: number): IsoDate {
  return dateOfDayNumber(dayNumber(start) + Math.round(index));
}

/** Number of days from start to end (the slider's max). */
export function dayCount(start: IsoDate, end: IsoDate): number {
  return Math.max(0, dayIndex(start, end));
}

/** `date` kept within [start, end]. ISO date strings compare in date order. */
export function clampDate(date: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  if (date < start) return start;
  if (date > end) return end;
  return date;
}

/** Where `date` sits along [start, end], from 0 to 1 (clamped). */
export function positionOf(start: IsoDate, end: IsoDate, date: IsoDate): number {
  const total = dayCount(start, end);
  if (total === 0) return 0;
  return Math.min(1, Math.max(0, dayIndex(start, date) / total));
}

/**
 * `date` moved by whole months (negative: back), keeping the day of month where it exists
 * (31 Jan + 1 month = 28/29 Feb), so PageUp/PageDown land on sensible days.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const day = Math.min(Number(m[3]), daysInMonth(year, month + 1));
  return isoOfDays(daysFromCivil(year, month + 1, day));
}

export interface YearTick {
  year: number;
  date: IsoDate;
  /** 0..1 along the axis. */
  position: number;
}

/** One tick on 1 January of every year inside [start, end]. */
export function yearTicks(start: IsoDate, end: IsoDate): YearTick[] {
  const ticks: YearTick[] = [];
  const first = Number(start.slice(0, 4)) + (start.slice(5) === '01-01' ? 0 : 1);
  const last = Number(end.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const date = `${String(year).padStart(4, '0')}-01-01`;
    ticks.push({ year, date, position: positionOf(start, end, date) });
  }
  return ticks;
}

// ---- Label layout -------------------------------------------------------------------------

/** A label that wants to sit centred over `x` (pixels along the axis). */
export interface LabelRequest {
  x: number;
  width: number;
  /** Lower is placed first and so wins conflicts (launches before changes before context). */
  priority: number;
}

export interface LabelPlacement {
  /** Whether the label is shown at all. */
  visible: boolean;
  /** Row it sits in (0 = nearest the axis); -1 when hidden. */
  row: number;
  /** Left edge in pixels once kept inside the axis. */
  left: number;
}

export interface LabelLayoutOptions {
  /** Axis length in pixels; labels are shifted to stay inside [0, axisWidth]. */
  axisWidth: number;
  /** How many rows of labels there is room for. */
  rows: number;
  /** Minimum free pixels between two labels in one row. */
  gap: number;
}

/**
 * Greedy label thinning: labels are taken by priority, then left to right, and each goes into the
 * first row where it overlaps nothing already placed; labels that fit nowhere are hidden (their
 * stop keeps its mark, its tooltip and its place in next/previous stepping). Deterministic, and
 * guarantees that no two visible labels in a row overlap.
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): LabelPlacement[] {
  const { axisWidth, rows, gap } = options;
  const placements: LabelPlacement[] = requests.map(() => ({ visible: false, row: -1, left: 0 }));
  const taken: Array<Array<[number, number]>> = Array.from({ length: Math.max(0, rows) }, () => []);
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.priority - b.r.priority || a.r.x - b.r.x || a.i - b.i);

  for (const { r, i } of order) {
    if (r.width > axisWidth) continue;
    const left = Math.min(Math.max(0, r.x - r.width / 2), axisWidth - r.width);
    const right = left + r.width;
    for (let row = 0; row < taken.length; row++) {
      const spans = taken[row]!;
      const clash = spans.some(([a, b]) => left < b + gap && right + gap > a);
      if (!clash) {
        spans.push([left, right]);
        placements[i] = { visible: true, row, left };
        break;
      }
    }
  }
  return placements;
}

/** Rough width of a label in pixels, for layout before (or without) measuring the DOM. */
export function estimateLabelWidth(text: string, fontPx: number): number {
  // Average advance of a proportional sans-serif is a little over half the font size.
  const AVERAGE_ADVANCE = 0.56;
  return Math.ceil(text.length * fontPx * AVERAGE_ADVANCE);
}

/**
 * The date a fraction (0..1) of the way from `from` to `to`, rounded to whole days: what the
 * timeline shows while playback glides between two stops.
 */
export function interpolateDate(from: IsoDate, to: IsoDate, fraction: number): IsoDate {
  const f = Math.min(1, Math.max(0, fraction));
  const a = dayNumber(from);
  const b = dayNumber(to);
  return dateOfDayNumber(Math.round(a + (b - a) * f));
}

/** Longest label drawn on the axis, in characters; the full text stays in the tooltip. */
export const MAX_AXIS_LABEL_CHARS = 30;

/**
 * The few words drawn on the axis for a stop: a launch's name alone, without its counts and
 * " launched" (the mark already says it is a launch), a change without the declaration prefix ("United States signed"), cut with an
 * ellipsis past MAX_AXIS_LABEL_CHARS.
 */
export function shortStopLabel(stop: { kind: 'launch' | 'change' | 'context'; label: string }): string {
  const colon = stop.label.indexOf(': ');
  let text = stop.label;
  if (stop.kind === 'launch') text = (colon > 0 ? stop.label.slice(0, colon) : stop.label).replace(/ launched$/, '');
  else if (colon > 0 && stop.kind === 'change') text = stop.label.slice(colon + 2);
  text = text.trim();
  return text.length > MAX_AXIS_LABEL_CHARS ? `${text.slice(0, MAX_AXIS_LABEL_CHARS - 1).trimEnd()}…` : text;
}
