// Issue 8, "make it fast", as behaviour (never as times): the first map waits for nothing else, the
// rest follows, and a timeline step leaves the date-free parts of the page alone.
import { afterEach, describe, expect, test } from 'vitest';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { countryNode, mapOf, mountExplorer, part, readyExplorer, settle, sidebarText, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

const timelineOf = (el: CyberDeclarationsMap) => part(el, 'cdm-timeline') as (HTMLElement & { shadowRoot: ShadowRoot }) | null;
const sidebarOf = (el: CyberDeclarationsMap) => part(el, 'cdm-sidebar') as HTMLElement & { shadowRoot: ShadowRoot };
/** The timeline's marks; none while the timeline waits for the first map to be painted. */
const marks = (el: CyberDeclarationsMap) => [...(timelineOf(el)?.shadowRoot.querySelectorAll('[part~="mark"]') ?? [])];
const quotes = (el: CyberDeclarationsMap) => [...sidebarOf(el).shadowRoot.querySelectorAll('[part="quote"]')];

async function setDate(el: CyberDeclarationsMap, date: string): Promise<void> {
  el.date = date;
  await settle(el);
}

describe('first map, then the rest', () => {
  test('once updateComplete settles, the timeline has its stops and the sidebar its declaration', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    await settle(el);
    expect(marks(el).length).toBeGreaterThan(5);
    expect(sidebarText(el)).toContain('How many signed');
    expect(quotes(el).length).toBeGreaterThan(0);
  });

  test('an element removed as soon as its map is drawn settles, and shows everything when put back', async () => {
    const el = mountExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const wrap = el.parentElement!;
    await until(() => countryNode(el, 'FRA')?.hasAttribute('data-status'), 'the first map');
    wrap.remove();
    await el.updateComplete; // resolves: no deferral left waiting for a frame
    document.body.append(wrap);
    await until(() => marks(el).length > 5 && sidebarText(el).includes('How many signed'), 'the timeline and sidebar after re-adding');
    wrap.remove();
  });
});

describe('a timeline step touches only what depends on the date', () => {
  test('between two changes the map keeps the same status table; across a change it gets a new one', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2021-11-01' });
    const map = mapOf(el) as HTMLElement & { categories: unknown };
    const before = map.categories;
    await setDate(el, '2021-11-09');
    expect(map.categories).toBe(before);
    await setDate(el, '2021-11-10'); // the United States joined
    expect(map.categories).not.toBe(before);
  });

  test('DOM writes of a step stay in the sidebar\'s counts and the timeline\'s readout and slider', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    await settle(el);
    const quoteNodes = quotes(el);
    const markNodes = marks(el);
    expect(quoteNodes.length).toBeGreaterThan(0);
    const touched: Node[] = [];
    const observer = new MutationObserver((records) => touched.push(...records.map((r) => r.target)));
    for (const root of [sidebarOf(el).shadowRoot, timelineOf(el)!.shadowRoot]) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    await setDate(el, '2021-12-01'); // neither date is a stop: no mark becomes current
    observer.disconnect();
    const where = (n: Node) => (n instanceof Element ? n : n.parentElement)!;
    const outside = touched.map(where).filter((e) => !e.closest('.counts, .readout, [part="slider"], .track'));
    expect(outside.map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect(touched.map(where).filter((e) => e.closest('.marks, .labels, .axis, .quotes, .non-state, .headline'))).toEqual([]);
    expect(quotes(el).every((q, i) => q === quoteNodes[i])).toBe(true);
    expect(marks(el).every((m, i) => m === markNodes[i])).toBe(true);
    expect(sidebarText(el)).toContain('as of 1 Dec 2021');
  });
});
