// Issue 4's user flows, each through the page as a reader acts on it (real clicks and keys).
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { asOfText, countryNode, mapOf, part, readyExplorer, settle, sidebarText, statusOf, timelineInput, unmountAll, until } from './explorer-helpers';
import { formatDay } from '../../src/lib/dates';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';

const startUrl = window.location.href;
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', startUrl);
});

function pickerSelect(el: CyberDeclarationsMap): HTMLSelectElement {
  return part(el, 'cdm-declaration-picker')!.shadowRoot!.querySelector('select')!;
}

async function pick(el: CyberDeclarationsMap, value: string): Promise<void> {
  await userEvent.selectOptions(pickerSelect(el), value);
  await settle(el);
}

/** Presses a key on the focused timeline slider until the element shows `date` (or gives up). */
async function stepTimelineTo(el: CyberDeclarationsMap, key: string, done: () => boolean, max = 80): Promise<void> {
  timelineInput(el).focus();
  for (let i = 0; i < max && !done(); i++) {
    await userEvent.keyboard(`{${key}}`);
    await settle(el);
  }
}

describe('explorer user flows', () => {
  test('Paris Call: the United States refused at launch and signed in November 2021', async () => {
    const el = await readyExplorer({ declaration: 'gge-2015', date: '2015-07-22' });
    const events: string[] = [];
    el.addEventListener('cdm-declaration-change', (e) => events.push(`declaration ${e.detail.declaration}`));
    el.addEventListener('cdm-date-change', (e) => events.push(`date ${e.detail.date}`));
    await pick(el, 'paris-call-2018');
    // Launched after the date shown: the date moves to the launch, 12 Nov 2018.
    expect(events).toEqual(['declaration paris-call-2018', 'date 2018-11-12']);
    expect(asOfText(el)).toMatch(/^Paris Call — \d+ signed, .*\d+ refused, \d+ did not sign as of 12 Nov 2018$/);
    expect(statusOf(el, 'USA')).toBe('refused');
    expect(statusOf(el, 'FRA')).toBe('signed');
    await stepTimelineTo(el, 'ArrowRight', () => el.date! > '2021-11-11');
    expect(el.date! > '2021-11-11').toBe(true);
    expect(statusOf(el, 'USA')).toBe('signed');
  });

  test('Future of the Internet: Norway changes on 2 Nov 2022', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-06-01' });
    await pick(el, 'dfi-2022');
    expect(el.date).toBe('2022-04-28');
    expect(statusOf(el, 'NOR')).not.toBe('signed');
    await stepTimelineTo(el, 'ArrowRight', () => el.date! >= '2022-11-02');
    expect(el.date).toBe('2022-11-02');
    expect(statusOf(el, 'NOR')).toBe('signed');
    await stepTimelineTo(el, 'ArrowLeft', () => el.date! < '2022-11-02', 1);
    expect(statusOf(el, 'NOR')).not.toBe('signed');
  });

  test("clicking Malta's marker opens its record in the sidebar", async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const selected: (string | null)[] = [];
    el.addEventListener('cdm-country-select', (e) => selected.push(e.detail.country));
    const malta = mapOf(el).shadowRoot.querySelector('g.marker[data-country="MLT"]')!;
    await userEvent.click(malta);
    await settle(el);
    expect(selected).toEqual(['MLT']);
    expect(el.getAttribute('country')).toBe('MLT');
    expect(countryNode(el, 'MLT')!.hasAttribute('data-selected')).toBe(true);
    const text = await until(() => sidebarText(el).includes('Malta') && sidebarText(el), 'Malta in the sidebar');
    expect(text).toMatch(/Paris Call/);
  });

  test('searching "South Korea" selects KOR and opens its record', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const selected: (string | null)[] = [];
    el.addEventListener('cdm-country-select', (e) => selected.push(e.detail.country));
    const input = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('South Korea');
    await settle(el);
    const options = part(el, 'cdm-country-search')!.shadowRoot!.querySelectorAll('[role="option"]');
    expect(options[0]?.getAttribute('data-country')).toBe('KOR');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(selected).toEqual(['KOR']);
    expect(el.country).toBe('KOR');
    expect(countryNode(el, 'KOR')!.hasAttribute('data-selected')).toBe(true);
    await until(() => sidebarText(el).includes('Korea'), 'Korea in the sidebar');
  });

  test.each([
    ['Czech Republic', 'CZE'],
    ['Türkiye', 'TUR'],
  ])('search accepts the alias "%s"', async (query, iso3) => {
    const el = await readyExplorer();
    const input = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard(`${query}{Enter}`);
    await settle(el);
    expect(el.country).toBe(iso3);
  });

  test('the search box names the open record, and empties when it is closed', async () => {
    const el = await readyExplorer();
    const input = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('Japan{Enter}');
    await settle(el);
    expect(el.country).toBe('JPN');
    expect(input.value).toBe('Japan');
    el.country = 'BRA'; // chosen elsewhere: the map, the sidebar, Back
    await settle(el);
    expect(input.value).toBe('Brazil');
    el.country = null;
    await settle(el);
    expect(input.value).toBe('');
  });

  test('a copied URL opens the same view, and back / forward restore views', async () => {
    history.replaceState(null, '', `?declaration=dfi-2022&date=2022-11-02&country=NOR`);
    const el = await readyExplorer({ 'sync-url': '' });
    expect(asOfText(el)).toMatch(/^Future of the Internet — .* as of 2 Nov 2022$/);
    expect(pickerSelect(el).value).toBe('dfi-2022');
    expect(statusOf(el, 'NOR')).toBe('signed');
    expect(countryNode(el, 'NOR')!.hasAttribute('data-selected')).toBe(true);
    await until(() => sidebarText(el).includes('Norway'), 'Norway in the sidebar');

    await pick(el, 'g7-2021');
    expect(new URLSearchParams(location.search).get('declaration')).toBe('g7-2021');
    await pick(el, 'all');
    expect(new URLSearchParams(location.search).get('view')).toBe('all');
    expect(countryNode(el, 'NOR')!.getAttribute('data-signed-count')).toMatch(/^[0-5]$/);

    history.back();
    await until(() => el.view !== 'all' && el.declaration === 'g7-2021', 'back to the G7 view');
    await settle(el);
    expect(pickerSelect(el).value).toBe('g7-2021');
    history.back();
    await until(() => el.declaration === 'dfi-2022', 'back to the first view');
    await settle(el);
    expect(asOfText(el)).toMatch(/as of 2 Nov 2022$/);
    history.forward();
    await until(() => el.declaration === 'g7-2021', 'forward to the G7 view');
  });

  test('a link with bad values shows the fallback, and the address bar then says what is shown', async () => {
    history.replaceState(null, '', '?declaration=nope&date=2030-01-01&country=ZZZ');
    const before = history.length;
    const el = await readyExplorer({ 'sync-url': '' });
    expect(el.viewState).toMatchObject({ declaration: 'paris-call-2018', date: '2022-12-31', country: null });
    const params = new URLSearchParams(location.search);
    expect([params.get('declaration'), params.get('date'), params.get('country')]).toEqual(['paris-call-2018', '2022-12-31', null]);
    // Corrected in place: Back does not return to the typo.
    expect(history.length).toBe(before);
  });

  test('a date that is not a real day (2019-6-1) is replaced in the address bar by the date shown', async () => {
    history.replaceState(null, '', '?declaration=g7-2021&date=2019-6-1&view=nonsense');
    const before = history.length;
    const el = await readyExplorer({ 'sync-url': '' });
    expect(el.viewState).toMatchObject({ declaration: 'g7-2021', date: '2022-12-31', view: 'declaration' });
    const params = new URLSearchParams(location.search);
    expect([params.get('declaration'), params.get('date'), params.get('view')]).toEqual(['g7-2021', '2022-12-31', null]);
    expect(history.length).toBe(before);
  });

  test("Back to an entry without parameters shows the page's own view again", async () => {
    history.replaceState(null, '', location.pathname);
    const el = await readyExplorer({ 'sync-url': '', declaration: 'g7-2021', date: '2021-12-31' });
    await pick(el, 'dfi-2022');
    const search = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
    await userEvent.click(search);
    await userEvent.keyboard('Norway{Enter}');
    await settle(el);
    expect(new URLSearchParams(location.search).get('country')).toBe('NOR');
    history.back();
    await until(() => el.country === null, 'back to no country');
    history.back();
    await until(() => el.declaration === 'g7-2021', "back to the page's declaration");
    await settle(el);
    expect(location.search).toBe('');
    expect(pickerSelect(el).value).toBe('g7-2021');
    expect(asOfText(el)).toMatch(/as of 31 Dec 2021$/);
  });

  test('scrubbing keeps the URL on the day shown, in one history entry', async () => {
    history.replaceState(null, '', '?declaration=paris-call-2018&date=2019-12-31');
    const el = await readyExplorer({ 'sync-url': '' });
    const urlDate = () => new URLSearchParams(location.search).get('date');
    timelineInput(el).focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      await userEvent.keyboard(`{${key}}`);
      await settle(el);
      // A link copied now must open the day on screen, not the one before it.
      expect(urlDate()).toBe(el.date);
      expect(asOfText(el)).toMatch(new RegExp(`as of ${formatDay(el.date!)}$`));
    }
    expect(el.date).not.toBe('2019-12-31');
    // One entry for the whole run: Back skips every step and returns to where scrubbing started.
    history.back();
    await until(() => el.date === '2019-12-31', 'Back returns to where scrubbing started');
  });

  test('every timeline event can be reached with the keyboard alone', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2015-07-22' });
    const stops = [...new Set((el as unknown as { stops: { date: string }[] }).stops.map((s) => s.date))].filter((d) => d > '2015-07-22');
    expect(stops.length).toBeGreaterThan(5);
    const seen: string[] = [];
    el.addEventListener('cdm-date-change', (e) => seen.push(e.detail.date));
    // Tab into the timeline as a keyboard user would, then step event by event.
    const input = timelineInput(el);
    input.focus();
    for (let i = 0; i < stops.length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await settle(el);
    }
    expect(seen).toEqual(stops);
    // The map followed: the as-of line names the last event's day.
    expect(asOfText(el)).toMatch(new RegExp(`as of ${formatDay(stops.at(-1)!)}$`));
  });

  test('keyboard walk on the map announces each country with its status', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const map = mapOf(el);
    const viewport = map.shadowRoot.querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    await userEvent.keyboard('malt');
    await settle(el);
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    expect(live.textContent).toMatch(/^Malta: Paris Call, signed, on /);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.country).toBe('MLT');
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.country).toBeNull();
  });
});
