// Issue 7, keyboard: the map is one tab stop; arrow keys visit every country of the declaration in
// alphabetical order, each announced in the polite live region as
// "<Country>: <Declaration>, <status>, <date>"; Enter opens the record, Escape returns. Real keys.
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CdmMap } from '../../src/components/cdm-map';
import { statusWords } from '../../src/lib/status-words';
import type { Status } from '../../src/lib/types';
import { TYPEAHEAD_MS } from '../../src/lib/typeahead';
import { countryNode, mapOf, part, readyExplorer, settle, showsWorld, sidebarText, unmountAll, until, zoomAtRest } from './explorer-helpers';

afterEach(() => unmountAll());

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('keyboard-only walk across the map', () => {
  test('Tab reaches the map once; arrows visit every country in name order with an announcement each', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    const live = map.shadowRoot.querySelector('[role="status"][aria-live="polite"]')!;

    // Tab from the search box into the map: one stop, and the next Tab leaves the countries.
    const search = part(el, 'cdm-country-search')!.shadowRoot!.querySelector<HTMLElement>('input')!;
    search.focus();
    let tabs = 0;
    while (deepActive() !== viewport && tabs < 30) {
      await userEvent.keyboard('{Tab}');
      tabs++;
    }
    expect(deepActive(), 'Tab reaches the map').toBe(viewport);
    expect(viewport.getAttribute('aria-label')).toMatch(/^Map: /);

    // Every drawn country, in the order of its name.
    const drawn = new Set([...map.shadowRoot.querySelectorAll('[data-country]')].map((n) => n.getAttribute('data-country')!));
    const names = new Map([...drawn].map((iso3) => [iso3, map.countryName(iso3)]));
    const collator = new Intl.Collator('en');
    const expectedOrder = [...drawn].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
    expect(expectedOrder.length).toBeGreaterThanOrEqual(197);

    const visited: string[] = [];
    const badAnnouncements: string[] = [];
    for (let i = 0; i < expectedOrder.length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await map.updateComplete;
      const iso3 = map.focusedCountry!;
      visited.push(iso3);
      const status = countryNode(el, iso3)!.getAttribute('data-status') as Status;
      const text = live.textContent!.trim();
      // "<Country>: Paris Call, <status words>[, <date text>]"
      const start = `${names.get(iso3)}: Paris Call, ${statusWords(status)}`;
      const dated = status === 'signed' || status === 'uncertain';
      // Not signing carries the source's own words and who used them: "…, on 12 Nov 2018 (“…”, ZDNet)".
      const sourced = status === 'refused' || status === 'not-signed';
      const ok =
        text.startsWith(start) &&
        (dated ? /, (on|on or before|in|listed by) .*\d{4}$/.test(text) : sourced ? /, on \d+ \w+ \d{4} \(.+, .+\)$/.test(text) : text === start);
      if (!ok) badAnnouncements.push(`${iso3} [${status}]: ${text}`);
    }
    expect(visited).toEqual(expectedOrder);
    expect(badAnnouncements).toEqual([]);
    expect(deepActive(), 'focus stayed on the map for the whole walk').toBe(viewport);

    // Wraps around, and back.
    await userEvent.keyboard('{ArrowRight}');
    expect(map.focusedCountry).toBe(expectedOrder[0]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(map.focusedCountry).toBe(expectedOrder.at(-1));

    // The next Tab leaves the map's countries.
    await userEvent.keyboard('{Tab}');
    expect(deepActive()).not.toBe(viewport);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActive()).toBe(viewport);
  });

  test('type-ahead (spaces included) and announcements with the date and its precision (Malta, the United States, Albania)', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    map.shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    const say = async (typed: string) => {
      // Kept on purpose: the map reads the keys' own timestamps, so only a real pause longer
      // than TYPEAHEAD_MS ends one type-ahead prefix and starts the next.
      await new Promise((r) => setTimeout(r, TYPEAHEAD_MS + 50));
      await userEvent.keyboard(typed);
      await map.updateComplete;
      return live.textContent!.trim();
    };
    expect(await say('malt')).toBe('Malta: Paris Call, signed, on 12 Nov 2018');
    // A space mid-name is part of the name, not Enter.
    expect(await say('united s')).toBe('United States: Paris Call, refused, on 12 Nov 2018 (“have refused to sign”, CircleID)');
    expect(el.country).toBeNull();
    expect(await say('alba')).toBe('Albania: Paris Call, signed, on or before 16 Sep 2019');
  });

  test('Enter opens the record of the focused country, Escape returns to the declaration', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    await userEvent.keyboard('{Home}');
    expect(map.focusedCountry).toBe('AFG');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await map.updateComplete;
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    const onIt = live.textContent!.trim();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const chosen = map.focusedCountry!;
    // The focus stays on the map: what Enter did is said.
    expect(live.textContent!.trim()).toBe(`${onIt}. Record open.`);
    expect(el.country).toBe(chosen);
    expect(countryNode(el, chosen)!.hasAttribute('data-selected')).toBe(true);
    expect(sidebarText(el)).toContain(map.countryName(chosen));
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.country).toBeNull();
    expect(map.shadowRoot.querySelector('[data-selected]')).toBeNull();
    expect(sidebarText(el)).toMatch(/Paris Call/);
    expect(deepActive()).toBe(viewport);
    expect(live.textContent!.trim()).toBe(`${onIt}. Record closed.`);
  });

  test('Escape that closes the record of a state the cursor has left says so (it said nothing)', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    map.shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    await userEvent.keyboard('{Home}{Enter}');
    await settle(el);
    expect(el.country).toBe('AFG');
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    const onNext = live.textContent!.trim();
    expect(onNext).not.toMatch(/Record/);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.country).toBeNull();
    expect(live.textContent!.trim()).toBe(`${onNext}. Record closed.`);
    // The next key says only where the cursor is.
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    expect(live.textContent!.trim()).not.toMatch(/Record/);
  });

  test('in a record, Escape closes it, as on the map (the article layout, where Enter moves focus into the record)', async () => {
    for (const layout of ['article', 'explorer']) {
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', layout });
      mapOf(el).shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
      await userEvent.keyboard('France{Enter}');
      await settle(el);
      expect(el.country, layout).toBe('FRA');
      // Where the keyboard is now (the record's heading in the article layout, the map beside it).
      part(el, 'cdm-sidebar')!.shadowRoot!.querySelector<HTMLElement>('.country h2')!.focus();
      await userEvent.keyboard('{Escape}');
      await settle(el);
      expect(el.country, layout).toBeNull();
      unmountAll();
    }
  });

  /**
   * In a column as narrow as an article's on a phone (the record opens under the map, with the
   * focus): the map's keyboard types `name`, Enter opens its record, Escape there closes it.
   * Returns what the map's live region said on the state before Enter.
   */
  async function roundTripThroughRecord(name: string, iso3: string) {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', layout: 'article' }, 400);
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    viewport.focus();
    await userEvent.keyboard(name);
    await map.updateComplete;
    const onIt = live.textContent!.trim();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.country).toBe(iso3);
    await expect.poll(() => deepActive()?.localName).toBe('h2'); // the record's heading
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.country).toBeNull();
    await expect.poll(() => deepActive()).toBe(viewport);
    return { el, map, viewport, live, onIt };
  }

  test('the article layout: back on the map from a record (Escape), the arrows go on from that state, not from Afghanistan', async () => {
    const { map } = await roundTripThroughRecord('France', 'FRA');
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    expect(map.shadowRoot.querySelector('[role="status"]')!.textContent!.trim()).toMatch(/^Gabon:/);
  });

  test('the article layout: back on the map from a record (Escape), the map says where the cursor is and that the record closed (it said nothing)', async () => {
    const { map, live, onIt: onFrance } = await roundTripThroughRecord('France', 'FRA');
    expect(onFrance).toMatch(/^France: /);
    await map.updateComplete;
    expect(map.focusedCountry).toBe('FRA');
    expect(live.textContent!.trim()).toBe(`${onFrance}. Record closed.`);
  });

  test('the article layout: a record the mouse opened, after the keyboard had left that state, closes without bringing the old cursor back (found by a tester)', async () => {
    const { el, map, viewport } = await roundTripThroughRecord('Brazil', 'BRA');
    await expect.poll(() => map.focusedCountry).toBe('BRA');
    // The mouse now: a click on Brazil, then the record's close button.
    await userEvent.click(countryNode(el, 'BRA')!, { force: true });
    await settle(el);
    expect(el.country).toBe('BRA');
    await expect.poll(() => deepActive()?.localName).toBe('h2');
    await userEvent.click(part(el, 'cdm-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!);
    await settle(el);
    expect(el.country).toBeNull();
    await expect.poll(() => deepActive()).toBe(viewport);
    expect(map.focusedCountry).toBeNull();
    expect(map.shadowRoot.querySelector('[role="status"]')!.textContent!.trim()).toBe('');
  });

  test('the article layout: a record opened by a tap and closed by its button gives the map the focus without a keyboard cursor', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', layout: 'article' }, 400);
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    el.country = 'FRA';
    await settle(el);
    part(el, 'cdm-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await settle(el);
    expect(el.country).toBeNull();
    await expect.poll(() => deepActive()).toBe(map.shadowRoot.querySelector('.viewport'));
    expect(map.focusedCountry).toBeNull();
    expect(map.shadowRoot.querySelector('[role="status"]')!.textContent!.trim()).toBe('');
  });

  test("the keyboard stays in place when the button it pressed goes away (a record's close button, a launch notice)", async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'FRA' });
    await settle(el);
    const sidebar = part(el, 'cdm-sidebar')!;
    sidebar.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.country).toBeNull();
    await expect.poll(() => `${deepActive()?.localName} ${deepActive()?.className} ${deepActive()?.textContent}`).toMatch(/Paris Call/);
    expect(deepActive()?.localName).toBe('h2');

    el.declaration = 'joint-statement-2019';
    el.date = '2018-01-01';
    await settle(el);
    const jump = el.shadowRoot!.querySelector<HTMLButtonElement>('.not-launched button')!;
    jump.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.date).toBe('2019-09-23');
    await expect.poll(() => deepActive()?.classList.contains('viewport')).toBe(true);
  });

  test('every Tab stop in the explorer shows a visible focus indicator', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'USA' });
    const start = document.createElement('button');
    start.textContent = 'before';
    el.parentElement!.prepend(start);
    start.focus();
    const insideEl = (n: Node): boolean => {
      for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) if (x === el) return true;
      return false;
    };
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 80; i++) {
      await userEvent.keyboard('{Tab}');
      const a = deepActive();
      if (!a || !insideEl(a)) {
        if (stops.length) break;
        continue;
      }
      const host = (a.getRootNode() as ShadowRoot).host;
      const name = `${host?.tagName.toLowerCase()} ${a.tagName.toLowerCase()}${a.getAttribute('aria-label') ? `[${a.getAttribute('aria-label')}]` : ''}`;
      stops.push(name);
      const s = getComputedStyle(a);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const ring = s.boxShadow !== 'none';
      if (!outline && !ring) invisible.push(name);
    }
    expect(stops.length).toBeGreaterThan(8);
    expect(invisible).toEqual([]);
    // The map's countries are one stop.
    expect(stops.filter((n) => n.startsWith('cdm-map div')).length).toBe(1);
  });

  test('the map’s focus ring stays visible on top of the drawing, zoomed in too', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    const map = mapOf(el);
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    // Reached by the keyboard (Tab away and back), then zoomed in with +, as a keyboard reader does.
    viewport.focus();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActive()).toBe(viewport);
    await userEvent.keyboard('++');
    await zoomAtRest(el, (t) => !showsWorld(t), 'the keyboard zoom');
    // The theme's focus colour, as a canvas reads it.
    const probe = new OffscreenCanvas(1, 1).getContext('2d')!;
    probe.fillStyle = getComputedStyle(viewport).getPropertyValue('--cdm-focus').trim() || '#b8570b';
    probe.fillRect(0, 0, 1, 1);
    const ring = [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    // The pixels just inside the map's edges, at the middle of each side, show the ring's colour.
    const base64 = await page.screenshot({ element: viewport, save: false });
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { width: w, height: h } = image;
    const off: string[] = [];
    for (const [side, x, y] of [['top', w / 2, 1], ['bottom', w / 2, h - 2], ['left', 1, h / 2], ['right', w - 2, h / 2]] as const) {
      const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      if (Math.abs(r! - ring[0]!) + Math.abs(g! - ring[1]!) + Math.abs(b! - ring[2]!) > 40) off.push(`${side}: rgb(${r}, ${g}, ${b})`);
    }
    expect(off, `the ring is rgb(${ring.join(', ')})`).toEqual([]);
  });
});

