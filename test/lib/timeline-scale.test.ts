import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  clampDate,
  dateAtIndex,
  dateOfDayNumber,
  dayCount,
  dayIndex,
  dayNumber,
  estimateLabelWidth,
  interpolateDate,
  MAX_AXIS_LABEL_CHARS,
  shortStopLabel,
  layoutLabels,
  positionOf,
  yearTicks,
} from '../../src/lib/timeline-scale';

const START = '2015-07-22';
const END = '2022-12-31';

describe('dayNumber / dateOfDayNumber', () => {
  test('epoch and a known date', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2018-11-12')).toBe(17847);
    expect(dateOfDayNumber(17847)).toBe('2018-11-12');
  });
  test('rejects non-dates', () => {
    expect(() => dayNumber('2019-02-29')).toThrow(RangeError);
    expect(() => dayNumber('12 Nov 2018')).toThrow(RangeError);
    expect(() => dayNumber('2018-1-1')).toThrow(RangeError);
  });
  test('round-trips every day of the timeline', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dayCount(START, END) }), (i) => {
        expect(dayIndex(START, dateAtIndex(START, i))).toBe(i);
      }),
    );
  });
});

describe('dayIndex / dateAtIndex / dayCount', () => {
  test('timeline length and leap days', () => {
    expect(dayIndex(START, START)).toBe(0);
    expect(dayCount(START, END)).toBe(2719);
    expect(dayIndex('2020-02-28', '2020-03-01')).toBe(2);
    expect(dateAtIndex(START, 1)).toBe('2015-07-23');
  });
  test('dayCount is never negative', () => {
    expect(dayCount(END, START)).toBe(0);
  });
});

describe('clampDate / positionOf', () => {
  test('clamps into range', () => {
    expect(clampDate('2010-01-01', START, END)).toBe(START);
    expect(clampDate('2030-01-01', START, END)).toBe(END);
    expect(clampDate('2018-11-12', START, END)).toBe('2018-11-12');
  });
  test('positions from 0 to 1', () => {
    expect(positionOf(START, END, START)).toBe(0);
    expect(positionOf(START, END, END)).toBe(1);
    expect(positionOf(START, END, '2000-01-01')).toBe(0);
    expect(positionOf(START, START, START)).toBe(0);
    expect(positionOf('2020-01-01', '2020-01-11', '2020-01-06')).toBeCloseTo(0.5);
  });
});

describe('addMonths', () => {
  test('forward, back and across years', () => {
    expect(addMonths('2018-11-12', 1)).toBe('2018-12-12');
    expect(addMonths('2018-12-12', 1)).toBe('2019-01-12');
    expect(addMonths('2018-01-12', -1)).toBe('2017-12-12');
    expect(addMonths('2018-11-12', 12)).toBe('2019-11-12');
    expect(addMonths('2018-11-12', -12)).toBe('2017-11-12');
  });
  test('keeps to the last day of shorter months', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
  });
});

