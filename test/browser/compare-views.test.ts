// Issue 19: the compare view (two declarations side by side) and the change view (who joined
// between two dates), through the page URL and through the element's attributes, as a reader
// sees them: `data-status` on every shape and marker, the legend, the summary, the timeline's
// two handles, and no axe violations.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { axeViolations } from './a11y-helpers';
import { asOfText, countryNode, mapOf, part, readyExplorer, settle, statusOf, unmountAll, until } from './explorer-helpers';

const startUrl = window.location.href;
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', startUrl);
});

const COMPARE = { declaration: 'paris-call-2018', view: 'compare', with: 'dfi-2022', date: '2022-12-31' };
const CHANGE = { declaration: 'paris-call-2018', view: 'change', from: '2019-01-01', date: '2022-12-31' };

async function pairReady(el: CyberDeclarationsMap, value: string): Promise<void> {
  await until(() => statusOf(el, 'USA') === value, `the United States drawn as ${value}`);
  await settle(el);
}

function legendRows(el: CyberDeclarationsMap): string[] {
  const legend = part(el, 'cdm-legend')!.shadowRoot!;
  return [...legend.querySelectorAll('button')].map((b) => `${b.dataset.value}: ${b.querySelector('.label')!.textContent} ${b.querySelector('.count')!.textContent}`);
}

/** Every shape and marker of the map carries one of `values`. */
function everyNodeIn(el: CyberDeclarationsMap, values: string[]): string[] {
  const nodes = [...mapOf(el).shadowRoot.querySelectorAll('[data-country]')];
  expect(nodes.length).toBeGreaterThan(190);
  return nodes.map((n) => n.getAttribute('data-status')!).filter((s) => !values.includes(s));
}

function expectCompare(el: CyberDeclarationsMap): void {
  expect(statusOf(el, 'USA')).toBe('both');
  expect(statusOf(el, 'UZB')).toBe('first-only');
  expect(statusOf(el, 'UKR')).toBe('second-only');
  expect(statusOf(el, 'ISR')).toBe('second-only'); // a marker at world scale
  expect(statusOf(el, 'CHN')).toBe('neither');
  expect(statusOf(el, 'SEN')).toBe('uncertain'); // the 2022 listing is disputed
  expect(everyNodeIn(el, ['both', 'first-only', 'second-only', 'neither', 'uncertain'])).toEqual([]);
  expect(legendRows(el)).toEqual([
    expect.stringMatching(/^both: Both \d+$/),
    expect.stringMatching(/^first-only: Paris Call only \d+$/),
    expect.stringMatching(/^second-only: Future of the Internet only \d+$/),
    expect.stringMatching(/^neither: Neither \d+$/),
    expect.stringMatching(/^uncertain: Uncertain \d+$/),
  ]);
  expect(asOfText(el)).toMatch(
    /^Paris Call and Future of the Internet — \d+ states signed the Paris Call and endorsed the Future of the Internet; \d+ only signed the Paris Call; \d+ only endorsed the Future of the Internet; \d+ neither; \d+ uncertain, as of 31 Dec 2022$/,
  );
}

function expectChange(el: CyberDeclarationsMap): void {
  expect(statusOf(el, 'USA')).toBe('joined');
  expect(statusOf(el, 'FRA')).toBe('already-signed');
  expect(statusOf(el, 'CHN')).toBe('not-joined');
  expect(everyNodeIn(el, ['joined', 'already-signed', 'not-joined', 'uncertain'])).toEqual([]);
  expect(legendRows(el).map((r) => r.replace(/ \d+$/, ''))).toEqual(['joined: Newly signed', 'already-signed: Already signed', 'not-joined: Not signed', 'uncertain: Uncertain']);
  expect(asOfText(el)).toMatch(/^Paris Call, 1 Jan 2019 to 31 Dec 2022 — \d+ states signed the Paris Call between 1 Jan 2019 and 31 Dec 2022; \d+ already had; \d+ uncertain$/);
}