describe('the search box at 400 % zoom (found by a tester)', () => {
  test('arrowing down the matches keeps the active one on the screen (320 x 256)', async () => {
    await page.viewport(320, 256);
    try {
      const el = await readyExplorer({ declaration: 'paris-call-2018' }, 320);
      const search = part(el, 'cdm-country-search')!.shadowRoot!;
      const box = search.querySelector<HTMLInputElement>('input')!;
      box.focus();
      await userEvent.keyboard('Uni');
      const off: string[] = [];
      for (let i = 0; i < 6; i++) {
        await userEvent.keyboard('{ArrowDown}');
        const active = search.querySelector('[aria-selected="true"]')!;
        const r = active.getBoundingClientRect();
        if (r.top < -1 || r.bottom > innerHeight + 1) off.push(`${active.textContent!.trim()}: ${Math.round(r.top)}..${Math.round(r.bottom)}`);
      }
      expect(off).toEqual([]);
    } finally {
      await page.viewport(1280, 900);
    }
  });
});

describe('choosing a state in the search says what it chose (it said only the name)', () => {
  const said = (el: HTMLElement) =>
    [...part(el, 'cdm-country-search')!.shadowRoot!.querySelectorAll('[role="status"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');

  test("Enter on a match: its status on the map, as the map's cursor says it, and that its record opened", async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    part(el, 'cdm-country-search')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await userEvent.keyboard('Fran{Enter}');
    await settle(el);
    expect(el.country).toBe('FRA');
    expect(said(el)).toBe(`France: ${map.describe('FRA')}. Record open.`);
    expect(said(el)).toMatch(/^France: Paris Call, signed/);
    // The name carries its language (the page's), like the map's.
    expect(part(el, 'cdm-country-search')!.shadowRoot!.querySelector('[role="status"] [lang]')?.textContent).toBe('France');
    // Typing again starts afresh: nothing stale is left to read.
    await userEvent.keyboard('{Backspace}');
    expect(said(el)).toBe('');
  });

  test('where the element shows no record (controls without the sidebar), it does not say one opened', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', controls: 'search legend' });
    part(el, 'cdm-country-search')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await userEvent.keyboard('Fran{Enter}');
    await settle(el);
    expect(said(el)).toMatch(/^France: Paris Call, signed[^]*[^.]\.$/);
    expect(said(el)).not.toMatch(/Record/);
  });
});

