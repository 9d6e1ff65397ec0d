// Issue 21: a declaration is data. Following the "Add a declaration" guide of data/README.md, the
// fixture rows in test/fixtures/sixth-declaration/ (a fictional declaration launched in 2024) are
// appended to a copy of data/ and built with the real build script; the BUILT embed then loads
// that dataset. No code knows the new id: the picker lists it, the map shows its statuses, the
// timeline runs to the end of 2024 and the "all declarations" view counts to six.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { buildEmbed, PAGE_HELPERS, startEmbedSession, type EmbedSession } from './embed-harness';

const FIXTURE = resolve('test/fixtures/sixth-declaration');
const OUT_DIR = resolve('test-results/embed-build-sixth');
let work: string;
let session: EmbedSession;
let data: StaticServer;

/** Appends the fixture's rows (its header must be the real file's) to the copy of data/. */
function addRows(dataDir: string, file: string): void {
  const [header, ...rows] = readFileSync(join(FIXTURE, file), 'utf8').trimEnd().split('\n');
  const realHeader = readFileSync(join(dataDir, file), 'utf8').split('\n')[0];
  expect(header, `${file}: the fixture's header`).toBe(realHeader);
  appendFileSync(join(dataDir, file), `${rows.join('\n')}\n`);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cdm-sixth-'));
  const dataDir = join(work, 'data');
  cpSync('data', dataDir, { recursive: true });
  for (const file of ['declarations.csv', 'sources.csv', 'endorsements.csv']) addRows(dataDir, file);
  mkdirSync(join(work, 'six'));
  const build = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--data-dir', dataDir, '--out', join(work, 'six', 'dataset.json')], { encoding: 'utf8' });
  expect(build.status, `build-data on the copy with a sixth declaration:\n${build.stdout}\n${build.stderr}`).toBe(0);
  buildEmbed(OUT_DIR);
  session = await startEmbedSession(OUT_DIR);
  // One origin for the module, its atlas and the new dataset (as an article's host would serve them).
  data = await startStaticServer([OUT_DIR, work]);
}, 240_000);

afterAll(async () => {
  await session?.close();
  await data?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a sixth declaration, dated 2024, added through data/ alone appears everywhere the five do', async () => {
  const page = await session.newPage(1280, 900);
  await page.addInitScript({ content: PAGE_HELPERS });
  data.addPage(
    '/six.html',
    `<!doctype html><html lang="en"><body><cyber-declarations-map id="m" dataset-src="/six/dataset.json"></cyber-declarations-map>
     <script type="module" src="/cyber-declarations-map.js"></script></body></html>`,
  );
  await page.goto(new URL('/six.html', data.url).href);
  const deep = (selector: string) => page.evaluate((s) => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById('m')!, s).length, selector);
  await page.waitForFunction(() => (document.getElementById('m') as unknown as { data: unknown }).data !== null, undefined, { timeout: 30_000 });
  await (await page.evaluateHandle(() => (document.getElementById('m') as unknown as { updateComplete: Promise<unknown> }).updateComplete)).jsonValue();

  // The picker lists it, after the five, in the rows' order.
  const select = page.locator('cyber-declarations-map cdm-declaration-picker select');
  const options = await select.locator('option').allTextContents();
  expect(options.map((o) => o.trim())).toEqual(expect.arrayContaining(['Fixture Accord (2024)']));
  expect(options.filter((o) => !/^All declarations/.test(o.trim()))).toHaveLength(6);

  // The default view is the dataset's default, at the end of its timeline, which now ends in 2024.
  const view = () => page.evaluate(() => (document.getElementById('m') as unknown as { viewState: { declaration: string; date: string } }).viewState);
  expect(await view()).toMatchObject({ declaration: 'paris-call-2018', date: '2024-12-31' });
  const timeline = page.locator('cyber-declarations-map cdm-timeline');
  expect(await timeline.evaluate((t) => (t as unknown as { end: string }).end)).toBe('2024-12-31');
  expect(await page.locator('cyber-declarations-map cdm-timeline input[type="range"]').getAttribute('aria-valuetext')).toMatch(/2024/);

  // Picking it shows its statuses on the map.
  await select.selectOption('fixture-accord-2024');
  await page.waitForFunction(() => (document.getElementById('m') as unknown as { viewState: { declaration: string } }).viewState.declaration === 'fixture-accord-2024');
  await page.waitForFunction(() => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById('m')!, '[data-country="FRA"][data-status="signed"]').length > 0);
  expect(await deep('[data-country="DEU"][data-status="signed"]')).toBeGreaterThan(0);
  expect(await deep('[data-country="BRA"][data-status="signed"]')).toBeGreaterThan(0);
  expect(await deep('[data-country="CHN"][data-status="refused"]')).toBeGreaterThan(0);
  expect(await deep('[data-country="USA"][data-status="absent"]')).toBeGreaterThan(0);
  // Before Brazil's (fictional) date, Brazil has not signed yet.
  await page.evaluate(() => document.getElementById('m')!.setAttribute('date', '2024-06-01'));
  await page.waitForFunction(() => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById('m')!, '[data-country="BRA"][data-status="absent"]').length > 0);

  // The "all declarations" view counts to six: France signed all six by the end of 2024.
  await page.evaluate(() => {
    const m = document.getElementById('m')!;
    m.setAttribute('date', '2024-12-31');
    m.setAttribute('view', 'all');
  });
  await page.waitForFunction(() => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById('m')!, '[data-country="FRA"][data-signed-count="6"]').length > 0);
  const legend = await page.locator('cyber-declarations-map cdm-legend').evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  expect(legend).toMatch(/\b6\b/);
  expect(legend).not.toMatch(/\b7\b/);
  // Six steps of the ramp and none: seven swatches, each a colour of its own.
  const fills = await page.evaluate(() => {
    const w = window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } };
    const legendEl = w.__cdm.deepAll(document.getElementById('m')!, 'cdm-legend')[0]!;
    return w.__cdm.deepAll(legendEl, '[data-signed-count]').map((el) => getComputedStyle(el).fill);
  });
  expect(fills).toHaveLength(7);
  expect(new Set(fills).size).toBe(7);
  await page.screenshot({ path: 'test-results/screenshots/sixth-declaration-all.png' });
  await page.context().close();
}, 120_000);