describe('compare view: Paris Call against the 2022 declaration, end of 2022', () => {
  test('through the attributes', async () => {
    const el = await readyExplorer(COMPARE);
    await pairReady(el, 'both');
    expectCompare(el);
    expect(el.viewState).toMatchObject({ view: 'compare', declaration: 'paris-call-2018', with: 'dfi-2022', from: null });
    expect(await axeViolations(el.parentElement!)).toEqual([]);
  });

  test('the sidebar shows no status swatch, whose colours the compare legend gives to its own categories', async () => {
    const el = await readyExplorer(COMPARE);
    await pairReady(el, 'both');
    const swatches = () => part(el, 'cdm-sidebar')!.shadowRoot!.querySelectorAll('svg.swatch').length;
    // The single-declaration counts ("81 signed, 4 refused") are still there, in words only.
    await until(() => part(el, 'cdm-sidebar')?.shadowRoot?.textContent?.includes('refused'), 'the sidebar counts');
    expect(swatches()).toBe(0);
    el.view = 'declaration';
    await settle(el);
    await until(() => swatches() > 0, 'the swatches back in the one-declaration view');
  });

  test('through the URL, with back and forward', async () => {
    history.replaceState(null, '', `?${new URLSearchParams(COMPARE)}`);
    const el = await readyExplorer({ 'sync-url': '' });
    await pairReady(el, 'both');
    expectCompare(el);
    // The reader compares with nothing: one declaration again, in the URL; Back returns to the comparison.
    const compareSelect = part(el, 'cdm-declaration-picker')!.shadowRoot!.querySelectorAll('select')[1]!;
    await userEvent.selectOptions(compareSelect, '');
    await settle(el);
    expect(new URLSearchParams(location.search).get('view')).toBeNull();
    expect(statusOf(el, 'USA')).toBe('signed');
    history.back();
    await until(() => statusOf(el, 'USA') === 'both', 'back to the comparison');
    expect(el.getAttribute('with')).toBe('dfi-2022');
  });

  test('the reader picks the second declaration; the page hears one cdm-view-change', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2022-12-31' });
    const heard: unknown[] = [];
    el.addEventListener('cdm-view-change', (e) => heard.push(e.detail));
    const compareSelect = part(el, 'cdm-declaration-picker')!.shadowRoot!.querySelectorAll('select')[1]!;
    await userEvent.selectOptions(compareSelect, 'dfi-2022');
    await pairReady(el, 'both');
    expectCompare(el);
    expect(heard).toEqual([{ view: 'compare', display: 'map', with: 'dfi-2022' }]);
    expect(el.getAttribute('view')).toBe('compare');
    // Setting it from the page fires nothing.
    el.with = 'joint-statement-2019';
    await settle(el);
    expect(heard).toHaveLength(1);
    expect(legendRows(el)[2]).toMatch(/^second-only: 2019 Joint Statement only \d+$/);
  });
});

describe('events when a pick changes what is compared', () => {
  const listen = (el: CyberDeclarationsMap) => {
    const heard: [string, unknown][] = [];
    for (const type of ['cdm-declaration-change', 'cdm-date-change', 'cdm-view-change'] as const) el.addEventListener(type, (e) => heard.push([type, (e as CustomEvent).detail]));
    return heard;
  };
  const firstSelect = (el: CyberDeclarationsMap) => part(el, 'cdm-declaration-picker')!.shadowRoot!.querySelectorAll('select')[0]!;

  test('picking as the first declaration the one it was compared with: the page hears the new pair', async () => {
    const el = await readyExplorer({ declaration: 'g7-2021', view: 'compare', with: 'paris-call-2018', date: '2022-12-31' });
    await pairReady(el, 'both');
    const heard = listen(el);
    await userEvent.selectOptions(firstSelect(el), 'paris-call-2018');
    await settle(el);
    const withNow = el.viewState.with;
    expect(withNow).not.toBe('paris-call-2018');
    expect(heard).toEqual([
      ['cdm-declaration-change', { declaration: 'paris-call-2018' }],
      ['cdm-view-change', { view: 'compare', display: 'map', with: withNow }],
    ]);
  });

  test("picking another declaration in the change view: the page hears the window's new start", async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', view: 'change', from: '2019-01-01', date: '2021-04-28' });
    await until(() => statusOf(el, 'FRA') === 'already-signed', 'France drawn as already signed');
    await settle(el);
    const heard = listen(el);
    await userEvent.selectOptions(firstSelect(el), 'dfi-2022');
    await settle(el);
    expect(el.viewState).toMatchObject({ declaration: 'dfi-2022', view: 'change', from: '2022-04-28', date: '2022-04-28' });
    expect(heard).toEqual([
      ['cdm-declaration-change', { declaration: 'dfi-2022' }],
      ['cdm-date-change', { date: '2022-04-28' }],
      ['cdm-view-change', { view: 'change', display: 'map', from: '2022-04-28' }],
    ]);
  });
});

