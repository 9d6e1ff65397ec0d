// The data table inside the explorer: the Map / Table switch (aria-pressed), the table in sync with
// the map's declaration, date, view and selection, `display` in the URL with back/forward, and
// axe-core clean in light and dark.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { axeViolations, emulateMedia, resetMedia } from './a11y-helpers';
import { countryNode, part, readyExplorer, settle, statusOf, timelineInput, unmountAll, until } from './explorer-helpers';

const startUrl = location.href;
afterEach(async () => {
  unmountAll();
  vi.restoreAllMocks();
  history.replaceState(null, '', startUrl);
  await resetMedia();
  await page.viewport(1280, 900);
});

const toggle = (el: CyberDeclarationsMap, label: 'Map' | 'Table') =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="display-toggle"] button')].find((b) => b.textContent!.trim() === label)!;
const table = (el: CyberDeclarationsMap) => part(el, 'cdm-data-table') as (HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown> }) | null;
const rowStatus = (el: CyberDeclarationsMap, iso3: string) => table(el)!.shadowRoot.querySelector(`tr[data-iso3="${iso3}"]`)?.getAttribute('data-row-status') ?? null;

describe('Map / Table switch', () => {
  test('switches between the map and a table of the same statuses, in sync as the reader acts', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2018-11-12' });
    const group = part(el, '[part="display-toggle"]')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(toggle(el, 'Map').getAttribute('aria-pressed')).toBe('true');
    expect(table(el)).toBeNull();
    await userEvent.click(toggle(el, 'Table'));
    await settle(el);
    expect(toggle(el, 'Table').getAttribute('aria-pressed')).toBe('true');
    expect(toggle(el, 'Map').getAttribute('aria-pressed')).toBe('false');
    expect(el.getAttribute('display')).toBe('table');
    expect(part(el, '.map-box')!.getBoundingClientRect().height).toBe(0);
    // Every row says what the (hidden) map says.
    const mismatches = () =>
      [...table(el)!.shadowRoot.querySelectorAll('tbody tr')].filter((tr) => tr.getAttribute('data-row-status') !== statusOf(el, tr.getAttribute('data-iso3')!));
    expect(table(el)!.shadowRoot.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(197);
    expect(mismatches()).toEqual([]);
    expect(rowStatus(el, 'USA')).toBe('refused');
    // The timeline moves the table too.
    timelineInput(el).focus();
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(rowStatus(el, 'USA')).toBe('signed');
    expect(mismatches()).toEqual([]);
    // Choosing a country in the table opens its record and marks the map.
    await userEvent.click(table(el)!.shadowRoot.querySelector('tr[data-iso3="MLT"] th button')!);
    await settle(el);
    expect(el.country).toBe('MLT');
    expect(table(el)!.shadowRoot.querySelector('tr.selected')!.getAttribute('data-iso3')).toBe('MLT');
    // All declarations: counts.
    el.setAttribute('view', 'all');
    await settle(el);
    expect(table(el)!.shadowRoot.querySelectorAll('thead th')).toHaveLength(7);
    // Back to the map.
    await userEvent.click(toggle(el, 'Map'));
    await settle(el);
    expect(table(el)).toBeNull();
    expect(countryNode(el, 'FRA')!.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  test('Escape in the table closes the record a row opened, as on the map', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2022-12-31', display: 'table' });
    const table = await until(() => part(el, 'cdm-data-table')?.shadowRoot?.querySelector('tr[data-iso3="ALB"] th button') ?? null, 'the table');
    (table as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.country === 'ALB', "Albania's record open");
    const heard: unknown[] = [];
    el.addEventListener('cdm-country-select', (e) => heard.push(e.detail));
    await userEvent.keyboard('{Escape}');
    await until(() => el.country === null, 'the record closed');
    expect(heard).toEqual([{ country: null }]);
  });

  test('display round-trips through the URL with view, and back/forward restore it', async () => {
    history.replaceState(null, '', `${location.pathname}?declaration=g7-2021&date=2021-12-31&view=all&display=table`);
    const el = await readyExplorer({ 'sync-url': '' });
    await settle(el);
    expect(el.getAttribute('display')).toBe('table');
    expect(el.getAttribute('view')).toBe('all');
    expect(table(el)).not.toBeNull();
    await userEvent.click(toggle(el, 'Map'));
    await settle(el);
    expect(new URLSearchParams(location.search).get('display')).toBeNull();
    expect(new URLSearchParams(location.search).get('view')).toBe('all');
    await userEvent.click(toggle(el, 'Table'));
    await settle(el);
    expect(new URLSearchParams(location.search).get('display')).toBe('table');
    history.back();
    await until(() => el.getAttribute('display') !== 'table', 'back to the map');
    await settle(el);
    expect(table(el)).toBeNull();
    history.forward();
    await until(() => el.getAttribute('display') === 'table', 'forward to the table');
  });

  test('a bad display value falls back to the map with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await readyExplorer({ display: 'chart' });
    expect(String(warn.mock.calls.map((c) => c[0]))).toMatch(/unknown display "chart"/);
    expect(table(el)).toBeNull();
    expect(toggle(el, 'Map').getAttribute('aria-pressed')).toBe('true');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core: no violations in table view, one declaration and all (${scheme})`, async () => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', display: 'table', country: 'USA' });
      await settle(el);
      expect(await axeViolations(el.parentElement!)).toEqual([]);
      el.setAttribute('view', 'all');
      await settle(el);
      expect(await axeViolations(el.parentElement!)).toEqual([]);
    }, 90_000); // two axe runs over a table of every state: 7-12 s here, more on a loaded machine
  }

  // QA: the caption's visually hidden "(sorted by ...)" is absolutely positioned; it escaped the
  // table's scroll box and made a phone page 598 px wide.
  for (const width of [320, 375]) {
    test(`on a ${width} px phone the table is stacked cards: nothing scrolls sideways, neither the page nor the table`, async () => {
      await page.viewport(width, 740);
      for (const attrs of [{ view: 'all' }, { declaration: 'paris-call-2018' }] as Record<string, string>[]) {
        const el = await readyExplorer({ ...attrs, date: '2022-12-31', display: 'table' }, width);
        el.parentElement!.style.width = '';
        await until(() => table(el)?.shadowRoot.querySelector('tbody tr'), 'the table');
        await settle(el);
        const scroller = table(el)!.shadowRoot.querySelector('.scroller')!;
        expect(scroller.scrollWidth, JSON.stringify(attrs)).toBeLessThanOrEqual(scroller.clientWidth + 1);
        expect(document.documentElement.scrollWidth, JSON.stringify(attrs)).toBeLessThanOrEqual(innerWidth);
        unmountAll();
      }
    });
  }
});
