// A reader on a laptop or a desktop screen, on the BUILT explorer: the map, its colour key and the
// timeline share the first screen, so dragging the timeline shows the map changing without a
// scroll. (At 1366 x 768, the commonest laptop screen, the timeline started 140 px below the
// screen and the legend's entries under it.) The pickers and the search take one row; the map
// gives up width, never to 560 px or less, rather than push the timeline off the screen (src/window-fit.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../scripts/static-server';
import { closeBuiltExplorer, openBuiltExplorer } from './explorer-build';

const OUT = resolve('test-results/laptop-first-screen-build');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openBuiltExplorer(OUT, { gzipLevel: 6 }));
}, 180_000);

afterAll(() => closeBuiltExplorer(server, browser));

type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };

interface FirstScreen {
  toolbar: Box;
  picker: Box;
  search: Box;
  map: Box;
  legendList: Box;
  timeline: Box;
  slider: Box;
  play: Box;
  /** The legend's definitions a sighted reader sees (not clipped to a pixel). */
  definitionsShown: number;
  /** Every definition, shown or read out only. */
  definitions: number;
  pageWidth: number;
}

async function openAt(width: number, height: number, query = ''): Promise<{ page: Page; look: FirstScreen }> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${server.url}index.html${query}`);
  await page.locator('cyber-declarations-map cdm-map [data-country="FRA"]').waitFor();
  await page.locator('cyber-declarations-map cdm-legend ul').waitFor({ state: 'attached' });
  await page.locator('cyber-declarations-map cdm-timeline input[type="range"]').first().waitFor();
  const look = await page.evaluate(async () => {
    type Updating = Element & { updateComplete?: Promise<unknown> };
    const el = document.querySelector('cyber-declarations-map') as Updating;
    await el.updateComplete;
    for (const child of el.shadowRoot!.querySelectorAll('*')) await (child as Updating).updateComplete;
    // The map's width follows what is above and under it, a frame after each change of size
    // (the sidebar, the legend and the timeline arrive one frame apart): wait until five frames
    // in a row leave the map and the timeline where they were.
    const shadow = el.shadowRoot!;
    const where = () => {
      const m = shadow.querySelector('cdm-map')!.getBoundingClientRect();
      const t = shadow.querySelector('cdm-timeline')?.getBoundingClientRect();
      return `${m.width} ${t?.bottom}`;
    };
    for (let same = 0, last = '', frames = 0; same < 5 && frames < 300; frames++) {
      await new Promise((done) => requestAnimationFrame(done));
      const now = where();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    const deep = (selector: string, root: Document | ShadowRoot = document): Element | null => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const host of root.querySelectorAll('*')) {
        const found = host.shadowRoot ? deep(selector, host.shadowRoot) : null;
        if (found) return found;
      }
      return null;
    };
    // `selector` inside the shadow root of the first `host` (or in the page's element's own root).
    const box = (selector: string, host?: string): Box => {
      const root = host ? deep(host)!.shadowRoot! : el.shadowRoot!;
      const r = (root.querySelector(selector) ?? deep(selector, root))!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const legend = deep('cdm-legend')!.shadowRoot!;
    const definitions = [...legend.querySelectorAll('.definition')];
    return {
      toolbar: box('.toolbar'),
      picker: box('select', 'cdm-declaration-picker'),
      search: box('input', 'cdm-country-search'),
      map: box('cdm-map'),
      legendList: box('ul[part="list"]', 'cdm-legend'),
      timeline: box('cdm-timeline'),
      slider: box('input[type="range"]', 'cdm-timeline'),
      play: box('[part~="play"]', 'cdm-timeline'),
      definitionsShown: definitions.filter((d) => d.getBoundingClientRect().width > 20).length,
      definitions: definitions.length,
      pageWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    };
  });
  return { page, look };
}

// Laptop and desktop screens, as the browser's viewport (CSS px).
const SCREENS: Array<[number, number]> = [
  [1280, 800],
  [1366, 768],
  [1440, 900],
  [1536, 864],
  [1920, 1080],
  [2560, 1440],
];

describe.each(SCREENS)('%i x %i', (width, height) => {
  test('the map, its colour key and the whole timeline are on the first screen, in that order', async () => {
    const { page, look } = await openAt(width, height);
    try {
      expect(look.map.top).toBeGreaterThanOrEqual(look.toolbar.bottom);
      expect(look.legendList.top, 'the key under the map').toBeGreaterThanOrEqual(look.map.bottom);
      expect(look.timeline.top, 'the timeline under the key').toBeGreaterThanOrEqual(look.legendList.bottom);
      expect(look.legendList.bottom, "the legend's entries on the first screen").toBeLessThanOrEqual(height);
      expect(look.slider.bottom, 'the slider on the first screen').toBeLessThanOrEqual(height);
      expect(look.play.bottom, 'the play button on the first screen').toBeLessThanOrEqual(height);
      expect(look.timeline.bottom, 'the whole timeline, its years included').toBeLessThanOrEqual(height);
      // The map gave up width, not its use: more than 560 px and half the column.
      expect(look.map.width).toBeGreaterThanOrEqual(500);
      expect(look.map.width).toBeGreaterThanOrEqual(0.5 * look.timeline.width);
      expect(look.pageWidth, 'nothing overflows sideways').toBeLessThanOrEqual(width);
    } finally {
      await page.context().close();
    }
  });

  test('the two pickers and the search share one row', async () => {
    const { page, look } = await openAt(width, height);
    try {
      expect(Math.abs(look.search.bottom - look.picker.bottom)).toBeLessThanOrEqual(2);
      expect(look.toolbar.height).toBeLessThan(80);
    } finally {
      await page.context().close();
    }
  });
});

test('where the screen is tall enough the legend shows its definitions; shorter, it keeps its rows and reads them out', async () => {
  const tall = await openAt(2560, 1440);
  const short = await openAt(1366, 768);
  try {
    expect(tall.look.definitionsShown).toBe(tall.look.definitions);
    expect(tall.look.definitions).toBeGreaterThanOrEqual(3);
    expect(short.look.definitionsShown).toBe(0);
    expect(short.look.definitions).toBe(tall.look.definitions);
    // Read out still: each entry's button names its definition.
    const named = await short.page.locator('cyber-declarations-map cdm-legend li button').first().textContent();
    expect(named).toMatch(/Signed .*according to a cited source/s);
  } finally {
    await tall.page.context().close();
    await short.page.context().close();
  }
});

// What is above and under the map is measured, so views with more words fit too; where they
// would need a map of 560 px or less (where it changes its shape), it stays at 561 px and the
// timeline starts on the screen.
test.each([
  ['all declarations', '?view=all'],
  ['who joined between two dates', '?declaration=paris-call-2018&view=change&from=2019-01-01'],
  ["a state's record open", '?declaration=paris-call-2018&country=FRA'],
  ['before the launch', '?declaration=paris-call-2018&date=2018-01-01'],
])('on a 1366 x 768 screen, %s: the map and its key and timeline fit', async (_name, query) => {
  const { page, look } = await openAt(1366, 768, query);
  try {
    expect(look.legendList.bottom).toBeLessThanOrEqual(768);
    expect(look.timeline.bottom).toBeLessThanOrEqual(768);
    expect(look.map.width).toBeGreaterThanOrEqual(500);
  } finally {
    await page.context().close();
  }
});

test('two declarations compared (the longest lines): the map stays at 561 px and the timeline starts on the screen', async () => {
  const { page, look } = await openAt(1366, 768, '?declaration=dfi-2022&view=compare&with=g7-2021');
  try {
    expect(look.map.width).toBe(561);
    expect(look.timeline.top).toBeLessThan(768);
  } finally {
    await page.context().close();
  }
});

test("the map's width settles: it does not change again frame after frame", async () => {
  const { page } = await openAt(1366, 768);
  try {
    const widths = await page.evaluate(async () => {
      const map = document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-map')!;
      const seen: number[] = [];
      for (let i = 0; i < 20; i++) {
        await new Promise((done) => requestAnimationFrame(done));
        seen.push(map.getBoundingClientRect().width);
      }
      return [...new Set(seen)];
    });
    expect(widths).toHaveLength(1);
    // A narrower window: the map follows, and settles again.
    await page.setViewportSize({ width: 1366, height: 700 });
    await page.waitForFunction(() => document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-map')!.getBoundingClientRect().width === 561);
  } finally {
    await page.context().close();
  }
});

// Found by a tester: the legend gaining its entries at a launch moved the timeline under the
// screen (the element, as tall as its sidebar, kept its size, so nothing refitted the map).
test('jumping to a launch from before it keeps the timeline on a 1366 x 768 screen', async () => {
  const { page } = await openAt(1366, 768, '?declaration=paris-call-2018&date=2018-01-01');
  try {
    await page.locator('cyber-declarations-map').getByRole('button', { name: /Jump to its launch/ }).click();
    await page.waitForFunction(() => {
      const root = document.querySelector('cyber-declarations-map')!.shadowRoot!;
      return root.querySelector('cdm-legend')!.shadowRoot!.querySelectorAll('li').length > 0;
    });
    const bottom = await page.evaluate(async () => {
      for (let i = 0; i < 5; i++) await new Promise((done) => requestAnimationFrame(done));
      return document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-timeline')!.getBoundingClientRect().bottom;
    });
    expect(bottom).toBeLessThanOrEqual(768);
  } finally {
    await page.context().close();
  }
});

// Found by a tester: a smaller window and back left the map at another width than a fresh load
// gave (at 560 px and under the map changes its shape, and the fit had an answer each side).
test('a window made smaller and back gives the map the width a fresh load gives it', async () => {
  const fresh = await openAt(1366, 768);
  const { page } = fresh;
  try {
    const width = () => page.evaluate(async () => {
      for (let i = 0; i < 5; i++) await new Promise((done) => requestAnimationFrame(done));
      return document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-map')!.getBoundingClientRect().width;
    });
    await page.setViewportSize({ width: 1100, height: 700 });
    await width();
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await width()).toBe(fresh.look.map.width);
  } finally {
    await page.context().close();
  }
});
