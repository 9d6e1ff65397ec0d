import { describe, expect, test } from 'vitest';
import { clampTranslate, MAX_FOCUS_ZOOM, zoomToBounds } from '../../src/lib/zoom';

const apply = (t: { k: number; x: number; y: number }, [px, py]: [number, number]) => [t.k * px + t.x, t.k * py + t.y];

describe('zoomToBounds', () => {
  test('centres the bounds in the view', () => {
    const t = zoomToBounds([[400, 200], [480, 240]], 960, 480, { padding: 0.1 });
    const [cx, cy] = apply(t, [440, 220]);
    expect(cx).toBeCloseTo(480);
    expect(cy).toBeCloseTo(240);
    // 80 x 40 box in 960 x 480 with 10% padding each side: scale 0.8 * min(12, 12) = 9.6, capped.
    expect(t.k).toBe(MAX_FOCUS_ZOOM);
  });
  test('fits a large country without exceeding the view', () => {
    const t = zoomToBounds([[100, 100], [500, 300]], 960, 480, { padding: 0.1 });
    expect(t.k).toBeCloseTo(0.8 * Math.min(960 / 400, 480 / 200));
    const [x0] = apply(t, [100, 100]);
    const [x1] = apply(t, [500, 300]);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(960);
  });
  test('never zooms out past the whole world', () => {
    expect(zoomToBounds([[0, 0], [960, 480]], 960, 480).k).toBe(1);
  });
  test('a point-sized marker still gives a finite, capped transform', () => {
    const t = zoomToBounds([[500, 250], [500, 250]], 960, 480);
    expect(t.k).toBe(MAX_FOCUS_ZOOM);
    expect(Number.isFinite(t.x) && Number.isFinite(t.y)).toBe(true);
  });
  test('a country at the edge of the world is not centred past the edge', () => {
    const t = zoomToBounds([[0, 0], [20, 20]], 960, 480, { maxScale: 4 });
    expect(t.x).toBe(0);
    expect(t.y).toBe(0);
  });
});

describe('clampTranslate', () => {
  test('keeps the world covering the view', () => {
    expect(clampTranslate({ k: 2, x: 100, y: -2000 }, 960, 480)).toEqual({ k: 2, x: 0, y: -480 });
  });
});
