import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, isoOfDays, parseCivil } from '../../src/lib/civil-days';

const DAY_MS = 86_400_000;
const viaDate = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

describe('civil-days', () => {
  it('agrees with Date for every day from 1900 to 2100', () => {
    const from = Date.UTC(1900, 0, 1) / DAY_MS;
    const to = Date.UTC(2100, 11, 31) / DAY_MS;
    let mismatches = 0;
    for (let n = from; n <= to; n++) {
      const iso = viaDate(n);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      if (isoOfDays(n) !== iso || daysFromCivil(y, m, d) !== n) mismatches++;
      const c = civilFromDays(n);
      if (c.year !== y || c.month !== m || c.day !== d) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('rolls over out-of-range months and days as Date.UTC does', () => {
    for (const [y, m, d] of [[2019, 13, 1], [2019, 0, 1], [2019, 1, 0], [2020, 2, 30], [2019, -11, 15]] as const) {
      expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / DAY_MS);
    }
  });

  it('knows leap years, century rules included', () => {
    expect([2019, 2020, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it('parses real days only', () => {
    expect(parseCivil('2018-11-12')).toEqual({ year: 2018, month: 11, day: 12 });
    expect(parseCivil('2020-02-29')).not.toBeNull();
    for (const bad of ['2019-02-29', '2019-13-01', '2019-00-10', '2019-04-31', '2019-4-1', '12/11/2018', '']) {
      expect(parseCivil(bad)).toBeNull();
    }
  });
});
