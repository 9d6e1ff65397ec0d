// Presentation mode in real Chromium, driven by the keys a presentation clicker sends: each step
// shows the tour's declaration and date on the map (real statuses on real shapes), its caption
// and its "n / N" counter; Escape leaves; entering from the explorer keeps its view.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cdm-presentation';
import type { CdmPresentation, PresentationChangeDetail } from '../../src/components/cdm-presentation';
import { buildTour, type TourStep } from '../../src/lib/tour';
import { formatDay } from '../../src/lib/dates';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';
import { readerTextSpacing } from './a11y-helpers';

let atlas: CompiledAtlas;
let dataset: Dataset;
let tour: TourStep[];
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
  dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
  tour = buildTour(dataset);
});

let el: CdmPresentation;
afterEach(async () => {
  // Leave real full screen (granted when a test's key press left user activation) before the
  // next test, or its late 'fullscreenchange' would close the next test's presentation.
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  el?.remove();
  opener?.remove();
  opener = null;
  await page.viewport(1280, 900);
});
let opener: HTMLButtonElement | null = null;

async function mount(): Promise<CdmPresentation> {
  el = document.createElement('cdm-presentation');
  el.atlas = atlas;
  el.data = dataset;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Presentation mode on `step` in a `w` x `h` window (afterEach puts the window back). */
async function presentAt(w: number, h: number, step: number): Promise<void> {
  await page.viewport(w, h);
  await mount();
  el.present({ step });
  await settle();
}

async function settle(): Promise<void> {
  await el.updateComplete;
  const map = el.shadowRoot!.querySelector('cdm-slide-map');
  await (map as unknown as { updateComplete?: Promise<unknown> })?.updateComplete;
}

function screen() {
  const root = el.shadowRoot!;
  return {
    declaration: el.view?.declaration,
    date: el.view?.date,
    counter: root.querySelector('.counter')?.textContent?.trim(),
    caption: root.querySelector('.caption')?.textContent?.trim(),
    title: root.querySelector('h1')?.textContent?.trim(),
  };
}

function statusOf(iso3: string): string | null {
  const map = el.shadowRoot!.querySelector('cdm-slide-map')!;
  return map.shadowRoot!.querySelector(`[data-country="${iso3}"]`)?.getAttribute('data-status') ?? null;
}

const expected = (s: TourStep) => ({
  declaration: s.declarationId,
  date: s.date,
  counter: `${s.n} / ${tour.length}`,
  caption: s.caption,
  title: titleOf(s),
});

/** A declaration's short name; on the closing steps, the pair's ("Paris Call and Future of the Internet"). */
function titleOf(s: TourStep): string {
  const short = (id: string) => dataset.declarations.find((d) => d.id === id)!.shortName;
  if (s.view === 'compare') return `${short(s.declarationId)} and ${short(s.with!)}`;
  if (s.view === 'change') return `${short(s.declarationId)}, ${formatDay(s.from!)} to ${formatDay(s.date)}`;
  return short(s.declarationId);
}

describe('<cdm-presentation>', () => {
  test('clicker keys step forward through every step and back, showing each step\'s declaration and date', async () => {
    await mount();
    const changes: PresentationChangeDetail[] = [];
    el.addEventListener('cdm-presentation-change', (e) => changes.push((e as CustomEvent<PresentationChangeDetail>).detail));
    el.present({ step: 0 });
    await settle();
    expect(screen()).toEqual(expected(tour[0]!));
    const forward = ['{PageDown}', '{ArrowRight}', ' ', '{ArrowDown}'];
    for (let i = 1; i < tour.length; i++) {
      await userEvent.keyboard(forward[i % forward.length]!);
      await settle();
      expect(screen()).toEqual(expected(tour[i]!));
    }
    // Past the end: stays on the last step.
    await userEvent.keyboard('{PageDown}');
    await settle();
    expect(screen().counter).toBe(`${tour.length} / ${tour.length}`);
    const back = ['{PageUp}', '{ArrowLeft}', '{Shift>} {/Shift}'];
    for (let i = tour.length - 2; i >= 0; i--) {
      await userEvent.keyboard(back[i % back.length]!);
      await settle();
      expect(screen()).toEqual(expected(tour[i]!));
    }
    expect(changes.map((c) => c.step)).toEqual([...tour.slice(1).map((s) => s.n), ...tour.slice(0, -1).map((s) => s.n).reverse()]);
  });

  test('the map shows each step\'s statuses: the United States refused, then signed, the Paris Call', async () => {
    await mount();
    const us = tour.find((s) => s.declarationId === 'paris-call-2018' && s.countries.includes('USA'))!;
    el.present({ step: us.index - 1 });
    await settle();
    expect(statusOf('USA')).toBe('refused');
    await userEvent.keyboard('{PageDown}');
    await settle();
    expect(screen().date).toBe(us.date);
    expect(statusOf('USA')).toBe('signed');
    // Every shape and marker carries its status.
    const map = el.shadowRoot!.querySelector('cdm-slide-map')!;
    const countries = [...map.shadowRoot!.querySelectorAll('[data-country]')];
    expect(countries.length).toBeGreaterThanOrEqual(atlas.countries.length);
    expect(countries.every((c) => c.hasAttribute('data-status'))).toBe(true);
  });

  test('entering from the explorer opens on the step for its view; the tour continues from there', async () => {
    await mount();
    el.present({ declaration: 'dfi-2022', date: '2022-06-01' });
    await settle();
    const at = tour.filter((s) => s.declarationId === 'dfi-2022' && s.date <= '2022-06-01').at(-1)!;
    expect(screen()).toEqual(expected(at));
    expect(statusOf('NOR')).toBe('absent');
    await userEvent.keyboard('{PageDown}');
    await settle();
    const next = tour.find((s) => s.declarationId === 'dfi-2022' && s.date > '2022-06-01')!;
    // The map behind the step redraws asynchronously; wait for it rather than race it.
    await expect.poll(screen).toEqual(expected(next));
    await expect.poll(() => statusOf('NOR')).toBe('signed');
  });

  test('fills the window when full screen is refused, and Escape leaves with the last view', async () => {
    await mount();
    el.present({ step: 2 });
    await settle();
    const box = el.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, window.innerWidth, window.innerHeight]);
    const closed = new Promise<unknown>((resolve) => el.addEventListener('cdm-presentation-close', (e) => resolve((e as CustomEvent).detail), { once: true }));
    await userEvent.keyboard('{Escape}');
    expect(await closed).toEqual({ declaration: tour[2]!.declarationId, date: tour[2]!.date });
    await el.updateComplete;
    expect(el.open).toBe(false);
    expect(getComputedStyle(el).display).toBe('none');
  });

  test('Escape returns focus to the control that opened presentation mode', async () => {
    await mount();
    opener = document.createElement('button');
    opener.textContent = 'Present';
    document.body.append(opener);
    opener.focus();
    el.present({ step: 1 });
    await settle();
    expect(document.activeElement).toBe(el);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => document.activeElement).toBe(opener);
  });

  test('the on-screen buttons step too, and the counter is large', async () => {
    await mount();
    el.present({ step: 0 });
    await settle();
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!;
    next.click();
    await settle();
    expect(screen().counter).toBe(`2 / ${tour.length}`);
    const px = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.counter')!).fontSize);
    expect(px).toBeGreaterThanOrEqual(24);
  });
});

