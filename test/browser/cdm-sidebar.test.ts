import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-sidebar';
import type { CdmSidebar } from '../../src/components/cdm-sidebar';
import { indexDataset } from '../../src/lib/dataset-index';
import { statusLabel } from '../../src/lib/status-words';
import type { Country, Dataset, Declaration, EndorsementEvent } from '../../src/lib/types';
import { INJECTED_HANDLER_GRACE_MS } from './grace';

// A small dataset in the real shape, with hostile text and URLs in places a data file could hold.
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const country = (iso3: string, name: string): Country => ({ iso3, iso2: iso3.slice(0, 2), numeric: '', name, aliases: [], unMember: true });

const paris: Declaration = {
  id: 'paris-call-2018',
  title: 'Paris Call for Trust and Security in Cyberspace',
  shortName: 'Paris Call',
  launch: '2018-11-12',
  venue: 'UNESCO, Paris',
  textUrl: 'https://example.org/paris-call.pdf',
  summary: 'A call to support nine principles.',
  membership: 'open',
  eligibility: 'Anyone',
  members: null,
  refusedMeans: 'A cited source reports the state did not sign.',
  verb: 'sign',
  headlineCounts: [
    { label: '“51 states”', states: 51, asOf: '2018-11-12', sourceId: 'src-news' },
    { label: '2 nations', states: 2, asOf: '2018-11-12', sourceId: 'src-official' },
  ],
  nonState: [{ name: 'companies', kind: 'companies', count: 218, date: '2018-11-12', sourceId: 'src-news' }],
};

const g7: Declaration = {
  ...paris,
  id: 'g7-2021',
  title: 'G7 Digital Ministers Declaration',
  shortName: 'G7 2021',
  launch: '2021-04-28',
  venue: 'Video conference',
  textUrl: 'javascript:alert(1)',
  summary: `Summary with markup ${PAYLOAD}`,
  membership: 'closed',
  eligibility: 'The G7 members',
  members: ['USA', 'FRA'],
  headlineCounts: [],
  nonState: [],
};

const ev = (e: Partial<EndorsementEvent> & Pick<EndorsementEvent, 'country' | 'status' | 'date'>): EndorsementEvent => ({
  declarationId: 'paris-call-2018',
  precision: 'day',
  earliest: null,
  disputed: false,
  sourceId: 'src-news',
  quoteId: null,
  note: '',
  wording: e.status === 'signed' ? '' : 'declined to sign',
  datedBy: 'source',
  ...e,
});

const DATASET: Dataset = {
  version: 'test',
  generatedBy: 'test/browser/cdm-sidebar.test.ts',
  countries: [country('USA', 'United States'), country('FRA', 'France'), country('MLT', 'Malta'), country('KEN', 'Kenya')],
  declarations: [paris, g7],
  events: [
    ev({ country: 'FRA', status: 'signed', date: '2018-11-12' }),
    ev({ country: 'USA', status: 'refused', date: '2018-11-12', sourceId: 'src-official', quoteId: 'q-usa' }),
    ev({ country: 'USA', status: 'signed', date: '2021-11-10', sourceId: 'src-evil', note: `Note ${PAYLOAD}` }),
    ev({ country: 'MLT', status: 'signed', date: '2019-09-16', precision: 'on-or-before', sourceId: 'src-nourl' }),
    ev({ declarationId: 'g7-2021', country: 'USA', status: 'signed', date: '2021-04-28' }),
    ev({ declarationId: 'g7-2021', country: 'FRA', status: 'signed', date: '2021-04-28' }),
  ],
  sources: [
    { id: 'src-news', title: 'News report', publisher: 'IT World Canada', date: '2018-11-12', url: 'https://example.org/news', seed: null, copyOf: null },
    { id: 'src-official', title: 'Official list', publisher: 'Paris Call', date: '2019-09', url: 'http://example.org/list', seed: null, copyOf: null },
    { id: 'src-evil', title: `Evil ${PAYLOAD}`, publisher: 'Evil Inc', date: '2021', url: 'javascript:window.__pwned=3', seed: null, copyOf: null },
    { id: 'src-nourl', title: 'Printed bulletin', publisher: 'Someone', date: '', url: null, seed: null, copyOf: null },
  ],
  quotes: [
    { id: 'q-usa', text: 'The United States did not sign.', speaker: 'A reporter', role: 'Journalist', sourceId: 'src-news', declarationId: 'paris-call-2018', countries: ['USA'], note: '' },
    { id: 'q-evil', text: `Quoted ${PAYLOAD}`, speaker: `<b>Speaker</b>`, role: 'Role', sourceId: 'src-evil', declarationId: 'paris-call-2018', countries: ['MLT'], note: '' },
  ],
  context: [],
};

