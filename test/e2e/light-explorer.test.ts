// Issue 15, "a light core", on the BUILT explorer (vite build, served as a static host serves it):
// the first screen loads the map, its legend, timeline and sidebar, and the briefing tools'
// buttons; presentation mode, the export files, the embed dialog and the data table are chunks of
// their own, not requested until a reader first uses them. Each then works on that first use, and
// when its chunk cannot load the reader is told so in words, beside the button.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../scripts/static-server';
import { closeBuiltExplorer, openBuiltExplorer, readManifest, staticClosure, type Manifest } from './explorer-build';

const OUT = resolve('test-results/light-explorer-build');

/** The four features loaded on first use, by the source module each chunk starts from. */
const LAZY = {
  presentation: 'src/components/open-presentation.ts',
  exports: 'src/export/build-export.ts',
  embedDialog: 'src/components/cdm-embed-code.ts',
  table: 'src/components/cdm-data-table.ts',
} as const;
type Feature = keyof typeof LAZY;

let server: StaticServer;
let browser: Browser;
let manifest: Manifest;
const closure = (key: string, seen?: Set<string>) => staticClosure(manifest, key, seen);

/** The modules the page imports just after its first frame (main.ts), with the map. */
const FIRST_VIEW = ['src/components/cyber-declarations-map.ts', 'src/components/cdm-briefing-bar.ts'];

/** The files only `feature` needs: its chunk and imports, less what the page loads at once. */
function filesOnlyFor(feature: Feature): string[] {
  const firstPaint = closure('index.html');
  for (const key of FIRST_VIEW) closure(key, firstPaint);
  return [...closure(LAZY[feature])].filter((f) => !firstPaint.has(f));
}

beforeAll(async () => {
  ({ server, browser } = await openBuiltExplorer(OUT, { gzipLevel: 6 }));
  manifest = readManifest(OUT);
}, 180_000);

afterAll(() => closeBuiltExplorer(server, browser));

/** Opens the explorer and waits for its first complete map (and the zoom chunk after it). */
async function openExplorer(block: Feature[] = []): Promise<{ page: Page; scripts: () => string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  const blocked = new Set(block.flatMap(filesOnlyFor));
  if (blocked.size) await page.route(/\.js$/, (route) => (blocked.has(new URL(route.request().url()).pathname.replace(/^\//, '')) ? route.abort() : route.continue()));
  await page.goto(`${server.url}index.html?declaration=paris-call-2018&date=2019-12-31`);
  await page.locator('cyber-declarations-map cdm-map [data-country="FRA"][data-status]').waitFor();
  await page.locator('cyber-declarations-map cdm-legend').waitFor();
  await page.waitForFunction(() => {
    const svg = document.querySelector('cyber-declarations-map')?.shadowRoot?.querySelector('cdm-map')?.shadowRoot?.querySelector('svg.map');
    return !!svg && '__zoom' in svg;
  });
  return { page, scripts: () => [...requested] };
}

test('the build splits each feature into files the first screen does not need', () => {
  for (const feature of Object.keys(LAZY) as Feature[]) {
    expect(manifest[LAZY[feature]]?.file, `${feature} has a chunk of its own`).toBeTruthy();
    expect(filesOnlyFor(feature).length, `${feature}: files only it needs`).toBeGreaterThan(0);
  }
});

describe('the explorer at first paint', () => {
  test('requests no presentation, export, embed-dialog or table code before a click', async () => {
    const { page, scripts } = await openExplorer();
    const early = scripts();
    // The page did load its scripts (the check below cannot pass on an empty list).
    expect(early).toContain(manifest['index.html']!.file);
    for (const feature of Object.keys(LAZY) as Feature[]) {
      // A feature bundled into the page has no files of its own (and nothing to leave out).
      expect(filesOnlyFor(feature).length, `${feature}: files only it needs`).toBeGreaterThan(0);
      expect(early.filter((f) => filesOnlyFor(feature).includes(f)), `${feature} code requested at first paint`).toEqual([]);
    }
    // The buttons that reach them are there at once.
    await expect.poll(() => page.locator('cdm-briefing-bar button[part="present"]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('cdm-export-menu button[part~="svg"]').isVisible()).toBe(true);
    await page.context().close();
  }, 60_000);

  test('each feature works on first use, and only then fetches its code', async () => {
    const { page, scripts } = await openExplorer();
    const fetched = (feature: Feature) => filesOnlyFor(feature).every((f) => scripts().includes(f));

    // Exports: an SVG, then a CSV, downloaded with the view in their names.
    const svg = page.waitForEvent('download');
    await page.locator('cdm-export-menu button[part~="svg"]').click();
    expect((await svg).suggestedFilename()).toMatch(/paris-call-2018.*2019-12-31.*\.svg$/);
    expect(fetched('exports')).toBe(true);
    const csv = page.waitForEvent('download');
    await page.locator('cdm-export-menu button[part~="csv"]').click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);

    // The data table, from the map's own switch.
    expect(fetched('table')).toBe(false);
    await page.locator('cyber-declarations-map').getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('cyber-declarations-map cdm-data-table tbody tr').count()).toBeGreaterThan(100);
    expect(fetched('table')).toBe(true);
    await page.locator('cyber-declarations-map').getByRole('button', { name: 'Map', exact: true }).click();

    // The embed dialog, with code for this view.
    expect(fetched('embedDialog')).toBe(false);
    await page.locator('#embed-this-view').click();
    const dialog = page.locator('cdm-embed-code dialog[open]');
    await dialog.waitFor();
    await expect.poll(() => page.locator('cdm-embed-code textarea[data-kind="script"]').inputValue()).toMatch(/declaration="paris-call-2018"/);
    expect(fetched('embedDialog')).toBe(true);
    await page.locator('cdm-embed-code button[part="close-button"]').click();

    // Presentation mode, with its map coloured.
    expect(fetched('presentation')).toBe(false);
    await page.locator('cdm-briefing-bar button[part="present"]').click();
    await page.locator('cdm-presentation cdm-slide-map [data-country="FRA"][data-status]').waitFor();
    expect(fetched('presentation')).toBe(true);
    await page.context().close();
  }, 90_000);

  test('a feature whose code cannot load says so beside its button', async () => {
    const { page } = await openExplorer(['presentation', 'exports', 'embedDialog', 'table']);
    await page.locator('cdm-briefing-bar button[part="present"]').click();
    await expect.poll(() => page.locator('cdm-briefing-bar [role="alert"]').innerText()).toMatch(/Presentation mode could not load/);
    await page.locator('cdm-export-menu button[part~="svg"]').click();
    await expect.poll(() => page.locator('cdm-export-menu [role="alert"]').innerText()).toMatch(/Export failed/);
    await page.locator('#embed-this-view').click();
    await expect.poll(() => page.locator('.load-error[role="alert"]').innerText()).toMatch(/embed code could not load/);
    await page.locator('cyber-declarations-map').getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('cyber-declarations-map [role="alert"]').filter({ hasText: 'table' }).innerText()).toMatch(/table could not load/);
    await page.context().close();
  }, 60_000);
});
