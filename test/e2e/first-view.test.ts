// The built explorer's first view on a phone (issue 15, "reserve the map's and the panels' space;
// load what the first screen does not need later"), as Lighthouse's mobile run loads it: a
// 412 × 823 touch screen, the files served gzip-compressed. What a reader sees, never a time:
// - the page's own text is painted before any of the map's code is even requested (only the
//   page's small entry script and its helpers come before), so the title and the line under it
//   show at once;
// - nothing moves while the map, the legend, the timeline and the sidebar arrive one after the
//   other (no layout shift at all, before the reader touches anything);
// - the briefing tools, folded into a closed menu on a phone, load when the reader opens it:
//   Present is then shown and focused;
// - the engine's locale data (the page's first Intl object, tens of milliseconds on a phone) is
//   loaded while the map's code downloads, not once the map's files have arrived, where it would
//   hold back the first map;
// - the first view's code is compiled as it loads (V8's compile hint), not function by function
//   on the main thread on the way to the first map.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { COMPILE_HINT } from '../../scripts/vite/compile-hints';
import { closeBuiltExplorer, openBuiltExplorer, readManifest, staticClosure } from './explorer-build';

const OUT = resolve('test-results/first-view-build');
/** The same build with the compile hints taken out, to compare against. */
const OUT_UNHINTED = resolve('test-results/first-view-build-unhinted');

let server: StaticServer;
let browser: Browser;
/** The page's entry script and what it imports statically (Vite's manifest): all it loads before its first frame. */
let entryFiles: Set<string>;

beforeAll(async () => {
  ({ server, browser } = await openBuiltExplorer(OUT, { gzipLevel: 6 }));
  entryFiles = new Set([...staticClosure(readManifest(OUT), 'index.html')].map((file) => file.split('/').pop()!));
}, 180_000);

afterAll(() => closeBuiltExplorer(server, browser));

/** Records, from before the page's first script, every layout shift and the first contentful paint. */
const RECORD = `
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.push({ value: e.value, nodes: (e.sources || []).map((s) => s.node ? (s.node.localName || s.node.nodeName) + (s.node.className ? '.' + s.node.className : '') : '?') });
  }
}).observe({ type: 'layout-shift', buffered: true });
// When the page first makes an Intl object, of any kind.
window.__firstIntl = null;
for (const kind of ['Collator', 'DateTimeFormat', 'DisplayNames', 'NumberFormat', 'PluralRules', 'ListFormat', 'Segmenter']) {
  const Original = Intl[kind];
  if (!Original) continue;
  Intl[kind] = new Proxy(Original, { construct(target, args) { window.__firstIntl ??= performance.now(); return Reflect.construct(target, args); } });
}`;

/** Script files the page requested so far. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => path.endsWith('.js'))
      .map((path) => path.split('/').pop()!),
  );
}

/** Opens the explorer as a phone does and waits for its whole first view: map, legend, timeline, sidebar quotes. */
async function openPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(RECORD);
  await page.goto(`${server.url}index.html`);
  await page.locator('cyber-declarations-map cdm-map [data-country="FRA"][data-status]').waitFor();
  await page.locator('cyber-declarations-map cdm-legend').waitFor();
  await page.locator('cyber-declarations-map cdm-timeline input[type="range"]').first().waitFor({ state: 'attached' });
  await page.locator('cyber-declarations-map cdm-sidebar figure.quote').first().waitFor({ state: 'attached' });
  // Two more frames: a shift is reported for the frame that shows it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

describe('the explorer’s first view on a phone', () => {
  test('the page’s text paints before the map’s code is requested', async () => {
    const page = await openPhone();
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\.js$/.test(new URL(r.name).pathname))
        .map((r) => ({ file: new URL(r.name).pathname.split('/').pop()!, start: r.startTime })),
    }));
    expect(paint, 'the page painted its text').not.toBeNull();
    const early = scripts.filter((s) => !entryFiles.has(s.file) && s.start < paint!).map((s) => s.file);
    expect(early, 'scripts requested before the first paint, besides the page’s entry').toEqual([]);
    // The map's code did load after it (the test would pass on a page without the map otherwise).
    expect(scripts.some((s) => s.file.startsWith('cyber-declarations-map'))).toBe(true);
    await page.context().close();
  });

  test('nothing moves while the map, the legend, the timeline and the sidebar arrive', async () => {
    const page = await openPhone();
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(shifts, `layout shifts while loading (total ${total.toFixed(4)})`).toEqual([]);
    await page.context().close();
  });

  test('the engine’s locale data loads while the map’s code downloads, before its files are even requested', async () => {
    const page = await openPhone();
    const { firstIntl, files } = await page.evaluate(() => ({
      firstIntl: (window as unknown as { __firstIntl: number | null }).__firstIntl,
      files: performance
        .getEntriesByType('resource')
        .filter((r) => /(atlas|dataset)[^/]*\.json$/.test(new URL(r.name).pathname))
        .map((r) => r.startTime),
    }));
    expect(files, 'the atlas and the dataset were requested').toHaveLength(2);
    expect(firstIntl, 'an Intl object was made').not.toBeNull();
    expect(firstIntl!, 'first Intl object, against the first request for the map’s files (ms)').toBeLessThan(Math.min(...files));
    await page.context().close();
  });

  test('the briefing tools load when the reader opens the phone’s menu, which then shows Present, focused', async () => {
    const page = await openPhone();
    expect((await scriptsLoaded(page)).filter((f) => f.startsWith('cdm-briefing-bar')), 'tools code before the menu opened').toEqual([]);
    await page.getByRole('button', { name: 'Present, export, embed' }).tap();
    const present = page.locator('cdm-briefing-bar').getByRole('button', { name: /Present/ });
    await present.waitFor();
    await page.waitForFunction(() => document.activeElement?.localName === 'cdm-briefing-bar' && document.activeElement.shadowRoot?.activeElement?.textContent?.includes('Present'));
    expect((await scriptsLoaded(page)).some((f) => f.startsWith('cdm-briefing-bar'))).toBe(true);
    await page.context().close();
  });
});