describe('yearTicks', () => {
  test('one tick per 1 January inside the range', () => {
    const ticks = yearTicks(START, END);
    expect(ticks.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(ticks[0]!.date).toBe('2016-01-01');
    for (const t of ticks) expect(t.position).toBeCloseTo(positionOf(START, END, t.date));
  });
  test('includes the start when it is 1 January', () => {
    expect(yearTicks('2016-01-01', '2017-06-01').map((t) => t.year)).toEqual([2016, 2017]);
  });
});

describe('layoutLabels', () => {
  const opts = { axisWidth: 600, rows: 2, gap: 4 };

  test('keeps far-apart labels in the first row', () => {
    const out = layoutLabels(
      [
        { x: 50, width: 60, priority: 0 },
        { x: 300, width: 60, priority: 0 },
      ],
      opts,
    );
    expect(out.map((p) => [p.visible, p.row])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(out[1]!.left).toBe(270);
  });

  test('moves a clashing label to the next row, hides it when no row is free', () => {
    const out = layoutLabels(
      [
        { x: 100, width: 80, priority: 0 },
        { x: 110, width: 80, priority: 0 },
        { x: 120, width: 80, priority: 0 },
      ],
      opts,
    );
    expect(out.map((p) => p.row)).toEqual([0, 1, -1]);
    expect(out[2]!.visible).toBe(false);
  });

  test('higher priority (lower number) wins the first row', () => {
    const out = layoutLabels(
      [
        { x: 100, width: 80, priority: 2 },
        { x: 110, width: 80, priority: 0 },
      ],
      { ...opts, rows: 1 },
    );
    expect(out[0]!.visible).toBe(false);
    expect(out[1]!.visible).toBe(true);
  });

  test('labels near the ends are kept inside the axis', () => {
    const out = layoutLabels(
      [
        { x: 0, width: 80, priority: 0 },
        { x: 600, width: 80, priority: 0 },
      ],
      opts,
    );
    expect(out[0]!.left).toBe(0);
    expect(out[1]!.left).toBe(520);
  });

  test('a label wider than the axis is hidden', () => {
    expect(layoutLabels([{ x: 10, width: 700, priority: 0 }], opts)[0]!.visible).toBe(false);
  });

  test('visible labels in a row never overlap (property)', () => {
    const req = fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      width: fc.integer({ min: 10, max: 200 }),
      priority: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (requests, rows) => {
        const out = layoutLabels(requests, { axisWidth: 600, rows, gap: 4 });
        for (let i = 0; i < out.length; i++) {
          const a = out[i]!;
          if (!a.visible) continue;
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.left + requests[i]!.width).toBeLessThanOrEqual(600);
          for (let j = i + 1; j < out.length; j++) {
            const b = out[j]!;
            if (!b.visible || b.row !== a.row) continue;
            const apart = a.left + requests[i]!.width + 4 <= b.left || b.left + requests[j]!.width + 4 <= a.left;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});

test('estimateLabelWidth grows with text and font size', () => {
  expect(estimateLabelWidth('Paris Call', 12)).toBeGreaterThan(estimateLabelWidth('G7', 12));
  expect(estimateLabelWidth('Paris Call', 16)).toBeGreaterThan(estimateLabelWidth('Paris Call', 12));
  expect(estimateLabelWidth('', 12)).toBe(0);
});

describe('interpolateDate', () => {
  test('ends, middle and clamping', () => {
    expect(interpolateDate('2018-11-12', '2018-11-22', 0)).toBe('2018-11-12');
    expect(interpolateDate('2018-11-12', '2018-11-22', 1)).toBe('2018-11-22');
    expect(interpolateDate('2018-11-12', '2018-11-22', 0.5)).toBe('2018-11-17');
    expect(interpolateDate('2018-11-12', '2018-11-22', 2)).toBe('2018-11-22');
    expect(interpolateDate('2018-11-12', '2018-11-22', -1)).toBe('2018-11-12');
  });
  test('works backwards too', () => {
    expect(interpolateDate('2018-11-22', '2018-11-12', 0.5)).toBe('2018-11-17');
  });
});

describe('shortStopLabel', () => {
  test('a launch loses its counts, a change its declaration prefix', () => {
    expect(shortStopLabel({ kind: 'launch', label: 'Paris Call launched: 31 signed, 35 uncertain' })).toBe('Paris Call');
    expect(shortStopLabel({ kind: 'launch', label: 'G7 digital ministers 2021 launched' })).toBe('G7 digital ministers 2021');
    expect(shortStopLabel({ kind: 'change', label: 'Paris Call: United States signed' })).toBe('United States signed');
    expect(shortStopLabel({ kind: 'context', label: 'Fifth UN GGE begins' })).toBe('Fifth UN GGE begins');
  });
  test('long labels are cut with an ellipsis', () => {
    const out = shortStopLabel({ kind: 'change', label: 'Paris Call: Albania, Andorra and Bosnia and Herzegovina certainly signed by 16 Sep 2019' });
    expect(out.length).toBe(MAX_AXIS_LABEL_CHARS);
    expect(out.endsWith('…')).toBe(true);
  });
});