describe('change view: the Paris Call from 1 Jan 2019 to the end of 2022', () => {
  test('through the attributes', async () => {
    const el = await readyExplorer(CHANGE);
    await pairReady(el, 'joined');
    expectChange(el);
    expect(el.viewState).toMatchObject({ view: 'change', from: '2019-01-01', date: '2022-12-31', with: null });
    expect(await axeViolations(el.parentElement!)).toEqual([]);
  });

  test('Tab reaches the window’s start, then its end, as they read left to right', async () => {
    const el = await readyExplorer(CHANGE);
    await pairReady(el, 'joined');
    const timeline = part(el, 'cdm-timeline')!.shadowRoot!;
    timeline.querySelector<HTMLElement>('input[aria-label="Start of the window"]')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(timeline.activeElement?.getAttribute('aria-label')).toBe('End of the window');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(timeline.activeElement?.getAttribute('aria-label')).toBe('Start of the window');
  });

  test('through the URL; the start handle moves by keyboard and lands in the URL', async () => {
    history.replaceState(null, '', `?${new URLSearchParams(CHANGE)}`);
    const el = await readyExplorer({ 'sync-url': '' });
    await pairReady(el, 'joined');
    expectChange(el);
    const timeline = part(el, 'cdm-timeline')!.shadowRoot!;
    const start = timeline.querySelector<HTMLInputElement>('input[aria-label="Start of the window"]')!;
    const end = timeline.querySelector<HTMLInputElement>('input[aria-label="End of the window"]')!;
    expect(start.getAttribute('aria-valuetext')).toBe('1 Jan 2019');
    const heard: { date: string; from?: string }[] = [];
    el.addEventListener('cdm-date-change', (e) => heard.push(e.detail));
    start.focus();
    await userEvent.keyboard('{End}'); // the start cannot pass the end
    await settle(el);
    expect(heard.at(-1)).toEqual({ date: '2022-12-31', from: '2022-12-31' });
    expect(new URLSearchParams(location.search).get('from')).toBe('2022-12-31');
    expect(statusOf(el, 'USA')).toBe('already-signed');
    start.focus();
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(el.from).toBe('2015-07-22');
    expect(statusOf(el, 'FRA')).toBe('joined'); // before the launch nobody had signed
    end.focus();
    await userEvent.keyboard('{Home}'); // the end cannot pass the start
    await settle(el);
    expect(el.date).toBe('2015-07-22');
    expect(countryNode(el, 'FRA')).not.toBeNull();
  });
});

describe('the table in both views', () => {
  function tableRow(el: CyberDeclarationsMap, iso3: string): string {
    const table = part(el, 'cdm-data-table')!.shadowRoot!;
    const row = table.querySelector(`tr[data-iso3="${iso3}"]`);
    return row ? [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' | ') : '';
  }

  test('compare: each state’s category, then its status for both declarations', async () => {
    const el = await readyExplorer({ ...COMPARE, display: 'table' });
    await until(() => tableRow(el, 'SEN'), 'the table');
    const table = part(el, 'cdm-data-table')!.shadowRoot!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/, '').trim())).toEqual(['Country', 'Category', 'Paris Call', 'Future of the Internet']);
    expect(tableRow(el, 'SEN')).toBe('Senegal | Uncertain | Signed | Listing disputed');
    expect(tableRow(el, 'UZB')).toBe('Uzbekistan | Paris Call only | Signed | No record');
    expect(table.querySelector('tr[data-iso3="USA"] [data-status="both"]')).not.toBeNull();
    expect(await axeViolations(el.parentElement!)).toEqual([]);
  });

  test('change: the category, then the status at the window’s start and end', async () => {
    const el = await readyExplorer({ ...CHANGE, display: 'table' });
    await until(() => tableRow(el, 'USA'), 'the table');
    expect(tableRow(el, 'USA')).toBe('United States | Newly signed | Refused | Signed');
    expect(tableRow(el, 'FRA')).toBe('France | Already signed | Signed | Signed');
  });
});

describe('keyboard and live region', () => {
  test('walking the map in the compare view announces each state’s category and both sides', async () => {
    const el = await readyExplorer({ ...COMPARE, country: 'SEN' });
    await pairReady(el, 'both');
    const map = mapOf(el);
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    const live = map.shadowRoot.querySelector('[role="status"][aria-live="polite"]')!;
    viewport.focus();
    const heard: string[] = [];
    for (let i = 0; i < 197; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await settle(el);
      heard.push(live.textContent!.replace(/\s+/g, ' ').trim());
    }
    expect(heard).toContain('United States: Both: Paris Call, signed, on 10 Nov 2021; Future of the Internet, endorsed, on 28 Apr 2022');
    expect(heard.find((t) => t.startsWith('Kenya:'))).toBe('Kenya: Uncertain: Paris Call, no record of having signed; Future of the Internet, listed as having endorsed on 28 Apr 2022, but the listing is disputed');
    // The record says which side is disputed, both sides side by side.
    const sidebar = part(el, 'cdm-sidebar')!.shadowRoot!;
    expect([...sidebar.querySelectorAll('.side-by-side > li')].map((li) => li.getAttribute('data-declaration'))).toEqual(['paris-call-2018', 'dfi-2022']);
  });
});

