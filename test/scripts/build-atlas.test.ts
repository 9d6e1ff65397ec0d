// Runs the real CLI (as `npm run build:data` does) on the real inputs and on broken fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCountryTable } from '../../src/lib/countries';
import { MARKER_EDGE_MARGIN } from '../../src/lib/geo/compile-atlas';
import { isSvgPath } from '../../src/lib/geo/path-strings';
import type { CompiledAtlas } from '../../src/lib/types';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/atlas');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const table = parseCountryTable(readFileSync(join(ROOT, 'data/countries.csv'), 'utf8'));

/** Microstates world-atlas does not have at 110m (toolchain notes): markers only. */
const ABSENT_AT_110M = [
  'AND', 'ATG', 'BHR', 'BRB', 'CPV', 'COM', 'DMA', 'GRD', 'KIR', 'LIE', 'MDV', 'MLT', 'MHL', 'MUS',
  'FSM', 'MCO', 'NRU', 'PLW', 'KNA', 'LCA', 'VCT', 'WSM', 'SMR', 'STP', 'SYC', 'SGP', 'TON', 'TUV',
];

let dir: string;
const buildAtlas = (...args: string[]) =>
  spawnSync(TSX, ['scripts/build-atlas.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('build-atlas on the real inputs', () => {
  let atlas: CompiledAtlas;
  let json: string;
  beforeAll(() => {
    const out = join(dir, 'atlas.json');
    const run = buildAtlas('--out', out);
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
    json = readFileSync(out, 'utf8');
    atlas = JSON.parse(json) as CompiledAtlas;
  });

  it('says what generated it and from what', () => {
    expect(atlas.generatedBy).toMatch(/^scripts\/build-atlas\.ts from world-atlas@2\.0\.2 countries-110m\.json.*do not edit$/);
    expect(atlas.source).toContain('countries-110m.json');
    expect(atlas.projection).toMatch(/^d3\.geoEqualEarth\(\)/);
    expect(atlas.notes?.join(' ')).toMatch(/Somaliland drawn as part of SOM; N\. Cyprus drawn as part of CYP/);
  });

  it('has every table state exactly once, and nothing else', () => {
    const ids = atlas.countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(table.map((c) => c.iso3).sort());
    for (const id of ['XKX', 'TWN', 'PSE', 'ESH', 'SOM', 'CYP']) expect(ids).toContain(id);
  });

  it('gives markers to the states absent at 110m and to the tiny ones drawn there', () => {
    const byId = new Map(atlas.countries.map((c) => [c.id, c]));
    for (const id of ABSENT_AT_110M) {
      expect(byId.get(id), id).toMatchObject({ d: null });
      expect(byId.get(id)?.marker, id).not.toBeNull();
    }
    for (const id of ['LUX', 'QAT', 'TTO', 'BRN', 'PSE', 'XKX']) {
      expect(byId.get(id)?.d, id).not.toBeNull();
      expect(byId.get(id)?.marker, id).not.toBeNull();
    }
    // Large states have a shape and no marker.
    for (const id of ['FRA', 'BRA', 'RUS', 'TWN', 'ESH']) expect(byId.get(id)?.marker, id).toBeNull();
    for (const c of atlas.countries) expect(c.d !== null || c.marker !== null, c.id).toBe(true);
  });

  it('places markers, centroids and bounds inside the frame, each centroid inside its bounds', () => {
    const inFrame = ([x, y]: [number, number]): boolean => x >= 0 && x <= atlas.width && y >= 0 && y <= atlas.height;
    for (const c of atlas.countries) {
      const [[x0, y0], [x1, y1]] = c.bounds;
      expect(inFrame(c.centroid), c.id).toBe(true);
      expect(x0 <= c.centroid[0] && c.centroid[0] <= x1 && y0 <= c.centroid[1] && c.centroid[1] <= y1, c.id).toBe(true);
      if (c.marker) expect(x0 <= c.marker[0] && c.marker[0] <= x1 && y0 <= c.marker[1] && c.marker[1] <= y1, c.id).toBe(true);
      // A marker's dot is drawn whole at the frame's edge, which clips (Tuvalu, at 179° E).
      if (c.marker) expect(Math.min(c.marker[0], atlas.width - c.marker[0]), c.id).toBeGreaterThanOrEqual(MARKER_EDGE_MARGIN);
      // Zoom boxes are local: no state spans the map (antimeridian pieces, far territories).
      expect(x1 - x0, c.id).toBeLessThan(atlas.width / 2);
    }
    // Markers sit where the state is: Malta south of Sicily, Singapore at Malaysia's tip.
    const at = (id: string) => atlas.countries.find((c) => c.id === id)!;
    const ita = at('ITA').bounds;
    expect(at('MLT').marker![1]).toBeGreaterThan(ita[1][1] - 10);
    const [[mx0, my0], [mx1, my1]] = at('MYS').bounds;
    const [sx, sy] = at('SGP').marker!;
    expect(sx > mx0 - 5 && sx < mx1 + 5 && sy > my0 - 5 && sy < my1 + 5).toBe(true);
  });

  it('writes valid compact SVG paths rounded to 1 decimal', () => {
    const paths = [atlas.sphere, atlas.otherLand, ...atlas.countries.flatMap((c) => (c.d ? [c.d] : []))];
    for (const d of paths) expect(isSvgPath(d)).toBe(true);
    const numbers = atlas.countries.flatMap((c) => [...c.bounds.flat(), ...c.centroid, ...(c.marker ?? [])]);
    const overPrecise = [...paths, numbers.join(',')].filter((text) => /\d\.\d\d/.test(text));
    expect(overPrecise).toHaveLength(0);
  });

  it('fits the globe to 960 px wide, cropped to the land without Antarctica', () => {
    expect(atlas.width).toBe(960);
    expect(atlas.height).toBeGreaterThan(380);
    // A full Equal Earth globe would be ~467 px tall; Antarctica's band is cut off.
    expect(atlas.height).toBeLessThan(467);
  });

  it('stays within the 45 KB gzip budget', () => {
    expect(gzipSync(json).length).toBeLessThanOrEqual(45 * 1024);
  });
});

