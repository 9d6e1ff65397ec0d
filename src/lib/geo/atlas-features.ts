// Which world-atlas geometry is which of our states. The link is the ISO numeric id through the
// country table only; features without an id are matched by name through the table's aliases
// (Kosovo), and two breakaway regions are merged into the UN-recognised state.
import { feature, merge } from 'topojson-client';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import type { CountryIndex } from '../countries';
import type { Iso3 } from '../types';
import type { AtlasProperties, CountriesTopology } from './topology';

/** Regions world-atlas draws apart that we draw as part of a UN member (UN-recognised borders). */
export const MERGED_REGIONS: Readonly<Record<string, Iso3>> = { Somaliland: 'SOM', 'N. Cyprus': 'CYP' };

/** ISO numeric id of Antarctica: left out of the drawing and of the fit. */
export const ANTARCTICA_ID = '010';

export type LandGeometry = Polygon | MultiPolygon;

export interface MatchedFeatures {
  /** Our states found in this file, with their (merged) geometry. */
  states: Map<Iso3, LandGeometry>;
  /** Land that is none of our states (Greenland, Puerto Rico, ...), Antarctica excluded. */
  other: Feature<Geometry, AtlasProperties>[];
  /** Names of the `other` features, for the build report. */
  otherNames: string[];
}

type AtlasGeometry = GeometryObject<AtlasProperties>;

/** world-atlas's `properties.name` ("" if none). */
const nameOf = (g: AtlasGeometry): string => (g.properties as AtlasProperties | undefined)?.name ?? '';

export function matchAtlasFeatures(topology: CountriesTopology, index: CountryIndex): MatchedFeatures {
  const byNumeric = new Map(index.countries.filter((c) => c.numeric !== '').map((c) => [c.numeric, c.iso3]));
  const parts = new Map<Iso3, AtlasGeometry[]>();
  const other: AtlasGeometry[] = [];
  const add = (iso3: Iso3, geometry: AtlasGeometry): void => {
    parts.set(iso3, [...(parts.get(iso3) ?? []), geometry]);
  };

  for (const geometry of topology.objects.countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const name = nameOf(geometry);
    const id = geometry.id === undefined ? undefined : String(geometry.id);
    if (id === ANTARCTICA_ID) continue;
    const iso3 = id !== undefined ? byNumeric.get(id) : (MERGED_REGIONS[name] ?? index.resolve(name)?.iso3);
    if (iso3 === undefined) other.push(geometry);
    else add(iso3, geometry);
  }

  const states = new Map<Iso3, LandGeometry>();
  for (const [iso3, geometries] of parts) {
    states.set(iso3, combine(topology, iso3, geometries, index));
  }
  return {
    states,
    other: other.map((g) => feature(topology, g) as Feature<Geometry, AtlasProperties>),
    otherNames: other.map((g) => nameOf(g) || String(g.id ?? '?')),
  };
}

/** One geometry per state: dissolves merged regions; drops same-id territories of other names. */
function combine(topology: CountriesTopology, iso3: Iso3, geometries: AtlasGeometry[], index: CountryIndex): LandGeometry {
  let kept = geometries;
  const ids = new Set(geometries.map((g) => g.id));
  if (ids.size === 1 && geometries.length > 1 && geometries[0]!.id !== undefined) {
    // Same numeric id twice (50m "036": Australia and Ashmore and Cartier Is.): keep the one
    // whose name is the state's.
    kept = geometries.filter((g) => index.resolve(nameOf(g))?.iso3 === iso3);
    if (kept.length === 0) kept = geometries;
  }
  if (kept.length === 1) return (feature(topology, kept[0]!) as Feature<LandGeometry>).geometry;
  // merge() dissolves the shared border (Somalia + Somaliland).
  return merge(topology, kept as Parameters<typeof merge>[1]);
}
