import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateProblem,
  daysBetween,
  endOfMonth,
  formatDay,
  formatMonth,
  isIsoDate,
  parseIsoDate,
  startOfMonth,
  startOfNextMonth,
} from '../../src/lib/dates';

describe('dateProblem / isIsoDate / parseIsoDate', () => {
  it('accepts real days, including 29 Feb in a leap year', () => {
    expect(isIsoDate('2018-11-12')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(parseIsoDate('2015-07-22')).toBe('2015-07-22');
  });
  it('rejects impossible days with the reason', () => {
    expect(dateProblem('2019-02-30')).toBe("'2019-02-30' is not a real day (Feb 2019 has 28 days)");
    expect(dateProblem('2019-02-29')).toBe("'2019-02-29' is not a real day (Feb 2019 has 28 days)");
    expect(dateProblem('2021-04-31')).toBe("'2021-04-31' is not a real day (Apr 2021 has 30 days)");
    expect(dateProblem('2019-13-01')).toBe("'2019-13-01' has no month 13");
    expect(dateProblem('2019-00-10')).toBe("'2019-00-10' has no month 00");
  });
  it('rejects other shapes', () => {
    for (const text of ['12/11/2018', '2018-11', '2018-1-12', ' 2018-11-12', '2018-11-12T00:00', '']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(() => parseIsoDate('2018/11/12')).toThrow("'2018/11/12' is not a date in the form YYYY-MM-DD");
  });
});

describe('arithmetic', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2018-11-12', 1)).toBe('2018-11-13');
    expect(addDays('2019-09-16', -1)).toBe('2019-09-15');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
  it('daysBetween and compareDates', () => {
    expect(daysBetween('2018-11-12', '2019-09-16')).toBe(308);
    expect(daysBetween('2019-09-16', '2018-11-12')).toBe(-308);
    expect(compareDates('2018-11-12', '2019-01-01')).toBe(-1);
    expect(compareDates('2019-01-01', '2018-11-12')).toBe(1);
    expect(compareDates('2019-01-01', '2019-01-01')).toBe(0);
  });
  it('month helpers', () => {
    expect(startOfMonth('2017-06-17')).toBe('2017-06-01');
    expect(endOfMonth('2017-06-17')).toBe('2017-06-30');
    expect(endOfMonth('2020-02-03')).toBe('2020-02-29');
    expect(endOfMonth('2019-02-03')).toBe('2019-02-28');
    expect(startOfNextMonth('2017-06-01')).toBe('2017-07-01');
    expect(startOfNextMonth('2022-12-15')).toBe('2023-01-01');
  });
});

describe('formatDay / formatMonth', () => {
  it('writes fixed English without leading zeros', () => {
    expect(formatDay('2018-11-12')).toBe('12 Nov 2018');
    expect(formatDay('2019-09-06')).toBe('6 Sep 2019');
    expect(formatMonth('2017-06-01')).toBe('Jun 2017');
  });
});
