// Where a marked state's name goes on a slide's map: inside its shape when the name fits there,
// else just above, below, right or left of it; never over a small marked state (its own or
// another's, which the audience would then not see) or over a name placed before. A name with no
// such place is left out (the caption still names it). Pure: boxes in the map's units.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export interface LabelRequest<K> {
  key: K;
  /** What the name marks: the marker's circle, or the shape's bounding box. */
  target: Box;
  /** The name's box size. */
  w: number;
  h: number;
}

/**
 * Places each name, in order, in the first free spot of: inside its target (when it fits), above,
 * below, right, left. `obstacles` are the small marked things no name may cover; `bounds` the map.
 */
export function placeLabels<K>(requests: readonly LabelRequest<K>[], obstacles: readonly Box[], bounds: Box, gap: number): Array<{ key: K; box: Box }> {
  const placed: Array<{ key: K; box: Box }> = [];
  const within = (b: Box) => b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
  for (const { key, target: t, w, h } of requests) {
    const cx = t.x + t.w / 2 - w / 2;
    const cy = t.y + t.h / 2 - h / 2;
    const spots: Box[] = [
      ...(w <= t.w && h <= t.h ? [{ x: cx, y: cy, w, h }] : []),
      { x: cx, y: t.y - gap - h, w, h },
      { x: cx, y: t.y + t.h + gap, w, h },
      { x: t.x + t.w + gap, y: cy, w, h },
      { x: t.x - gap - w, y: cy, w, h },
    ];
    // Inside its own target a name covers nothing of it only when the target is not an obstacle.
    const box = spots.find((b) => within(b) && !placed.some((p) => overlaps(p.box, b)) && !obstacles.some((o) => overlaps(o, b)));
    if (box) placed.push({ key, box });
  }
  return placed;
}
