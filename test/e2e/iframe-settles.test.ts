// The BUILT iframe page (dist/embed.html from `vite build`) framed by a parent page the way a CMS
// frames it, loaded again and again at widths from 320 to 800 px: every load must settle fully
// drawn (map, timeline, legend, and the credit line in the default article layout or the sidebar
// in the explorer layout, each with a non-zero size) and the last height it posted must be its
// content's height. Issue 16 saw up to 17 of 42 loads settle half drawn. No height is posted while
// the map is still loading (the loading line's height made the article jump twice).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { closeBuiltExplorer, openBuiltExplorer } from './explorer-build';
import type { StaticServer } from '../../scripts/static-server';

const OUT = resolve('test-results/iframe-build');
const LOADS = 32;
const WIDTHS = Array.from({ length: LOADS }, (_, i) => Math.round(320 + (480 * i) / (LOADS - 1)));

/** The parent: one iframe at the given width that starts 150 px tall (the browser default) and
 *  follows the Datawrapper height messages, as the snippet's resizer script does. */
const PARENT = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head>
<body><script>
  const q = new URLSearchParams(location.search);
  window.__heights = [];
  window.__whileLoading = [];
  addEventListener('message', (e) => {
    const f = document.querySelector('iframe');
    const h = e.data && e.data['datawrapper-height'];
    if (!f || e.source !== f.contentWindow || !h) return;
    // A height posted while the map was still loading its files resizes the article for nothing.
    const map = f.contentDocument.querySelector('cyber-declarations-map');
    if (!map || map.loadStatus === 'loading') window.__whileLoading.push(Object.values(h)[0]);
    for (const k in h) { window.__heights.push(h[k]); f.style.height = h[k] + 'px'; }
  });
  const f = document.createElement('iframe');
  f.style.width = q.get('w') + 'px';
  f.style.height = '150px';
  f.src = '/embed.html?' + q.get('q');
  document.body.append(f);
</script></body></html>`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openBuiltExplorer(OUT));
  server.addPage('/parent.html', PARENT);
}, 180_000);

afterAll(() => closeBuiltExplorer(server, browser));

/** Measured inside the frame: each part's size, the body's height and the last posted height. */
interface Settled {
  parts: Record<string, { w: number; h: number }>;
  content: number;
  posted: number;
  frame: number;
}

test(`the iframe page settles fully drawn and sized in ${LOADS} loads at 320-800 px`, async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const half: string[] = [];
  try {
    for (const [i, width] of WIDTHS.entries()) {
      const page = await context.newPage();
      // Every third load in the explorer layout, whose sidebar is open beside or under the map.
      const explorer = i % 3 === 2;
      const query = encodeURIComponent((i % 2 ? 'declaration=paris-call-2018&date=2019-12-31&country=USA' : 'declaration=dfi-2022') + (explorer ? '&layout=explorer' : ''));
      await page.goto(`${server.url}parent.html?w=${width}&q=${query}`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      // Settled: the map has its shapes, every part has a size, and the parent's frame is as tall
      // as the content. A load that stays half drawn never gets there and is recorded.
      const settled = async (): Promise<Settled> => {
        const inside = await frame!.evaluate((explorer) => {
          const host = document.querySelector('cyber-declarations-map');
          const root = host?.shadowRoot;
          const size = (sel: string) => {
            const el = root?.querySelector(sel);
            const r = el?.getBoundingClientRect();
            return { w: Math.round(r?.width ?? 0), h: Math.round(r?.height ?? 0) };
          };
          const shapes = root?.querySelector('cdm-map')?.shadowRoot?.querySelectorAll('[data-status]').length ?? 0;
          return {
            parts: {
              map: shapes > 100 ? size('cdm-map') : { w: 0, h: 0 },
              timeline: size('cdm-timeline'),
              legend: size('cdm-legend'),
              ...(explorer ? { sidebar: size('cdm-sidebar') } : { about: size('[part="about"]'), credit: size('[part="credit"]') }),
            },
            content: Math.ceil(document.body.getBoundingClientRect().height),
          };
        }, explorer);
        const outside = await page.evaluate(() => {
          const hs = (window as unknown as { __heights: number[] }).__heights;
          return { posted: hs[hs.length - 1] ?? 0, frame: Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) };
        });
        return { ...inside, ...outside };
      };
      const ok = (s: Settled) => Object.values(s.parts).every((p) => p.w > 0 && p.h > 0) && s.posted === s.content && s.frame === s.content;
      let last: Settled | null = null;
      // A load still half drawn after 10 s never settles.
      await expect
        .poll(async () => ok((last = await settled())), { timeout: 10_000, interval: 100 })
        .toBe(true)
        .catch(() => undefined);
      if (!last || !ok(last)) half.push(`load ${i + 1} at ${width} px: ${JSON.stringify(last)}`);
      const early = await page.evaluate(() => (window as unknown as { __whileLoading: number[] }).__whileLoading);
      if (early.length > 0) half.push(`load ${i + 1} at ${width} px posted ${early.join(', ')} px while the map was loading`);
      await page.close();
    }
  } finally {
    await context.close();
  }
  expect(half, `${half.length} of ${LOADS} loads settled half drawn or mis-sized:\n${half.join('\n')}`).toEqual([]);
}, 240_000);
