import { describe, expect, test } from 'vitest';
import { groupStops, placeLabels, timelineKeyTarget, yearLabelEvery } from '../../src/lib/timeline-marks';
import type { TimelineStop } from '../../src/lib/timeline';

const stop = (date: string, kind: TimelineStop['kind'], label: string): TimelineStop => ({ date, kind, label, declarationId: null, countries: [] });
const STOPS = [
  stop('2019-09-23', 'context', 'Talks'),
  stop('2018-11-12', 'launch', 'Paris Call launched'),
  stop('2019-09-23', 'launch', '2019 Joint Statement launched'),
  stop('not-a-date', 'change', 'broken'),
  stop('2030-01-01', 'change', 'after the end'),
];

describe('groupStops', () => {
  test('one group per date inside the range, in date order, the launch first and naming the mark', () => {
    const groups = groupStops(STOPS, '2015-07-22', '2022-12-31');
    expect(groups.map((g) => [g.date, g.kind, g.stops.map((s) => s.label)])).toEqual([
      ['2018-11-12', 'launch', ['Paris Call launched']],
      ['2019-09-23', 'launch', ['2019 Joint Statement launched', 'Talks']],
    ]);
    expect(groups[1]!.title).toBe('23 Sep 2019: 2019 Joint Statement launched; Talks');
    expect(groups[0]!.position).toBeGreaterThan(0);
    expect(groups[0]!.position).toBeLessThan(1);
  });
});

describe('placeLabels and yearLabelEvery', () => {
  test('nothing to place on an axis not yet measured; labels on a wide one', () => {
    const groups = groupStops(STOPS, '2015-07-22', '2022-12-31');
    expect(placeLabels(groups, 0, 12)).toEqual([]);
    expect(placeLabels(groups, 1000, 12).map((l) => l.group.date)).toEqual(['2018-11-12', '2019-09-23']);
  });
  test('year labels thin out on a narrow axis', () => {
    expect(yearLabelEvery(1000, 8)).toBe(1);
    expect(yearLabelEvery(200, 8)).toBe(2);
    expect(yearLabelEvery(0, 8)).toBe(1);
  });
});

describe('timelineKeyTarget', () => {
  const sorted = groupStops(STOPS, '2015-07-22', '2022-12-31').flatMap((g) => g.stops);
  const at = (key: string, date: string, shift = false) => timelineKeyTarget(key, shift, date, sorted, '2015-07-22', '2022-12-31');
  test('arrows go from stop to stop, then to the ends', () => {
    expect(at('ArrowRight', '2018-01-01')).toBe('2018-11-12');
    expect(at('ArrowUp', '2019-09-23')).toBe('2022-12-31');
    expect(at('ArrowLeft', '2019-01-01')).toBe('2018-11-12');
    expect(at('ArrowDown', '2018-11-12')).toBe('2015-07-22');
  });
  test('Page keys move a month, with Shift a year; Home and End the ends; other keys nothing', () => {
    expect(at('PageUp', '2019-01-15')).toBe('2019-02-15');
    expect(at('PageDown', '2019-01-15', true)).toBe('2018-01-15');
    expect(at('Home', '2019-01-15')).toBe('2015-07-22');
    expect(at('End', '2019-01-15')).toBe('2022-12-31');
    expect(at('a', '2019-01-15')).toBeNull();
  });
});
