// Issue 16, item 6: the npm package as a bundler user gets it. The package's own files (the embed
// module, its chunks, data, types and manifest, as `npm run build` writes them) are built into a
// package folder of their own, `npm pack` makes the tarball from package.json's `files`, an empty
// project installs it (dependencies from the npm cache, or the registry), Vite bundles a page that
// does `import 'cyber-declarations-map'`, and real Chromium draws the map from that bundle.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

const ROOT = resolve('.');
const WORK = resolve('test-results/npm-package');
const PKG = join(WORK, 'pkg');
const APP = join(WORK, 'app');

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${out}\n${err}`))));
  });
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

let tarball = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(PKG, { recursive: true });
  // The package folder: package.json and README as they are, dist/embed as `npm run build` makes it.
  for (const file of ['package.json', 'README.md']) cpSync(join(ROOT, file), join(PKG, file));
  const embed = join(PKG, 'dist/embed');
  // The three steps of `npm run build` that write dist/embed, side by side (the module first: its
  // build empties the folder). The analyzer joins its out dir to the cwd, hence a relative one.
  await run(bin('vite'), ['build', '--mode', 'embed', '--logLevel', 'warn'], ROOT, { NODE_ENV: 'production', CDM_EMBED_OUT_DIR: embed });
  await Promise.all([
    run(bin('cem'), ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], ROOT, { CDM_MANIFEST_OUT_DIR: relative(ROOT, embed) }),
    run(bin('tsc'), ['-p', 'tsconfig.types.json', '--outDir', join(embed, 'types')], ROOT),
  ]);
  // --ignore-scripts: prepack would run the whole `npm run build` in the package folder.
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], PKG)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(WORK, packed[0]!.filename);

  // An empty project that installs the tarball; lit, d3 and topojson-client come from the cache.
  mkdirSync(APP, { recursive: true });
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'article', private: true, type: 'module' }));
  await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'], APP);
  writeFileSync(
    join(APP, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body><article style="max-width:680px"><p>Who signed the Paris Call?</p>
<cyber-declarations-map id="m" declaration="paris-call-2018" date="2019-12-31"></cyber-declarations-map>
</article><script type="module" src="./main.js"></script></body></html>`,
  );
  // What the README tells bundler users to write.
  writeFileSync(
    join(APP, 'main.js'),
    `import { setAssetDefaults } from 'cyber-declarations-map';
import atlas from 'cyber-declarations-map/generated/atlas.json?url';
import dataset from 'cyber-declarations-map/generated/dataset.json?url';
setAssetDefaults({ atlas, dataset });
`,
  );
  await build({ root: APP, configFile: false, logLevel: 'warn', base: './', build: { outDir: join(APP, 'dist'), emptyOutDir: true } });
  server = await startStaticServer([join(APP, 'dist')]);
  browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the packed tarball holds the module, its chunks, data, types and manifest, and no sources', () => {
  const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const file of [
    'package/package.json',
    'package/README.md',
    'package/dist/embed/cyber-declarations-map.js',
    'package/dist/embed/custom-elements.json',
    'package/dist/embed/generated/atlas.json',
    'package/dist/embed/generated/dataset.json',
    'package/dist/embed/types/embed.d.ts',
    'package/dist/embed/types/components/cyber-declarations-map.d.ts',
  ]) {
    expect(listing).toContain(file);
  }
  expect(listing.some((f) => f.startsWith('package/dist/embed/chunks/'))).toBe(true);
  expect(listing.filter((f) => /^package\/(src|test|scripts|data|public)\//.test(f) || f.endsWith('example.html'))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(APP, 'node_modules/cyber-declarations-map/package.json'), 'utf8')) as Record<string, unknown>;
  expect(pkg.private).toBeUndefined();
  expect(existsSync(join(APP, 'node_modules/cyber-declarations-map', pkg.customElements as string))).toBe(true);
});

test('a page bundled with Vite from `import "cyber-declarations-map"` draws the map in Chromium', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL('index.html', server.url).href);
  await page.waitForFunction(
    () => (document.getElementById('m')?.shadowRoot?.querySelector('cdm-map')?.shadowRoot?.querySelectorAll('[data-status]').length ?? 0) > 150,
    undefined,
    { timeout: 20_000 },
  );
  const statuses = await page.evaluate(() =>
    [...document.getElementById('m')!.shadowRoot!.querySelector('cdm-map')!.shadowRoot!.querySelectorAll('[data-country="FRA"], [data-country="USA"]')].map(
      (n) => `${n.getAttribute('data-country')}:${n.getAttribute('data-status')}`,
    ),
  );
  // On 31 Dec 2019, as the dataset records it, France had signed the Paris Call and the United
  // States had declined (it joined in November 2021).
  expect(statuses).toContain('FRA:signed');
  expect(statuses).toContain('USA:refused');
  expect(errors).toEqual([]);
  await page.close();
});
