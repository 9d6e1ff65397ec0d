// <cdm-data-table> in real Chromium with the real dataset: the same statuses as the map, the
// map's swatches and patterns, linked evidence (http(s) only), sorting with aria-sort, selection.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-data-table';
import type { CdmDataTable } from '../../src/components/cdm-data-table';
import { createCountryNamer } from '../../src/lib/country-names';
import { indexDataset, type DatasetIndex } from '../../src/lib/dataset-index';
import { signedCountsAt } from '../../src/lib/all-view';
import { statusesAt } from '../../src/lib/status';
import type { Dataset } from '../../src/lib/types';

let ix: DatasetIndex;
let name: (iso3: string) => string;
let host: HTMLElement | null = null;

beforeAll(async () => {
  const dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
  ix = indexDataset(dataset);
  name = createCountryNamer(dataset.countries);
});

afterEach(() => {
  host?.remove();
  host = null;
});

async function mount(props: Partial<CdmDataTable> = {}): Promise<CdmDataTable> {
  host = document.createElement('div');
  host.style.width = '900px';
  const el = document.createElement('cdm-data-table');
  Object.assign(el, { index: ix, countryName: name, declarationId: 'paris-call-2018', date: '2019-12-31' }, props);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: CdmDataTable, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const firstCells = (el: CdmDataTable) => q(el, 'tbody tr').map((tr) => tr.getAttribute('data-iso3')!);
const sortStates = (el: CdmDataTable) => q(el, 'thead th').map((th) => th.getAttribute('aria-sort'));

describe('<cdm-data-table> for one declaration', () => {
  test('one row per state with the status the map shows, a caption naming declaration and date', async () => {
    const el = await mount();
    const rows = q(el, 'tbody tr');
    expect(rows).toHaveLength(ix.countries.size);
    const map = statusesAt(ix, 'paris-call-2018', '2019-12-31');
    for (const tr of rows) expect(tr.getAttribute('data-row-status')).toBe(map.get(tr.getAttribute('data-iso3')!));
    expect(q(el, 'caption')[0]!.textContent!.replace(/\s+/g, ' ')).toMatch(/^ ?Paris Call: status of each state as of 31 Dec 2019/);
    const usa = q(el, 'tr[data-iso3="USA"] td').map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(usa[0]).toBe('Refused');
    expect(usa[1]).toBe('12 Nov 2018');
    const alb = q(el, 'tr[data-iso3="ALB"] td').map((td) => td.textContent!.trim());
    expect(alb[1]).toBe('on or before 16 Sep 2019');
  });

  test('swatches are drawn like the map: a colour, and a pattern for refused and uncertain', async () => {
    const el = await mount({ date: '2019-01-01' });
    const fill = (iso3: string) => getComputedStyle(q(el, `tr[data-iso3="${iso3}"] .swatch`)[0]!).fill;
    expect(fill('USA')).toMatch(/url\(.*cdm-table-\d+-pattern-refused/);
    const uncertain = q(el, 'tr[data-row-status="uncertain"]')[0];
    expect(uncertain, 'an uncertain row in early 2019').toBeDefined();
    expect(fill(uncertain!.getAttribute('data-iso3')!)).toMatch(/pattern-uncertain/);
    expect(fill('FRA')).toMatch(/^rgb\(/);
    // The pattern the swatch points at exists in the same shadow root.
    const id = /#([^")]+)/.exec(fill('USA'))![1]!;
    expect(el.shadowRoot!.getElementById(id)).not.toBeNull();
  });

  test('every evidence link is http(s), opens safely, and the selected row is marked', async () => {
    const el = await mount({ date: '2022-12-31', selected: 'USA' });
    const links = q<HTMLAnchorElement>(el, 'a[href]');
    expect(links.length).toBeGreaterThan(50);
    for (const a of links) {
      expect(new URL(a.href).protocol).toMatch(/^https?:$/);
      expect(a.rel).toMatch(/noopener/);
    }
    const selected = q(el, 'tr.selected');
    expect(selected.map((tr) => tr.getAttribute('data-iso3'))).toEqual(['USA']);
    expect(selected[0]!.getAttribute('aria-current')).toBe('true');
  });

  test('sorting by each column sets aria-sort on that header only and reorders rows', async () => {
    const el = await mount();
    expect(sortStates(el)).toEqual(['ascending', 'none', 'none', 'none']);
    expect(firstCells(el)[0]).toBe('AFG');
    const button = (key: string) => q(el, `thead button[data-sort="${key}"]`)[0]!;
    await userEvent.click(button('country'));
    await el.updateComplete;
    expect(sortStates(el)).toEqual(['descending', 'none', 'none', 'none']);
    expect(firstCells(el)[0]).toBe('ZWE');
    await userEvent.click(button('status'));
    await el.updateComplete;
    expect(sortStates(el)).toEqual(['none', 'ascending', 'none', 'none']);
    const statuses = q(el, 'tbody tr').map((tr) => tr.getAttribute('data-row-status'));
    expect(statuses[0]).toBe('signed');
    expect(statuses.at(-1)).toBe('absent');
    await userEvent.click(button('date'));
    await el.updateComplete;
    expect(sortStates(el)).toEqual(['none', 'none', 'ascending', 'none']);
    expect(q(el, 'tbody tr td:nth-of-type(2)')[0]!.textContent).toBe('12 Nov 2018');
    // Keyboard: the header buttons are real buttons.
    button('source').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(sortStates(el)).toEqual(['none', 'none', 'none', 'ascending']);
    expect(q(el, 'caption')[0]!.textContent).toMatch(/sorted by evidence, ascending/);
  });

  test('choosing a country by name sends cdm-country-select up', async () => {
    const el = await mount();
    const seen: (string | null)[] = [];
    host!.addEventListener('cdm-country-select', (e) => seen.push(e.detail.country));
    await userEvent.click(q(el, 'tr[data-iso3="MLT"] th button')[0]!);
    expect(seen).toEqual(['MLT']);
  });

  test('before the launch it says so instead of an empty table', async () => {
    const el = await mount({ declarationId: 'dfi-2022', date: '2020-01-01' });
    expect(q(el, 'table')).toHaveLength(0);
    expect(el.shadowRoot!.textContent).toMatch(/had not been launched yet on 1 Jan 2020 \(launched 28 Apr 2022\)/);
  });
});

describe('<cdm-data-table> accessibility', () => {
  test('axe-core finds no violations, one declaration and all', async () => {
    const { axeViolations } = await import('./a11y-helpers');
    const el = await mount({ selected: 'USA' });
    expect(await axeViolations(host!)).toEqual([]);
    el.mode = 'all';
    await el.updateComplete;
    expect(await axeViolations(host!)).toEqual([]);
  });
});

describe('<cdm-data-table> for all declarations', () => {
  test('country, count of the five signed, and each declaration status; sortable by count', async () => {
    const el = await mount({ mode: 'all', date: '2022-12-31' });
    const heads = q(el, 'thead th').map((th) => th.textContent!.trim());
    expect(heads).toHaveLength(7);
    expect(heads.slice(0, 2)).toEqual(['Country▲', 'Taken part in']);
    const counts = signedCountsAt(ix, '2022-12-31');
    const usa = q(el, 'tr[data-iso3="USA"] td').map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(usa[0]).toBe(`${counts.get('USA')} of 5`);
    expect(usa.slice(1)).toEqual(['Adopted', 'Signed', 'Signed', 'Signed', 'Endorsed']);
    expect(q(el, 'tr[data-iso3="BRA"] td')[4]!.textContent!.trim()).toBe('Not a member');
    await userEvent.click(q(el, 'thead button[data-sort="count"]')[0]!);
    await userEvent.click(q(el, 'thead button[data-sort="count"]')[0]!);
    await el.updateComplete;
    expect(sortStates(el)[1]).toBe('descending');
    const first = firstCells(el)[0]!;
    expect(counts.get(first)).toBe(Math.max(...counts.values()));
  });

  test('switching views keeps a valid sort column', async () => {
    const el = await mount({ mode: 'all' });
    await userEvent.click(q(el, 'thead button[data-sort="g7-2021"]')[0]!);
    el.mode = 'declaration';
    await el.updateComplete;
    expect(sortStates(el)).toEqual(['ascending', 'none', 'none', 'none']);
    expect(q(el, 'tbody tr')).toHaveLength(ix.countries.size);
  });
});
