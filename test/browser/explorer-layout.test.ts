// Legend highlighting, the all-declarations view, and the layout from 320 px to 2560 px.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emulateMedia, readerTextSpacing, resetMedia } from './a11y-helpers';
import { ATLAS, DATASET, countryNode, mapOf, part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

describe('legend and views', () => {
  test('hovering a legend entry dims every country but its own; leaving restores the map', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2018-11-12' });
    const legend = part(el, 'cdm-legend')!.shadowRoot!;
    const refused = legend.querySelector<HTMLElement>('button[data-value="refused"]')!;
    expect(refused.textContent).toMatch(/Refused\s*\d+/);
    await userEvent.hover(refused);
    await settle(el);
    const svg = mapOf(el).shadowRoot.querySelector('svg')!;
    expect(svg.getAttribute('data-highlight')).toBe('refused');
    expect(Number(getComputedStyle(countryNode(el, 'USA')!).opacity)).toBe(1);
    expect(Number(getComputedStyle(countryNode(el, 'FRA')!).opacity)).toBeLessThan(0.5);
    await userEvent.unhover(refused);
    await settle(el);
    expect(svg.hasAttribute('data-highlight')).toBe(false);
  });

  test("the map's description for screen readers names the declaration and its counts", async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-12-31' });
    const map = mapOf(el).shadowRoot;
    const describedBy = map.querySelector('.viewport')!.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(map.getElementById(describedBy)!.textContent).toMatch(/^Map: A Declaration for the Future of the Internet, as of 31 Dec 2022: \d+ endorsed, /);
  });

  test('a pinned legend entry lets go when the view has no such entry', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const legend = () => part(el, 'cdm-legend')!.shadowRoot!;
    const svg = mapOf(el).shadowRoot.querySelector('svg')!;
    await userEvent.click(legend().querySelector<HTMLElement>('button[data-value="uncertain"]')!);
    await userEvent.unhover(legend().querySelector<HTMLElement>('button[data-value="uncertain"]')!);
    await settle(el);
    expect(svg.getAttribute('data-highlight')).toBe('uncertain');
    el.view = 'all';
    await settle(el);
    expect(svg.hasAttribute('data-highlight')).toBe(false);
    expect(legend().querySelector('button[aria-pressed="true"]')).toBeNull();
  });

  // In rows (a laptop's explorer, a phone, an article) and with definitions alike: "Signed 9" to
  // "Signed 81" moved every entry after it in the rows.
  test.each([
    ['in rows', true],
    ['with definitions', false],
  ])('legend counts keep a fixed width so scrubbing does not move the entries (%s)', async (_form, compact) => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2018-11-12' });
    const host = part(el, 'cdm-legend') as HTMLElement & { compact: boolean };
    // The explorer decides the form by the screen's height; set here so both are tested on any screen.
    host.compact = compact;
    await settle(el);
    expect(host.hasAttribute('compact')).toBe(compact);
    const legend = host.shadowRoot!;
    const label = () => legend.querySelector('button[data-value="absent"] .label')!.getBoundingClientRect().left;
    const before = label();
    el.date = '2022-12-31';
    await settle(el);
    expect(label()).toBe(before);
  });

  test('the all-declarations view shades by the number signed, with its own legend', async () => {
    const el = await readyExplorer({ view: 'all', date: '2022-12-31' });
    const usa = countryNode(el, 'USA')!;
    expect(usa.hasAttribute('data-status')).toBe(false);
    expect(Number(usa.getAttribute('data-signed-count'))).toBeGreaterThanOrEqual(3);
    const values = [...part(el, 'cdm-legend')!.shadowRoot!.querySelectorAll('button')].map((b) => b.dataset.value);
    expect(values).toEqual(['0', '1', '2', '3', '4', '5']);
    const fills = new Set(['0', '5'].map((n) => getComputedStyle(mapOf(el).shadowRoot.querySelector(`[data-signed-count="${n}"]`)!).fill));
    expect(fills.size).toBe(2);
  });
});