describe('the keyboard cursor says which state it is on (found by a tester)', () => {
  test('arrowing or typing onto a state shows its name and status beside it, as hovering does', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    map.shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    for (const [typed, iso3, name] of [['malt', 'MLT', 'Malta'], ['{ArrowRight}', null, null]] as const) {
      await userEvent.keyboard(typed);
      await map.updateComplete;
      const at = iso3 ?? map.focusedCountry!;
      const tip = map.shadowRoot.querySelector<HTMLElement>('[part="tooltip"]');
      expect(tip, `a tooltip for ${at}`).not.toBeNull();
      expect(tip!.querySelector('strong')!.textContent).toBe(name ?? map.countryName(at));
      // Beside the state: the tooltip's box within 40 px of the state's shape.
      const shape = countryNode(el, at)!.getBoundingClientRect();
      const box = tip!.getBoundingClientRect();
      const gap = Math.max(0, box.left - shape.right, shape.left - box.right) + Math.max(0, box.top - shape.bottom, shape.top - box.bottom);
      expect(gap, `tooltip next to ${at}`).toBeLessThanOrEqual(40);
    }
    // Zooming moves the map from under it: it goes, and zoomed in (where each move pans the map)
    // none shows, rather than one left behind or pinned to a corner (found by a tester).
    await userEvent.keyboard('+');
    await until(() => !map.shadowRoot.querySelector('[part="tooltip"]'), 'the tooltip to go as the map zooms');
    // Zoomed in for real (the zoom's code loads on first use, then the map glides): a key pressed
    // before that is a key on the whole map, with its tooltip.
    const layer = map.shadowRoot.querySelector('.zoom-layer')!;
    await until(() => /scale\((?!1\))/.test(layer.getAttribute('transform') ?? ''), 'the map to zoom in');
    const before = map.focusedCountry;
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    expect(map.focusedCountry).not.toBe(before);
    expect(map.shadowRoot.querySelector('[part="tooltip"]')).toBeNull();
    await userEvent.keyboard('0');
    // Leaving the map takes it away.
    await userEvent.keyboard('{Tab}');
    await map.updateComplete;
    expect(map.shadowRoot.querySelector('[part="tooltip"]')).toBeNull();
  });
});
