// The part of the atlas a reader sees under the map's zoom, read from the zoom layer's transform.
// Pure and tiny: the briefing bar reads it at first paint, the exports (export-view.ts) draw it.

/** A rectangle of the atlas, in atlas pixels. */
export interface VisibleArea {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The visible part of the atlas under a d3 zoom transform ("translate(x,y) scale(k)"); null = whole map. */
export function visibleFromTransform(transform: string | null, width: number, height: number): VisibleArea | null {
  if (!transform) return null;
  const t = /translate\(\s*(-?[\d.e+-]+)[ ,]+(-?[\d.e+-]+)\s*\)/.exec(transform);
  const k = Number(/scale\(\s*([\d.e+-]+)/.exec(transform)?.[1] ?? 1);
  const tx = Number(t?.[1] ?? 0);
  const ty = Number(t?.[2] ?? 0);
  if (!(k > 0) || !Number.isFinite(tx) || !Number.isFinite(ty) || (k === 1 && tx === 0 && ty === 0)) return null;
  return { x: -tx / k, y: -ty / k, w: width / k, h: height / k };
}