describe('layout', () => {
  test('at 320 px the sidebar sits below the map and nothing overflows sideways', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'MLT' }, 320);
    const map = mapOf(el).getBoundingClientRect();
    const sidebar = part(el, 'cdm-sidebar')!.getBoundingClientRect();
    expect(sidebar.top).toBeGreaterThanOrEqual(map.bottom);
    const shell = part(el, '.shell') as HTMLElement;
    expect(shell.scrollWidth).toBeLessThanOrEqual(320);
    expect(map.width).toBeGreaterThan(280);
  });

  test('at 375 px a launch notice sits under the map and leaves the zoom buttons free', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2016-11-22' }, 375);
    const notice = part(el, '.not-launched > div')!.getBoundingClientRect();
    const zoom = mapOf(el).shadowRoot.querySelector('.zoom-controls')!.getBoundingClientRect();
    expect(notice.top).toBeGreaterThanOrEqual(zoom.bottom);
    expect(notice.top).toBeGreaterThanOrEqual(mapOf(el).getBoundingClientRect().bottom);
  });

  test('on a wide screen the sidebar sits beside the map', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' }, 1600);
    const map = mapOf(el).getBoundingClientRect();
    const sidebar = part(el, 'cdm-sidebar')!.getBoundingClientRect();
    expect(sidebar.left).toBeGreaterThanOrEqual(map.right);
    expect(map.width).toBeGreaterThan(1000);
  });

  test('on a wide screen without the sidebar, the map, timeline and legend take the whole width', async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', controls: 'legend timeline' }, 1200);
    await settle(el);
    const shell = (part(el, '.shell') as HTMLElement).getBoundingClientRect();
    for (const name of ['cdm-map', 'cdm-timeline', 'cdm-legend']) {
      const box = part(el, name)!.getBoundingClientRect();
      expect(box.width, name).toBeGreaterThan(shell.width - 2 * 12 - 1);
    }
  });
});

describe('the element in the host page’s layout', () => {
  test('its type follows its own column, not the screen: 15 px in a 680 px column, more in a wide one', async () => {
    const sizes: number[] = [];
    for (const width of [680, 1400]) {
      const el = await readyExplorer({}, width);
      const shell = el.shadowRoot!.querySelector('.shell')!;
      sizes.push(parseFloat(getComputedStyle(shell).fontSize));
      unmountAll();
    }
    // clamp(15px, 13px + 0.3cqi, 20px) of the element's width, whatever this window's width is.
    expect(sizes[0]).toBeCloseTo(15.04, 1);
    expect(sizes[1]).toBeCloseTo(17.2, 1);
  });

  test('in a flex row beside a fixed aside, with no width set, it takes the rest of the row', async () => {
    const row = document.createElement('div');
    row.style.cssText = 'display:flex;gap:20px;width:1000px';
    const aside = document.createElement('aside');
    aside.style.cssText = 'flex:none;width:200px';
    const el = document.createElement('cyber-declarations-map');
    el.setAttribute('atlas-src', ATLAS);
    el.setAttribute('dataset-src', DATASET);
    row.append(aside, el);
    document.body.append(row);
    try {
      await until(() => countryNode(el as never, 'FRA'), 'the map to draw');
      expect(Math.round(el.getBoundingClientRect().width)).toBe(780);
      expect(mapOf(el as never).getBoundingClientRect().width).toBeGreaterThan(700);
    } finally {
      row.remove();
    }
  });
});

describe('on paper', () => {
  test('the map, its legend and its "as of" line print; controls that do nothing on paper do not', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'USA' });
    await emulateMedia([], 'print');
    try {
      const shown = (selector: string) => {
        const node = part(el, selector) as HTMLElement | null;
        return !!node && node.getBoundingClientRect().height > 0 && getComputedStyle(node).display !== 'none';
      };
      for (const kept of ['cdm-map', 'cdm-legend', '.as-of']) expect(shown(kept), kept).toBe(true);
      for (const gone of ['.toolbar', 'cdm-timeline', '.display-toggle']) expect(shown(gone), gone).toBe(false);
      // The record prints, without its close and zoom buttons (found by a tester).
      const record = part(el, 'cdm-sidebar')!.shadowRoot!;
      expect(record.querySelector('h2')!.textContent).toContain('United States');
      for (const gone of ['[part="close"]', '[part="zoom"]']) expect(getComputedStyle(record.querySelector(gone)!).display, gone).toBe('none');
    } finally {
      await resetMedia();
    }
  });
});

// WCAG 1.4.12: with a reader's own text spacing (wider letters and words) the timeline's labels,
// placed from estimated widths, ran into each other on a phone (found by a tester).
describe("the timeline's labels with a reader's text spacing", () => {
  afterEach(unmountAll);
  for (const width of [320, 375, 1280]) {
    test(`never overlap, and some still show (${width} px)`, async () => {
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', layout: 'explorer' }, width);
      const timeline = part(el, 'cdm-timeline')!;
      const root = timeline.shadowRoot!;
      const spacing = readerTextSpacing();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      const overlaps = () => {
        const labels = [...root.querySelectorAll<HTMLElement>('.labels > .label')].map((l) => [l.textContent!.trim(), l.getBoundingClientRect()] as const);
        const out: string[] = [];
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++) {
            const [[a, A], [b, B]] = [labels[i]!, labels[j]!];
            if (A.left < B.right - 0.5 && B.left < A.right - 0.5 && A.top < B.bottom - 0.5 && B.top < A.bottom - 0.5) out.push(`"${a}" / "${b}"`);
          }
        return out;
      };
      // Two frames: a reader's style sheet lands after the labels were placed.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      await (timeline as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(overlaps()).toEqual([]);
      expect(root.querySelectorAll('.labels > .label').length).toBeGreaterThan(width < 400 ? 1 : 4);
    });
  }
});
