// Issue 18 at 1920 x 1080: the tour starts on a numbered step from any view and Next moves
// forward; every state a caption names is marked `data-highlighted` on the map and named in the
// live region; the map's box is the same on every step; a 16:9 PNG export is exactly 1920 x 1080
// with its legend, date and source line inside the image.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cdm-presentation';
import '../../src/components/cdm-export-menu';
import type { CdmPresentation, PresentationStart } from '../../src/components/cdm-presentation';
import type { CdmExportMenu } from '../../src/components/cdm-export-menu';
import { buildTour, type TourStep } from '../../src/lib/tour';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';

let atlas: CompiledAtlas;
let dataset: Dataset;
let tour: TourStep[];
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
  dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
  tour = buildTour(dataset);
  await page.viewport(1920, 1080);
});

let el: CdmPresentation | null = null;
afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  el?.remove();
  el = null;
});

async function present(start: PresentationStart): Promise<CdmPresentation> {
  // A key press leaves user activation, so the next opening gets real full screen: leave it first,
  // or its late 'fullscreenchange' would close the next presentation.
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  el?.remove();
  el = document.createElement('cdm-presentation');
  el.atlas = atlas;
  el.data = dataset;
  document.body.append(el);
  el.present(start);
  await settle();
  return el;
}

async function settle(): Promise<void> {
  await el!.updateComplete;
  await el!.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cdm-slide-map')?.updateComplete;
}

const q = (selector: string) => el!.shadowRoot!.querySelector(selector);
const counter = () => q('.counter')?.textContent?.trim();
const nameOf = (iso3: string) => dataset.countries.find((c) => c.iso3 === iso3)!.name;

describe('presentation at 1920 x 1080', () => {
  test('from five different views the counter shows a numbered step, and Next moves forward', async () => {
    // A declaration's own story: the closing compare and change steps are entered from those views.
    const lastOf = (id: string, date: string) => tour.filter((s) => s.declarationId === id && s.date <= date && !s.view).at(-1)!.n;
    const closing = (view: string) => tour.find((s) => s.view === view)!.n;
    const launchOf = (id: string) => tour.find((s) => s.declarationId === id && s.kind === 'launch')!.n;
    const starts: Array<[PresentationStart, number]> = [
      [{ declaration: 'paris-call-2018', date: '2022-12-31' }, lastOf('paris-call-2018', '2022-12-31')],
      [{ declaration: 'dfi-2022', date: '2022-12-31' }, lastOf('dfi-2022', '2022-12-31')],
      [{ declaration: 'g7-2021', date: '2021-04-28' }, launchOf('g7-2021')],
      [{ declaration: 'gge-2015', date: '2015-07-22' }, 1],
      // Before the Joint Statement's launch: its launch step, not "–".
      [{ declaration: 'joint-statement-2019', date: '2019-01-01' }, launchOf('joint-statement-2019')],
      [{ declaration: 'paris-call-2018', date: '2020-06-01', view: 'all' }, 1],
      [{ declaration: 'paris-call-2018', date: '2022-12-31', view: 'compare', with: 'dfi-2022' }, closing('compare')],
      [{ declaration: 'paris-call-2018', date: '2022-12-31', view: 'change', from: '2019-01-01' }, closing('change')],
    ];
    for (const [start, n] of starts) {
      await present(start);
      expect(counter(), JSON.stringify(start)).toBe(`${n} / ${tour.length}`);
      await userEvent.keyboard('{PageDown}');
      await settle();
      expect(counter(), `Next from ${JSON.stringify(start)}`).toBe(`${Math.min(n + 1, tour.length)} / ${tour.length}`);
    }
  });

  test('every state a caption names is marked data-highlighted on the map and named in the live region', async () => {
    await present({ step: 0 });
    const named = tour.filter((s) => s.named.length > 0);
    expect(named.length).toBeGreaterThan(3);
    for (const step of tour) {
      el!.goTo(step.index);
      await settle();
      const map = q('cdm-slide-map')!.shadowRoot!;
      const marked = new Set([...map.querySelectorAll('[data-highlighted]')].map((n) => n.getAttribute('data-country')));
      const live = q('[role="status"]')!.textContent!;
      for (const iso3 of step.named) {
        // The tour's list and the caption agree: a named state's name is in the caption.
        expect(step.caption).toContain(nameOf(iso3));
        expect(marked.has(iso3), `${iso3} in step ${step.n}: ${step.caption}`).toBe(true);
        expect(live).toContain(nameOf(iso3));
      }
      for (const iso3 of step.countries) expect(marked.has(iso3)).toBe(true);
      expect(marked.size).toBe(new Set(step.countries).size);
    }
  });

  test('the map box is the same size on every step, and the slide does not overflow', async () => {
    await present({ step: 0 });
    const boxes = new Set<string>();
    for (const step of tour) {
      el!.goTo(step.index);
      await settle();
      const r = q('cdm-slide-map')!.getBoundingClientRect();
      boxes.add(`${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
      expect(el!.scrollHeight).toBeLessThanOrEqual(el!.clientHeight);
      for (const sel of ['h1', '.caption', '.counter', '.source', 'cdm-legend']) {
        const b = q(sel)!.getBoundingClientRect();
        expect(b.bottom, `${sel} on step ${step.n}`).toBeLessThanOrEqual(1080);
        expect(b.right).toBeLessThanOrEqual(1920);
      }
      expect(q('.source')!.textContent).toMatch(/^Sources: .+ · cyber-declarations-map dataset /);
    }
    expect([...boxes]).toHaveLength(1);
    expect(parseFloat([...boxes][0]!.split(' ')[1]!)).toBeGreaterThan(1000);
  });
});

describe('16:9 export', () => {
  test('the PNG is exactly 1920 x 1080 (and 3840 x 2160), with legend, date and source line inside', async () => {
    const menu = document.createElement('cdm-export-menu') as CdmExportMenu;
    Object.assign(menu, { atlas, data: dataset, declaration: 'paris-call-2018', date: '2019-12-31', view: 'declaration', country: 'USA' });
    document.body.append(menu);
    try {
      for (const [width, height] of [[1920, 1080], [3840, 2160]] as const) {
        const png = await menu.exportBlob('png', { slide: true, width });
        const img = await createImageBitmap(png.blob);
        expect([img.width, img.height]).toEqual([width, height]);
      }
      const svg = await menu.exportBlob('svg', { slide: true });
      const host = document.createElement('div');
      host.innerHTML = (await svg.blob.text()).replace(/^<\?xml[^>]*>/, '');
      document.body.append(host);
      const root = host.querySelector('svg')!;
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1920', '1080']);
      const inside = (sel: string) => {
        const nodes = [...root.querySelectorAll<SVGGraphicsElement>(sel)];
        expect(nodes.length, sel).toBeGreaterThan(0);
        for (const n of nodes) {
          const b = n.getBBox();
          expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= 1920 && b.y + b.height <= 1080, `${sel} ${b.x},${b.y} ${b.width}x${b.height}`).toBe(true);
        }
      };
      inside('.legend-item');
      inside('.as-of');
      inside('.source');
      expect(root.querySelector('.as-of')!.textContent).toContain('31 Dec 2019');
      expect(root.querySelector('.source')!.textContent).toMatch(/^Sources: /);
      expect(root.querySelectorAll('.legend .definition').length).toBeGreaterThan(0);
      // The chosen country is outlined, as on screen.
      expect(root.querySelector('[data-country="USA"][data-highlighted]')).not.toBeNull();
      host.remove();
    } finally {
      menu.remove();
    }
  });
});
