// Which state a tap or click means, from where it landed: pure geometry in atlas units, so it is
// tested in node. A finger covers about 20 CSS px and hides what it touches, and at world scale
// Estonia is 3.5 x 1.9 px and Luxembourg's marker sits 6 px from Monaco's: the element under the
// pointer is often not the state the reader aimed at.
//
// The rules, in order:
// 1. On states: the finger is on a marker's dot, or inside a shape (the DOM's exact test). Of
//    those, the state whose centre (the dot's, the shape's centroid) is nearest: Andorra's dot
//    drawn on Spain, but Belgium's centre under Luxembourg's dot, each pick their own state.
//    When another state the finger is on has its centre within CROWDED_PX of the winner's (Israel
//    and Palestine, Qatar and Bahrain: under 1 px apart at 320 px), no finger can tell them
//    apart: the map zooms in first, so that they end up APART_PX apart.
// 2. Otherwise (sea): the nearest state within reach, measured to a dot's edge or a shape's box.

/** A finger's reach around a tap, in CSS px at 1x (about half a fingertip). */
export const TOUCH_REACH_PX = 20;

/** States under the finger whose centres are closer than this, CSS px, are zoomed into first... */
export const CROWDED_PX = 3;
/** ...until their centres are this far apart (CSS px). */
export const APART_PX = 12;

export interface HitResult {
  /** The state picked; null: none (open sea), or the map should zoom in first. */
  id: string | null;
  /** Zoom in by this factor around the pointer before picking (1: no need). */
  zoom: number;
}

export interface HitCandidate {
  id: string;
  /** Box of the shape, or around the marker, in atlas units [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
  /** Marker position in atlas units; null for a state drawn only as a shape. */
  marker: [number, number] | null;
  /** The shape's path (only whether there is one counts); null for a marker-only state. */
  d: string | null;
  /** Centre of the shape (or the marker) in atlas units. */
  centroid: [number, number];
}

export interface HitQuery {
  /** Pointer position in atlas units. */
  x: number;
  y: number;
  /** Atlas units per CSS px at the current size and zoom. */
  unit: number;
  /** Radius of a marker's visible dot, CSS px. */
  dotPx: number;
  /** How far from the pointer a state may be and still be picked, CSS px. */
  reachPx: number;
  /** Exact test: is the point inside this state's shape (the DOM's isPointInFill)? */
  inside: (id: string) => boolean;
}

/** Distance from (x, y) to a box (0 inside it). */
export function boxDistance(x: number, y: number, [[x0, y0], [x1, y1]]: HitCandidate['bounds']): number {
  return Math.hypot(Math.max(x0 - x, 0, x - x1), Math.max(y0 - y, 0, y - y1));
}

/** The state the pointer means, or null (open sea, or nothing within reach). */
export function pickState(candidates: readonly HitCandidate[], q: HitQuery): HitResult {
  const dot = q.dotPx * q.unit;
  const reach = q.reachPx * q.unit;
  // Rule 1: the states the finger is on, with their centres and how far the finger is from them.
  const on: { id: string; at: [number, number]; d: number }[] = [];
  // Rule 2: the nearest state within reach.
  let near: string | null = null;
  let nearDistance = reach;
  for (const c of candidates) {
    // Only states whose box is within reach are looked at closely.
    const box = boxDistance(q.x, q.y, c.bounds);
    if (box > reach + dot) continue;
    const m = c.marker ? Math.hypot(q.x - c.marker[0], q.y - c.marker[1]) : Infinity;
    if (m <= dot) on.push({ id: c.id, at: c.marker!, d: m });
    // The exact shape test (the DOM's) is asked only of shapes whose box is under the dot-sized
    // tip of the finger (a small state's box is the one around its marker, nearly its shape).
    else if (c.d && box <= dot && q.inside(c.id)) on.push({ id: c.id, at: c.centroid, d: Math.hypot(q.x - c.centroid[0], q.y - c.centroid[1]) });
    const d = Math.min(c.d ? box : Infinity, Math.max(0, m - dot));
    if (d < nearDistance || (d === nearDistance && near === null)) {
      near = c.id;
      nearDistance = d;
    }
  }
  if (!on.length) return { id: near, zoom: 1 };
  on.sort((a, b) => a.d - b.d);
  const best = on[0]!;
  const crowd = Math.min(...on.slice(1).filter((o) => o.id !== best.id).map((o) => Math.hypot(o.at[0] - best.at[0], o.at[1] - best.at[1]) / q.unit));
  return crowd < CROWDED_PX ? { id: null, zoom: APART_PX / Math.max(crowd, 0.5) } : { id: best.id, zoom: 1 };
}
