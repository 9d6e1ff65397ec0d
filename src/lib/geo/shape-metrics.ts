// Where a state is on the atlas: its principal polygons (for zooming), the centre of its largest
// polygon (labels and markers) and whether it is too small to see or click at world scale.
import { geoPath, type GeoStreamWrapper } from 'd3';
import type { LandGeometry } from './atlas-features';

export type Point = [number, number];
export type Box = [Point, Point];

/** A polygon counts for a state's bounds when at least this share of its largest polygon. */
export const PRINCIPAL_SHARE = 0.3;

/** Markers get a clickable box this many pixels around their centre. */
export const MARKER_RADIUS = 4;

const round1 = (n: number): number => Math.round(n * 10) / 10;
export const roundPoint = ([x, y]: Point): Point => [round1(x), round1(y)];
export const roundBox = ([a, b]: Box): Box => [roundPoint(a), roundPoint(b)];

/** geoPath context that keeps the projected rings (after antimeridian and frame clipping). */
class RingCollector {
  readonly rings: Point[][] = [];
  moveTo(x: number, y: number): void {
    this.rings.push([[x, y]]);
  }
  lineTo(x: number, y: number): void {
    this.rings[this.rings.length - 1]?.push([x, y]);
  }
  closePath(): void {}
  arc(): void {}
}

interface Ring {
  points: Point[];
  /** Unsigned area in px². */
  area: number;
}

/**
 * The state's rings as drawn, largest first. Working on projected pieces (not spherical
 * polygons) keeps a polygon cut by the antimeridian (Russia's Chukotka, Fiji) from spanning the map.
 */
export function projectedRings(projection: GeoStreamWrapper, geometry: LandGeometry): Ring[] {
  const collector = new RingCollector();
  geoPath(projection, collector as unknown as CanvasRenderingContext2D)(geometry);
  return collector.rings
    .map((points) => ({ points, area: Math.abs(signedArea(points)) }))
    .sort((a, b) => b.area - a.area);
}

function signedArea(points: Point[]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  }
  return sum / 2;
}

/** Centre of mass of a ring (its first point if it has no area). */
function ringCentroid(points: Point[]): Point {
  let x = 0;
  let y = 0;
  let twiceArea = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xj, yj] = points[j]!;
    const [xi, yi] = points[i]!;
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  return twiceArea === 0 ? points[0]! : [x / (3 * twiceArea), y / (3 * twiceArea)];
}

/**
 * Centre of the largest drawn piece: a sensible anchor even for states spread over the
 * antimeridian (Kiribati, Fiji), whose overall centroid can fall in the open ocean.
 */
export function mainCentroid(projection: GeoStreamWrapper, geometry: LandGeometry): Point {
  const largest = projectedRings(projection, geometry)[0];
  if (!largest) throw new Error('geometry is not visible in the atlas frame');
  return ringCentroid(largest.points);
}

/** Box around the pieces that make up most of the state (not Alaska-size outliers: see PRINCIPAL_SHARE). */
export function principalBounds(projection: GeoStreamWrapper, geometry: LandGeometry): Box {
  const rings = projectedRings(projection, geometry);
  const largest = rings[0];
  if (!largest) throw new Error('geometry is not visible in the atlas frame');
  const points = rings.filter((r) => r.area >= largest.area * PRINCIPAL_SHARE).flatMap((r) => r.points);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** Projected width and height of the whole state and its projected area, in atlas pixels. */
export function projectedSize(projection: GeoStreamWrapper, geometry: LandGeometry): { width: number; height: number; area: number } {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(geometry);
  return { width: x1 - x0, height: y1 - y0, area: path.area(geometry) };
}

/** Box of `radius` pixels around a point, joined with `box` if given. */
export function boxAround([x, y]: Point, radius: number, box?: Box): Box {
  const around: Box = [
    [x - radius, y - radius],
    [x + radius, y + radius],
  ];
  if (!box) return around;
  return [
    [Math.min(box[0][0], around[0][0]), Math.min(box[0][1], around[0][1])],
    [Math.max(box[1][0], around[1][0]), Math.max(box[1][1], around[1][1])],
  ];
}
