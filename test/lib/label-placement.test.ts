import { expect, test } from 'vitest';
import { overlaps, placeLabels, type Box } from '../../src/lib/label-placement';

const bounds: Box = { x: 0, y: 0, w: 1000, h: 500 };

test('a name that fits inside a large shape goes in its middle', () => {
  const [p] = placeLabels([{ key: 'USA', target: { x: 100, y: 100, w: 300, h: 150 }, w: 120, h: 20 }], [], bounds, 4);
  expect(p!.box).toEqual({ x: 190, y: 165, w: 120, h: 20 });
});

test('a name wider than its small state goes beside it, never over it (the Dominican Republic)', () => {
  const dom: Box = { x: 417, y: 463 - 200, w: 12, h: 10 };
  const [p] = placeLabels([{ key: 'DOM', target: dom, w: 270, h: 29 }], [dom], bounds, 4);
  expect(overlaps(p!.box, dom)).toBe(false);
  expect(p!.box.y + p!.box.h).toBeLessThanOrEqual(dom.y); // above it first
});

test('a name never covers another small marked state; with no free spot it is left out', () => {
  const bih: Box = { x: 500, y: 200, w: 10, h: 10 };
  const markers: Box[] = [bih, { x: 500, y: 170, w: 10, h: 10 }, { x: 500, y: 230, w: 10, h: 10 }, { x: 530, y: 200, w: 10, h: 10 }, { x: 440, y: 200, w: 10, h: 10 }];
  const placed = placeLabels([{ key: 'BIH', target: bih, w: 80, h: 20 }], markers, bounds, 4);
  for (const { box } of placed) for (const m of markers) expect(overlaps(box, m)).toBe(false);
  expect(placed).toEqual([]);
});

test('names do not cover each other or leave the map', () => {
  const a: Box = { x: 50, y: 50, w: 10, h: 10 };
  const b: Box = { x: 70, y: 50, w: 10, h: 10 };
  const placed = placeLabels([{ key: 'a', target: a, w: 60, h: 20 }, { key: 'b', target: b, w: 60, h: 20 }], [a, b], bounds, 2);
  expect(placed.map((p) => p.key)).toEqual(['a', 'b']);
  expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  for (const { box } of placed) expect(box.x >= 0 && box.y >= 0 && !overlaps(box, a) && !overlaps(box, b)).toBe(true);
  // In the map's corner no spot lies inside the map: the name is left out, never cut off.
  const corner: Box = { x: 0, y: 0, w: 10, h: 10 };
  expect(placeLabels([{ key: 'c', target: corner, w: 60, h: 20 }], [corner], bounds, 2)).toEqual([]);
});
