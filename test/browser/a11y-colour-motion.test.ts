// Issue 7, colour and motion, measured on what Chromium actually renders: every status fill keeps
// 3:1 contrast against the map's sea in the light and the dark scheme, refused and uncertain carry
// a pattern; with prefers-reduced-motion nothing on the map animates and play jumps, never glides.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CdmMap } from '../../src/components/cdm-map';
import type { CdmTimeline } from '../../src/components/cdm-timeline';
import { ZOOM_STEP } from '../../src/lib/zoom';
import '../../src/components/cdm-briefing-bar';
import { openPresentation } from '../../src/components/open-presentation';
import { emulateMedia, pixels, resetMedia } from './a11y-helpers';
import { framesPass, mapOf, part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(async () => {
  unmountAll();
  document.querySelectorAll('cdm-briefing-bar, body > cdm-presentation').forEach((e) => e.remove());
  document.body.style.background = '';
  await resetMedia();
});

/** [r, g, b] from a computed colour ("rgb(1, 2, 3)" / "rgba(...)"). */
function rgb(css: string): [number, number, number] {
  const m = /rgba?\((\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
const lum = ([r, g, b]: number[]) => {
  const c = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r!) + 0.7152 * c(g!) + 0.0722 * c(b!);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour a shape is painted with: its fill, or the base rect of the pattern it points at. */
function paint(root: ShadowRoot, shape: Element): { colour: string; pattern: Element | null } {
  const fill = getComputedStyle(shape).fill;
  const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
  if (!id) return { colour: fill, pattern: null };
  const pattern = root.getElementById(id)!;
  return { colour: getComputedStyle(pattern.querySelector('rect')!).fill, pattern };
}

describe('status colours as rendered', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every status fill has at least 3:1 against the sea; refused and uncertain are patterned (${scheme})`, async () => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const seen = new Map<string, { ratio: number; patterned: boolean }>();
      // Paris Call early 2019 has signed, uncertain, refused, absent; the G7 adds not-member;
      // the all view has the 0..5 ramp.
      for (const attrs of <Array<Record<string, string>>>[
        { declaration: 'paris-call-2018', date: '2019-01-01' },
        { declaration: 'g7-2021', date: '2021-12-31' },
        { view: 'all', date: '2022-12-31' },
      ]) {
        const el = await readyExplorer(attrs);
        await settle(el);
        const root = mapOf(el).shadowRoot;
        const sea = getComputedStyle(root.querySelector('.sphere')!).fill;
        if (scheme === 'dark') expect(lum(rgb(sea))).toBeLessThan(0.05);
        for (const shape of root.querySelectorAll('path.shape[data-country]')) {
          const key = shape.getAttribute('data-status') ?? `count-${shape.getAttribute('data-signed-count')}`;
          if (seen.has(key)) continue;
          const { colour, pattern } = paint(root, shape);
          let patterned = false;
          if (pattern) {
            const ink = pattern.querySelector('line, circle')!;
            const inkColour = ink.tagName === 'line' ? getComputedStyle(ink).stroke : getComputedStyle(ink).fill;
            patterned = contrast(inkColour, colour) > 1.5;
          }
          seen.set(key, { ratio: Math.round(contrast(colour, sea) * 100) / 100, patterned });
        }
        unmountAll();
      }
      expect([...seen.keys()].filter((k) => k.startsWith('count-')).length).toBeGreaterThanOrEqual(4);
      for (const s of ['signed', 'uncertain', 'refused', 'absent', 'not-member']) expect(seen.has(s), s).toBe(true);
      const low = [...seen].filter(([, v]) => v.ratio < 3).map(([k, v]) => `${k} ${v.ratio}:1`);
      expect(low).toEqual([]);
      expect(seen.get('refused')!.patterned).toBe(true);
      expect(seen.get('uncertain')!.patterned).toBe(true);
      expect(seen.get('signed')!.patterned).toBe(false);
    });
  }
});

/** Every element of the element's tree, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const n of root.querySelectorAll('*')) {
    out.push(n);
    if (n.shadowRoot) out.push(...deepElements(n.shadowRoot));
  }
  return out;
}

function runningAnimations(root: ParentNode): number {
  let n = 0;
  for (const e of deepElements(root)) if (e.shadowRoot) n += e.shadowRoot.getAnimations().length;
  return n + document.getAnimations().length;
}

describe('reduced motion', () => {
  test('no CSS transition or animation anywhere on the map; zoom and recolour are instant', async () => {
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-01-01' });
    const map = mapOf(el) as unknown as HTMLElement & { shadowRoot: ShadowRoot; reducedMotion: boolean };
    expect(map.reducedMotion).toBe(true);
    const moving = deepElements(el.shadowRoot!).filter((e) => {
      const s = getComputedStyle(e);
      const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      const a = s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0);
      return t || a;
    });
    expect(moving.map((e) => e.tagName + '.' + e.getAttribute('class'))).toEqual([]);
    // Recolour on a date change: no animation starts.
    el.date = '2022-12-31';
    await settle(el);
    expect(runningAnimations(el.shadowRoot!)).toBe(0);
    // Zoom in with the button: the new transform is there at once, not after a glide.
    const layer = map.shadowRoot.querySelector('g.zoom-layer')!;
    await userEvent.click(map.shadowRoot.querySelector('.zoom-controls button')!);
    expect(layer.getAttribute('transform')).toMatch(/scale\((?!1\))/);
    // Selecting a country moves nothing (it is outlined, never zoomed to), so nothing glides.
    // Reduced motion makes any zoom instant, so a zoom to the selection would show once the map
    // settled (its zoom chunk included); a glide, were motion not reduced, within a few frames.
    const t = layer.getAttribute('transform');
    el.country = 'FRA';
    await settle(el);
    await framesPass();
    expect(layer.getAttribute('transform')).toBe(t);
  });

  test('with motion allowed the zoom glides (the check above can fail)', async () => {
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    const map = mapOf(el) as unknown as HTMLElement & { shadowRoot: ShadowRoot };
    const layer = map.shadowRoot.querySelector('g.zoom-layer')!;
    // Every transform the layer takes, recorded as it is set: the glide is seen whether the
    // click's round trip returns before, during or after it (a slow machine once read only the end).
    const seen: string[] = [];
    const recorder = new MutationObserver(() => seen.push(layer.getAttribute('transform') ?? ''));
    recorder.observe(layer, { attributes: true, attributeFilter: ['transform'] });
    await userEvent.click(map.shadowRoot.querySelector('.zoom-controls button')!);
    const end = `scale(${ZOOM_STEP})`;
    await until(() => seen.some((t) => t.endsWith(end)), 'the zoom to end one step in');
    recorder.disconnect();
    const between = seen.filter((t) => !t.endsWith(end));
    expect(between.length, `transforms before the end: ${seen.join(' | ')}`).toBeGreaterThan(0);
  });

  for (const reduce of [true, false]) {
    test(`play ${reduce ? 'jumps from stop to stop' : 'glides between stops'} (${reduce ? 'reduce' : 'no-preference'})`, async () => {
      await emulateMedia([{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }]);
      const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-04-28' });
      const timeline = part(el, 'cdm-timeline') as CdmTimeline;
      timeline.playStepMs = 300;
      const stops = new Set((el as unknown as { stops: { date: string }[] }).stops.map((s) => s.date));
      const dates: string[] = [];
      el.addEventListener('cdm-date-change', (e) => dates.push(e.detail.date));
      await userEvent.click(timeline.shadowRoot!.querySelector('button.play')!);
      await until(() => !timeline.playing, 'play to reach the end', 15_000);
      expect(dates.length).toBeGreaterThan(0);
      const between = dates.filter((d) => !stops.has(d));
      if (reduce) expect(between).toEqual([]);
      else expect(between.length).toBeGreaterThan(0);
      expect(dates.at(-1)).toBe([...stops].sort().at(-1));
    });
  }
});

describe('focus rings outside the map', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the briefing tools' and the presentation's focus rings keep 3:1 against what they sit on (${scheme})`, async () => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      // The explorer page's own background in this scheme (src/explorer.css).
      const page = scheme === 'dark' ? 'rgb(14, 18, 23)' : 'rgb(255, 255, 255)';
      document.body.style.background = page;
      const el = await readyExplorer({ id: 'ringed' });
      const bar = document.createElement('cdm-briefing-bar');
      bar.setAttribute('for', 'ringed');
      document.body.append(bar);
      await (bar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const menu = bar.shadowRoot!.querySelector('cdm-export-menu')!;
      const low: string[] = [];
      /** Reached by the keyboard, as a keyboard reader does (Tab away and back): its ring shows. */
      const check = async (what: string, button: HTMLElement, behind: string) => {
        button.focus();
        await userEvent.tab();
        await userEvent.tab({ shift: true });
        expect([what, button.matches(':focus-visible')]).toEqual([what, true]);
        const ratio = contrast(getComputedStyle(button).outlineColor, behind);
        if (ratio < 3) low.push(`${what} ${ratio.toFixed(2)}:1`);
      };
      await check('Present', bar.shadowRoot!.querySelector<HTMLElement>('button[part="present"]')!, page);
      await check('Export PNG', menu.shadowRoot!.querySelector<HTMLElement>('button')!, page);
      const pres = openPresentation(el, { declaration: 'paris-call-2018', date: '2022-12-31' });
      await pres.updateComplete;
      await check('presentation', pres.shadowRoot!.querySelector<HTMLElement>('button')!, getComputedStyle(pres).backgroundColor);
      pres.close();
      expect(low).toEqual([]);
    });
  }
});

describe('the keyboard cursor on the map', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`its ring stands out where it crosses a refused state, orange on orange (${scheme})`, async () => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
      await settle(el);
      const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
      const root = map.shadowRoot;
      const viewport = root.querySelector<HTMLElement>('.viewport')!;
      const us = root.querySelector('[data-country="USA"]')!;
      expect(us.getAttribute('data-status')).toBe('refused');
      const refused = rgb(paint(root, us).colour);
      const before = await pixels(viewport);
      viewport.focus();
      await userEvent.keyboard('united s');
      await map.updateComplete;
      expect(map.focusedCountry).toBe('USA');
      await framesPass(2);
      const after = await pixels(viewport);
      // The pixels the ring changed where the refused fill was: enough of them must differ from
      // that fill by 3:1 (WCAG's focus appearance: the focused pixels against the same pixels
      // unfocused). An orange ring alone, on orange, changes a handful, at 1.1:1.
      const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 12);
      const toCss = (p: number[]) => `rgb(${p[0]}, ${p[1]}, ${p[2]})`;
      let changed = 0;
      let standing = 0;
      for (let y = 0; y < after.height; y++)
        for (let x = 0; x < after.width; x++) {
          const was = before.at(x, y);
          const now = after.at(x, y);
          if (!near(was, refused) || near(now, was)) continue;
          changed++;
          if (contrast(toCss(now), toCss(refused)) >= 3) standing++;
        }
      expect(standing, 'ring pixels at 3:1 against the refused fill').toBeGreaterThan(100);
      expect(standing / changed, 'their share of the pixels the ring changed there').toBeGreaterThan(0.3);
    });
  }
});

