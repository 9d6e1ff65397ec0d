// The theme contract: every custom property the README documents reaches the children that draw
// with it, set once on the host, on any ancestor (a wrapper around the maps) or on <body>, as the
// README promises. (A child that reads an undocumented name, as the timeline and the sidebar once
// did with their own font and muted-text names, fails here; so does an element that declares the
// properties' defaults itself, since a declaration on it beats a value inherited from an ancestor.)
// With nothing set, the light and the dark defaults draw exactly the colours they always drew.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import readme from '../../README.md?raw';
import { PATTERNED_STATUSES } from '../../src/lib/palette';
import { PAIR_COLORED, PAIR_PATTERNED } from '../../src/lib/compare-palette';
import { STATUSES } from '../../src/lib/types';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { countryNode, mapOf, part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';
import { emulateMedia, resetMedia } from './a11y-helpers';

afterEach(async () => {
  unmountAll();
  document.body.removeAttribute('style');
  await resetMedia();
});

/** Where a page sets the properties: on the element, on a wrapper around it, on <body>. */
const WHERE = {
  'the element': (el: CyberDeclarationsMap): HTMLElement => el,
  'an ancestor (a wrapper div)': (el: CyberDeclarationsMap): HTMLElement => el.parentElement!,
  '<body>': (): HTMLElement => document.body,
} as const;
const PLACES = Object.keys(WHERE) as Array<keyof typeof WHERE>;

/** The custom properties in the README's Theming table (`--cdm-all-0` … `--cdm-all-5` expanded). */
function documented(): string[] {
  const section = readme.slice(readme.indexOf('### Theming'), readme.indexOf('### custom-elements.json'));
  const names = new Set<string>();
  for (const m of section.matchAll(/^\| `(--cdm-[a-z0-9-]+)`(?: … `(--cdm-[a-z0-9-]+)`)? \|/gm)) {
    if (m[2]) for (let n = 0; n <= 5; n++) names.add(m[1]!.replace(/\d+$/, String(n)));
    else names.add(m[1]!);
  }
  // `--cdm-pattern-ink-<status>` stands for one property per patterned status.
  if (section.includes('`--cdm-pattern-ink-<status>`')) for (const s of PATTERNED_STATUSES) names.add(`--cdm-pattern-ink-${s}`);
  // `--cdm-pattern-ink-<pair>`: one per patterned category of the compare and change views.
  if (section.includes('`--cdm-pattern-ink-<pair>`')) for (const c of PAIR_PATTERNED) names.add(`--cdm-pattern-ink-${c}`);
  return [...names].sort();
}

/** A distinct colour per property, so a wrong reader is caught, not only a missing one. */
const colour = (i: number) => `rgb(${10 + i}, ${200 - i}, ${(i * 37) % 255})`;

const shadow = (el: Element | null | undefined) => (el as (Element & { shadowRoot: ShadowRoot }) | null)?.shadowRoot ?? null;
const style = (el: Element | null | undefined) => (el ? getComputedStyle(el) : null);

type Probe = (el: CyberDeclarationsMap) => Array<[string, string | undefined]>;

/** Where each documented property must show: [what, the computed value] pairs (undefined: not on screen). */
function probes(): Record<string, Probe> {
  const map = (el: CyberDeclarationsMap) => shadow(mapOf(el))!;
  // The article layout has no sidebar until "Sources and quotes" opens.
  const sidebar = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-sidebar'));
  const timeline = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-timeline'))!;
  const legend = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-legend'))!;
  const own = (el: CyberDeclarationsMap, selector: string) => el.shadowRoot!.querySelector(selector);
  const out: Record<string, Probe> = {
    '--cdm-sea': (el) => [['map sphere fill', style(map(el).querySelector('.sphere'))?.fill]],
    '--cdm-other-land': (el) => [['land with no status', style(map(el).querySelector('.other-land'))?.fill]],
    '--cdm-border': (el) => [['country border', style(map(el).querySelector('.shape'))?.stroke]],
    '--cdm-selected': (el) => [['chosen country outline', style(map(el).querySelector('.ring.selected'))?.stroke]],
    '--cdm-tooltip-background': (el) => [['map tooltip background', style(map(el).querySelector('.tooltip'))?.backgroundColor]],
    '--cdm-tooltip-text': (el) => [['map tooltip text', style(map(el).querySelector('.tooltip'))?.color]],
    '--cdm-background': (el) => [['zoom button background', style(map(el).querySelector('.zoom-controls button'))?.backgroundColor]],
    '--cdm-text': (el) => [
      ['sidebar text', style(sidebar(el)?.querySelector('h2'))?.color],
      ['legend text', style(legend(el).querySelector('.label'))?.color],
    ],
    '--cdm-muted-text': (el) => [
      ['sidebar secondary text', style(sidebar(el)?.querySelector('.muted'))?.color],
      ['timeline secondary text', style(timeline(el).querySelector('.axis'))?.color],
    ],
    '--cdm-accent': (el) => [
      ['pressed Map / Table button', style(own(el, '.display-toggle button[aria-pressed="true"]'))?.backgroundColor],
      ['sidebar link', style(sidebar(el)?.querySelector('a'))?.color],
      ['timeline current date', style(timeline(el).querySelector('.label.current'))?.color],
      ['timeline current mark', style(timeline(el).querySelector('.mark.current'))?.outlineColor],
      ['"Sources and quotes" summary', style(own(el, '.more > summary'))?.color],
      ['"Read the text" link', style(own(el, '[part="text-link"]'))?.color],
      ['credit link', style(own(el, '[part="explorer-link"]'))?.color],
    ],
    '--cdm-control-border': (el) => [
      ['zoom button border', style(map(el).querySelector('.zoom-controls button'))?.borderTopColor],
      ['search field border', style(shadow(part(el, 'cdm-country-search'))?.querySelector('input'))?.borderTopColor],
      ['Map / Table button border', style(own(el, '.display-toggle button[aria-pressed="false"]'))?.borderTopColor],
      ['"Sources and quotes" rule', style(own(el, '.more'))?.borderTopColor],
    ],
    '--cdm-control-hover': (el) => [['pinned legend entry', style(legend(el).querySelector('button[aria-pressed="true"]'))?.backgroundColor]],
    '--cdm-swatch-border': (el) => [['legend swatch outline', style(legend(el).querySelector('.swatch'))?.stroke]],
    '--cdm-font-family': (el) => [
      ['sidebar font', style(sidebar(el)?.host)?.fontFamily],
      ['timeline font', style(timeline(el).host)?.fontFamily],
      ['legend font', style(legend(el).host)?.fontFamily],
    ],
    '--cdm-warning-text': (el) => [['sidebar flag', style(sidebar(el)?.querySelector('.flag'))?.color]],
    '--cdm-timeline-launch': (el) => [['timeline launch mark', style(timeline(el).querySelector('.mark.launch'))?.backgroundColor]],
    '--cdm-timeline-change': (el) => [['timeline change mark', style(timeline(el).querySelector('.mark.change'))?.backgroundColor]],
    '--cdm-timeline-context': (el) => [['timeline context mark', style(timeline(el).querySelector('.mark.context'))?.borderColor]],
  };
  for (const s of STATUSES) {
    out[`--cdm-color-${s}`] = (el) => {
      const patterned = (PATTERNED_STATUSES as readonly string[]).includes(s);
      const node = patterned ? map(el).querySelector(`.pattern-${s} rect`) : map(el).querySelector(`[data-status="${s}"]`);
      return [[`map fill of ${s}`, style(node)?.fill]];
    };
  }
  for (const s of PATTERNED_STATUSES) {
    out[`--cdm-pattern-ink-${s}`] = (el) => {
      const ink = map(el).querySelector(`.pattern-${s} line, .pattern-${s} circle`);
      return [[`pattern ink of ${s}`, ink?.tagName === 'circle' ? style(ink)?.fill : style(ink)?.stroke]];
    };
  }
  for (const c of PAIR_COLORED) {
    out[`--cdm-color-${c}`] = (el) => {
      const patterned = (PAIR_PATTERNED as readonly string[]).includes(c);
      const node = patterned ? map(el).querySelector(`.pattern-${c} rect`) : map(el).querySelector(`[data-status="${c}"]`);
      return [[`map fill of ${c}`, node ? style(node)?.fill : undefined]];
    };
  }
  for (const c of PAIR_PATTERNED) {
    out[`--cdm-pattern-ink-${c}`] = (el) => {
      const ink = map(el).querySelector(`.pattern-${c} line, .pattern-${c} circle`);
      return [[`pattern ink of ${c}`, ink ? (ink.tagName === 'circle' ? style(ink)?.fill : style(ink)?.stroke) : undefined]];
    };
  }
  for (let n = 0; n <= 5; n++) out[`--cdm-all-${n}`] = (el) => [[`all view, ${n} signed`, style(map(el).querySelector(`[data-signed-count="${n}"]`))?.fill]];
  return out;
}

const isPair = (n: string): boolean => (PAIR_COLORED as readonly string[]).some((c) => n === `--cdm-color-${c}` || n === `--cdm-pattern-ink-${c}`);

describe('theme contract', () => {
  test('the README documents a checkable set of properties, each with a probe here', () => {
    const names = documented();
    expect(names.length).toBeGreaterThan(25);
    expect(names.filter((n) => !(n in probes()) && n !== '--cdm-focus')).toEqual([]);
  });

  test.each(PLACES)('every documented property set on %s reaches every child that draws with it', async (where) => {
    const names = documented().filter((n) => n !== '--cdm-focus' && !n.startsWith('--cdm-all-') && !isPair(n));
    // A view with every status on screen: the Paris Call (refused, not-signed, uncertain), and the
    // G7 (not-member) and the 2022 declaration (disputed) are checked by switching declaration.
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-01-01' });
    const target = WHERE[where](el);
    names.forEach((n, i) => target.style.setProperty(n, n === '--cdm-font-family' ? `"Theme Probe ${i}", monospace` : colour(i)));
    const expected = (n: string, i: number) => (n === '--cdm-font-family' ? `"Theme Probe ${i}", monospace` : colour(i));
    const misses: string[] = [];
    const seen = new Set<string>();
    const check = (when: string) =>
      names.forEach((n, i) => {
        for (const [what, value] of probes()[n]!(el)) {
          if (value === undefined) continue; // not on screen in this view
          seen.add(n);
          if (value !== expected(n, i)) misses.push(`${n} → ${what}: ${value} (${when})`);
        }
      });
    for (const declaration of ['paris-call-2018', 'g7-2021', 'dfi-2022']) {
      el.setAttribute('declaration', declaration);
      await settle(el);
      check(declaration);
    }
    // What a reader's actions draw: a date on a stop of the timeline (its current mark), a
    // chosen country's outline, a pinned legend entry, the tooltip of a country under the pointer.
    el.setAttribute('declaration', 'paris-call-2018');
    el.setAttribute('date', '2018-11-12');
    el.setAttribute('country', 'FRA');
    await settle(el);
    await userEvent.click(shadow(part(el, 'cdm-legend'))!.querySelector<HTMLButtonElement>('button[data-value]')!);
    await userEvent.hover(countryNode(el, 'BRA')!);
    await until(() => mapOf(el).shadowRoot.querySelector('.tooltip'), 'the tooltip');
    await settle(el);
    check('a stop, a chosen country, a pinned legend entry, a tooltip');
    // The article layout's own parts: its links and the "Sources and quotes" disclosure.
    el.removeAttribute('country');
    el.setAttribute('layout', 'article');
    await settle(el);
    check('article layout');
    expect(misses).toEqual([]);
    // Every probe saw its target somewhere.
    expect(names.filter((n) => !seen.has(n))).toEqual([]);
  });

  test.each(PLACES)('the compare and change views’ colours and pattern inks, set on %s', async (where) => {
    const names = documented().filter(isPair);
    expect(names).toHaveLength(PAIR_COLORED.length + PAIR_PATTERNED.length);
    const el = await readyExplorer({ declaration: 'paris-call-2018', view: 'compare', with: 'dfi-2022', date: '2022-12-31' });
    const target = WHERE[where](el);
    names.forEach((n, i) => target.style.setProperty(n, colour(i)));
    const seen = new Set<string>();
    for (const attrs of [{}, { view: 'change', from: '2019-01-01' }]) {
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      await settle(el);
      names.forEach((n, i) => {
        for (const [what, value] of probes()[n]!(el)) {
          if (value === undefined) continue;
          expect(value, `${n} → ${what}`).toBe(colour(i));
          seen.add(n);
        }
      });
    }
    expect([...seen].sort()).toEqual(names);
  });

  test.each(PLACES)('the "all declarations" shades and the focus ring, set on %s', async (where) => {
    const el = await readyExplorer({ view: 'all', date: '2022-12-31' });
    const target = WHERE[where](el);
    for (let n = 0; n <= 5; n++) target.style.setProperty(`--cdm-all-${n}`, colour(n));
    target.style.setProperty('--cdm-focus', 'rgb(1, 2, 3)');
    await settle(el);
    const shown = [0, 1, 2, 3, 4, 5].map((n) => probes()[`--cdm-all-${n}`]!(el)[0]![1]);
    shown.forEach((v, n) => v !== undefined && expect(v, `--cdm-all-${n}`).toBe(colour(n)));
    expect(shown.filter((v) => v !== undefined).length).toBeGreaterThanOrEqual(4);
    const button = shadow(mapOf(el))!.querySelector<HTMLButtonElement>('.zoom-controls button')!;
    button.focus({ focusVisible: true } as FocusOptions);
    const legendButton = shadow(part(el, 'cdm-legend'))!.querySelector<HTMLButtonElement>('button')!;
    legendButton.focus({ focusVisible: true } as FocusOptions);
    expect([style(button)?.outlineColor, style(legendButton)?.outlineColor]).toContain('rgb(1, 2, 3)');
    // Every focus ring, the timeline's slider and the sidebar's links too (they once took the accent).
    const slider = shadow(part(el, 'cdm-timeline'))!.querySelector<HTMLElement>('input[part="slider"]')!;
    slider.focus({ focusVisible: true } as FocusOptions);
    expect(style(slider)?.outlineColor, 'the timeline slider').toBe('rgb(1, 2, 3)');
    el.view = 'declaration';
    await settle(el);
    const link = shadow(part(el, 'cdm-sidebar'))!.querySelector<HTMLElement>('a[href]')!;
    link.focus({ focusVisible: true } as FocusOptions);
    expect(style(link)?.outlineColor, 'a sidebar link').toBe('rgb(1, 2, 3)');
  });
  // Recorded from the element as it was before its defaults moved off its :host into the readers'
  // fallbacks (theme.ts): with nothing set, nothing a reader sees may change, in either scheme.
  test.each(['light', 'dark'] as const)('with nothing set, the %s scheme draws the colours it always drew', async (scheme) => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(await defaultColours()).toEqual(DEFAULT_COLOURS[scheme]);
  });
});

