// <cdm-map> on its own with the real compiled atlas: every state present, hit areas, attribute
// updates only, keyboard walk, selection events.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-map';
import { TYPEAHEAD_MS } from '../../src/lib/typeahead';
import type { CdmMap } from '../../src/components/cdm-map';
import type { CompiledAtlas } from '../../src/lib/types';
import countriesCsv from '../../data/countries.csv?raw';

const TABLE_ISO3 = countriesCsv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.slice(0, 3));

let atlas: CompiledAtlas;
beforeAll(async () => {
  const res = await fetch('/generated/atlas.json');
  atlas = (await res.json()) as CompiledAtlas;
});

let host: HTMLDivElement;
async function mount(width = 960): Promise<CdmMap> {
  host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const map = document.createElement('cdm-map');
  map.reducedMotion = true;
  map.atlas = atlas;
  map.countryName = (iso3) => ({ MLT: 'Malta', FRA: 'France', AFG: 'Afghanistan', ZWE: 'Zimbabwe' })[iso3] ?? iso3;
  host.append(map);
  await map.updateComplete;
  return map;
}
afterEach(() => host?.remove());

const q = (map: CdmMap, sel: string) => map.shadowRoot!.querySelectorAll<SVGElement>(sel);

describe('<cdm-map>', () => {
  test('every state of the country table is drawn with data-country', async () => {
    expect(TABLE_ISO3).toHaveLength(197);
    const map = await mount();
    const drawn = new Set([...q(map, '[data-country]')].map((n) => n.getAttribute('data-country')));
    const missing = TABLE_ISO3.filter((id) => !drawn.has(id));
    expect(missing).toEqual([]);
  });

  test('each marker offers a hit area of at least 8 x 8 CSS px at 960 px wide', async () => {
    const map = await mount(960);
    const svgWidth = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width;
    expect(svgWidth).toBeCloseTo(960, 0);
    const markers = [...q(map, 'g.marker')];
    expect(markers.length).toBeGreaterThan(20);
    for (const m of markers) {
      const r = m.querySelector('circle.hit')!.getBoundingClientRect();
      expect(r.width, m.getAttribute('data-country')!).toBeGreaterThanOrEqual(8);
      expect(r.height).toBeGreaterThanOrEqual(8);
    }
  });

  test('a category step changes only the attributes of countries whose category changed', async () => {
    const map = await mount();
    map.categories = new Map(atlas.countries.map((c) => [c.id, 'absent']));
    await map.updateComplete;
    const fra = q(map, '[data-country="FRA"]')[0]!;
    expect(fra.getAttribute('data-status')).toBe('absent');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(map.shadowRoot!, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
    const next = new Map(map.categories);
    next.set('FRA', 'signed');
    next.set('MLT', 'refused');
    map.categories = next;
    await map.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(new Set(records.map((r) => (r.target as Element).getAttribute('data-country')))).toEqual(new Set(['FRA', 'MLT']));
    expect(fra.getAttribute('data-status')).toBe('signed');
    // The refused pattern paints the shape: it resolves inside the shadow root.
    expect(getComputedStyle(q(map, '[data-country="MLT"] .dot')[0]!).fill).toMatch(/url\(.*cdm-map-\d+-pattern-refused/);
  });

  test('handing back an earlier categories map restores its colours (scrubbing back over a stretch)', async () => {
    const map = await mount();
    const before = new Map(atlas.countries.map((c) => [c.id, 'absent']));
    const after = new Map(before).set('FRA', 'signed').set('DEU', 'refused');
    const status = (id: string) => q(map, `[data-country="${id}"]`)[0]!.getAttribute('data-status');
    for (const [categories, fra, deu] of [[before, 'absent', 'absent'], [after, 'signed', 'refused'], [before, 'absent', 'absent'], [after, 'signed', 'refused']] as const) {
      map.categories = categories;
      await map.updateComplete;
      expect([status('FRA'), status('DEU')]).toEqual([fra, deu]);
    }
    map.categories = null;
    await map.updateComplete;
    expect(status('FRA')).toBeNull();
  });

  test('clicking a marker fires one cdm-country-select with its code', async () => {
    const map = await mount();
    const seen: (string | null)[] = [];
    document.addEventListener('cdm-country-select', (e) => seen.push((e as CustomEvent<{ country: string | null }>).detail.country), { once: true });
    await userEvent.click(q(map, 'g.marker[data-country="MLT"]')[0]!);
    expect(seen).toEqual(['MLT']);
  });

  test('keyboard: one tab stop, arrows walk in name order, Enter selects, Escape clears', async () => {
    const map = await mount();
    const events: (string | null)[] = [];
    map.addEventListener('cdm-country-select', (e) => events.push(e.detail.country));
    const viewport = map.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(map.focusedCountry).toBe('AFG');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Afghanistan');
    expect(q(map, '.ring.focus').length).toBe(1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(map.focusedCountry).toBe(map['order'].at(-1));
    await userEvent.keyboard('mal');
    expect(map.focusedCountry).toBe('MLT');
    await userEvent.keyboard('{Enter}');
    map.selected = 'MLT';
    await map.updateComplete;
    await userEvent.keyboard('{Escape}');
    expect(events).toEqual(['MLT', null]);
  });

  test('a tap (touch) selects the country and shows the same detail as hover', async () => {
    const map = await mount();
    map.describe = (iso3) => (iso3 === 'MLT' ? 'Paris Call, signed, on 12 Nov 2018' : '');
    const seen: (string | null)[] = [];
    map.addEventListener('cdm-country-select', (e) => seen.push(e.detail.country));
    const dot = q(map, 'g.marker[data-country="MLT"] .dot')[0]!;
    const r = dot.getBoundingClientRect();
    dot.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true, clientX: r.x + 2, clientY: r.y + 2 }));
    await map.updateComplete;
    expect(seen).toEqual(['MLT']);
    expect(map.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).toMatch(/Malta\s*Paris Call, signed, on 12 Nov 2018/);
  });

  test('hovering with a mouse shows a tooltip with name and status', async () => {
    const map = await mount();
    map.describe = () => 'Paris Call, signed, on 12 Nov 2018';
    await userEvent.hover(q(map, '[data-country="AFG"]')[0]!);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).toMatch(/Afghanistan\s*Paris Call, signed/);
  });

  test('zoom buttons zoom, strokes do not grow; selecting a country keeps the world, zoomToCountry zooms', async () => {
    const map = await mount();
    const layer = map.shadowRoot!.querySelector('g.zoom-layer')!;
    const fra = q(map, '[data-country="FRA"]')[0]!;
    const stroke = getComputedStyle(fra).strokeWidth;
    await userEvent.click(map.shadowRoot!.querySelector('button[aria-label="Zoom in"]')!);
    // At once with reduced motion, once the zoom's chunk is there (it loads after the first map).
    await expect.poll(() => layer.getAttribute('transform')).toMatch(/scale\(2\)/);
    expect(getComputedStyle(fra).vectorEffect).toBe('non-scaling-stroke');
    expect(getComputedStyle(fra).strokeWidth).toBe(stroke);
    // Markers keep their size on screen when zoomed.
    expect(q(map, 'g.marker[data-country="MLT"] circle.hit')[0]!.getBoundingClientRect().width).toBeCloseTo(14, 0);
    await userEvent.click(map.shadowRoot!.querySelector('button[aria-label="Show the whole world"]')!);
    await expect.poll(() => layer.getAttribute('transform')).toMatch(/scale\(1\)/);
    map.selected = 'MLT';
    await map.updateComplete;
    expect(layer.getAttribute('transform')).toMatch(/scale\(1\)/);
    map.zoomToCountry('MLT');
    // The end of the glide (d3 sets the exact target transform on its last frame).
    await expect.poll(() => layer.getAttribute('transform')).toMatch(/scale\(8\)/);
    const r = q(map, 'g.marker[data-country="MLT"]')[0]!.getBoundingClientRect();
    const frame = map.getBoundingClientRect();
    expect(Math.abs(r.x + r.width / 2 - (frame.x + frame.width / 2))).toBeLessThan(5);
  });

  test('type-ahead works whatever the page language tag ("en_US" is not BCP 47)', async () => {
    const map = await mount();
    map.locale = 'en_US';
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    map.shadowRoot!.querySelector<HTMLElement>('.viewport')!.focus();
    await userEvent.keyboard('fra');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(map.focusedCountry).toBe('FRA');
  });

  test('the same letter again after a pause moves on to the next country with it, as in a listbox', async () => {
    const map = await mount();
    map.countryName = (iso3) => ({ UGA: 'Uganda', UKR: 'Ukraine', ARE: 'United Arab Emirates', FRA: 'France' })[iso3] ?? iso3;
    await map.updateComplete;
    map.shadowRoot!.querySelector<HTMLElement>('.viewport')!.focus();
    // Kept on purpose: the pause is what is tested. The map reads the keys' own timestamps, so
    // only real time longer than TYPEAHEAD_MS apart ends a prefix (fake timers cannot move them).
    const pause = () => new Promise((r) => setTimeout(r, TYPEAHEAD_MS + 50));
    await userEvent.keyboard('u');
    expect(map.focusedCountry).toBe('UGA');
    await pause();
    await userEvent.keyboard('u');
    expect(map.focusedCountry).toBe('UKR');
    await pause();
    await userEvent.keyboard('u');
    expect(map.focusedCountry).toBe('ARE');
    // Typed on quickly, letters still spell a prefix.
    await pause();
    await userEvent.keyboard('fr');
    expect(map.focusedCountry).toBe('FRA');
  });
});