describe('the first view’s code, compiled as it loads', () => {
  let unhinted: StaticServer | undefined;
  afterAll(async () => {
    await unhinted?.close();
    rmSync(OUT_UNHINTED, { recursive: true, force: true });
  });

  /** The pages' entries (the explorer's and the iframe's) with what they import statically, and the map's own chunk (imported after the first paint). */
  const firstViewFiles = () =>
    new Set([
      ...entryFiles,
      ...[...staticClosure(readManifest(OUT), 'embed.html')].map((file) => file.split('/').pop()!),
      ...readdirSync(join(OUT, 'assets')).filter((f) => f.startsWith('explorer-core-')),
    ]);

  test('the pages’ entries, their imports and the map’s chunk carry V8’s compile hint; the features loaded on first use do not', () => {
    const firstView = firstViewFiles();
    expect(firstView.size, 'first-view files found').toBeGreaterThan(2);
    for (const file of readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(OUT, 'assets', file), 'utf8');
      // The map's import stub (one `export … from` line) has no function to compile either way.
      if (code.length < 200) continue;
      expect(code.startsWith(`${COMPILE_HINT}\n`), file).toBe(firstView.has(file));
    }
  });

  /** Functions the page's main thread parsed one by one (V8 compiling each on its first call) from navigation to the first map. */
  async function functionsCompiledOnTheWay(url: string): Promise<number> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: { name: string; ph: string; pid: number; tid: number; args?: { name?: string } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['__metadata', 'disabled-by-default-v8.compile'] } });
    await page.goto(url);
    await page.locator('cyber-declarations-map cdm-map [data-country="FRA"][data-status]').waitFor();
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
    const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
    expect(mainThreads.size, 'the renderer’s main thread was traced').toBeGreaterThan(0);
    return events.filter((e) => e.name === 'V8.ParseFunction' && mainThreads.has(`${e.pid}/${e.tid}`)).length;
  }

  // Chrome 136 and later read the hint; an older Chromium compiles the same either way.
  test('on the way to the first map, the main thread compiles less than half as many functions one by one as it does without the hint', async (context) => {
    const major = Number(browser.version().split('.')[0]);
    if (major < 136) context.skip(`Chromium ${browser.version()} predates V8's compile hints (136)`);
    rmSync(OUT_UNHINTED, { recursive: true, force: true });
    cpSync(OUT, OUT_UNHINTED, { recursive: true });
    for (const file of readdirSync(join(OUT_UNHINTED, 'assets')).filter((f) => f.endsWith('.js'))) {
      const path = join(OUT_UNHINTED, 'assets', file);
      const code = readFileSync(path, 'utf8');
      if (code.startsWith(`${COMPILE_HINT}\n`)) writeFileSync(path, code.slice(COMPILE_HINT.length + 1));
    }
    unhinted = await startStaticServer([OUT_UNHINTED], { gzipLevel: 6 });
    // Three traced loads of each, taken in turn: on a busy machine one load can find the background
    // compile behind the page (a CI run once traced 453 against 579); the medians compare the builds.
    const counts: { with: number[]; without: number[] } = { with: [], without: [] };
    for (let run = 0; run < 3; run++) {
      counts.with.push(await functionsCompiledOnTheWay(`${server.url}index.html`));
      counts.without.push(await functionsCompiledOnTheWay(`${unhinted.url}index.html`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const [withHint, without] = [median(counts.with), median(counts.without)];
    expect(without, 'functions compiled one by one without the hint').toBeGreaterThan(100);
    expect(withHint, `with the hint (${counts.with.join(', ')}) against without it (${counts.without.join(', ')})`).toBeLessThan(without / 2);
  });
});
