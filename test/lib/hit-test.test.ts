// pickState with the real atlas's boxes and markers at a phone's scale (351 px for 960 units),
// and exact shape tests given by each case (the browser tests use the real shapes).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { boxDistance, pickState, TOUCH_REACH_PX, type HitCandidate } from '../../src/lib/hit-test';
import type { CompiledAtlas } from '../../src/lib/types';

const atlas = JSON.parse(readFileSync('public/generated/atlas.json', 'utf8')) as CompiledAtlas;
const candidates: HitCandidate[] = atlas.countries.map((c) => ({ id: c.id, bounds: c.bounds, marker: c.marker, d: c.d, centroid: c.centroid }));
const byId = new Map(atlas.countries.map((c) => [c.id, c]));
/** A phone: the 960-unit atlas drawn 351 px wide. */
const PHONE_UNIT = 960 / 351;
const DOT_PX = 4;

function tap(x: number, y: number, insideOf: string[] = [], reachPx = TOUCH_REACH_PX, unit = PHONE_UNIT) {
  return pickState(candidates, { x, y, unit, dotPx: DOT_PX, reachPx, inside: (id) => insideOf.includes(id) });
}
const centroid = (id: string) => byId.get(id)!.centroid;

describe('boxDistance', () => {
  test('is 0 inside the box and the straight distance outside it', () => {
    expect(boxDistance(5, 5, [[0, 0], [10, 10]])).toBe(0);
    expect(boxDistance(13, 14, [[0, 0], [10, 10]])).toBe(5);
  });
});

describe('pickState', () => {
  test("a tap inside Luxembourg picks Luxembourg, though Monaco's dot is 6 px away", () => {
    expect(tap(...centroid('LUX'), ['LUX'])).toBe('LUX');
  });

  test("a tap inside Slovenia picks Slovenia, not San Marino's or Kosovo's marker beside it", () => {
    expect(tap(...centroid('SVN'), ['SVN'])).toBe('SVN');
  });

  test("a tap inside Belgium picks Belgium even on the edge of Luxembourg's dot", () => {
    const [x, y] = centroid('BEL');
    const [mx, my] = byId.get('LUX')!.marker!;
    expect(Math.hypot(x - mx, y - my) / PHONE_UNIT).toBeLessThan(DOT_PX);
    expect(tap(x, y, ['BEL'])).toBe('BEL');
  });

  test("a marker-only state's dot wins over the shape it is drawn on (Andorra on Spain, Monaco on France)", () => {
    expect(tap(...byId.get('AND')!.marker!, ['ESP'])).toBe('AND');
    expect(tap(...byId.get('MCO')!.marker!, ['FRA'])).toBe('MCO');
  });

  test("a dot beside a tiny shape wins over the neighbour whose simplified outline covers it (Luxembourg on France, Palestine on Israel)", () => {
    expect(tap(...byId.get('LUX')!.marker!, ['FRA'])).toBe('LUX');
    expect(tap(...byId.get('PSE')!.marker!, ['ISR'])).toBe('PSE');
    expect(tap(...byId.get('GMB')!.marker!, ['SEN'])).toBe('GMB');
  });

  test('between two dots the nearer one wins', () => {
    const [ax, ay] = byId.get('MLT')!.marker!;
    expect(tap(ax + 0.5, ay, [])).toBe('MLT');
  });

  test('a tap in the sea picks the nearest state within reach, and nothing beyond it', () => {
    const [x, y] = byId.get('MDV')!.marker!;
    // 12 px from the Maldives' dot centre, in open Indian Ocean.
    expect(tap(x, y + 12 * PHONE_UNIT)).toBe('MDV');
    // The South Pacific off Peru: 43 px from the nearest state.
    expect(tap(150, 330)).toBeNull();
  });

  test("a mouse's small reach leaves a near miss unpicked", () => {
    const [x, y] = byId.get('MDV')!.marker!;
    expect(tap(x, y + 12 * PHONE_UNIT, [], 7)).toBeNull();
  });

  test('zoomed in, the same screen distance is fewer atlas units', () => {
    const [x, y] = byId.get('MDV')!.marker!;
    expect(tap(x, y + 12 * PHONE_UNIT, [], TOUCH_REACH_PX, PHONE_UNIT / 8)).toBeNull();
  });

  test('asks the exact shape test only of states within reach', () => {
    const asked: string[] = [];
    const [x, y] = centroid('EST');
    pickState(candidates, { x, y, unit: PHONE_UNIT, dotPx: DOT_PX, reachPx: TOUCH_REACH_PX, inside: (id) => (asked.push(id), id === 'EST') });
    expect(asked).toContain('EST');
    expect(asked.length).toBeLessThan(20);
  });
});