/** The colours a handful of probes draw with nothing set: each view's fills and inks, text, controls, focus. */
async function defaultColours(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => value !== undefined && (out[key] = value);
  const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-01-01', country: 'RUS' });
  await settle(el);
  const map = shadow(mapOf(el))!;
  const sidebar = shadow(part(el, 'cdm-sidebar'))!;
  const timeline = shadow(part(el, 'cdm-timeline'))!;
  const legend = shadow(part(el, 'cdm-legend'))!;
  put('element background', style(el)?.backgroundColor);
  put('element text', style(el)?.color);
  put('sea', style(map.querySelector('.sphere'))?.fill);
  put('other land', style(map.querySelector('.other-land'))?.fill);
  put('border', style(map.querySelector('[data-status="signed"]'))?.stroke);
  put('selected ring', style(map.querySelector('.ring.selected'))?.stroke);
  put('signed', style(map.querySelector('[data-status="signed"]'))?.fill);
  put('absent', style(map.querySelector('[data-status="absent"]'))?.fill);
  put('refused pattern', style(map.querySelector('.pattern-refused rect'))?.fill);
  put('refused ink', style(map.querySelector('.pattern-refused line'))?.stroke);
  put('not-member ink', style(map.querySelector('.pattern-not-member circle'))?.fill);
  const zoom = map.querySelector<HTMLButtonElement>('.zoom-controls button')!;
  put('zoom button background', style(zoom)?.backgroundColor);
  put('zoom button text', style(zoom)?.color);
  put('zoom button border', style(zoom)?.borderTopColor);
  zoom.focus({ focusVisible: true } as FocusOptions);
  put('focus ring', style(zoom)?.outlineColor);
  put('legend text', style(legend.querySelector('.label'))?.color);
  put('legend heading', style(legend.querySelector('h2'))?.color);
  put('legend swatch border', style(legend.querySelector('.swatch'))?.stroke);
  put('sidebar heading', style(sidebar.querySelector('h2'))?.color);
  put('sidebar secondary text', style(sidebar.querySelector('.muted'))?.color);
  put('sidebar link', style(sidebar.querySelector('a'))?.color);
  put('timeline axis', style(timeline.querySelector('.axis'))?.color);
  put('timeline launch', style(timeline.querySelector('.mark.launch'))?.backgroundColor);
  put('timeline change', style(timeline.querySelector('.mark.change'))?.backgroundColor);
  put('timeline context', style(timeline.querySelector('.mark.context'))?.borderColor);
  put('pressed Map / Table button', style(el.shadowRoot!.querySelector('.display-toggle button[aria-pressed="true"]'))?.backgroundColor);
  await userEvent.click(legend.querySelector<HTMLButtonElement>('button[data-value]')!);
  await userEvent.hover(countryNode(el, 'BRA')!);
  await until(() => map.querySelector('.tooltip'), 'the tooltip');
  put('pinned legend entry', style(legend.querySelector('button[aria-pressed="true"]'))?.backgroundColor);
  put('tooltip background', style(map.querySelector('.tooltip'))?.backgroundColor);
  put('tooltip text', style(map.querySelector('.tooltip'))?.color);
  el.setAttribute('view', 'all');
  el.setAttribute('date', '2022-12-31');
  await settle(el);
  for (const n of [0, 1, 3, 5]) put(`all view, ${n} signed`, style(map.querySelector(`[data-signed-count="${n}"]`))?.fill);
  el.setAttribute('view', 'compare');
  el.setAttribute('with', 'dfi-2022');
  await settle(el);
  put('compare both', style(map.querySelector('[data-status="both"]'))?.fill);
  put('compare first only', style(map.querySelector('.pattern-first-only rect'))?.fill);
  put('compare first only ink', style(map.querySelector('.pattern-first-only line'))?.stroke);
  const article = await readyExplorer({ layout: 'article', declaration: 'paris-call-2018', date: '2019-01-01' });
  await settle(article);
  put('article "Read the text" link', style(article.shadowRoot!.querySelector('[part="text-link"]'))?.color);
  put('article credit link', style(article.shadowRoot!.querySelector('[part="explorer-link"]'))?.color);
  return out;
}

