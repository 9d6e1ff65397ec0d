// Zoom-to-bounds math for the map, free of d3-zoom and the DOM so it can be tested in node.
// A transform {k, x, y} maps atlas point p to screen point k * p + (x, y), like d3.zoomIdentity.

export type Bounds = [[number, number], [number, number]];

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

/** Smallest and largest zoom the reader can reach (1 = whole world). */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 24;
/** Zoom-to-country never goes beyond this, so a microstate keeps its neighbours in view. */
export const MAX_FOCUS_ZOOM = 8;
/** Share of the view left around a country when zooming to it. */
export const FOCUS_PADDING = 0.15;
/** Zoom factor of one press of the + / − buttons. */
export const ZOOM_STEP = 2;

export interface FitOptions {
  padding?: number;
  maxScale?: number;
}

/** Transform that centres `bounds` in a `width` x `height` view, as large as fits (capped). */
export function zoomToBounds(bounds: Bounds, width: number, height: number, options: FitOptions = {}): ZoomTransform {
  const padding = options.padding ?? FOCUS_PADDING;
  const maxScale = options.maxScale ?? MAX_FOCUS_ZOOM;
  const [[x0, y0], [x1, y1]] = bounds;
  const bw = Math.max(x1 - x0, 1e-6);
  const bh = Math.max(y1 - y0, 1e-6);
  const fit = (1 - 2 * padding) * Math.min(width / bw, height / bh);
  const k = Math.min(maxScale, Math.max(MIN_ZOOM, fit));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampTranslate({ k, x: width / 2 - k * cx, y: height / 2 - k * cy }, width, height);
}

/** Keeps the zoomed map covering the view: no panning the world out of sight. */
export function clampTranslate(t: ZoomTransform, width: number, height: number): ZoomTransform {
  const minX = width - width * t.k;
  const minY = height - height * t.k;
  return { k: t.k, x: Math.min(0, Math.max(minX, t.x)), y: Math.min(0, Math.max(minY, t.y)) };
}
