import { readFileSync } from 'node:fs';
import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { createCountryIndex, parseCountryTable } from '../../../src/lib/countries';
import { matchAtlasFeatures } from '../../../src/lib/geo/atlas-features';
import { AtlasInputError, asCountriesTopology } from '../../../src/lib/geo/topology';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const index = createCountryIndex(parseCountryTable(read('data/countries.csv')));
const topology = (res: string) =>
  asCountriesTopology(JSON.parse(read(`node_modules/world-atlas/countries-${res}.json`)), `countries-${res}.json`);

describe('matchAtlasFeatures at 110m', () => {
  const matched = matchAtlasFeatures(topology('110m'), index);
  const contains = (iso3: string, point: [number, number]) =>
    geoContains({ type: 'Feature', properties: {}, geometry: matched.states.get(iso3)! }, point);

  it('finds every table state except the 28 microstates world-atlas leaves out at 110m', () => {
    expect(matched.states.size).toBe(197 - 28);
    expect(matched.states.has('XKX')).toBe(true); // by name: Kosovo has no numeric id
  });

  it('draws Somaliland as part of Somalia and N. Cyprus as part of Cyprus', () => {
    expect(contains('SOM', [44.06, 9.56])).toBe(true); // Hargeisa
    expect(contains('SOM', [45.34, 2.04])).toBe(true); // Mogadishu
    expect(contains('CYP', [33.32, 35.33])).toBe(true); // Kyrenia
    expect(contains('CYP', [33.03, 34.67])).toBe(true); // Limassol
  });

  it('keeps non-member land as context and leaves Antarctica out', () => {
    expect([...matched.otherNames].sort()).toEqual(['Falkland Is.', 'Fr. S. Antarctic Lands', 'Greenland', 'New Caledonia', 'Puerto Rico']);
    expect(matched.other.map((f) => f.id)).not.toContain('010');
  });
});

describe('matchAtlasFeatures at 50m', () => {
  it('takes Australia, not Ashmore and Cartier Is., from the two "036" features', () => {
    const matched = matchAtlasFeatures(topology('50m'), index);
    const aus = { type: 'Feature' as const, properties: {}, geometry: matched.states.get('AUS')! };
    expect(geoContains(aus, [133.8, -23.7])).toBe(true); // Alice Springs
    // Ashmore Reef: in the other "036" feature only.
    const ashmore = topology('50m').objects.countries.geometries.find((g) => (g.properties as { name?: string })?.name?.startsWith('Ashmore'));
    expect(ashmore?.id).toBe('036');
    expect(geoContains(aus, [123.0, -12.25])).toBe(false);
    expect(matched.states.has('TUV')).toBe(false); // Tuvalu is only in the 10m file
    expect(matched.states.has('MLT')).toBe(true);
  });
});

describe('asCountriesTopology', () => {
  it('names the file and the problem', () => {
    expect(() => asCountriesTopology({ type: 'FeatureCollection' }, 'x.json')).toThrow(/^x\.json: not a TopoJSON topology/);
    expect(() => asCountriesTopology({ type: 'Topology', arcs: [], objects: {} }, 'y.json')).toThrow(AtlasInputError);
    expect(() => asCountriesTopology({ type: 'Topology', objects: {} }, 'z.json')).toThrow(/no arcs/);
    expect(() =>
      asCountriesTopology({ type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [] } } }, 'e.json'),
    ).toThrow(/empty/);
  });
});
