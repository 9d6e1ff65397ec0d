// Issue 16, item 2: out of the box (no `layout`, no `controls`), the BUILT element in a 680 px
// article column is a figure a reader scrolls past in about one screen: a title, the map, its
// legend, the timeline, "about this map" and a credit line (sources, dataset version, a link back
// to this very view in the explorer). The sources, quotes and country record are one tap or Enter
// away. The explorer (index.html, layout="explorer") is served beside the embed as `npm run build`
// lays them out, so the credit's default link is followed to the real explorer.
//
// The height: a 900 px tall screen, and at most 1.3 of it. Measured (Debian's Chromium, 680 px
// column, type sized by the column, not the screen): 899 px (all declarations) to 1,067 px (the
// 2015 UN GGE report, whose title takes three lines), i.e. 1.0 to 1.19 screens; on 2026-12-05,
// before: the map (288 px), the timeline (152 px), the legend in rows
// (48 to 94 px), the toolbar and as-of line (80 px), about (137 to 179 px), the disclosure (46 px)
// and the credit (39 px). Before the article layout the same element was 3,300 px.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildEmbed, startEmbedSession, type EmbedSession } from './embed-harness';
import { buildExplorer } from './explorer-build';
import type { Dataset } from '../../src/lib/types';

const SITE = resolve('test-results/article-default-site');
const EMBED = resolve(SITE, 'embed');
const VIEWPORT = { width: 900, height: 900 };
const MAX_SCREENS = 1.3;

/** Every declaration of the data, and the "all declarations" view. */
const dataset = JSON.parse(readFileSync('public/generated/dataset.json', 'utf8')) as Dataset;
const VIEWS: Array<{ id: string; attrs: string }> = [
  ...dataset.declarations.map((d) => ({ id: d.id, attrs: `declaration="${d.id}"` })),
  { id: 'all', attrs: 'view="all"' },
];

let session: EmbedSession;

