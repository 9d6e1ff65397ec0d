// custom-elements.json, generated from the components' JSDoc by `npm run manifest`: the public
// face of <cyber-declarations-map> is all there (every attribute with a description, the three
// events, parts, custom properties) and Lit's internal state is not.
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// Relative on purpose: the analyzer joins its outdir to the working directory, even an absolute one.
const OUT_DIR_RELATIVE = 'test-results/cem';
const OUT_DIR = resolve(OUT_DIR_RELATIVE);

interface Named {
  name: string;
  description?: string;
}
interface ElementDecl {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

let elements: Map<string, ElementDecl>;

beforeAll(() => {
  // A manifest left by an earlier run must not pass for this one.
  rmSync(OUT_DIR, { recursive: true, force: true });
  const run = spawnSync('npx', ['cem', 'analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], {
    env: { ...process.env, CDM_MANIFEST_OUT_DIR: OUT_DIR_RELATIVE },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm run manifest failed:\n${run.stdout}\n${run.stderr}`);
  const manifest = JSON.parse(readFileSync(resolve(OUT_DIR, 'custom-elements.json'), 'utf8')) as { modules: Array<{ declarations?: ElementDecl[] }> };
  elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
}, 120_000);

describe('custom-elements.json', () => {
  test('documents every attribute of <cyber-declarations-map>, each with a description', () => {
    const map = elements.get('cyber-declarations-map')!;
    expect(map).toBeDefined();
    const names = (map.attributes ?? []).map((a) => a.name);
    for (const name of ['declaration', 'date', 'country', 'view', 'controls', 'dataset-version', 'atlas-src', 'dataset-src', 'sync-url']) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => n.startsWith('_'))).toEqual([]);
    for (const a of map.attributes ?? []) expect(a.description?.trim(), `description of ${a.name}`).toBeTruthy();
  });

  test('lists the four reader events, the parts and the custom properties', () => {
    const map = elements.get('cyber-declarations-map')!;
    expect((map.events ?? []).map((e) => e.name).sort()).toEqual(['cdm-country-select', 'cdm-date-change', 'cdm-declaration-change', 'cdm-view-change']);
    expect((map.cssParts ?? []).length).toBeGreaterThan(0);
    const props = (map.cssProperties ?? []).map((p) => p.name);
    expect(props).toContain('--cdm-color-signed');
    expect(props).toContain('--cdm-font-family');
  });

  test('includes the embed dialog', () => {
    expect(elements.get('cdm-embed-code')?.cssParts?.map((p) => p.name)).toEqual(['dialog', 'code', 'copy-button', 'close-button']);
  });
});