describe('<cdm-presentation> with a mouse and a clicker', () => {
  const button = (label: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
  const at = (n: number) => `${n} / ${tour.length}`;

  test('a screen reader hears a dialog; Tab never leaves it; the page behind is inert; the map gives no keys of its own', async () => {
    const behind = document.createElement('button');
    behind.textContent = 'Behind';
    document.body.prepend(behind);
    try {
      await mount();
      el.present({ step: 2 });
      await settle();
      expect(el.getAttribute('role')).toBe('dialog');
      expect(el.getAttribute('aria-modal')).toBe('true');
      expect(el.getAttribute('aria-label')).toMatch(/^Presentation/);
      expect(behind.inert, 'the page behind').toBe(true);
      // Tab through more stops than the slide has: focus stays inside, and reaches the legend's entries.
      let legend = false;
      for (let i = 0; i < 14; i++) {
        await userEvent.keyboard('{Tab}');
        legend ||= el.shadowRoot!.querySelector('cdm-legend')!.shadowRoot!.activeElement?.localName === 'button';
        expect(el.contains(document.activeElement) || document.activeElement === el, `Tab ${i + 1}`).toBe(true);
        expect(el.shadowRoot!.activeElement?.localName ?? 'host', `Tab ${i + 1}`).not.toBe('cdm-slide-map');
      }
      expect(legend, 'a legend entry reached by Tab').toBe(true);
      for (let i = 0; i < 6; i++) {
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(el.contains(document.activeElement) || document.activeElement === el, `Shift+Tab ${i + 1}`).toBe(true);
      }
      // The slide's map is a picture the caption speaks for: no tab stop, no "arrow keys" help.
      const viewport = el.shadowRoot!.querySelector('cdm-slide-map')!.shadowRoot!.querySelector('.viewport')!;
      expect(viewport.getAttribute('tabindex')).toBe('-1');
      expect(viewport.getAttribute('role')).toBe('img');
      expect(viewport.getAttribute('aria-describedby')).not.toMatch(/help/);
      await userEvent.keyboard('{Escape}');
      expect(behind.inert).toBe(false);
    } finally {
      behind.remove();
    }
  });

  test("a clicker's blank-screen key (B or .) blacks the slide out; the next key brings it back on the same step", async () => {
    await mount();
    el.present({ step: 3 });
    await settle();
    const black = () => getComputedStyle(el, '::after').backgroundColor === 'rgb(0, 0, 0)' && getComputedStyle(el, '::after').display !== 'none';
    for (const key of ['b', '.', 'B']) {
      await userEvent.keyboard(key);
      await expect.poll(black).toBe(true);
      expect(el.shadowRoot!.querySelector('[role="status"], [aria-live]')!.textContent).toMatch(/blank/i);
      // The clicker's Next returns to the slide without moving on.
      await userEvent.keyboard('{PageDown}');
      await expect.poll(black).toBe(false);
      expect(screen().counter).toBe(at(4));
    }
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => screen().counter).toBe(at(5));
  });

  test('Notes opens the notes once, styled even where the page forbids inline styles, and downloads nothing', async () => {
    await mount();
    el.present({ step: 0 });
    await settle();
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    const open = window.open;
    let notes: Window | null = null;
    window.open = ((...args: Parameters<typeof window.open>) => (notes = open.apply(window, args))) as typeof window.open;
    try {
      await userEvent.click(button('Speaker notes'));
      expect(notes).not.toBeNull();
      expect(downloads, 'a tab opened: no download as well').toEqual([]);
      // Styles set through the CSSOM, which a style-src policy (inherited by the blob page) allows.
      await expect.poll(() => notes!.document.readyState === 'complete' && notes!.document.adoptedStyleSheets.length).toBe(1);
      expect(notes!.document.querySelector('h1')!.textContent).toBe('Speaker notes');
    } finally {
      window.open = open;
      HTMLAnchorElement.prototype.click = click;
      (notes as Window | null)?.close();
    }
  });

  test('after a mouse click on ◀, ▶ or Notes, Space and Enter still step; a button reached by keyboard keeps them', async () => {
    await mount();
    const opened: unknown[] = [];
    const open = window.open;
    window.open = ((...args: unknown[]) => (opened.push(args), { addEventListener() {} })) as unknown as typeof window.open;
    try {
      el.present({ step: 3 });
      await settle();
      await userEvent.click(button('Previous step'));
      await expect.poll(() => screen().counter).toBe(at(3));
      // A clicker's Space and Enter: forward, not ◀ again.
      await userEvent.keyboard(' ');
      await expect.poll(() => screen().counter).toBe(at(4));
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => screen().counter).toBe(at(5));
      await userEvent.click(button('Speaker notes'));
      expect(opened).toHaveLength(1);
      await userEvent.keyboard(' ');
      await expect.poll(() => screen().counter).toBe(at(6));
      expect(opened, 'Space after Notes opens no second window').toHaveLength(1);
      // Keyboard users: a focused button takes Enter and Space.
      button('Previous step').focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => screen().counter).toBe(at(5));
      await userEvent.keyboard(' ');
      await expect.poll(() => screen().counter).toBe(at(4));
    } finally {
      window.open = open;
    }
  });

  test('F and the full-screen button leave full screen on the same step; Escape leaves the presentation', async () => {
    await mount();
    opener = document.createElement('button');
    opener.textContent = 'Present';
    opener.addEventListener('click', () => el.present({ step: 4 }, opener));
    document.body.append(opener);
    await userEvent.click(opener);
    await expect.poll(() => document.fullscreenElement).toBe(el);
    await expect.poll(() => button('Leave full screen')).not.toBeNull();
    await userEvent.keyboard('f');
    await expect.poll(() => document.fullscreenElement).toBeNull();
    await el.updateComplete;
    expect([el.open, screen().counter]).toEqual([true, at(5)]);
    const box = el.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([window.innerWidth, window.innerHeight]);

    await userEvent.keyboard('f');
    // Full screen as the element knows it: after its 'fullscreenchange'.
    await expect.poll(() => button('Leave full screen')).not.toBeNull();
    await userEvent.click(button('Leave full screen'));
    await expect.poll(() => document.fullscreenElement).toBeNull();
    await el.updateComplete;
    expect([el.open, screen().counter]).toEqual([true, at(5)]);
    // Out of full screen as the element knows it: after its 'fullscreenchange', a frame later.
    await expect.poll(() => button('Full screen')).not.toBeNull();
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => screen().counter).toBe(at(6));

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => el.open).toBe(false);
    await expect.poll(() => document.activeElement).toBe(opener);
  });

  test('leaving full screen some other way (the browser\'s Escape) leaves the presentation', async () => {
    await mount();
    opener = document.createElement('button');
    opener.addEventListener('click', () => el.present({ step: 2 }));
    document.body.append(opener);
    await userEvent.click(opener);
    await expect.poll(() => button('Leave full screen')).not.toBeNull();
    await document.exitFullscreen();
    await expect.poll(() => el.open).toBe(false);
  });
});