// QA: near the bottom of the map the tooltip went below the frame, which clips it (on a phone
// only the country's name showed). It flips above the pointer and stays inside the frame.
describe('<cdm-map> tooltip placement', () => {
  const LONG = 'Paris Call, signed on or before 16 Sep 2019 (listed by that date, exact day unknown)';
  const frameOf = (map: CdmMap) => map.shadowRoot!.querySelector('[part="frame"]')!.getBoundingClientRect();
  const tipOf = (map: CdmMap) => map.shadowRoot!.querySelector('[part="tooltip"]')?.getBoundingClientRect() ?? null;
  /** Waits for the tooltip to be drawn and measured (its size arrives with a ResizeObserver). */
  const settled = async (map: CdmMap) => {
    await map.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await map.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  };
  const expectInside = (map: CdmMap, what: string) => {
    const f = frameOf(map);
    const t = tipOf(map);
    expect(t, what).not.toBeNull();
    expect(t!.top, what).toBeGreaterThanOrEqual(f.top);
    expect(t!.bottom, what).toBeLessThanOrEqual(f.bottom);
    expect(t!.left, what).toBeGreaterThanOrEqual(f.left);
    expect(t!.right, what).toBeLessThanOrEqual(f.right);
  };

  test('hovering near the bottom and right edges keeps the whole tooltip inside the frame', async () => {
    const map = await mount(960);
    map.describe = () => LONG;
    const f = frameOf(map);
    for (const [iso3, fx, fy] of [['ARG', 0.5, 0.97], ['CHL', 0.5, 0.97], ['NZL', 0.9, 0.9], ['RUS', 0.98, 0.05], ['AFG', 0.5, 0.5]] as const) {
      const node = q(map, `[data-country="${iso3}"]`)[0]!;
      const r = node.getBoundingClientRect();
      const x = Math.min(r.left + r.width * fx, f.right - 2);
      const y = Math.min(r.top + r.height * fy, f.bottom - 2);
      node.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true, composed: true, clientX: x, clientY: y }));
      await settled(map);
      expectInside(map, iso3);
      // Below the pointer where there is room, above it where there is not.
      const t = tipOf(map)!;
      if (y + 14 + t.height <= f.bottom - 4) expect(t.top, iso3).toBeGreaterThan(y);
      else expect(t.bottom, iso3).toBeLessThan(y);
    }
  });

  test('on a host page zoomed with CSS (body { zoom: 1.25 }) the tooltip still sits beside the pointer', async () => {
    const map = await mount(700);
    host.style.zoom = '1.25';
    await settled(map);
    const node = q(map, '[data-country="AFG"]')[0]!;
    const r = node.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    node.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true, composed: true, clientX: x, clientY: y }));
    await settled(map);
    const t = tipOf(map)!;
    // 12 px right of and 14 px below the pointer, in the page's zoomed pixels: 15 and 17.5.
    expect(t.left - x).toBeCloseTo(15, 0);
    expect(t.top - y).toBeCloseTo(17.5, 0);
    expectInside(map, 'AFG');
  });

  test('on a phone a tap on Brazil or Australia shows the whole tooltip; a tap on the sea or elsewhere hides it', async () => {
    const map = await mount(351);
    map.describe = () => LONG;
    const outside = document.createElement('button');
    outside.textContent = 'Another control';
    host.append(outside);
    const viewport = map.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const tap = (target: Element, x: number, y: number) =>
      target.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true, clientX: x, clientY: y }));
    for (const iso3 of ['BRA', 'AUS']) {
      const node = q(map, `[data-country="${iso3}"]`)[0]!;
      const r = node.getBoundingClientRect();
      viewport.focus(); // a tap on the map focuses it
      tap(node, r.left + r.width / 2, r.top + r.height / 2);
      await settled(map);
      expect(map.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).toContain(LONG);
      expectInside(map, iso3);
    }
    // A tap on the sea.
    const sea = map.shadowRoot!.querySelector('.sphere')!;
    const f = frameOf(map);
    tap(sea, f.left + 3, f.top + 3);
    await settled(map);
    expect(tipOf(map)).toBeNull();
    // A tap on another control: the map loses focus and the tooltip goes.
    const aus = q(map, '[data-country="AUS"]')[0]!.getBoundingClientRect();
    viewport.focus();
    tap(q(map, '[data-country="AUS"]')[0]!, aus.left + aus.width / 2, aus.top + aus.height / 2);
    await settled(map);
    expect(tipOf(map)).not.toBeNull();
    await userEvent.click(outside);
    await settled(map);
    expect(tipOf(map)).toBeNull();
  });
});
