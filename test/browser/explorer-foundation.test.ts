// Issue 2 through the whole element: every state is on the map, loading and error states are
// visible in words, bad attributes fall back with a warning and never throw.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import countriesCsv from '../../data/countries.csv?raw';
import { asOfText, countryNode, mapOf, mountExplorer, part, readyExplorer, settle, statusOf, unmountAll, until } from './explorer-helpers';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const TABLE = countriesCsv.trim().split('\n').slice(1).map((l) => l.slice(0, 3));

describe('<cyber-declarations-map> foundation', () => {
  test('all 197 states of data/countries.csv are on the map, each with a status', async () => {
    expect(TABLE).toHaveLength(197);
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const missing = TABLE.filter((iso3) => !countryNode(el, iso3));
    expect(missing).toEqual([]);
    const unstyled = TABLE.filter((iso3) => !statusOf(el, iso3));
    expect(unstyled).toEqual([]);
  });

  test('shows a loading message until the data arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const realFetch = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation(async (...args) => {
      await gate;
      return realFetch(...args);
    });
    const el = mountExplorer();
    await el.updateComplete;
    const status = part(el, '[part="status"]');
    expect(status?.textContent).toMatch(/Loading the map/);
    expect(status?.getBoundingClientRect().height).toBeGreaterThan(100);
    release();
    await until(() => countryNode(el, 'FRA'), 'the map after loading');
    expect(part(el, '[part="status"]')).toBeNull();
  });

  test('a missing atlas shows an error in words with a Retry that loads again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mountExplorer({ 'atlas-src': '/generated/no-such-atlas.json' });
    const error = await until(() => part(el, '[part="error"]'), 'the error state');
    expect(error.getAttribute('role')).toBe('alert');
    // A static host answers 404; the Vite dev server answers with its HTML page. Both say so.
    expect(error.textContent).toMatch(/could not be loaded from .*no-such-atlas\.json: the server (answered 404|sent a web page)/);
    expect(warn).toHaveBeenCalled();
    // Fix the URL, press Retry: the map appears.
    el.atlasSrc = '/generated/atlas.json';
    await settle(el);
    await until(() => countryNode(el, 'FRA'), 'the map after fixing the URL');
    el.atlasSrc = '/generated/no-such-atlas.json';
    await until(() => part(el, '[part="error"]'), 'the error again');
    const fetchSpy = vi.spyOn(window, 'fetch');
    await userEvent.click(part(el, '[part="error"] button')!);
    await until(() => fetchSpy.mock.calls.length >= 2, 'Retry to fetch both files again');
  });

  test('bad attributes fall back to a sensible view with warnings, and never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await readyExplorer({ declaration: 'nope', date: '2019-02-30', country: 'ZZZ', view: 'sideways', controls: 'legend bogus' });
    expect(asOfText(el)).toMatch(/^Paris Call — .* as of 31 Dec 2022$/);
    const messages = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(messages).toMatch(/unknown declaration "nope"/);
    expect(messages).toMatch(/"2019-02-30" is not a real day/);
    expect(messages).toMatch(/unknown country "ZZZ"/);
    expect(messages).toMatch(/unknown view "sideways"/);
    expect(messages).toMatch(/unknown control\(s\) bogus/);
    expect(part(el, 'cdm-legend')).not.toBeNull();
    expect(part(el, 'cdm-timeline')).toBeNull();
    expect(mapOf(el).shadowRoot.querySelector('[data-selected]')).toBeNull();
  });

  test('setting attributes from the host changes the view and fires no event', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const fired: string[] = [];
    for (const name of ['cdm-declaration-change', 'cdm-date-change', 'cdm-country-select']) el.addEventListener(name, () => fired.push(name));
    el.setAttribute('declaration', 'dfi-2022');
    el.setAttribute('date', '2022-12-31');
    el.setAttribute('country', 'NOR');
    await settle(el);
    expect(asOfText(el)).toMatch(/^Future of the Internet — \d+ endorsed, 2 listing disputed/);
    expect(countryNode(el, 'NOR')!.hasAttribute('data-selected')).toBe(true);
    expect(fired).toEqual([]);
  });

  test('before a launch the map has no colours and offers to jump to the launch', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2017-01-01' });
    expect(asOfText(el)).toBe('The Paris Call had not been launched yet on 1 Jan 2017.');
    expect(statusOf(el, 'FRA')).toBeNull();
    const dates: string[] = [];
    el.addEventListener('cdm-date-change', (e) => dates.push(e.detail.date));
    const jump = part(el, '.not-launched button')!;
    expect(jump.textContent).toMatch(/Jump to its launch \(12 Nov 2018\)/);
    await userEvent.click(jump);
    await settle(el);
    expect(dates).toEqual(['2018-11-12']);
    expect(statusOf(el, 'FRA')).toBe('signed');
    expect(el.getAttribute('date')).toBe('2018-11-12');
  });

  test('two instances share no ids', async () => {
    const a = await readyExplorer({ declaration: 'g7-2021' });
    const b = await readyExplorer({ declaration: 'dfi-2022' });
    const ids = (el: Element): string[] => {
      const out: string[] = [];
      const walk = (root: ShadowRoot | Element) => {
        root.querySelectorAll('*').forEach((n) => {
          if (n.id) out.push(n.id);
          if (n.shadowRoot) walk(n.shadowRoot);
        });
      };
      walk(el.shadowRoot!);
      return out;
    };
    const ia = ids(a);
    const ib = new Set(ids(b));
    expect(ia.length).toBeGreaterThan(5);
    expect(ia.filter((id) => ib.has(id))).toEqual([]);
    expect(statusOf(a, 'CHN')).toBe('not-member');
  });
});
