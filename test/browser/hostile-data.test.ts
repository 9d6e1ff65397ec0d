// Issue 7, hostile data: a dataset whose names, titles, quotes, notes and sources carry markup and
// script payloads (test/fixtures/hostile/) renders them as inert text in every view; no payload
// runs, no markup from data becomes an element, and every link in the element tree is http(s).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-data-table';
import type { CdmDataTable } from '../../src/components/cdm-data-table';
import { openPresentation } from '../../src/components/open-presentation';
import { createCountryNamer } from '../../src/lib/country-names';
import { indexDataset } from '../../src/lib/dataset-index';
import type { Dataset } from '../../src/lib/types';
import { countryNode, mapOf, part, readyExplorer, settle, showsWorld, unmountAll, until, zoomAtRest } from './explorer-helpers';
import { INJECTED_HANDLER_GRACE_MS } from './grace';
import { catchEscapes, type Escapes } from './robustness-helpers';

const HOSTILE = '/test/fixtures/hostile/dataset.json';
const FLAG = '__cdmPwned';
const flag = () => (window as unknown as Record<string, unknown>)[FLAG];

let escapes: Escapes;
beforeEach(() => {
  delete (window as unknown as Record<string, unknown>)[FLAG];
  escapes = catchEscapes();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  unmountAll();
  document.querySelectorAll('body > cdm-presentation, body > cdm-data-table').forEach((n) => n.remove());
  escapes.stop();
  vi.restoreAllMocks();
});

/** Every element under `root`, through open shadow roots. */
function deep(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const n of root.querySelectorAll('*')) {
    out.push(n);
    if (n.shadowRoot) out.push(...deep(n.shadowRoot));
  }
  return out;
}
function deepText(root: ParentNode): string {
  return deep(root)
    .map((e) => [...e.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join(''))
    .join(' ');
}

/** What would make the tree unsafe: elements that run or load things, handlers, non-http(s) links. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const e of deep(root)) {
    const tag = e.tagName.toLowerCase();
    if (['img', 'script', 'iframe', 'object', 'embed', 'b', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
    for (const a of e.getAttributeNames()) if (/^on/i.test(a)) found.push(`${tag}[${a}]`);
    const href = e.getAttribute('href') ?? e.getAttribute('xlink:href');
    if (href !== null && tag === 'a') {
      const protocol = new URL(href, location.href).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') found.push(`a[href=${href}]`);
    }
  }
  return found;
}

describe('hostile dataset', () => {
  test('the payloads are live: parsed as HTML they run and the checks see them', async () => {
    const dataset = (await (await fetch(HOSTILE)).json()) as Dataset;
    const div = document.createElement('div');
    div.innerHTML = `${dataset.countries[0]!.name}<a href="${dataset.sources[0]!.url}">x</a>`;
    document.body.append(div);
    await until(() => flag(), 'the onerror payload to run');
    expect(flag()).toBe('name-FRA');
    expect(dangers(div.parentElement!).filter((d) => d.startsWith('<img') || d.startsWith('a[href=javascript'))).toHaveLength(2);
    div.remove();
  });

  test('every view of the explorer shows the payloads as text and runs none of them', async () => {
    const el = await readyExplorer({ 'dataset-src': HOSTILE, declaration: 'paris-call-2018', date: '2022-12-31' });
    const states: Array<Record<string, string | null>> = [
      {},
      { country: 'FRA' },
      { country: 'USA' },
      { country: 'MLT' },
      { country: 'XKX' },
      { declaration: 'joint-statement-2019', country: 'MLT' },
      { declaration: 'g7-2021', country: 'JPN' },
      { view: 'all', country: null },
      { view: null, declaration: 'dfi-2022', date: '2020-01-01' },
    ];
    const seenLinks = new Set<string>();
    for (const s of states) {
      for (const [k, v] of Object.entries(s)) v === null ? el.removeAttribute(k) : el.setAttribute(k, v);
      await settle(el);
      expect(dangers(el.shadowRoot!), JSON.stringify(s)).toEqual([]);
      for (const a of deep(el.shadowRoot!).filter((e) => e.tagName === 'A')) seenLinks.add((a as HTMLAnchorElement).href);
    }
    // Text payloads reached the page as text.
    el.setAttribute('country', 'FRA');
    el.setAttribute('date', '2022-12-31');
    await settle(el);
    const text = deepText(el.shadowRoot!);
    expect(text).toContain(`name-FRA <img src=x onerror="window.${FLAG}='name-FRA'">`);
    expect(text).toMatch(/quote-paris-call-2018 <img src=x/);
    expect(text).toMatch(/source-title-\d <img src=x/);
    // The only linkable URL in the fixture is the one https source.
    expect([...seenLinks]).toEqual(['https://example.org/source']);

    // The tooltip (hover) and the search list carry names too.
    el.removeAttribute('country');
    await settle(el);
    (mapOf(el) as unknown as { resetZoom(): void }).resetZoom();
    await zoomAtRest(el, showsWorld, 'the zoom glide back to the world');
    await userEvent.hover(countryNode(el, 'DEU')!);
    await until(() => mapOf(el).shadowRoot.querySelector('.tooltip'), 'the tooltip');
    expect(mapOf(el).shadowRoot.querySelector('.tooltip')!.textContent).toContain('<img src=x');
    const input = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
    await userEvent.fill(input, 'name');
    await settle(el);
    expect(part(el, 'cdm-country-search')!.shadowRoot!.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    // Keyboard announcements.
    const viewport = mapOf(el).shadowRoot.querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    await userEvent.keyboard('name');
    await settle(el);
    expect(mapOf(el).shadowRoot.querySelector('[role="status"]')!.textContent).toMatch(/^name-\w+ <img/);

    expect(dangers(el.shadowRoot!)).toEqual([]);
    // Kept on purpose (see grace.ts): a handler that was injected would have fired by now.
    await new Promise((r) => setTimeout(r, INJECTED_HANDLER_GRACE_MS));
    expect(flag()).toBeUndefined();
    expect(escapes.errors).toEqual([]);
  });

  test('the data table shows the payloads as text with no unsafe link', async () => {
    const dataset = (await (await fetch(HOSTILE)).json()) as Dataset;
    const table = document.createElement('cdm-data-table') as CdmDataTable;
    Object.assign(table, { index: indexDataset(dataset), countryName: createCountryNamer(dataset.countries), declarationId: 'paris-call-2018', date: '2022-12-31' });
    document.body.append(table);
    await table.updateComplete;
    expect(table.shadowRoot!.textContent).toContain('name-FRA <img');
    expect(dangers(table.shadowRoot!)).toEqual([]);
    table.mode = 'all';
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('caption')!.textContent).not.toMatch(/<img/);
    expect(dangers(table.shadowRoot!)).toEqual([]);
    expect(flag()).toBeUndefined();
  });

  test('presentation mode from a hostile map stays inert', async () => {
    const el = await readyExplorer({ 'dataset-src': HOSTILE, declaration: 'paris-call-2018', date: '2022-12-31' });
    const pres = openPresentation(el, { declaration: 'paris-call-2018', date: '2022-12-31' });
    await until(() => pres.shadowRoot?.querySelector('cdm-slide-map')?.shadowRoot?.querySelector('[data-country="FRA"]'), 'the presentation map');
    await pres.updateComplete;
    await userEvent.keyboard('{PageDown}{PageDown}');
    await settle(el);
    expect(dangers(pres.shadowRoot!)).toEqual([]);
    expect(flag()).toBeUndefined();
    pres.close();
    expect(escapes.errors).toEqual([]);
  });
});
