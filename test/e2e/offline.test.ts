// The offline single file as an analyst gets it: `vite build --mode single` makes
// dist/cyber-declarations-map.html; real Chromium opens it from disk (file://) with every network
// request aborted and the context offline, and the map, presentation mode and the exports work.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { buildTour } from '../../src/lib/tour';
import { STATUSES, type CompiledAtlas, type Dataset } from '../../src/lib/types';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = join(ROOT, 'dist/cyber-declarations-map.html');
const URL_OF_FILE = pathToFileURL(FILE).href;
/** Screenshots for people to look at (not compared by the test). */
const SHOTS = process.env.CDM_SHOTS_DIR ?? '/tmp';

let browser: Browser;
let atlas: CompiledAtlas;
let dataset: Dataset;

beforeAll(async () => {
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'single'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build --mode single failed:\n${build.stdout}\n${build.stderr}`);
  atlas = JSON.parse(readFileSync(join(ROOT, 'public/generated/atlas.json'), 'utf8'));
  dataset = JSON.parse(readFileSync(join(ROOT, 'public/generated/dataset.json'), 'utf8'));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** Every request the page tried to make. */
  requests: string[];
  errors: string[];
}

/** A page with the network cut: the context is offline and every request but the file's is aborted. */
async function openOffline(search = '', viewport = { width: 1280, height: 900 }): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.setOffline(true);
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(URL_OF_FILE) ? route.continue() : route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(URL_OF_FILE + search);
  return { page, context, requests, errors };
}

/** Evaluated in the page: elements matching `sel` in the document and every open shadow root. */
const DEEP = `(sel) => { const out = []; const walk = (root) => { root.querySelectorAll(sel).forEach((e) => out.push(e)); root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot)); }; walk(document); return out; }`;

async function countryStatuses(page: Page, within = 'main'): Promise<Record<string, string | null>> {
  return page.evaluate(
    ([deep, scope]) => {
      const find = eval(deep!) as (sel: string) => Element[];
      const host = document.querySelector(scope!);
      const out: Record<string, string | null> = {};
      for (const e of find('[data-country]')) if (host?.contains((e.getRootNode() as ShadowRoot).host ?? e) || host?.contains(e) || isIn(e, host)) out[e.getAttribute('data-country')!] = e.getAttribute('data-status');
      return out;
      function isIn(el: Element, h: Element | null): boolean {
        let n: Node | null = el;
        while (n) {
          if (n === h) return true;
          n = n.parentNode ?? (n as ShadowRoot).host ?? null;
        }
        return false;
      }
    },
    [DEEP, within],
  );
}

async function waitForMap(page: Page, scope: string): Promise<void> {
  await page.waitForFunction(
    ([deep, sel, n]) => {
      const find = eval(deep!) as (s: string) => Element[];
      const host = document.querySelector(sel!);
      const inScope = find('[data-country][data-status]').filter((e) => {
        let x: Node | null = e;
        while (x) {
          if (x === host) return true;
          x = x.parentNode ?? (x as ShadowRoot).host ?? null;
        }
        return false;
      });
      return inScope.length >= Number(n);
    },
    [DEEP, scope, String(atlas.countries.length)],
    { timeout: 20_000 },
  );
}

describe('the offline single file', () => {
  test('is one self-contained HTML file that references no other file', () => {
    expect(existsSync(FILE)).toBe(true);
    const html = readFileSync(FILE, 'utf8');
    // No external script, stylesheet or image: every src/href is a data: URL or a fragment.
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#'))).toEqual([]);
    expect(html).toContain(dataset.version);
    expect(statSync(FILE).size).toBeLessThan(2 * 1024 * 1024);
  });

  test('renders every state of the atlas with a status from disk with all network requests blocked', async () => {
    const { page, context, requests, errors } = await openOffline();
    await waitForMap(page, 'main');
    const statuses = await countryStatuses(page, 'main');
    expect(Object.keys(statuses).sort()).toEqual(atlas.countries.map((c) => c.id).sort());
    for (const [iso3, status] of Object.entries(statuses)) expect([iso3, status]).toEqual([iso3, expect.stringMatching(new RegExp(`^(${STATUSES.join('|')})$`))]);
    // Default view: the Paris Call at the end of 2022, which the United States had joined.
    expect(statuses.USA).toBe('signed');
    expect(requests.filter((u) => !u.startsWith(URL_OF_FILE))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a 1366 x 768 laptop the map, its legend and the whole timeline share the first screen', async () => {
    const { page, context, errors } = await openOffline('', { width: 1366, height: 768 });
    await waitForMap(page, 'main');
    await page.waitForFunction(() => !!document.querySelector('cyber-declarations-map')?.shadowRoot?.querySelector('cdm-timeline'));
    const boxes = await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const root = document.querySelector('cyber-declarations-map')!.shadowRoot!;
      const box = (sel: string) => root.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
      return { map: box('cdm-map'), legend: box('cdm-legend'), timeline: box('cdm-timeline') };
    });
    expect(boxes.legend.top).toBeGreaterThanOrEqual(boxes.map.bottom);
    expect(boxes.timeline.bottom).toBeLessThanOrEqual(768);
    expect(boxes.map.width).toBeGreaterThanOrEqual(500);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('presentation mode opens at ?present=<step>, steps with clicker keys and leaves with Escape', async () => {
    const tour = buildTour(dataset);
    const us = tour.find((s) => s.declarationId === 'paris-call-2018' && s.countries.includes('USA') && s.kind === 'turnaround')!;
    const { page, context, requests, errors } = await openOffline(`?present=${us.n}`, { width: 1920, height: 1080 });
    const shown = () =>
      page.evaluate(() => {
        const p = document.querySelector('cdm-presentation')!;
        const view = p.view;
        return {
          open: p.hasAttribute('open'),
          counter: p.shadowRoot!.querySelector('.counter')?.textContent?.trim(),
          caption: p.shadowRoot!.querySelector('.caption')?.textContent?.trim(),
          declaration: view?.declaration,
          date: view?.date,
          url: location.search,
        };
      });
    await page.waitForFunction(() => document.querySelector('cdm-presentation')?.hasAttribute('open'));
    expect(await shown()).toMatchObject({ open: true, counter: `${us.n} / ${tour.length}`, caption: us.caption, declaration: 'paris-call-2018', date: us.date });
    await waitForMap(page, 'cdm-presentation');
    expect((await countryStatuses(page, 'cdm-presentation')).USA).toBe('signed');
    await page.screenshot({ path: join(SHOTS, 'presentation-1920x1080.png') });

    await page.keyboard.press('PageUp');
    const before = tour[us.index - 1]!;
    expect(await shown()).toMatchObject({ counter: `${before.n} / ${tour.length}`, declaration: before.declarationId, date: before.date, url: `?present=${before.n}` });
    await waitForMap(page, 'cdm-presentation');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    const after = tour[us.index + 1]!;
    expect(await shown()).toMatchObject({ counter: `${after.n} / ${tour.length}`, declaration: after.declarationId, date: after.date });
    await page.keyboard.press('Escape');
    expect(await shown()).toMatchObject({ open: false, url: '' });
    expect(requests.filter((u) => !u.startsWith(URL_OF_FILE))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the Present button opens presentation mode at the map\'s current view', async () => {
    const tour = buildTour(dataset);
    const { page, context, errors } = await openOffline('?declaration=dfi-2022&date=2022-06-01', { width: 1920, height: 1080 });
    await waitForMap(page, 'main');
    await page.locator('cdm-briefing-bar').getByRole('button', { name: /Present/ }).click();
    await page.waitForFunction(() => document.querySelector('cdm-presentation')?.hasAttribute('open'));
    await waitForMap(page, 'cdm-presentation');
    const state = () =>
      page.evaluate(() => {
        const p = document.querySelector('cdm-presentation')!;
        return { ...p.view, counter: p.shadowRoot!.querySelector('.counter')?.textContent?.trim() };
      });
    // The step for the view (the last DFI step on or before 1 Jun 2022), numbered; Next moves forward.
    const at = tour.filter((s) => s.declarationId === 'dfi-2022' && s.date <= '2022-06-01').at(-1)!;
    expect(await state()).toEqual({ declaration: 'dfi-2022', date: at.date, counter: `${at.n} / ${tour.length}` });
    await page.keyboard.press('PageDown');
    const next = tour[at.index + 1]!;
    expect(await state()).toEqual({ declaration: 'dfi-2022', date: next.date, counter: `${next.n} / ${tour.length}` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('cdm-presentation')?.hasAttribute('open'));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('exports a PNG of twice the on-screen map width, offline', async () => {
    const { page, context, requests, errors } = await openOffline('?declaration=dfi-2022&date=2022-11-02');
    await waitForMap(page, 'main');
    const mapWidth = await page.evaluate(() =>
      Math.round(document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-map')!.getBoundingClientRect().width),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('cdm-briefing-bar').getByRole('button', { name: 'PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('dfi-2022_2022-11-02.png');
    const path = join(SHOTS, 'export-offline.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16..24.
    expect(png.readUInt32BE(16)).toBe(2 * mapWidth);
    expect(png.readUInt32BE(20)).toBeGreaterThan(mapWidth);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('cdm-briefing-bar').getByRole('button', { name: 'SVG' }).click()]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('As of 2 Nov 2022');
    expect(svgText).toContain(`cyber-declarations-map dataset ${dataset.version}`);
    expect(requests.filter((u) => !u.startsWith(URL_OF_FILE))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