/**
 * Recorded with the old theme (every default declared on :host), before the change to theme.ts;
 * the pressed button, pinned entry, tooltip and article links were added later, from theme.ts's
 * defaults (the "Read the text" link then took the accent instead of the browser's link blue).
 */
const DEFAULT_COLOURS: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    'element background': 'rgb(255, 255, 255)',
    'element text': 'rgb(29, 35, 42)',
    'sea': 'rgb(243, 246, 249)',
    'other land': 'rgb(217, 221, 226)',
    'border': 'rgb(255, 255, 255)',
    'selected ring': 'rgb(17, 24, 32)',
    'signed': 'rgb(28, 95, 168)',
    'absent': 'rgb(135, 141, 148)',
    'refused pattern': 'rgb(197, 83, 0)',
    'refused ink': 'rgb(255, 255, 255)',
    'not-member ink': 'rgb(201, 206, 212)',
    'zoom button background': 'rgb(255, 255, 255)',
    'zoom button text': 'rgb(29, 35, 42)',
    'zoom button border': 'rgb(138, 145, 153)',
    'focus ring': 'rgb(184, 87, 11)',
    'legend text': 'rgb(29, 35, 42)',
    'legend heading': 'rgb(79, 88, 98)',
    'legend swatch border': 'rgba(0, 0, 0, 0.25)',
    'sidebar heading': 'rgb(29, 35, 42)',
    'sidebar secondary text': 'rgb(79, 88, 98)',
    'sidebar link': 'rgb(28, 95, 168)',
    'timeline axis': 'rgb(79, 88, 98)',
    'timeline launch': 'rgb(29, 35, 42)',
    'timeline change': 'rgb(91, 107, 127)',
    'timeline context': 'rgb(160, 86, 28)',
    'all view, 0 signed': 'rgb(135, 141, 148)',
    'all view, 1 signed': 'rgb(90, 142, 195)',
    'all view, 3 signed': 'rgb(39, 99, 166)',
    'all view, 5 signed': 'rgb(8, 53, 110)',
    'compare both': 'rgb(58, 47, 115)',
    'compare first only': 'rgb(192, 90, 0)',
    'compare first only ink': 'rgb(255, 255, 255)',
    'pressed Map / Table button': 'rgb(28, 95, 168)',
    'pinned legend entry': 'rgb(232, 237, 242)',
    'tooltip background': 'rgb(29, 35, 42)',
    'tooltip text': 'rgb(255, 255, 255)',
    'article "Read the text" link': 'rgb(28, 95, 168)',
    'article credit link': 'rgb(28, 95, 168)',
  },
  dark: {
    'element background': 'rgb(14, 18, 23)',
    'element text': 'rgb(230, 234, 238)',
    'sea': 'rgb(20, 26, 33)',
    'other land': 'rgb(42, 49, 57)',
    'border': 'rgb(20, 26, 33)',
    'selected ring': 'rgb(255, 255, 255)',
    'signed': 'rgb(140, 195, 247)',
    'absent': 'rgb(122, 129, 137)',
    'refused pattern': 'rgb(224, 112, 44)',
    'refused ink': 'rgb(20, 26, 33)',
    'not-member ink': 'rgb(138, 145, 153)',
    'zoom button background': 'rgb(14, 18, 23)',
    'zoom button text': 'rgb(230, 234, 238)',
    'zoom button border': 'rgb(108, 117, 127)',
    'focus ring': 'rgb(255, 176, 102)',
    'legend text': 'rgb(230, 234, 238)',
    'legend heading': 'rgb(170, 179, 189)',
    'legend swatch border': 'rgba(255, 255, 255, 0.3)',
    'sidebar heading': 'rgb(230, 234, 238)',
    'sidebar secondary text': 'rgb(170, 179, 189)',
    'sidebar link': 'rgb(140, 195, 247)',
    'timeline axis': 'rgb(170, 179, 189)',
    'timeline launch': 'rgb(230, 234, 238)',
    'timeline change': 'rgb(159, 176, 196)',
    'timeline context': 'rgb(240, 160, 96)',
    'all view, 0 signed': 'rgb(122, 129, 137)',
    'all view, 1 signed': 'rgb(61, 110, 159)',
    'all view, 3 signed': 'rgb(95, 156, 216)',
    'all view, 5 signed': 'rgb(181, 213, 246)',
    'compare both': 'rgb(230, 221, 255)',
    'compare first only': 'rgb(240, 154, 74)',
    'compare first only ink': 'rgb(20, 26, 33)',
    'pressed Map / Table button': 'rgb(140, 195, 247)',
    'pinned legend entry': 'rgb(37, 45, 54)',
    'tooltip background': 'rgb(230, 234, 238)',
    'tooltip text': 'rgb(20, 26, 33)',
    'article "Read the text" link': 'rgb(140, 195, 247)',
    'article credit link': 'rgb(140, 195, 247)',
  },
};