let el: CdmSidebar;
let selects: Array<string | null>;

async function mount(props: Partial<CdmSidebar>): Promise<CdmSidebar> {
  el = document.createElement('cdm-sidebar');
  el.index = indexDataset(DATASET);
  el.declarationId = 'paris-call-2018';
  el.date = '2018-11-12';
  Object.assign(el, props);
  selects = [];
  el.addEventListener('cdm-country-select', (e) => selects.push(e.detail.country));
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const root = () => el.shadowRoot!;
const text = (sel = ':host') => (sel === ':host' ? root().textContent! : root().querySelector(sel)!.textContent!).replace(/\s+/g, ' ').trim();
const links = () => [...root().querySelectorAll('a')];

afterEach(() => el?.remove());

describe('<cdm-sidebar> with no country', () => {
  test('shows the declaration facts', async () => {
    await mount({});
    expect(root().querySelector('h2')!.textContent).toBe('Paris Call for Trust and Security in Cyberspace');
    expect(text('.meta')).toBe('Launched 12 Nov 2018 · UNESCO, Paris');
    expect(text('.summary')).toBe('A call to support nine principles.');
    const textLink = root().querySelector<HTMLAnchorElement>('a[part~="text-link"]')!;
    expect(textLink.href).toBe('https://example.org/paris-call.pdf');
    expect(textLink.rel).toBe('noopener noreferrer');
    expect(textLink.target).toBe('_blank');
  });

  test('puts our counts at the date beside the headline counts, each with its source, and flags conflicts', async () => {
    await mount({});
    expect(text('.counts dd')).toContain('1 signed');
    expect(text('.counts dd')).toContain('1 refused');
    const items = [...root().querySelectorAll('.headline-group li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('“51 states”');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://example.org/news');
    expect(root().querySelectorAll('.headline-group')).toHaveLength(1); // both counts are of 12 Nov 2018
    expect(text('.headline-group .ours')).toBe('Our data on that date: 1 signed, 1 may have signed (date uncertain), 1 refused');
    expect(items[0]!.querySelector('.flag')!.textContent).toContain('differs');
    // "2 nations" lies within our 1 signed + 1 uncertain: no conflict shown
    expect(items[1]!.getAttribute('data-agreement')).toBe('consistent');
    expect(items[1]!.querySelector('.flag')).toBeNull();
  });

  test('counts move with the date; before the launch it says it was not launched yet', async () => {
    await mount({ date: '2022-01-01' });
    expect(text('.counts dd')).toContain('3 signed');
    el.date = '2018-01-01';
    await el.updateComplete;
    expect(text('.counts dd')).toBe('Not launched yet: it was launched on 12 Nov 2018.');
  });

  test('lists non-state endorsers with their source', async () => {
    await mount({});
    const li = root().querySelector('.non-state li')!;
    expect(li.textContent).toContain('218 companies');
    expect(li.querySelector('a')!.getAttribute('href')).toBe('https://example.org/news');
  });

  test('shows each quote in a blockquote with speaker, role and linked source', async () => {
    await mount({});
    const figures = [...root().querySelectorAll('.quotes figure')];
    expect(figures).toHaveLength(2);
    const first = figures[0]!;
    expect(first.querySelector('blockquote')!.textContent!.trim()).toBe('The United States did not sign.');
    expect(first.querySelector('figcaption')!.textContent).toContain('A reporter, Journalist');
    expect(first.querySelector('figcaption a')!.getAttribute('href')).toBe('https://example.org/news');
    expect(first.querySelector('figcaption')!.textContent).toContain('12 Nov 2018');
  });

  test('markup in data is shown as text and never runs; javascript: URLs are not links', async () => {
    await mount({ declarationId: 'g7-2021', date: '2021-05-01' });
    expect(text('.summary')).toContain('<img src=x onerror=');
    expect(root().querySelector('.text-link a')).toBeNull(); // javascript: text URL
    el.declarationId = 'paris-call-2018';
    await el.updateComplete;
    expect(root().querySelector('img, script, b')).toBeNull();
    expect(text()).toContain('Quoted <img src=x');
    expect(text()).toContain('<b>Speaker</b>');
    for (const a of links()) expect(a.href).toMatch(/^https?:/);
    expect(text()).toContain('Evil <img'); // the source is still named, as plain text
    // Kept on purpose (see grace.ts): a handler that was injected would have fired by now.
    await new Promise((r) => setTimeout(r, INJECTED_HANDLER_GRACE_MS));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<cdm-sidebar> with a country', () => {
  test('shows the record across declarations with status, precision and linked evidence', async () => {
    await mount({ country: 'USA', date: '2018-11-12' });
    expect(root().querySelector('h2')!.textContent).toBe('United States');
    const paris = root().querySelector('[data-declaration="paris-call-2018"]')!;
    expect(paris.getAttribute('data-status')).toBe('refused');
    expect(paris.querySelector('.status-word')!.textContent).toBe('Refused');
    expect(paris.querySelector('.when')!.textContent).toBe('on 12 Nov 2018');
    expect(paris.querySelector('.swatch [data-status="refused"]')).not.toBeNull();
    const evidence = paris.querySelector('.evidence:not(.later-events) .event')!;
    expect(evidence.querySelector('a')!.getAttribute('href')).toBe('http://example.org/list');
    expect(evidence.querySelector('blockquote')!.textContent!.trim()).toBe('The United States did not sign.');
    // the later join is listed as later, not as current evidence
    expect(paris.querySelector('.later-events')!.textContent).toContain('Signed on 10 Nov 2021');
    const g7entry = root().querySelector('[data-declaration="g7-2021"]')!;
    expect(g7entry.textContent).toContain('Not launched yet on 12 Nov 2018: launched 28 Apr 2021.');
  });

  test('after the join the record says signed, with the earlier refusal as evidence', async () => {
    await mount({ country: 'USA', date: '2022-01-01' });
    const paris = root().querySelector('[data-declaration="paris-call-2018"]')!;
    expect(paris.getAttribute('data-status')).toBe('signed');
    expect(paris.querySelector('.when')!.textContent).toBe('on 10 Nov 2021');
    expect(paris.querySelectorAll('.evidence .event')).toHaveLength(2);
    expect(paris.querySelector('.later-events')).toBeNull();
    // the hostile source of that event is named as text, never linked
    expect(paris.textContent).toContain('Evil <img');
    expect(paris.textContent).toContain(`Note ${PAYLOAD}`);
  });

  test('date precision in words, and uncertainty before the "by" date', async () => {
    await mount({ country: 'MLT', date: '2019-01-01' });
    const paris = root().querySelector('[data-declaration="paris-call-2018"]')!;
    expect(paris.getAttribute('data-status')).toBe('uncertain');
    expect(paris.querySelector('.when')!.textContent).toBe('on or before 16 Sep 2019');
    expect(paris.querySelector('.reason')!.textContent!.length).toBeGreaterThan(10);
    expect(paris.querySelector('.event')!.textContent).toContain('Printed bulletin'); // source without URL still named
    expect(paris.querySelector('.event a')).toBeNull();
  });

  test('a state with no record is called what the legend and the table call it', async () => {
    await mount({ country: 'KEN', date: '2022-01-01' });
    const paris = root().querySelector('[data-declaration="paris-call-2018"]')!;
    expect(paris.getAttribute('data-status')).toBe('absent');
    expect(paris.querySelector('.status-word')!.textContent).toBe(statusLabel('absent'));
  });

  test('not-member for closed groups; quotes that mention the country', async () => {
    await mount({ country: 'MLT', date: '2022-01-01' });
    const g7entry = root().querySelector('[data-declaration="g7-2021"]')!;
    expect(g7entry.getAttribute('data-status')).toBe('not-member');
    expect(g7entry.querySelector('.status-word')!.textContent).toBe('Not a member');
    expect(text('.quotes h3')).toBe('Quotes that mention Malta');
    expect(root().querySelectorAll('.quotes figure')).toHaveLength(1);
  });

  test('uses countryName when given', async () => {
    await mount({ country: 'USA', countryName: (iso3) => (iso3 === 'USA' ? 'États-Unis' : iso3) });
    expect(root().querySelector('h2')!.textContent).toBe('États-Unis');
  });

  test('the close button tells the page the country was cleared', async () => {
    await mount({ country: 'FRA' });
    const close = root().querySelector<HTMLButtonElement>('[part~="close"]')!;
    expect(close.getAttribute('aria-label')).toContain('France');
    await userEvent.click(close);
    expect(selects).toEqual([null]);
  });

  test('setting properties from outside fires nothing', async () => {
    await mount({ country: 'FRA' });
    el.country = 'USA';
    el.date = '2022-01-01';
    await el.updateComplete;
    expect(selects).toEqual([]);
  });
});

describe('<cdm-sidebar> robustness', () => {
  test('unknown declaration, unknown country, garbage date and no index render a message, not an error', async () => {
    await mount({ declarationId: 'nope' as never });
    expect(text()).toContain('No declaration “nope” in the data.');
    el.declarationId = 'paris-call-2018';
    el.country = 'ZZZ';
    el.date = 'garbage';
    await el.updateComplete;
    expect(root().querySelector('h2')!.textContent).toBe('ZZZ');
    el.index = null;
    await el.updateComplete;
    expect(text()).toBe('Loading the data…');
  });
});