beforeAll(async () => {
  buildExplorer(SITE);
  // The embed where `npm run build` puts it, beside the explorer (its default explorer is `../`).
  buildEmbed(EMBED);
  session = await startEmbedSession(SITE);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

/** An article page with a 680 px column; the maps load from /embed/ (the built element). */
function articlePage(path: string, body: string): string {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
    <style>body{margin:0;font:18px/1.6 Georgia,serif} article{width:680px;margin:0 auto} figure{margin:0 0 40px}</style></head>
    <body><article><h1>An article</h1><p>Before the map, <a href="#top">a link in the text</a>.</p>${body}<p>After the map.</p></article>
    <script type="module" src="/embed/cyber-declarations-map.js"></script></body></html>`;
  session.server.addPage(path, html);
  return new URL(path, session.server.url).href;
}

async function openArticle(page: Page, url: string, ids: string[]): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    (ids) => ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="credit"]')),
    ids,
    { timeout: 30_000 },
  );
}

const deepActive = `(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; })()`;

test(`the default element is at most ${MAX_SCREENS} screens tall in a 680 px column, for every declaration`, async () => {
  const page = await session.newPage(VIEWPORT.width, VIEWPORT.height);
  const url = articlePage('/heights.html', VIEWS.map((v) => `<figure><cyber-declarations-map id="${v.id}" ${v.attrs}></cyber-declarations-map></figure>`).join(''));
  await openArticle(page, url, VIEWS.map((v) => v.id));
  const heights = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, Math.round(document.getElementById(id)!.getBoundingClientRect().height)])), VIEWS.map((v) => v.id));
  for (const [id, h] of Object.entries(heights)) expect(h, `${id}: ${h} px`).toBeLessThanOrEqual(MAX_SCREENS * VIEWPORT.height);
  // Each is still the whole figure: title, map, legend, timeline, about, credit, all with a size.
  const parts = await page.evaluate(() => {
    const root = document.getElementById('paris-call-2018')!.shadowRoot!;
    return ['[part="title"]', 'cdm-map', 'cdm-legend', 'cdm-timeline', '[part="about"]', '[part="more"]', '[part="credit"]'].map((s) => [s, root.querySelector(s)?.getBoundingClientRect().height ?? 0]);
  });
  for (const [s, h] of parts) expect(h, String(s)).toBeGreaterThan(0);
  // The title comes from the data.
  const title = await page.evaluate(() => document.getElementById('paris-call-2018')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim());
  expect(title).toBe(dataset.declarations.find((d) => d.id === 'paris-call-2018')!.title);
  await page.context().close();
}, 120_000);

test('the credit names sources and the dataset version, and its link opens the same view in the explorer', async () => {
  const page = await session.newPage(VIEWPORT.width, VIEWPORT.height);
  const url = articlePage('/credit.html', '<cyber-declarations-map id="m" declaration="paris-call-2018" date="2019-12-31" country="USA"></cyber-declarations-map>');
  await openArticle(page, url, ['m']);
  const credit = await page.evaluate(() => {
    const el = document.getElementById('m') as HTMLElement & { viewState: unknown };
    const p = el.shadowRoot!.querySelector('[part="credit"]')!;
    const a = p.querySelector('a')!;
    return { text: p.textContent!.replace(/\s+/g, ' ').trim(), href: a.href, visible: a.getBoundingClientRect().height > 0, view: el.viewState };
  });
  const publishers = dataset.sources.map((s) => s.publisher).filter(Boolean);
  expect(credit.text).toMatch(/^Sources: /);
  expect(publishers.some((p) => credit.text.includes(p))).toBe(true);
  expect(credit.text).toContain(`dataset ${dataset.version}`);
  expect(credit.visible).toBe(true);
  expect(credit.href).toBe(new URL('/?declaration=paris-call-2018&date=2019-12-31&country=USA', session.server.url).href);

  // Followed: the explorer shows the same declaration, day and country.
  await page.goto(credit.href);
  await page.waitForFunction(() => document.querySelector('cyber-declarations-map')?.shadowRoot?.querySelector('cdm-map')?.shadowRoot?.querySelector('[data-country="USA"][data-status]'), null, { timeout: 30_000 });
  const explorer = await page.evaluate(() => {
    const el = document.querySelector('cyber-declarations-map') as HTMLElement & { viewState: unknown };
    return { view: el.viewState, layout: el.getAttribute('layout'), title: document.title };
  });
  expect(explorer.view).toEqual(credit.view);
  expect(explorer.layout).toBe('explorer');
  await page.context().close();
}, 120_000);

test('sources, quotes and the country record are one Enter away, reached by the keyboard; axe finds nothing', async () => {
  const page = await session.newPage(VIEWPORT.width, VIEWPORT.height);
  const url = articlePage(
    '/more.html',
    '<cyber-declarations-map id="m" declaration="paris-call-2018" date="2019-12-31" country="USA"></cyber-declarations-map>' +
      '<cyber-declarations-map id="q" declaration="paris-call-2018" date="2019-12-31"></cyber-declarations-map>',
  );
  await openArticle(page, url, ['m', 'q']);
  const more = (id = 'm') =>
    page.evaluate((id) => {
      const root = document.getElementById(id)!.shadowRoot!;
      const details = root.querySelector<HTMLDetailsElement>('[part="more"]')!;
      const sidebar = root.querySelector('cdm-sidebar')!;
      const record = sidebar.shadowRoot!.querySelector('[part="country"]');
      return {
        open: details.open,
        summary: details.querySelector('summary')!.textContent!.trim(),
        sidebarVisible: sidebar.checkVisibility(),
        recordHeight: Math.round(record?.getBoundingClientRect().height ?? 0),
        quotes: [...sidebar.shadowRoot!.querySelectorAll('[part="quote"]')].filter((q) => q.checkVisibility() && q.getBoundingClientRect().height > 0).length,
      };
    }, id);
  const closed = await more();
  expect(closed.open).toBe(false);
  expect(closed.sidebarVisible).toBe(false);
  expect(closed.summary).toBe('United States: record, sources and quotes');

  // Tab from the article's own link until the disclosure has the focus, then Enter.
  await page.focus('a[href="#top"]');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(`${deepActive}?.localName === 'summary'`);
  }
  expect(reached, 'the disclosure is reached with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('m')!.shadowRoot!.querySelector<HTMLDetailsElement>('[part="more"]')!.open);
  const open = await more();
  expect(open.sidebarVisible).toBe(true);
  expect(open.recordHeight).toBeGreaterThan(100);

  // Without a country, the disclosure holds the declaration's sources and quotes: one tap.
  expect((await more('q')).quotes).toBe(0);
  await page.evaluate(() => document.getElementById('q')!.shadowRoot!.querySelector('[part="more"] summary')!.scrollIntoView());
  const summary = await page.evaluateHandle(() => document.getElementById('q')!.shadowRoot!.querySelector('[part="more"] summary')!);
  await summary.asElement()!.click();
  const quotes = await more('q');
  expect(quotes.summary).toBe('Sources and quotes');
  expect(quotes.open).toBe(true);
  expect(quotes.quotes).toBeGreaterThan(0);
  await page.focus('a[href="#top"]');
  for (let i = 0; i < 40 && !(await page.evaluate(`${deepActive}?.localName === 'summary'`)); i++) await page.keyboard.press('Tab');

  // The credit's link is reachable by the keyboard too.
  let link = false;
  for (let i = 0; i < 200 && !link; i++) {
    await page.keyboard.press('Tab');
    link = await page.evaluate(`${deepActive}?.getAttribute('part') === 'explorer-link'`);
  }
  expect(link, 'the credit link is reached with Tab').toBe(true);

  await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(n: Element, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document.getElementById('m')!, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  expect(violations).toEqual([]);
  await page.context().close();
}, 120_000);

test('in a dark colour scheme the article layout, disclosure open, is axe clean too', async () => {
  const context = await session.browser.newContext({ viewport: VIEWPORT, colorScheme: 'dark' });
  const page = await context.newPage();
  const url = articlePage('/dark.html', '<cyber-declarations-map id="m" declaration="dfi-2022" country="KEN"></cyber-declarations-map>');
  await openArticle(page, url, ['m']);
  await page.evaluate(() => document.getElementById('m')!.shadowRoot!.querySelector<HTMLElement>('[part="more"] summary')!.click());
  await page.waitForFunction(() => document.getElementById('m')!.shadowRoot!.querySelector('cdm-sidebar')!.checkVisibility());
  await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(n: Element, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document.getElementById('m')!, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  expect(violations).toEqual([]);
  await context.close();
}, 120_000);
