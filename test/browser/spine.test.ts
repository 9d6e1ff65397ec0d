// Issue 15's bugs, as a reader and an analyst meet them: every surface starts from the map's own
// view (resolved and clamped) and its own data (a pinned dataset too), and says the same thing.
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../src/components/cdm-briefing-bar';
import type { CdmBriefingBar } from '../../src/components/cdm-briefing-bar';
import type { CdmExportMenu } from '../../src/components/cdm-export-menu';
import type { CdmPresentation } from '../../src/components/cdm-presentation';
import { openPresentation } from '../../src/components/open-presentation';
import type { Dataset } from '../../src/lib/types';
import { ATLAS, countryNode, mapOf, part, readyExplorer, settle, showsWorld, sidebarText, unmountAll, until, zoomAtRest } from './explorer-helpers';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';

afterEach(() => {
  unmountAll();
  document.querySelectorAll('cdm-briefing-bar, cdm-presentation').forEach((e) => e.remove());
  vi.restoreAllMocks();
});

async function barFor(el: CyberDeclarationsMap): Promise<CdmExportMenu> {
  const bar = document.createElement('cdm-briefing-bar') as CdmBriefingBar;
  bar.target = el;
  document.body.append(bar);
  await bar.updateComplete;
  // The reader reaches for the tools: the bar reads the map's view then.
  const menu = bar.shadowRoot!.querySelector('cdm-export-menu') as CdmExportMenu;
  menu.dispatchEvent(new PointerEvent('pointerenter'));
  await menu.updateComplete;
  return menu;
}

async function svgTextOf(menu: CdmExportMenu): Promise<string> {
  const { blob } = await menu.exportBlob('svg');
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  return [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
}

describe('one view state', () => {
  test('a date outside the timeline is clamped once, and the export says the date the map shows', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2030-01-01' });
    expect(el.viewState.date).toBe('2022-12-31');
    const menu = await barFor(el);
    expect(menu.date).toBe('2022-12-31');
    const text = await svgTextOf(menu);
    expect(text).toContain('As of 31 Dec 2022');
    expect(text).not.toContain('2030');
  });

  test('the element resolves every raw value by one rule and says what it changed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await readyExplorer({ declaration: 'no-such', date: '2019-02-30', country: 'ZZZ', view: 'nope', display: 'chart' });
    // `with` and `from` belong to the compare and change views only (issue 19).
    expect(el.viewState).toEqual({ declaration: 'paris-call-2018', date: '2022-12-31', country: null, view: 'declaration', display: 'map', with: null, from: null });
    const said = warn.mock.calls.map((c) => String(c[0]));
    for (const bit of ['unknown declaration "no-such"', '"2019-02-30" is not a real day', 'unknown country "ZZZ"', 'unknown view "nope"', 'unknown display "chart"']) {
      expect(said.some((s) => s.includes(bit)), bit).toBe(true);
    }
  });

  test('the compare and change views resolve `with` and `from` by the same rule', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const compare = await readyExplorer({ declaration: 'dfi-2022', view: 'compare', with: 'dfi-2022' });
    expect(compare.viewState).toMatchObject({ view: 'compare', with: 'g7-2021', from: null });
    const change = await readyExplorer({ declaration: 'paris-call-2018', view: 'change', from: '2023-06-01', date: '2021-01-01' });
    expect(change.viewState).toMatchObject({ view: 'change', from: '2018-11-12', with: null });
    const said = warn.mock.calls.map((c) => String(c[0]));
    expect(said.some((s) => s.includes('cannot compare dfi-2022 with itself; showing g7-2021.'))).toBe(true);
    expect(said.some((s) => s.includes('the window cannot start (2023-06-01) after it ends (2021-01-01)'))).toBe(true);
    // Each says what is shown, once: no warning from before the data arrived ("showing null").
    expect(said.filter((s) => /showing null|starts on null/.test(s))).toEqual([]);
  });
});

