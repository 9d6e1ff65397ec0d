// Calendar dates as `YYYY-MM-DD` strings (UTC, no time of day). Such strings sort in date order,
// so comparisons are plain string comparisons; arithmetic goes through day numbers (civil-days).
import { daysFromCivil, daysInMonth, isoOfDays } from './civil-days';
import type { IsoDate } from './types';

export { daysInMonth };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Why `text` is not a valid calendar date, or null if it is one. Catches both the shape
 * ("12/11/2018") and impossible days ("2019-02-30").
 */
export function dateProblem(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return `'${text}' is not a date in the form YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `'${text}' has no month ${m[2]}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `'${text}' is not a real day (${MONTHS[month - 1]} ${year} has ${last} days)`;
  return null;
}

export function isIsoDate(text: string): text is IsoDate {
  return dateProblem(text) === null;
}

/** Returns the date, or throws with the reason it is not one. */
export function parseIsoDate(text: string): IsoDate {
  const problem = dateProblem(text);
  if (problem) throw new Error(problem);
  return text;
}

function toDays(date: IsoDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfDays(toDays(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(toDays(b) - toDays(a));
}

/** -1, 0 or 1, for sorting. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** First day of the month after `date`'s month. */
export function startOfNextMonth(date: IsoDate): IsoDate {
  return addDays(endOfMonth(date), 1);
}

/** Fixed English, independent of the reader's locale: `formatDay('2018-11-12') === '12 Nov 2018'`. */
export function formatDay(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** `formatMonth('2017-06-01') === 'Jun 2017'`. */
export function formatMonth(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
