// Builds the CompiledAtlas from world-atlas topologies and the country table: every table state
// ends up exactly once, drawn from the 110m file, marked from a finer file when too small or
// absent at 110m. Pure: the CLI (scripts/build-atlas.ts) does the reading and writing.
import type { FeatureCollection, Geometry } from 'geojson';
import { createCountryIndex } from '../countries';
import type { AtlasCountry, CompiledAtlas, Country, Iso3 } from '../types';
import { MERGED_REGIONS, matchAtlasFeatures, type LandGeometry } from './atlas-features';
import { pathString } from './path-strings';
import { fitAtlasProjection } from './projection';
import {
  MARKER_RADIUS,
  boxAround,
  mainCentroid,
  principalBounds,
  projectedSize,
  roundBox,
  roundPoint,
  type Point,
} from './shape-metrics';
import type { CountriesTopology } from './topology';

export const ATLAS_WIDTH = 960;

/**
 * A state drawn at 110m still gets a marker when its land covers less than this many atlas px²
 * (about 4.5 x 4.5 px): too little to see its colour or hit it. Area, not bounding box, so that
 * scattered island states (Fiji across the antimeridian, Solomon Is.) count as small too.
 */
export const MIN_VISIBLE_AREA = 20;

/**
 * Markers stay this many atlas px inside the frame, which clips: a dot of 4 screen px and its
 * stroke on a map 300 px wide (a phone) is about 16 atlas px. Tuvalu, at 179° E, was cut in half.
 */
export const MARKER_EDGE_MARGIN = 16;

export interface AtlasSource {
  /** File name for messages and notes, e.g. "countries-50m.json". */
  file: string;
  topology: CountriesTopology;
}

export interface CompileAtlasInput {
  countries: Country[];
  /** The drawing resolution (110m) first, then finer files used only to place markers. */
  sources: [AtlasSource, ...AtlasSource[]];
  /** Where the table came from, for messages. */
  countriesFile?: string;
  width?: number;
  generatedBy: string;
}

export interface AtlasReport {
  /** States with a marker, and why (absent at 110m, or too small at 110m). */
  markers: { iso3: Iso3; reason: 'absent' | 'small'; from: string }[];
  /** Names of 110m features drawn as neutral context land. */
  otherLand: string[];
}

export class AtlasCompileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AtlasCompileError';
  }
}

export function compileAtlas(input: CompileAtlasInput): { atlas: CompiledAtlas; report: AtlasReport } {
  const width = input.width ?? ATLAS_WIDTH;
  const countriesFile = input.countriesFile ?? 'data/countries.csv';
  const index = createCountryIndex(input.countries);
  const [drawn, ...finer] = input.sources;
  const main = matchAtlasFeatures(drawn.topology, index);
  const finerMatches = finer.map((source) => ({ source, matched: matchAtlasFeatures(source.topology, index) }));

  // Fit on everything drawn at 110m (Antarctica is already out).
  const land: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      ...[...main.states.values()].map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry })),
      ...main.other,
    ],
  };
  const fitted = fitAtlasProjection(land, width);
  const { projection } = fitted;

  const problems: string[] = [];
  const report: AtlasReport = { markers: [], otherLand: main.otherNames };
  const countries: AtlasCountry[] = [];

  for (const country of input.countries) {
    const shape = main.states.get(country.iso3);
    let markerShape: LandGeometry | undefined;
    let markerFrom = drawn.file;
    if (shape) {
      if (projectedSize(projection, shape).area < MIN_VISIBLE_AREA) {
        markerShape = shape;
        report.markers.push({ iso3: country.iso3, reason: 'small', from: drawn.file });
      }
    } else {
      const found = finerMatches.find((f) => f.matched.states.has(country.iso3));
      if (!found) {
        problems.push(
          `${country.iso3} (${country.name}) is in ${countriesFile} but in no world-atlas file (${input.sources.map((s) => s.file).join(', ')}); add its numeric code or a name mapping`,
        );
        continue;
      }
      markerShape = found.matched.states.get(country.iso3)!;
      markerFrom = found.source.file;
      report.markers.push({ iso3: country.iso3, reason: 'absent', from: markerFrom });
    }

    const d = shape ? pathString(projection, shape) || null : null;
    if (d === null && !markerShape) {
      // Every ring vanished at a tenth of a pixel: show it as a marker instead.
      markerShape = shape;
      report.markers.push({ iso3: country.iso3, reason: 'small', from: drawn.file });
    }
    const geometry = (shape ?? markerShape)!;
    const centroid = mainCentroid(projection, geometry);
    const marker = markerShape ? insideFrame(roundPoint(mainCentroid(projection, markerShape)), width, fitted.height) : null;
    const bounds = principalBounds(projection, geometry);
    countries.push({
      id: country.iso3,
      d,
      marker,
      bounds: roundBox(marker ? boxAround(marker, MARKER_RADIUS, bounds) : bounds),
      centroid: roundPoint(centroid),
    });
  }
  if (problems.length > 0) throw new AtlasCompileError(problems);

  const merged = Object.entries(MERGED_REGIONS).map(([region, iso3]) => `${region} drawn as part of ${iso3}`);
  const atlas: CompiledAtlas = {
    generatedBy: input.generatedBy,
    source: `world-atlas@2.0.2: ${input.sources.map((s) => s.file).join(', ')}`,
    projection: fitted.description,
    width,
    height: fitted.height,
    sphere: pathString(projection, { type: 'Sphere' }),
    otherLand: pathString(projection, { type: 'FeatureCollection', features: main.other }),
    countries,
    notes: [
      `UN-recognised borders: ${merged.join('; ')}; Kosovo (XKX) matched by name (no ISO numeric id).`,
      'Antarctica is left out of the drawing and of the fit.',
      `Markers for states absent from ${drawn.file} (placed from a finer file) or covering under ${MIN_VISIBLE_AREA} px² at 110m; marker and centroid = centre of the largest polygon.`,
      'bounds cover polygons of at least 30% of the largest one (so zooming to France skips French Guiana) plus the marker.',
    ],
  };
  return { atlas, report };
}

/** `point` moved just enough to keep a marker's dot inside the frame (see MARKER_EDGE_MARGIN). */
function insideFrame([x, y]: Point, width: number, height: number): Point {
  const clamp = (v: number, max: number) => Math.min(Math.max(v, MARKER_EDGE_MARGIN), max - MARKER_EDGE_MARGIN);
  return [clamp(x, width), clamp(y, height)];
}