describe('the element owns its data', () => {
  test('exports and presentation use the pinned dataset-version the map shows', async () => {
    const real = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
    const pinned: Dataset = {
      ...real,
      version: 'pinned-test',
      declarations: real.declarations.map((d) => (d.id === 'paris-call-2018' ? { ...d, title: 'PINNED TITLE OF THE PARIS CALL', shortName: 'Pinned Paris Call' } : d)),
    };
    const realFetch = window.fetch.bind(window);
    const asked: string[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      if (url.endsWith('/dataset.pinned-test.json')) return new Response(JSON.stringify(pinned), { status: 200 });
      return realFetch(input, init);
    });
    const wrap = document.createElement('div');
    const el = document.createElement('cyber-declarations-map');
    el.setAttribute('atlas-src', ATLAS);
    el.setAttribute('dataset-version', 'pinned-test');
    el.setAttribute('declaration', 'paris-call-2018');
    wrap.append(el);
    document.body.append(wrap);
    await until(() => countryNode(el, 'FRA'), 'the map to draw');
    await settle(el);
    expect(el.data?.version).toBe('pinned-test');
    const menu = await barFor(el);
    expect(await svgTextOf(menu)).toContain('PINNED TITLE OF THE PARIS CALL');
    const p = openPresentation(el, { declaration: 'paris-call-2018', date: '2019-01-01' }) as CdmPresentation;
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('h1')?.textContent).toContain('Pinned Paris Call');
    p.close();
    // Nothing loaded the newest dataset behind the map's back.
    expect(asked.filter((u) => /\/dataset\.json$/.test(u))).toEqual([]);
    wrap.remove();
  });

  test('the export draws the part of the world the reader zoomed to, read from the map’s public `onScreen`', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    expect(el.onScreen.visible).toBeNull();
    expect(el.onScreen.width).toBeGreaterThan(400);
    (mapOf(el) as unknown as { zoomToCountry(iso3: string): void }).zoomToCountry('FRA');
    await zoomAtRest(el, (t) => !showsWorld(t), 'the zoom to France');
    const seen = el.onScreen.visible!;
    const [[x0, y0], [x1, y1]] = el.atlas!.countries.find((c) => c.id === 'FRA')!.bounds;
    expect(seen.w).toBeLessThan(el.atlas!.width / 2);
    expect(seen.x).toBeLessThan(x0);
    expect(seen.x + seen.w).toBeGreaterThan(x1);
    expect(seen.y).toBeLessThan(y0);
    expect(seen.y + seen.h).toBeGreaterThan(y1);
    const menu = await barFor(el);
    const { blob } = await menu.exportBlob('svg');
    const drawn = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').querySelector('svg.map')!;
    const box = drawn.getAttribute('viewBox')!.split(' ').map(Number);
    expect(box.map((n) => Math.round(n))).toEqual([seen.x, seen.y, seen.w, seen.h].map((n) => Math.round(n)));
  });

  test('two maps on one page share one request for each file', async () => {
    const realFetch = window.fetch.bind(window);
    const asked: string[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    });
    const wrap = document.createElement('div');
    for (const d of ['paris-call-2018', 'dfi-2022']) {
      const m = document.createElement('cyber-declarations-map');
      m.setAttribute('atlas-src', ATLAS);
      m.setAttribute('dataset-src', '/generated/dataset.json?shared-test');
      m.setAttribute('declaration', d);
      wrap.append(m);
    }
    document.body.append(wrap);
    const maps = [...wrap.querySelectorAll('cyber-declarations-map')];
    for (const m of maps) await until(() => countryNode(m, 'FRA'), 'both maps to draw');
    expect(asked.filter((u) => u.includes('shared-test'))).toHaveLength(1);
    expect(asked.filter((u) => u.endsWith('/generated/atlas.json'))).toHaveLength(1);
    wrap.remove();
  });
});

describe('one view model', () => {
  test('the "all declarations" view does not show the last picked declaration in the sidebar', async () => {
    const el = await readyExplorer({ declaration: 'g7-2021', date: '2022-12-31' });
    expect(sidebarText(el)).toContain('G7 Digital and Technology Ministers');
    el.setAttribute('view', 'all');
    await settle(el);
    const text = sidebarText(el);
    expect(text).toContain('5 declarations as of 31 Dec 2022');
    expect(text).toContain('20 of 20 members adopted');
    expect(text).toContain('64 endorsed');
    expect(text).not.toContain('Ministerial Declaration, G7 Digital');
  });

  test('the explorer, the presentation and the export list the same legend entries', async () => {
    // At the end of 2022 no Paris Call date is uncertain any more: the entry stays, with 0.
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2022-12-31' });
    const explorer = [...part(el, 'cdm-legend')!.shadowRoot!.querySelectorAll('button[data-value]')].map((b) => b.querySelector('.label')!.textContent!.trim());
    const menu = await barFor(el);
    const exported = (await svgTextOf(menu)).match(/[A-Z][a-z ]+ \(\d+\)/g)!.map((t) => t.replace(/ \(\d+\)$/, ''));
    const p = openPresentation(el, { declaration: 'paris-call-2018', date: '2022-12-31' }) as CdmPresentation;
    await p.updateComplete;
    const legend = p.shadowRoot!.querySelector('cdm-legend')!;
    await (legend as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const presented = [...legend.shadowRoot!.querySelectorAll('button[data-value]')].map((b) => b.querySelector('.label')!.textContent!.trim());
    p.close();
    expect(explorer).toEqual(['Signed', 'Date uncertain', 'Refused', 'Did not sign', 'No record']);
    expect(exported).toEqual(explorer);
    expect(presented).toEqual(explorer);
    expect(mapOf(el)).toBeTruthy();
  });
});

describe('events for what the reader does', () => {
  test('switching to all declarations and to the table fires cdm-view-change; the host setting them does not', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    const got: unknown[] = [];
    el.addEventListener('cdm-view-change', (e) => got.push((e as CustomEvent).detail));
    el.setAttribute('view', 'all');
    await settle(el);
    el.setAttribute('view', 'declaration');
    await settle(el);
    expect(got).toEqual([]);
    const toggle = part(el, '.display-toggle')!;
    (toggle.querySelectorAll('button')[1] as HTMLButtonElement).click();
    await settle(el);
    expect(got).toEqual([{ view: 'declaration', display: 'table' }]);
  });
});
