import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { fitAtlasProjection } from '../../../src/lib/geo/projection';

// Land from 60°N to 50°S all round the globe, like the world without Antarctica.
const band = {
  type: 'Polygon' as const,
  coordinates: [[[-180, -50], [180, -50], [180, 60], [-180, 60], [-180, -50]]],
};

describe('fitAtlasProjection', () => {
  const fitted = fitAtlasProjection(band, 960, 4);
  const path = geoPath(fitted.projection);

  it('makes the globe exactly as wide as the atlas and the height fit the land plus padding', () => {
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'Sphere' });
    expect(x0).toBeCloseTo(0, 0);
    expect(x1).toBeCloseTo(960, 0);
    // The sphere is cropped to the frame (no pixels for the far south or north).
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(y1).toBeLessThanOrEqual(fitted.height);
    const [[, ly0], [, ly1]] = path.bounds(band);
    expect(ly0).toBeCloseTo(4, 0);
    expect(fitted.height - ly1).toBeGreaterThanOrEqual(3);
    expect(fitted.height - ly1).toBeLessThanOrEqual(5);
  });

  it('is Equal Earth, described so the browser could rebuild it', () => {
    expect(fitted.description).toMatch(/^d3\.geoEqualEarth\(\)\.scale\([\d.]+\)\.translate\(\[480, [\d.]+\]\)/);
    // Equal area: a 10° cell has the same projected area at the equator and at 50°N... per cos(lat).
    const cell = (lat: number) => ({ type: 'Polygon' as const, coordinates: [[[0, lat], [0, lat + 1], [1, lat + 1], [1, lat], [0, lat]]] });
    const ratio = path.area(cell(50)) / path.area(cell(0));
    const sphericalRatio = (Math.sin((51 * Math.PI) / 180) - Math.sin((50 * Math.PI) / 180)) / Math.sin(Math.PI / 180);
    expect(ratio).toBeCloseTo(sphericalRatio, 2);
  });

  it('derives a shorter atlas for a thinner band of land', () => {
    const thin = fitAtlasProjection({ ...band, coordinates: [[[-180, -10], [180, -10], [180, 10], [-180, 10], [-180, -10]]] }, 960);
    expect(thin.height).toBeLessThan(fitted.height / 2);
  });
});
