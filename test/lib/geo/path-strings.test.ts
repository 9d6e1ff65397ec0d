import { geoIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { isSvgPath, pathString } from '../../../src/lib/geo/path-strings';

// Identity projection: input coordinates are pixels, so expected strings are easy to read.
const identity = geoIdentity();
const polygon = (...rings: [number, number][][]) => ({ type: 'Polygon' as const, coordinates: rings });

/** Absolute points of a compact path ("M" absolute, then relative "l" pairs), to check the encoding. */
function decode(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const nums = (sub.replace(/z$/, '').match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      const points: [number, number][] = [[nums[0]!, nums[1]!]];
      for (let i = 2; i < nums.length; i += 2) {
        const [x, y] = points[points.length - 1]!;
        points.push([Math.round((x + nums[i]!) * 10) / 10, Math.round((y + nums[i + 1]!) * 10) / 10]);
      }
      return points;
    });
}

describe('pathString', () => {
  it('writes an absolute start, relative steps with minimal separators, and z', () => {
    const d = pathString(identity, polygon([[10, 20], [10.5, 20], [10.5, 18.75], [10, 20]]));
    expect(d).toBe('M10,20l.5,0 0-1.2z');
    expect(decode(d)).toEqual([[[10, 20], [10.5, 20], [10.5, 18.8]]]);
  });

  it('round-trips real-looking coordinates to a tenth of a pixel without drift', () => {
    const ring: [number, number][] = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return [500.123 + 100.37 * Math.cos(a), 200.987 + 60.55 * Math.sin(a)];
    });
    const d = pathString(identity, polygon([...ring, ring[0]!]));
    expect(isSvgPath(d)).toBe(true);
    // geoPath may start the ring elsewhere; compare as sets of rounded points.
    const expected = ring.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).sort();
    expect(decode(d)[0]!.map(([x, y]) => `${x},${y}`).sort()).toEqual(expected);
  });

  it('drops points that repeat after rounding and rings that collapse', () => {
    const d = pathString(identity, {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [0.01, 0.01], [5, 0], [5, 5], [0, 0]]],
        [[[100, 100], [100.02, 100], [100.01, 100.03], [100, 100]]],
      ],
    });
    expect(d).toBe('M0,0l5,0 0,5z');
    expect(pathString(identity, polygon([[1, 1], [1.01, 1], [1, 1.01], [1, 1]]))).toBe('');
  });
});

describe('isSvgPath', () => {
  it.each(['M0,0L1,1Z', 'M10,20l.5,0 0-1.3z', 'M1.5-2l-.5-.5z', 'M0 0 1 1 2 2', 'M0,0A5,5,0,1,1,10,10z'])('accepts %s', (d) => {
    expect(isSvgPath(d)).toBe(true);
  });
  it.each(['', 'L0,0', 'M0', 'M0,0l1', 'M0,0 x', 'M0,0zz1', 'M0,0NaN', '0,0'])('rejects %s', (d) => {
    expect(isSvgPath(d)).toBe(false);
  });
});
