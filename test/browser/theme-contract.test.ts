// The theme contract: every custom property the README documents reaches the children that draw
// with it, set once on the host. (A child that reads an undocumented name, as the timeline and the
// sidebar once did with their own font and muted-text names, fails here.)
import { afterEach, describe, expect, test } from 'vitest';
import readme from '../../README.md?raw';
import { PATTERNED_STATUSES } from '../../src/lib/palette';
import { PAIR_COLORED, PAIR_PATTERNED } from '../../src/lib/compare-palette';
import { STATUSES } from '../../src/lib/types';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { mapOf, part, readyExplorer, settle, unmountAll } from './explorer-helpers';

afterEach(unmountAll);

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

/** Where each documented property must show: [what, the computed value] pairs. */
function probes(): Record<string, Probe> {
  const map = (el: CyberDeclarationsMap) => shadow(mapOf(el))!;
  const sidebar = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-sidebar'))!;
  const timeline = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-timeline'))!;
  const legend = (el: CyberDeclarationsMap) => shadow(part(el, 'cdm-legend'))!;
  const out: Record<string, Probe> = {
    '--cdm-sea': (el) => [['map sphere fill', style(map(el).querySelector('.sphere'))?.fill]],
    '--cdm-background': (el) => [['zoom button background', style(map(el).querySelector('.zoom-controls button'))?.backgroundColor]],
    '--cdm-text': (el) => [
      ['sidebar text', style(sidebar(el).querySelector('h2'))?.color],
      ['legend text', style(legend(el).querySelector('.label'))?.color],
    ],
    '--cdm-muted-text': (el) => [
      ['sidebar secondary text', style(sidebar(el).querySelector('.muted'))?.color],
      ['timeline secondary text', style(timeline(el).querySelector('.axis'))?.color],
    ],
    '--cdm-font-family': (el) => [
      ['sidebar font', style(sidebar(el).host)?.fontFamily],
      ['timeline font', style(timeline(el).host)?.fontFamily],
      ['legend font', style(legend(el).host)?.fontFamily],
    ],
    '--cdm-warning-text': (el) => [['sidebar flag', style(sidebar(el).querySelector('.flag'))?.color]],
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

  test('every documented property set on the host reaches every child that draws with it', async () => {
    const names = documented().filter((n) => n !== '--cdm-focus' && !n.startsWith('--cdm-all-') && !isPair(n));
    // A view with every status on screen: the Paris Call (refused, not-signed, uncertain), and the
    // G7 (not-member) and the 2022 declaration (disputed) are checked by switching declaration.
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-01-01' });
    names.forEach((n, i) => el.style.setProperty(n, n === '--cdm-font-family' ? `"Theme Probe ${i}", monospace` : colour(i)));
    const expected = (n: string, i: number) => (n === '--cdm-font-family' ? `"Theme Probe ${i}", monospace` : colour(i));
    const misses: string[] = [];
    for (const declaration of ['paris-call-2018', 'g7-2021', 'dfi-2022']) {
      el.setAttribute('declaration', declaration);
      await settle(el);
      names.forEach((n, i) => {
        for (const [what, value] of probes()[n]!(el)) {
          if (value === undefined) continue; // not on screen in this view
          if (value !== expected(n, i)) misses.push(`${n} → ${what}: ${value} (${declaration})`);
        }
      });
    }
    expect(misses).toEqual([]);
    // Every probe saw its target in at least one view.
    const seen = names.filter((n) => ['paris-call-2018'].some(() => probes()[n]!(el).some(([, v]) => v !== undefined)));
    expect(seen.length).toBeGreaterThan(names.length - 6);
  });

  test('the compare and change views’ colours and pattern inks', async () => {
    const names = documented().filter(isPair);
    expect(names).toHaveLength(PAIR_COLORED.length + PAIR_PATTERNED.length);
    const el = await readyExplorer({ declaration: 'paris-call-2018', view: 'compare', with: 'dfi-2022', date: '2022-12-31' });
    names.forEach((n, i) => el.style.setProperty(n, colour(i)));
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

  test('the "all declarations" shades and the focus ring', async () => {
    const el = await readyExplorer({ view: 'all', date: '2022-12-31' });
    for (let n = 0; n <= 5; n++) el.style.setProperty(`--cdm-all-${n}`, colour(n));
    el.style.setProperty('--cdm-focus', 'rgb(1, 2, 3)');
    await settle(el);
    const shown = [0, 1, 2, 3, 4, 5].map((n) => probes()[`--cdm-all-${n}`]!(el)[0]![1]);
    shown.forEach((v, n) => v !== undefined && expect(v, `--cdm-all-${n}`).toBe(colour(n)));
    expect(shown.filter((v) => v !== undefined).length).toBeGreaterThanOrEqual(4);
    const button = shadow(mapOf(el))!.querySelector<HTMLButtonElement>('.zoom-controls button')!;
    button.focus({ focusVisible: true } as FocusOptions);
    const legendButton = shadow(part(el, 'cdm-legend'))!.querySelector<HTMLButtonElement>('button')!;
    legendButton.focus({ focusVisible: true } as FocusOptions);
    expect([style(button)?.outlineColor, style(legendButton)?.outlineColor]).toContain('rgb(1, 2, 3)');
  });
});