describe('build-atlas fails loudly and writes nothing', () => {
  const failing = (args: string[], message: RegExp) => {
    const out = join(dir, `failed-${Math.random().toString(36).slice(2)}.json`);
    const run = buildAtlas(...args, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/build-atlas failed; nothing written/);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  };

  it('on a corrupt world-atlas file', () => {
    failing(['--atlas-dir', join(FIXTURES, 'corrupt')], /test\/fixtures\/atlas\/corrupt\/countries-110m\.json: is not valid JSON/);
  });

  it('on JSON that is not a topology', () => {
    failing(['--atlas-dir', join(FIXTURES, 'not-topology')], /not-topology\/countries-110m\.json: not a TopoJSON topology/);
  });

  it('on missing world-atlas files', () => {
    failing(['--atlas-dir', join(FIXTURES, 'missing')], /missing\/countries-110m\.json: file is missing/);
  });

  it('on a table state found in no world-atlas file', () => {
    failing(
      ['--countries', join(FIXTURES, 'countries-unmapped.csv')],
      /XYZ \(Nowhere Land\) is in test\/fixtures\/atlas\/countries-unmapped\.csv but in no world-atlas file .*add its numeric code or a name mapping/,
    );
  });

  it('and leaves an earlier atlas untouched', () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, '{"earlier": true}');
    const run = buildAtlas('--atlas-dir', join(FIXTURES, 'corrupt'), '--out', out);
    expect(run.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('{"earlier": true}');
  });

  it('when the data fails with it (a countries.csv with a row deleted): the atlas is not rewritten', () => {
    // Issue 20: the atlas used to be written before the data check failed.
    const data = join(dir, 'data-row-deleted');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const lines = readFileSync(join(data, 'countries.csv'), 'utf8').split('\n');
    writeFileSync(join(data, 'countries.csv'), lines.filter((l) => !l.startsWith('FRA,')).join('\n'));
    const out = join(dir, 'kept-by-data.json');
    writeFileSync(out, '{"earlier": true}');
    const before = createHash('sha256').update(readFileSync(out)).digest('hex');
    const run = buildAtlas('--countries', join(data, 'countries.csv'), '--data-dir', data, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data-row-deleted\/endorsements\.csv:\d+:\d+: unknown country 'FRA'/);
    expect(run.stderr).toMatch(/problem\(s\) in .*data-row-deleted\/; nothing written/);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(before);
  });
});
