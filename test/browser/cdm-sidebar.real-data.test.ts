// The sidebar and the timeline on the real compiled dataset (public/generated/dataset.json, built
// by `npm run build:data`, which `npm test` runs first). Screenshots go to test-results/screenshots/.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cdm-sidebar';
import '../../src/components/cdm-timeline';
import type { CdmSidebar } from '../../src/components/cdm-sidebar';
import type { CdmTimeline } from '../../src/components/cdm-timeline';
import { indexDataset, type DatasetIndex } from '../../src/lib/dataset-index';
import { timelineStops } from '../../src/lib/timeline';

/** The bundled dataset's last day (the end of the latest event's year). */
const TIMELINE_END = '2022-12-31';
import type { Dataset } from '../../src/lib/types';
import { createCountryNamer } from '../../src/lib/country-names';

let ix: DatasetIndex;
let host: HTMLElement | null = null;

beforeAll(async () => {
  const res = await fetch('/generated/dataset.json');
  expect(res.ok, 'public/generated/dataset.json missing: run `npm run build:data`').toBe(true);
  ix = indexDataset((await res.json()) as Dataset);
});

afterEach(() => {
  host?.remove();
  host = null;
});

async function sidebar(props: Partial<CdmSidebar>, width = 400): Promise<CdmSidebar> {
  host = document.createElement('div');
  host.style.cssText = `width:${width}px;padding:16px;background:#fff;color:#1d232a;box-sizing:border-box`;
  const el = document.createElement('cdm-sidebar');
  el.index = ix;
  el.declarationId = 'paris-call-2018';
  Object.assign(el, props);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const entry = (el: CdmSidebar, id: string) => el.shadowRoot!.querySelector(`[data-declaration="${id}"]`)!;

describe('real data: country records', () => {
  test('United States and the Paris Call: refused on 12 Nov 2018, with its source one click away', async () => {
    const el = await sidebar({ country: 'USA', date: '2018-11-12' });
    const paris = entry(el, 'paris-call-2018');
    expect(paris.getAttribute('data-status')).toBe('refused');
    const link = paris.querySelector<HTMLAnchorElement>('.evidence:not(.later-events) .event-source a')!;
    expect(link.href).toMatch(/^https?:\/\//);
    expect(link.rel).toBe('noopener noreferrer');
    expect(paris.querySelector('.later-events')!.textContent).toContain('Signed on 10 Nov 2021');
  });

  test('United States and the Paris Call: signed on 10 Nov 2021, after the earlier refusal', async () => {
    const el = await sidebar({ country: 'USA', date: '2021-11-10' });
    const paris = entry(el, 'paris-call-2018');
    expect(paris.getAttribute('data-status')).toBe('signed');
    expect(paris.querySelector('.when')!.textContent).toBe('on 10 Nov 2021');
    const events = [...paris.querySelectorAll('.evidence .event')];
    expect(events.map((e) => e.querySelector('.event-what')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Refused on 12 Nov 2018',
      'Signed on 10 Nov 2021',
    ]);
    for (const e of events) expect(e.querySelector('a')!.href).toMatch(/^https?:\/\//);
  });

  test('Norway and the Future of the Internet changes on 2 Nov 2022', async () => {
    const el = await sidebar({ country: 'NOR', date: '2022-11-01' });
    expect(entry(el, 'dfi-2022').getAttribute('data-status')).toBe('absent');
    el.date = '2022-11-02';
    await el.updateComplete;
    expect(entry(el, 'dfi-2022').getAttribute('data-status')).toBe('signed');
    await page.screenshot({ path: '../../test-results/screenshots/cdm-sidebar-country-NOR.png', element: host! });
  });

  test('every link in every country record is http(s) and opens safely', async () => {
    const el = await sidebar({ country: 'USA', date: TIMELINE_END });
    let checked = 0;
    for (const iso3 of ix.countries.keys()) {
      el.country = iso3;
      await el.updateComplete;
      for (const a of el.shadowRoot!.querySelectorAll('a')) {
        expect(a.href).toMatch(/^https?:\/\//);
        expect(a.target).toBe('_blank');
        expect(a.rel).toBe('noopener noreferrer');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(ix.countries.size);
  });
});

describe('real data: declaration view', () => {
  test('Paris Call: headline counts with sources beside our counts, non-state endorsers, quotes', async () => {
    const el = await sidebar({ date: '2018-11-12' }, 440);
    const root = el.shadowRoot!;
    const groups = [...root.querySelectorAll('.headline-group')];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.querySelector('.ours')!.textContent).toContain('Our data on that date');
      for (const li of g.querySelectorAll('li')) expect(li.querySelector('.source')).not.toBeNull();
    }
    expect(root.querySelectorAll('.quotes blockquote').length).toBeGreaterThan(0);
    // The panel scrolls inside a fixed height, as in the explorer; shoot its top and its end.
    host!.style.height = '860px';
    host!.style.overflow = 'auto';
    await page.screenshot({ path: '../../test-results/screenshots/cdm-sidebar-paris-call.png', element: host! });
    host!.scrollTop = host!.scrollHeight;
    await page.screenshot({ path: '../../test-results/screenshots/cdm-sidebar-paris-call-end.png', element: host! });
  });

  test('fits 320 px without sideways overflow', async () => {
    await page.viewport(320, 800);
    const el = await sidebar({ date: '2019-12-31' }, 320);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
    el.country = 'MLT';
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
    await page.screenshot({ path: '../../test-results/screenshots/cdm-sidebar-320-MLT.png', element: host! });
    await page.viewport(1280, 900);
  });
});

describe('real data: timeline', () => {
  test('the keyboard alone reaches every Paris Call stop, in order, then the end', async () => {
    const stops = timelineStops(ix, 'paris-call-2018', createCountryNamer(ix.dataset.countries));
    const expected = [...new Set(stops.map((s) => s.date))].filter((d) => d > stops[0]!.date);
    host = document.createElement('div');
    host.style.cssText = 'width:1000px;padding:16px;background:#fff;color:#1d232a';
    const el = document.createElement('cdm-timeline') as CdmTimeline;
    el.stops = stops;
    el.start = ix.range.start;
    el.end = ix.range.end;
    el.date = stops[0]!.date;
    const seen: string[] = [];
    el.addEventListener('cdm-date-change', (e) => seen.push(e.detail.date));
    host.append(el);
    document.body.append(host);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="slider"]')!.focus();
    for (let i = 0; i <= expected.length; i++) await userEvent.keyboard('{ArrowRight}');
    expect(seen).toEqual([...expected, TIMELINE_END]);
    el.date = '2021-11-10';
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await page.screenshot({ path: '../../test-results/screenshots/cdm-timeline-real-paris-call.png', element: host });
  });
});

describe('real data: axe-core', () => {
  async function violations(node: Element): Promise<string[]> {
    const { default: axe } = await import('axe-core');
    const result = await axe.run(node, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations in the sidebar and the timeline (${scheme} scheme)`, async () => {
      const bg = scheme === 'dark' ? '#0e1217' : '#ffffff';
      const fg = scheme === 'dark' ? '#e6eaee' : '#1d232a';
      const el = await sidebar({ date: '2021-11-10' });
      host!.style.cssText += `;color-scheme:${scheme};background:${bg};color:${fg}`;
      const tl = document.createElement('cdm-timeline') as CdmTimeline;
      tl.stops = timelineStops(ix, 'paris-call-2018', createCountryNamer(ix.dataset.countries));
      tl.date = '2021-11-10';
      host!.prepend(tl);
      await tl.updateComplete;
      expect(await violations(host!)).toEqual([]);
      el.country = 'USA';
      await el.updateComplete;
      expect(await violations(host!)).toEqual([]);
    });
  }
});

describe('real data: the words and the dates claim no more than the sources', () => {
  const texts = (el: CdmSidebar, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.trim());

  test('a count the sources reported is in quotation marks only where they are its own words', async () => {
    const el = await sidebar({ date: '2022-12-31' }, 440);
    const labels = texts(el, '.headline-label');
    // The website's git history is described, not quoted; a translation stays outside the quotes.
    expect(labels).toContain('68 states on the official supporters list (first import of the website)');
    expect(labels).toContain('“73 pays” (73 countries)');
    expect(labels).toContain('“representatives of 51 countries”');
    for (const l of labels) expect(l, l).toMatch(/^(“[^“”]+”( \([^()“”]+\))?|[^“”]+)$/);
  });

  test('a count reported after our data end is set beside our last day, not "that date"', async () => {
    const el = await sidebar({ declarationId: 'dfi-2022', date: '2022-12-31' }, 440);
    const later = [...el.shadowRoot!.querySelectorAll('.headline-group')].find((g) => g.textContent!.includes('As of 1 May 2023'))!;
    expect(later.querySelector('.ours')!.textContent).toMatch(/^Our data end on 31 Dec 2022: 64 endorsed/);
  });

  test('a later joiner dated only by the day the website listed it reads "on or before", not "between a day and the same day"', async () => {
    const el = await sidebar({ country: 'ECU', date: '2022-12-31' });
    expect(entry(el, 'paris-call-2018').querySelector('.when')!.textContent).toBe('on or before 20 Nov 2020');
    expect(entry(el, 'paris-call-2018').textContent).not.toMatch(/between (\d+ \w+ \d{4}) and \1/);
  });

  test('Guatemala, listed by the website on 9 Nov 2019 with a date_signed of 12 Nov: a record from the listing, not "no record"', async () => {
    const el = await sidebar({ country: 'GTM', date: '2019-11-10' });
    expect(entry(el, 'paris-call-2018').getAttribute('data-status')).toBe('uncertain');
    host!.remove();
    const signed = await sidebar({ country: 'GTM', date: '2019-11-12' });
    expect(entry(signed, 'paris-call-2018').getAttribute('data-status')).toBe('signed');
    expect(entry(signed, 'paris-call-2018').querySelector('.when')!.textContent).toBe('between 9 Nov 2019 and 12 Nov 2019');
  });
});

describe('real data: a country’s quotes say which declaration they are about', () => {
  test('Canada in 2022: the statement on the Future of the Internet is labelled as such', async () => {
    const el = await sidebar({ country: 'CAN', date: '2022-12-31' });
    const quote = [...el.shadowRoot!.querySelectorAll('.quotes .quote')].find((q) => q.textContent!.includes('come under threat'))!;
    expect(quote.querySelector('.quote-about')!.textContent).toBe('On the Future of the Internet');
  });

  test('Canada in 2018: no quote about a declaration that did not exist yet', async () => {
    const el = await sidebar({ country: 'CAN', date: '2018-11-12' });
    expect(el.shadowRoot!.textContent).not.toContain('come under threat');
  });
});
