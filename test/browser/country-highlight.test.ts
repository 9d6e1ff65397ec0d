// Issue 16, item 3: choosing a country outlines it and opens its record, and the map keeps the
// whole world in view (an embed about the United States still shows the world). Zooming to the
// country is the reader's choice: the record's "Zoom to <country>" button.
import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { countryNode, framesPass, mapOf, part, readyExplorer, settle, showsWorld, unmountAll, until, zoomAtRest } from './explorer-helpers';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';

afterEach(unmountAll);

/** True when the country's shape lies inside the map's frame (what the reader can see). */
function inView(el: CyberDeclarationsMap, iso3: string): boolean {
  const frame = mapOf(el).getBoundingClientRect();
  const r = countryNode(el, iso3)!.getBoundingClientRect();
  return r.width > 0 && r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
}

const FAR_APART = ['NZL', 'CHL', 'NOR', 'ZAF', 'JPN', 'CAN'];
const transform = (el: CyberDeclarationsMap) => mapOf(el).shadowRoot.querySelector('g.zoom-layer')!.getAttribute('transform') ?? '';
const sidebarRoot = (el: CyberDeclarationsMap) => part(el, 'cdm-sidebar')!.shadowRoot!;

test.each([
  ['from the page (country attribute)', 'USA', 680],
  ['at phone width', 'FRA', 375],
])('a chosen country %s is outlined, its record open, the whole world in view', async (_how, iso3, width) => {
  const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: iso3 }, width);
  await settle(el); // the zoom chunk too: a zoom to the country would start within a few frames
  await framesPass();
  expect(countryNode(el, iso3)!.hasAttribute('data-selected')).toBe(true);
  expect(mapOf(el).shadowRoot.querySelector('.ring.selected')).not.toBeNull();
  expect(sidebarRoot(el).querySelector('[part="country"] h2')!.textContent).toBeTruthy();
  expect(transform(el)).not.toMatch(/scale\((?!1\))/);
  for (const far of FAR_APART) expect(inView(el, far), `${far} in view`).toBe(true);
});

test('choosing a country on the map or in the search keeps the world; "Zoom to" zooms to it', async () => {
  const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' }, 1000);
  await settle(el);
  await userEvent.click(countryNode(el, 'BRA')!);
  await settle(el);
  expect(el.country).toBe('BRA');
  // The search picks a country too: still the world.
  const input = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
  await userEvent.fill(input, 'Japan');
  await userEvent.keyboard('{Enter}');
  await until(() => el.country === 'JPN', 'the search to choose Japan');
  await settle(el);
  await framesPass();
  expect(transform(el)).not.toMatch(/scale\((?!1\))/);
  for (const far of FAR_APART) expect(inView(el, far), `${far} in view`).toBe(true);

  const zoom = sidebarRoot(el).querySelector<HTMLButtonElement>('button[part="zoom"]')!;
  expect(zoom.textContent!.trim()).toBe('Zoom to Japan');
  await userEvent.click(zoom);
  await until(() => /scale\((?!1\))/.test(transform(el)), 'the map to zoom');
  await zoomAtRest(el);
  // Japan fills the middle of the map; the far side of the world is out of view.
  const frame = mapOf(el).getBoundingClientRect();
  const jp = countryNode(el, 'JPN')!.getBoundingClientRect();
  expect(Math.abs(jp.left + jp.width / 2 - (frame.left + frame.width / 2))).toBeLessThan(frame.width / 4);
  expect(inView(el, 'CHL')).toBe(false);
  // The zoom controls bring the world back.
  await userEvent.click(mapOf(el).shadowRoot.querySelector('button[aria-label="Show the whole world"]')!);
  await zoomAtRest(el, showsWorld, 'the glide back to the world');
  for (const far of FAR_APART) expect(inView(el, far), `${far} in view`).toBe(true);
});

// `zoom-to-country` (the configurator's "Zoom to the chosen country"): the page's country is
// zoomed to once zoom is ready; what the reader chooses afterwards is only outlined.
test('with zoom-to-country, the page\'s country is zoomed to on load; a reader\'s choice is not', async () => {
  const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'JPN', 'zoom-to-country': '', layout: 'article' }, 680);
  await until(() => /scale\((?!1\))/.test(transform(el)), 'the map to zoom to Japan');
  await zoomAtRest(el);
  const frame = mapOf(el).getBoundingClientRect();
  const jp = countryNode(el, 'JPN')!.getBoundingClientRect();
  expect(Math.abs(jp.left + jp.width / 2 - (frame.left + frame.width / 2))).toBeLessThan(frame.width / 4);
  expect(inView(el, 'CHL')).toBe(false);
  // Back to the world, then the reader picks Brazil: outlined, the world stays.
  await userEvent.click(mapOf(el).shadowRoot.querySelector('button[aria-label="Show the whole world"]')!);
  await zoomAtRest(el, showsWorld, 'the glide back to the world');
  const world = transform(el);
  await userEvent.click(countryNode(el, 'BRA')!);
  await settle(el);
  await framesPass(); // a zoom to Brazil would have started by now
  expect(el.country).toBe('BRA');
  expect(transform(el)).toBe(world);
  for (const far of FAR_APART) expect(inView(el, far), `${far} in view`).toBe(true);
});
