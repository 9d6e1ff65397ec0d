// The newsroom embed as a newsroom gets it: `vite build --mode embed`, served by a plain static
// server, loaded by real Chromium into host pages. Checks the build's shape and size, its
// footprint on a bare page (no globals, no global CSS, requests only to its own host), and the
// hostile host page (test/embed/hostile.html) against a clean control page (clean.html).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/bench/budgets';
import { COMPILE_HINT } from '../../scripts/vite/compile-hints';
import { versionedDatasetFileName } from '../../src/lib/asset-defaults';
import { PALETTE } from '../../src/lib/palette';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';
import { EMBED_JS, EMBED_OUT_DIR, PAGE_HELPERS, buildEmbed, startEmbedSession, waitForMaps, type EmbedSession } from './embed-harness';

/** The core module's budget, gzip (one number, in scripts/bench/budgets.ts). */
const EMBED_JS_BUDGET = BUDGETS.embedJs;
const INSTANCES = ['a', 'b'];

let session: EmbedSession;
let atlas: CompiledAtlas;
let dataset: Dataset;

beforeAll(async () => {
  buildEmbed();
  atlas = JSON.parse(readFileSync(join(EMBED_OUT_DIR, 'generated/atlas.json'), 'utf8'));
  dataset = JSON.parse(readFileSync(join(EMBED_OUT_DIR, 'generated/dataset.json'), 'utf8'));
  session = await startEmbedSession();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function openPage(path: string, width?: number): Promise<Page> {
  const page = await session.newPage(width);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  await page.addInitScript({ content: PAGE_HELPERS });
  await page.goto(new URL(path, session.server.url).href);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

/** Loads the bundle as a host page's module script would (a string, so nothing rewrites `import()`). */
async function importEmbed(page: Page): Promise<void> {
  const src = JSON.stringify(new URL(EMBED_JS, session.server.url).href);
  await page.evaluate(`import(${src}).then(() => customElements.whenDefined('cyber-declarations-map')).then(() => true)`);
}

describe('the embed build (dist/embed layout)', () => {
  test('is one ES module, no CSS file of its own, with the atlas, the dataset and its version-pinned copy beside it', () => {
    const top = readdirSync(EMBED_OUT_DIR).sort();
    expect(top.filter((f) => /\.(m?js)$/.test(f))).toEqual([EMBED_JS]);
    // The module needs no style sheet; example.css is the example article's own.
    expect(top.filter((f) => f.endsWith('.css'))).toEqual(['example.css']);
    expect(top).toContain('example.html');
    const generated = readdirSync(join(EMBED_OUT_DIR, 'generated')).sort();
    const pinned = versionedDatasetFileName(dataset.version);
    expect(generated).toEqual(['atlas.json', pinned, 'dataset.json'].sort());
    expect(readFileSync(join(EMBED_OUT_DIR, 'generated', pinned), 'utf8')).toBe(readFileSync(join(EMBED_OUT_DIR, 'generated/dataset.json'), 'utf8'));
  });

  test('imports nothing at load: only zoom (just after the first map), the data table (when opened) the compare and change views (when shown), the sidebar (just after the first map) and the URL sync (with sync-url) are fetched later, from beside it', () => {
    const code = readFileSync(join(EMBED_OUT_DIR, EMBED_JS), 'utf8');
    expect(code).not.toMatch(/\bimport\s*(?:[\w${},*\s]+from\s*)?["'][^"']+["']/);
    const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!).sort();
    expect(dynamic).toHaveLength(5);
    expect(dynamic[0]).toMatch(/^\.\/chunks\/data-table-[\w-]+\.js$/);
    expect(dynamic[1]).toMatch(/^\.\/chunks\/map-zoom-[\w-]+\.js$/);
    expect(dynamic[2]).toMatch(/^\.\/chunks\/pair-views-[\w-]+\.js$/);
    expect(dynamic[3]).toMatch(/^\.\/chunks\/sidebar-[\w-]+\.js$/);
    expect(dynamic[4]).toMatch(/^\.\/chunks\/url-sync-controller-[\w-]+\.js$/);
    const chunks = readdirSync(join(EMBED_OUT_DIR, 'chunks')).sort();
    for (const d of dynamic) expect(chunks).toContain(d.slice('./chunks/'.length));
    // Besides those, only the bundler's runtime that the zoom chunk imports.
    expect(chunks.filter((c) => !dynamic.includes(`./chunks/${c}`)).every((c) => c.startsWith('rolldown-runtime-'))).toBe(true);
  });

  test('with sync-url, a page that is only the map opens on the view its link names (the URL code comes from beside the module)', async () => {
    session.server.addPage(
      '/only-the-map.html',
      `<!doctype html><html lang="en"><title>Map</title><script type="module" src="/${EMBED_JS}"></script><cyber-declarations-map id="m" sync-url layout="explorer"></cyber-declarations-map></html>`,
    );
    const page = await openPage('only-the-map.html?declaration=dfi-2022&date=2022-06-30&view=nonsense');
    const asOf = () =>
      page.evaluate(() => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById('m')!, '.as-of')[0]?.textContent ?? '');
    await expect.poll(asOf, { timeout: 15_000 }).toMatch(/^Future of the Internet — .* as of 30 Jun 2022$/);
    // The bad value is replaced in the address bar by the view shown.
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('view'))).toBeNull();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
    expect(scripts.some((n) => /\/chunks\/url-sync-controller-[\w-]+\.js$/.test(n))).toBe(true);
    // (The bare page has no favicon: the browser's own request for one is not the element's.)
    expect(((page as Page & { errors?: string[] }).errors ?? []).filter((e) => !e.includes('favicon.ico'))).toEqual([]);
    await page.context().close();
  });

  test('the module asks V8 to compile all its functions as it loads; the chunks fetched later compile as they run', () => {
    expect(readFileSync(join(EMBED_OUT_DIR, EMBED_JS), 'utf8').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    for (const file of readdirSync(join(EMBED_OUT_DIR, 'chunks'))) {
      expect(readFileSync(join(EMBED_OUT_DIR, 'chunks', file), 'utf8').includes(COMPILE_HINT), `chunks/${file}`).toBe(false);
    }
  });

  test(`its JavaScript is at most ${EMBED_JS_BUDGET / 1024} KB gzip`, () => {
    const code = readFileSync(join(EMBED_OUT_DIR, EMBED_JS));
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`embed: ${EMBED_JS} ${(code.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThanOrEqual(EMBED_JS_BUDGET);
  });
});

describe('footprint on a bare host page', () => {
  test('adds no global variables and no document styles, and leaves host elements as they were', async () => {
    const page = await session.newPage();
    await page.goto(new URL('bare.html', session.server.url).href);
    const before = await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'host-button';
      b.textContent = 'A host button';
      const p = document.createElement('p');
      p.id = 'host-p';
      p.textContent = 'Host text';
      document.body.append(p, b);
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.color, s.width, s.height, s.margin, s.padding].join('|');
      };
      return { globals: Object.getOwnPropertyNames(window), button: look(b), p: look(p) };
    });
    await importEmbed(page);
    await page.evaluate(() => {
      const el = document.createElement('cyber-declarations-map');
      el.setAttribute('declaration', 'paris-call-2018');
      document.body.prepend(el);
    });
    await page.waitForFunction(() => {
      const el = document.querySelector('cyber-declarations-map');
      return !!el?.shadowRoot && el.shadowRoot.childNodes.length > 0;
    });
    const after = await page.evaluate(() => {
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.color, s.width, s.height, s.margin, s.padding].join('|');
      };
      return {
        globals: Object.getOwnPropertyNames(window),
        button: look(document.getElementById('host-button')!),
        p: look(document.getElementById('host-p')!),
        documentSheets: document.styleSheets.length,
        adoptedSheets: document.adoptedStyleSheets.length,
        headStyles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
      };
    });
    expect(after.globals.filter((name) => !before.globals.includes(name))).toEqual([]);
    expect(after.documentSheets).toBe(0);
    expect(after.adoptedSheets).toBe(0);
    expect(after.headStyles).toBe(0);
    expect(after.button).toBe(before.button);
    expect(after.p).toBe(before.p);
    await page.context().close();
  });

  test('requests only its own host: the module, then generated/ beside it (dataset-version pins the file)', async () => {
    const page = await session.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(new URL('bare.html', session.server.url).href);
    const asset = (name: string) => new URL(`generated/${name}`, session.server.url).href;
    const pinned = asset(versionedDatasetFileName(dataset.version));
    const seen = Promise.all([asset('atlas.json'), asset('dataset.json'), pinned].map((url) => page.waitForRequest(url, { timeout: 15_000 })));
    seen.catch(() => {}); // awaited below; keeps a closed page from reporting it twice
    await page.evaluate((version) => {
      const latest = document.createElement('cyber-declarations-map');
      latest.setAttribute('declaration', 'g7-2021');
      const pinnedMap = document.createElement('cyber-declarations-map');
      pinnedMap.setAttribute('dataset-version', version);
      document.body.append(latest, pinnedMap);
    }, dataset.version);
    await importEmbed(page);
    await seen;
    await page.waitForLoadState('networkidle');
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await page.context().close();
  });
});

/** What "keeps its look" compares, per instance, between the clean and the hostile page. */
async function lookOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
    const host = document.getElementById(id)!;
    const all = (s: string) => w.__cdm.deepAll(host, s);
    const signed = all('path[data-status="signed"]')[0];
    const signedStyle = signed ? getComputedStyle(signed) : null;
    const svgs = all('svg').map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0);
    const biggestSvg = svgs.sort((p, q) => q.width * q.height - p.width * p.height)[0];
    const texts = all('h1, h2, h3, p, span, li, dt, dd, label, button, a, text').filter((el) => (el.textContent ?? '').trim() !== '');
    const font = (el: Element) => {
      const s = getComputedStyle(el);
      return `${el.localName}: ${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.fontStyle} ${s.letterSpacing} ${s.wordSpacing} ${s.textTransform} ${s.lineHeight} ${s.color} ${s.direction}`;
    };
    const hostStyle = getComputedStyle(host);
    return {
      /** Content width of the host box: the one thing host page rules may change (padding on `*`). */
      hostWidth: host.clientWidth - parseFloat(hostStyle.paddingLeft) - parseFloat(hostStyle.paddingRight),
      countries: new Set(all('[data-country]').map((el) => el.getAttribute('data-country'))).size,
      signedFill: signedStyle?.fill ?? null,
      signedStroke: signedStyle ? `${signedStyle.stroke} ${signedStyle.strokeWidth} ${signedStyle.opacity}` : null,
      mapSize: biggestSvg ? ([Math.round(biggestSvg.width), Math.round(biggestSvg.height)] as [number, number]) : null,
      fonts: texts.map(font),
      buttons: all('button')
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => [Math.round(r.width), Math.round(r.height)] as [number, number]),
    };
  }, id);
}

/**
 * The text styles of `got` that differ from `want`, position by position. Lengths in px may differ
 * by 0.5 %: the type's size follows the host box's width (13px + 0.3cqi), and the hostile page's
 * padding on the host box takes a few pixels of it.
 */
function differentStyles(got: string[], want: string[]): string[] {
  const px = /(\d+(?:\.\d+)?)px/g;
  const close = (a: string, b: string): boolean => {
    const [na, nb] = [[...a.matchAll(px)].map((m) => Number(m[1])), [...b.matchAll(px)].map((m) => Number(m[1]))];
    return a.replace(px, 'px') === b.replace(px, 'px') && na.length === nb.length && na.every((n, i) => Math.abs(n - nb[i]!) <= 0.005 * Math.max(n, 1));
  };
  const out = got.filter((g, i) => !close(g, want[i] ?? ''));
  return got.length === want.length ? out : [...out, `${got.length} texts, ${want.length} on the clean page`];
}

describe('two instances on a hostile host page', () => {
  let hostile: Page;
  let clean: Page;

  beforeAll(async () => {
    [hostile, clean] = await Promise.all([openPage('hostile.html'), openPage('clean.html')]);
    await Promise.all([waitForMaps(hostile, INSTANCES, atlas.countries.length), waitForMaps(clean, INSTANCES, atlas.countries.length)]);
  }, 60_000);

  afterAll(async () => {
    await hostile?.context().close();
    await clean?.context().close();
  });

  test('both render every atlas country, each on its own declaration', async () => {
    for (const id of INSTANCES) {
      const look = await lookOf(hostile, id);
      expect(look.countries, `instance ${id}`).toBe(atlas.countries.length);
    }
    const statuses = await hostile.evaluate(() => {
      const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
      return ['a', 'b'].map((id) => w.__cdm.deepAll(document.getElementById(id)!, '[data-country="BRA"][data-status]')[0]?.getAttribute('data-status'));
    });
    // g7-2021 is a closed group: Brazil is not a member there, whatever it did on the Paris Call.
    expect(statuses[1]).toBe('not-member');
    expect(statuses[0]).not.toBe('not-member');
    expect((hostile as Page & { errors?: string[] }).errors).toEqual([]);
  });

  test('both keep their look: palette fill, strokes, fonts, button sizes and map size as on a clean page', async () => {
    const signed = hexToRgb(PALETTE.light.status.signed);
    for (const id of INSTANCES) {
      const [h, c] = await Promise.all([lookOf(hostile, id), lookOf(clean, id)]);
      expect(c.signedFill, `clean ${id}`).toBe(signed);
      expect(h.signedFill, `hostile ${id}`).toBe(signed);
      // Soft: one run reports every property the host page manages to change.
      expect.soft(h.signedStroke, `stroke ${id}`).toBe(c.signedStroke);
      // Same buttons, same heights; a full-width button may follow the host box's width.
      const slack = Math.ceil(Math.abs(c.hostWidth - h.hostWidth));
      expect(slack, 'host box width difference').toBeLessThanOrEqual(16);
      expect.soft(h.buttons.length, `buttons ${id}`).toBe(c.buttons.length);
      expect.soft(h.buttons.map(([, height]) => height), `button heights ${id}`).toEqual(c.buttons.map(([, height]) => height));
      const widthGaps = h.buttons.map(([w], i) => Math.abs(w - (c.buttons[i]?.[0] ?? Number.NaN)));
      expect.soft(widthGaps.filter((gap) => !(gap <= slack)), `button widths ${id} (slack ${slack}px)`).toEqual([]);
      expect(h.fonts.length).toBeGreaterThan(0);
      expect.soft(differentStyles(h.fonts, c.fonts), `text styles ${id}`).toEqual([]);
      expect(h.mapSize).not.toBeNull();
      // The host page's `* { padding: 3px }` reaches the host box itself, so the map may be a
      // few pixels narrower than on the clean page, never the host's 40 px svg.
      expect(Math.abs(h.mapSize![0] - c.mapSize![0])).toBeLessThanOrEqual(slack);
    }
  });

  test('clicking a country in one instance fires exactly one cdm-country-select, from that one', async () => {
    await hostile.evaluate(() => (window as unknown as { __cdm: { log: unknown[] } }).__cdm.log.splice(0));
    const point = await hostile.evaluate(() => {
      const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
      const path = w.__cdm.deepAll(document.getElementById('b')!, 'path[data-country="BRA"]')[0] as SVGPathElement;
      path.scrollIntoView({ block: 'center' });
      const box = path.getBBox();
      const ctm = path.getScreenCTM()!;
      // A point inside Brazil's fill (its box centre need not be), in page coordinates.
      for (let fy = 0.3; fy <= 0.7; fy += 0.05) {
        for (let fx = 0.3; fx <= 0.7; fx += 0.05) {
          const p = new DOMPoint(box.x + box.width * fx, box.y + box.height * fy);
          if (path.isPointInFill(p)) {
            const s = p.matrixTransform(ctm);
            return { x: s.x, y: s.y };
          }
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await hostile.mouse.click(point!.x, point!.y);
    await expect
      .poll(() => hostile.evaluate(() => (window as unknown as { __cdm: { log: unknown[] } }).__cdm.log))
      .toEqual([{ type: 'cdm-country-select', target: 'b', detail: { country: 'BRA' } }]);
  });

  test('setting attributes from the host changes the view and fires no event', async () => {
    await hostile.evaluate(() => (window as unknown as { __cdm: { log: unknown[] } }).__cdm.log.splice(0));
    const usaStatus = (id: string) =>
      hostile.evaluate((id) => {
        const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
        return w.__cdm.deepAll(document.getElementById(id)!, '[data-country="USA"][data-status]')[0]?.getAttribute('data-status') ?? null;
      }, id);
    const setAttr = (id: string, name: string, value: string) =>
      hostile.evaluate(({ id, name, value }) => document.getElementById(id)!.setAttribute(name, value), { id, name, value });

    await setAttr('a', 'date', '2018-11-12');
    await hostile.waitForFunction(() => true);
    await expect.poll(() => usaStatus('a')).toBe('refused');
    await setAttr('a', 'date', '2021-12-31');
    await expect.poll(() => usaStatus('a')).toBe('signed');
    // The other instance is independent: still the G7, where the United States is a member.
    expect(await usaStatus('b')).toBe('signed');
    await setAttr('b', 'declaration', 'paris-call-2018');
    await setAttr('b', 'date', '2019-12-31');
    await expect.poll(() => usaStatus('b')).toBe('refused');
    expect(await usaStatus('a')).toBe('signed');
    // Both maps have finished the updates those attributes caused: any event they caused is out.
    await hostile.evaluate(() => Promise.all(['a', 'b'].map((id) => (document.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete)));
    expect(await hostile.evaluate(() => (window as unknown as { __cdm: { log: unknown[] } }).__cdm.log)).toEqual([]);
  });

  test('the Table view loads its split-out code from beside the module and shows the same data', async () => {
    const rows = () =>
      hostile.evaluate(() => {
        const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
        // Rows inside the table's own shadow root (selectors do not cross shadow boundaries).
        return w.__cdm.deepAll(document.getElementById('a')!, 'tbody tr').length;
      });
    expect(await rows()).toBe(0);
    await hostile.evaluate(() => document.getElementById('a')!.setAttribute('display', 'table'));
    await expect.poll(rows, { timeout: 10_000 }).toBeGreaterThanOrEqual(197);
    expect((hostile as Page & { errors?: string[] }).errors ?? []).toEqual([]);
  });
});

describe('the example article (dist/embed/example.html)', () => {
  test('renders its two maps, each on its own declaration, with no errors', async () => {
    const page = await openPage('example.html', 900);
    await waitForMaps(page, ['map-paris', 'map-dfi'], atlas.countries.length);
    const declarations = await page.evaluate(() => ['map-paris', 'map-dfi'].map((id) => document.getElementById(id)!.getAttribute('declaration')));
    expect(declarations).toEqual(['paris-call-2018', 'dfi-2022']);
    // Its own styles are there (example.css beside it): the article's serif body text.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Georgia/);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.context().close();
  });
});
