// Checks that parsed JSON is a world-atlas countries topology before anything trusts its shape.
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The country properties world-atlas ships (`name` is not display text). */
export interface AtlasProperties {
  name?: string;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<AtlasProperties> }>;

/** A problem with an input file of the atlas build, named by file. */
export class AtlasInputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'AtlasInputError';
  }
}

/** Returns the value as a countries topology, or throws an AtlasInputError saying what is wrong. */
export function asCountriesTopology(value: unknown, file: string): CountriesTopology {
  const fix = 'reinstall it with `npm ci` (world-atlas@2.0.2)';
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'Topology') {
    throw new AtlasInputError(file, `not a TopoJSON topology (no "type": "Topology"); ${fix}`);
  }
  const topology = value as Partial<CountriesTopology>;
  if (!Array.isArray(topology.arcs)) throw new AtlasInputError(file, `topology has no arcs array; ${fix}`);
  const countries = topology.objects?.countries as Partial<GeometryCollection> | undefined;
  if (!countries || countries.type !== 'GeometryCollection' || !Array.isArray(countries.geometries)) {
    throw new AtlasInputError(file, `topology has no objects.countries GeometryCollection; ${fix}`);
  }
  if (countries.geometries.length === 0) throw new AtlasInputError(file, `objects.countries is empty; ${fix}`);
  return value as CountriesTopology;
}
