// Every tour step at a projector's 4:3 (1024 x 768), 16:9 (1280 x 720, 1920 x 1080) and a phone in
// portrait (390 x 844): the legend shows each entry's definition where there is room, type is
// projector-size and scales with the slide, the map's box is the same on every step, and nothing
// is clipped (the counts and the source line with its dataset version included) or overlaps.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/cdm-presentation';
import type { CdmPresentation } from '../../src/components/cdm-presentation';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';

let atlas: CompiledAtlas;
let dataset: Dataset;
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
  dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
});
afterAll(() => page.viewport(1280, 900));

interface StepLook {
  n: number;
  map: string;
  /** Visible text smaller than this many px, with where. */
  fonts: Array<[number, string]>;
  definitionsShown: boolean;
  /** Text cut off (overflowing its box, or outside the screen), and parts that overlap. */
  clipped: string[];
  overlaps: string[];
  /** Labels that hide a small marked state (its own or another's), and the labels placed. */
  covering: string[];
  labels: string[];
  counts: string;
  source: string;
}

/** Elements with their own visible text, through shadow roots; visually hidden text left out. */
function texts(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...texts(el.shadowRoot));
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el.getClientRects().length === 0) continue;
    if (el.closest('.visually-hidden') || getComputedStyle(el).clipPath !== 'none') continue;
    out.push(el);
  }
  return out;
}

function look(el: CdmPresentation, n: number): StepLook {
  const root = el.shadowRoot!;
  const q = (s: string) => root.querySelector(s)!;
  const fonts: Array<[number, string]> = [];
  const clipped: string[] = [];
  for (const t of texts(root)) {
    const text = t.textContent!.trim().slice(0, 24);
    const r = t.getBoundingClientRect();
    // SVG text is sized in the map's units: scale it to the screen.
    const px = parseFloat(getComputedStyle(t).fontSize) * (t instanceof SVGGraphicsElement ? t.getScreenCTM()!.a : 1);
    fonts.push([px, `${t.localName}.${t.getAttribute('class') ?? ''} "${text}"`]);
    if (!(t instanceof SVGElement) && (t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1)) clipped.push(`${t.localName} "${text}" overflows`);
    if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) clipped.push(`${t.localName} "${text}" off screen`);
  }
  const legend = q('cdm-legend') as HTMLElement;
  const list = legend.shadowRoot!.querySelector('ul')!.getBoundingClientRect();
  const lr = legend.getBoundingClientRect();
  if (list.top < lr.top - 1 || list.bottom > lr.bottom + 1) clipped.push('legend cut off');
  const boxes: Array<[string, DOMRect]> = [
    ...['h1', '.date', '.counts', '.map-wrap', '.caption', '.counter', '.controls', '.source'].map((s) => [s, q(s).getBoundingClientRect()] as [string, DOMRect]),
    ['legend', new DOMRect(list.x, list.y, list.width, list.height)],
  ];
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, A] = boxes[i]!;
      const [b, B] = boxes[j]!;
      if (A.left < B.right - 0.5 && B.left < A.right - 0.5 && A.top < B.bottom - 0.5 && B.top < A.bottom - 0.5) overlaps.push(`${a} / ${b}`);
    }
  // A label must never hide a small marked state: the audience would read the name off nothing.
  const slide = (q('cdm-slide-map') as Element).shadowRoot!;
  const labels = [...slide.querySelectorAll('[data-label-for]')].map((t) => [t.textContent!, t.getBoundingClientRect()] as const);
  const covering: string[] = [];
  for (const node of slide.querySelectorAll('[data-highlighted]')) {
    const r = node.getBoundingClientRect();
    for (const [name, L] of labels) {
      const small = r.width * r.height < L.width * L.height;
      const ix = Math.max(0, Math.min(r.right, L.right) - Math.max(r.left, L.left)) * Math.max(0, Math.min(r.bottom, L.bottom) - Math.max(r.top, L.top));
      if (small && ix > 0.25 * r.width * r.height) covering.push(`"${name}" covers ${node.getAttribute('data-country')}`);
    }
  }
  const m = q('cdm-slide-map').getBoundingClientRect();
  const definitions = [...legend.shadowRoot!.querySelectorAll('.definition')];
  return {
    n,
    map: `${m.left.toFixed(1)},${m.top.toFixed(1)} ${m.width.toFixed(1)}x${m.height.toFixed(1)}`,
    fonts,
    definitionsShown: definitions.length > 0 && definitions.every((d) => getComputedStyle(d).clipPath === 'none' && d.getBoundingClientRect().width > 20),
    clipped,
    overlaps,
    covering,
    labels: labels.map(([name]) => name),
    counts: q('.counts').textContent!.trim(),
    source: q('.source').textContent!.trim(),
  };
}

const SIZES: Array<[number, number, { definitions: boolean; minPx: number; minLabels: number }]> = [
  [1024, 768, { definitions: true, minPx: 15.9, minLabels: 10 }],
  [1280, 720, { definitions: true, minPx: 16, minLabels: 10 }],
  [1920, 1080, { definitions: true, minPx: 24, minLabels: 10 }],
  [390, 844, { definitions: false, minPx: 13.9, minLabels: 0 }],
];

describe.each(SIZES)('presentation at %i x %i, every step', (w, h, want) => {
  const looks: StepLook[] = [];
  beforeAll(async () => {
    await page.viewport(w, h);
    const el = document.createElement('cdm-presentation');
    el.atlas = atlas;
    el.data = dataset;
    document.body.append(el);
    el.present({ step: 0 });
    for (let i = 0; i < el.steps.length; i++) {
      el.goTo(i);
      await el.updateComplete;
      await (el.shadowRoot!.querySelector('cdm-slide-map') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise(requestAnimationFrame);
      looks.push(look(el, i + 1));
    }
    el.remove();
  });

  test(`the legend ${want.definitions ? 'shows' : 'reads out (no room to show)'} each entry's definition`, () => {
    expect(looks.filter((l) => l.definitionsShown !== want.definitions).map((l) => l.n)).toEqual([]);
  });

  test(`no text is under ${want.minPx} px`, () => {
    const small = looks.flatMap((l) => l.fonts.filter(([px]) => px < want.minPx).map(([px, where]) => `step ${l.n}: ${where} at ${px.toFixed(1)} px`));
    expect([...new Set(small)]).toEqual([]);
  });

  test('a label never hides a small marked state, and the named states are labelled', () => {
    expect(looks.flatMap((l) => l.covering.map((c) => `step ${l.n}: ${c}`))).toEqual([]);
    // Labels are left out only where there is no room: most named states keep theirs.
    expect(looks.flatMap((l) => l.labels).length).toBeGreaterThanOrEqual(want.minLabels);
  });

  test('the map has the same box on every step', () => {
    expect([...new Set(looks.map((l) => l.map))]).toHaveLength(1);
  });

  test('nothing is cut off or overlaps; the counts and the source line, with the dataset version, are whole', () => {
    expect(looks.flatMap((l) => [...l.clipped, ...l.overlaps].map((p) => `step ${l.n}: ${p}`))).toEqual([]);
    for (const l of looks) {
      expect(l.counts).not.toMatch(/…$/);
      if (l.source) expect(l.source).toContain(`cyber-declarations-map dataset ${dataset.version}`);
    }
  });
});