describe('<cdm-presentation> accessibility', () => {
  test('axe-core finds no violations in presentation mode', async () => {
    const axe = (await import('axe-core')).default;
    await mount();
    el.present({ step: 1 });
    await settle();
    const result = await axe.run(el, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('<cdm-presentation> on a tiny screen (found by a tester)', () => {
  // 400 % zoom of a 1280 x 1024 laptop, and a small window: the fixed rows left the map 0 px
  // high and the buttons below the screen, in an overlay that did not scroll.
  test.each([[320, 256], [480, 300]])('at %i x %i the map is drawn and every button can be scrolled to', async (w, h) => {
    await presentAt(w, h, 2);
    const wrap = el.shadowRoot!.querySelector('.map-wrap')!.getBoundingClientRect();
    expect(wrap.height, 'map height').toBeGreaterThan(0.35 * wrap.width);
    expect(wrap.width).toBeGreaterThan(0.8 * (w - 40));
    const unreachable: string[] = [];
    for (const b of el.shadowRoot!.querySelectorAll('button')) {
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      if (r.top < -0.5 || r.bottom > h + 0.5 || r.left < -0.5 || r.right > w + 0.5) unreachable.push(`${b.getAttribute('aria-label') ?? b.textContent!.trim()}: ${Math.round(r.top)}..${Math.round(r.bottom)}`);
    }
    expect(unreachable).toEqual([]);
  });
});

describe('<cdm-presentation> stepping on a scrolling slide (found by a tester)', () => {
  test('at 640 x 480 the buttons stay on the screen, step after step', async () => {
    await presentAt(640, 480, 0);
    const next = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!;
    next().scrollIntoView({ block: 'nearest' });
    const off: string[] = [];
    for (let i = 0; i < el.steps.length - 1; i++) {
      next().click();
      await settle();
      await new Promise(requestAnimationFrame);
      const r = next().getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight + 0.5) off.push(`after step ${i + 2}: ${Math.round(r.top)}..${Math.round(r.bottom)}`);
    }
    expect(off).toEqual([]);
  });
});

describe('<cdm-presentation> with a reader\'s text spacing (WCAG 1.4.12, found by testers)', () => {
  // Laptop, a 4:3 projector, a phone on its side (the stacked layout, which scrolls).
  test.each([[1280, 720], [1024, 768], [844, 390]])('at %i x %i the header, the map, the legend and the footer never overlap, on any step', async (w, h) => {
    await presentAt(w, h, 0);
    // The spacing a reader's style sheet sets, in every shadow root.
    const spacing = readerTextSpacing();
    const roots = (root: ShadowRoot): ShadowRoot[] => [root, ...[...root.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? roots(n.shadowRoot) : []))];
    const box = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    // Top to bottom, as drawn: each part's box ends before the next one's starts.
    const ORDER = ['header', '.map-wrap', 'cdm-legend', 'footer'];
    const overlaps: string[] = [];
    for (let i = 0; i < el.steps.length; i++) {
      el.goTo(i);
      await settle();
      for (const r of roots(el.shadowRoot!)) if (!r.adoptedStyleSheets.includes(spacing)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, spacing];
      await new Promise(requestAnimationFrame);
      for (let k = 0; k + 1 < ORDER.length; k++) {
        const [a, b] = [box(ORDER[k]!), box(ORDER[k + 1]!)];
        const side = a.right <= b.left + 0.5 || b.right <= a.left + 0.5;
        if (!side && a.bottom > b.top + 0.5) overlaps.push(`step ${i + 1}: ${ORDER[k]} to ${Math.round(a.bottom)}, ${ORDER[k + 1]} from ${Math.round(b.top)}`);
      }
      // The caption, the counts and the sources inside their rows (they overflowed up, over the map
      // or the legend, when a third line did not fit).
      for (const [selector, row] of [['.caption', 'footer'], ['header .counts', 'header'], ['.source', '.source']] as const) {
        const [part, area] = [box(selector), box(row)];
        const text = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
        if (part.top < area.top - 0.5 || part.bottom > area.bottom + 0.5 || text.scrollHeight > text.clientHeight + 1) {
          overlaps.push(`step ${i + 1}: ${selector} ${Math.round(part.top)}–${Math.round(part.bottom)} (${text.scrollHeight} px of text) outside its row ${Math.round(area.top)}–${Math.round(area.bottom)}`);
        }
      }
      // On a laptop or a projector the legend is whole in its row, not scrolled inside it (its last
      // entries were below its edge): it folds to its compact form. A phone on its side has no room
      // even for that; its legend scrolls.
      if (w < 1024) continue;
      const legend = el.shadowRoot!.querySelector('cdm-legend')!;
      const [list, legendBox] = [legend.shadowRoot!.querySelector('ul')!.getBoundingClientRect(), box('cdm-legend')];
      if (list.top < legendBox.top - 1 || list.bottom > legendBox.bottom + 1) {
        overlaps.push(`step ${i + 1}: the legend's entries ${Math.round(list.top)}–${Math.round(list.bottom)} outside its box ${Math.round(legendBox.top)}–${Math.round(legendBox.bottom)}`);
      }
      // Folded, it gives the room it no longer needs to the map (under 4:3 the map was left 107 px wide).
      const [area, footer] = [box('.map-area'), box('footer')];
      const room = area.right <= legendBox.left + 0.5 ? 0 : footer.top - area.bottom; // under the map: its row
      if (legend.hasAttribute('compact') && room > list.height + 40) {
        overlaps.push(`step ${i + 1}: the compact legend's row keeps ${Math.round(room)} px for ${Math.round(list.height)} px of entries`);
      }
    }
    expect([...new Set(overlaps)].slice(0, 6)).toEqual([]);
  });
});

describe('<cdm-presentation> layout', () => {
  // Phone portrait, 16:10-ish laptop, 16:9 screens and projectors: taller-than-16:9 screens bind
  // the map by width, wider ones by height.
  const SIZES: Array<[number, number]> = [[375, 740], [1280, 900], [1280, 720], [1920, 1080], [2560, 1440]];
  const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

  for (const [w, h] of SIZES) {
    test(`fits a ${w}x${h} viewport with no overflow, the map as large as fits at its aspect ratio`, async () => {
      await page.viewport(w, h);
      expect([window.innerWidth, window.innerHeight]).toEqual([w, h]);
      await mount();
      el.present({ step: 2 });
      await settle();
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      expect(el.scrollHeight).toBeLessThanOrEqual(el.clientHeight);
      const parts = ['header', 'h1', '.date', '.map-wrap', 'cdm-slide-map', 'cdm-legend', 'footer', '.caption', '.counter', '.controls'];
      const boxes = [...parts.map((s) => [s, rect(s)] as const), ...[...el.shadowRoot!.querySelectorAll('button')].map((b) => [b.getAttribute('aria-label')!, b.getBoundingClientRect()] as const)];
      const outside = boxes
        .filter(([, b]) => b.left < -0.5 || b.top < -0.5 || b.right > w + 0.5 || b.bottom > h + 0.5)
        .map(([s, b]) => `${s}: ${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}x${Math.round(b.height)}`);
      expect(outside).toEqual([]);

      const wrap = rect('.map-wrap');
      const area = rect('.map-area');
      expect(wrap.width / wrap.height).toBeCloseTo(atlas.width / atlas.height, 2);
      // As large as fits: it fills the area's width or its height.
      expect(Math.min(area.width - wrap.width, area.height - wrap.height)).toBeLessThanOrEqual(1);
      expect(wrap.left).toBeGreaterThanOrEqual(area.left - 0.5);
      expect(wrap.right).toBeLessThanOrEqual(area.right + 0.5);
      // The drawing itself fills its box, so no country is cut off.
      const svg = el.shadowRoot!.querySelector('cdm-slide-map')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      expect(svg.right).toBeLessThanOrEqual(wrap.right + 0.5);
      expect(svg.bottom).toBeLessThanOrEqual(wrap.bottom + 0.5);
      expect(svg.width).toBeGreaterThanOrEqual(wrap.width - 1);
    });
  }
});

describe('<cdm-presentation> on a French page (found by a tester)', () => {
  /** The nearest `lang` of a node, across shadow roots. */
  const langOf = (node: Node): string => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
      if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
    }
    return '';
  };
  const textNode = (root: Node, text: string): Text | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
    return null;
  };

  test('its captions, labels and announcements name the states in French, tagged fr, the rest tagged en', async () => {
    const section = document.createElement('section');
    section.lang = 'fr';
    document.body.append(section);
    try {
      el = document.createElement('cdm-presentation');
      el.atlas = atlas;
      el.data = dataset;
      section.append(el);
      await el.updateComplete;
      // A step that names a state whose French name is not its English one.
      const french = new Intl.DisplayNames('fr', { type: 'region' });
      const byIso3 = new Map(dataset.countries.map((c) => [c.iso3, c]));
      const frenchOf = (iso3: string) => (byIso3.get(iso3)?.iso2 ? french.of(byIso3.get(iso3)!.iso2!) : undefined);
      const index = el.steps.findIndex((s) => s.named.some((iso3) => frenchOf(iso3) && frenchOf(iso3) !== byIso3.get(iso3)!.name));
      expect(index).toBeGreaterThanOrEqual(0);
      const iso3 = el.steps[index]!.named.find((c) => frenchOf(c) && frenchOf(c) !== byIso3.get(c)!.name)!;
      const [fr, en] = [frenchOf(iso3)!, byIso3.get(iso3)!.name];
      el.present({ step: index });
      await settle();
      const root = el.shadowRoot!;
      const caption = root.querySelector('.caption')!;
      expect(caption.textContent).toContain(fr);
      expect(caption.textContent).not.toContain(en);
      expect(langOf(textNode(caption, fr)!)).toBe('fr');
      expect(langOf(textNode(root, 'Notes')!)).toBe('en');
      const status = root.querySelector('[role="status"]')!;
      expect(langOf(textNode(status, fr)!)).toBe('fr');
      expect(langOf(textNode(status, 'Marked on the map')!)).toBe('en');
      const label = root.querySelector('cdm-slide-map')!.shadowRoot!.querySelector(`[data-label-for="${iso3}"]`);
      if (label) expect(langOf(label.firstChild!)).toBe('fr');
    } finally {
      section.remove();
    }
  });
});
