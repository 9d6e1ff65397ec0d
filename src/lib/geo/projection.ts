// The atlas projection: Equal Earth (equal-area, so no state looks bigger than it is), scaled so
// the whole globe is exactly `width` wide, and cropped vertically to the land we draw
// (Antarctica left out), so no pixel goes to the empty far south.
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

export interface AtlasProjection {
  projection: GeoProjection;
  width: number;
  height: number;
  /** How to rebuild it in d3, for the `projection` field of the atlas. */
  description: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Fits Equal Earth: globe width = `width`; height = extent of `land` plus `padding` above and below. */
export function fitAtlasProjection(land: GeoPermissibleObjects, width: number, padding = 4): AtlasProjection {
  const probe = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const scale = probe.scale();
  const [[, top], [, bottom]] = geoPath(probe).bounds(land);
  const height = Math.ceil(bottom - top + 2 * padding);
  const translate: [number, number] = [round1(width / 2), round1(probe.translate()[1] - top + padding)];
  const projection = geoEqualEarth()
    .scale(scale)
    .translate(translate)
    // Crops the sphere outline (and anything else) to the frame.
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const description = `d3.geoEqualEarth().scale(${scale}).translate([${translate.join(', ')}]).clipExtent([[0, 0], [${width}, ${height}]])`;
  return { projection, width, height, description };
}
