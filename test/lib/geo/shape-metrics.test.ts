import { geoEqualEarth, geoIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { boxAround, mainCentroid, principalBounds, projectedRings, projectedSize } from '../../../src/lib/geo/shape-metrics';

const identity = geoIdentity();
const square = (x: number, y: number, size: number): [number, number][][] => [
  [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]],
];

describe('shape metrics in atlas pixels', () => {
  // A big island, a half-size one nearby and a far speck (Alaska/French Guiana-like outlier).
  const state = { type: 'MultiPolygon' as const, coordinates: [square(100, 100, 20), square(125, 100, 14), square(400, 300, 5)] };

  it('orders rings by area and centres on the largest', () => {
    expect(projectedRings(identity, state).map((r) => Math.round(r.area))).toEqual([400, 196, 25]);
    expect(mainCentroid(identity, state)).toEqual([110, 110]);
  });

  it('bounds only the principal pieces (at least 30% of the largest)', () => {
    expect(principalBounds(identity, state)).toEqual([[100, 100], [139, 120]]);
    expect(projectedSize(identity, state)).toMatchObject({ width: 305, height: 205, area: 621 });
  });

  it('keeps an antimeridian-cut state local instead of spanning the map', () => {
    // Land from 176°E to 179°W: d3 cuts it in two; the larger piece decides.
    const fiji = { type: 'Polygon' as const, coordinates: [[[176, -18], [176, -16], [-179, -16], [-179, -18], [176, -18]]] };
    const projection = geoEqualEarth().fitWidth(960, { type: 'Sphere' });
    const [[x0], [x1]] = principalBounds(projection, fiji);
    expect(x1 - x0).toBeLessThan(20);
  });

  it('boxAround pads a point and joins a box', () => {
    expect(boxAround([10, 10], 4)).toEqual([[6, 6], [14, 14]]);
    expect(boxAround([10, 10], 4, [[0, 8], [12, 9]])).toEqual([[0, 6], [14, 14]]);
  });
});