describe('presentation in the dark scheme (found by a tester)', () => {
  test('its map and legend follow the scheme: each swatch 3:1 against the slide, the step\'s outline 3:1 against the sea', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const pres = openPresentation(el, { declaration: 'paris-call-2018', date: '2019-12-31' });
    try {
      await pres.updateComplete;
      pres.goTo(2); // Australia and New Zealand sign: two states outlined
      await pres.updateComplete;
      const slide = pres.shadowRoot!.querySelector('cdm-slide-map') as HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      await slide.updateComplete;
      await framesPass(2);
      const ground = getComputedStyle(pres).backgroundColor;
      expect(lum(rgb(ground))).toBeLessThan(0.05);
      const legend = pres.shadowRoot!.querySelector('cdm-legend')!.shadowRoot!;
      const low: string[] = [];
      for (const swatch of legend.querySelectorAll('.swatch')) {
        const ratio = contrast(paint(legend, swatch).colour, ground);
        if (ratio < 3) low.push(`${swatch.getAttribute('data-status')} ${ratio.toFixed(2)}:1`);
      }
      expect(low).toEqual([]);
      const sea = getComputedStyle(slide.shadowRoot.querySelector('.sphere')!).fill;
      const outline = slide.shadowRoot.querySelector('.marks .outline');
      expect(outline, 'the step outlines its states').not.toBeNull();
      expect(contrast(getComputedStyle(outline!).stroke, sea)).toBeGreaterThanOrEqual(3);
    } finally {
      pres.close();
    }
  });
});

describe('forced colours (Windows High Contrast)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the timeline's handle and its track stay drawn (${scheme})`, async () => {
      await emulateMedia([{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-06-01' });
      await settle(el);
      const slider = part(el, 'cdm-timeline')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
      const shot = await pixels(slider);
      const ground = shot.at(0, 0);
      const differs = (x: number, y: number) => shot.at(x, y).some((v, i) => Math.abs(v - ground[i]!) > 60);
      // The handle: at the slider's value, a filled disc about 20 px across, in its middle row.
      const value = (Number(slider.value) - Number(slider.min)) / (Number(slider.max) - Number(slider.min));
      const mid = Math.round(shot.height / 2);
      const cx = Math.round(10 + value * (shot.width - 20));
      let disc = 0;
      for (let x = cx - 6; x <= cx + 6; x++) if (differs(x, mid)) disc++;
      expect(disc, 'pixels of the handle across its middle').toBeGreaterThanOrEqual(8);
      // The track: drawn along the middle row, away from the handle.
      let track = 0;
      for (let x = 20; x < shot.width - 20; x++) if (Math.abs(x - cx) > 20 && differs(x, mid)) track++;
      expect(track / (shot.width - 80), 'share of the track drawn').toBeGreaterThan(0.8);
    });
  }
});
