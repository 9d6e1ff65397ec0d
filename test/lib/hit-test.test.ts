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
  return hit(x, y, insideOf, reachPx, unit).id;
}
function hit(x: number, y: number, insideOf: string[] = [], reachPx = TOUCH_REACH_PX, unit = PHONE_UNIT) {
  return pickState(candidates, { x, y, unit, dotPx: DOT_PX, reachPx, inside: (id) => insideOf.includes(id) });
}
const centroid = (id: string) => byId.get(id)!.centroid;
/** What a reader gets by tapping the same spot again after each zoom the map makes. */
function tapAndFollow(x: number, y: number, insideOf: string[] = [], unit = PHONE_UNIT): { id: string | null; zooms: number } {
  for (let zooms = 0; zooms < 3; zooms++) {
    const r = hit(x, y, insideOf, TOUCH_REACH_PX, unit);
    if (r.zoom === 1) return { id: r.id, zooms };
    unit /= r.zoom;
  }
  return { id: null, zooms: 3 };
}

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
    expect(tapAndFollow(...centroid('SVN'), ['SVN']).id).toBe('SVN');
  });

  test("Belgium's centre under Luxembourg's dot: too close to tell apart at 1x, so zoom in first; then Belgium", () => {
    const [x, y] = centroid('BEL');
    const [mx, my] = byId.get('LUX')!.marker!;
    expect(Math.hypot(x - mx, y - my) / PHONE_UNIT).toBeLessThan(DOT_PX);
    const first = hit(x, y, ['BEL']);
    expect(first.id).toBeNull();
    expect(first.zoom).toBeGreaterThan(4);
    expect(tap(x, y, ['BEL'], TOUCH_REACH_PX, PHONE_UNIT / first.zoom)).toBe('BEL');
  });

  test('Israel and Palestine, 0.6 px apart at 320 px: zoom in so they are 12 px apart, then each picks itself', () => {
    const unit = 960 / 320;
    const first = hit(...byId.get('ISR')!.marker!, ['PSE', 'ISR'], TOUCH_REACH_PX, unit);
    expect(first.id).toBeNull();
    const zoomed = unit / first.zoom;
    const [ix, iy] = byId.get('ISR')!.marker!;
    const [px, py] = byId.get('PSE')!.marker!;
    expect(Math.hypot(ix - px, iy - py) / zoomed).toBeCloseTo(12, 0);
    expect(tap(ix, iy, [], TOUCH_REACH_PX, zoomed)).toBe('ISR');
    expect(tap(px, py, [], TOUCH_REACH_PX, zoomed)).toBe('PSE');
  });

  test("a marker-only state's dot wins over the shape it is drawn on (Andorra on Spain, Monaco on France)", () => {
    expect(tapAndFollow(...byId.get('AND')!.marker!, ['ESP'])).toEqual({ id: 'AND', zooms: 0 });
    expect(tapAndFollow(...byId.get('MCO')!.marker!, ['FRA'])).toEqual({ id: 'MCO', zooms: 0 });
  });

  test("a dot beside a tiny shape wins over the neighbour whose simplified outline covers it (Luxembourg on France, Palestine on Israel)", () => {
    expect(tapAndFollow(...byId.get('LUX')!.marker!, ['FRA']).id).toBe('LUX');
    expect(tapAndFollow(...byId.get('PSE')!.marker!, ['ISR']).id).toBe('PSE');
    expect(tapAndFollow(...byId.get('GMB')!.marker!, ['SEN']).id).toBe('GMB');
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

  test('asks the exact shape test only of the few states whose box is under the finger', () => {
    const asked: string[] = [];
    const [x, y] = centroid('EST');
    pickState(candidates, { x, y, unit: PHONE_UNIT, dotPx: DOT_PX, reachPx: TOUCH_REACH_PX, inside: (id) => (asked.push(id), id === 'EST') });
    expect(asked).toContain('EST');
    expect(asked.length).toBeLessThan(10);
  });
});
