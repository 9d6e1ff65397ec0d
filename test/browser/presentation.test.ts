// Presentation mode in real Chromium, driven by the keys a presentation clicker sends: each step
// shows the tour's declaration and date on the map (real statuses on real shapes), its caption
// and its "n / N" counter; Escape leaves; entering from the explorer keeps its view.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-presentation';
import type { CdmPresentation, PresentationChangeDetail } from '../../src/components/cdm-presentation';
import { buildTour, type TourStep } from '../../src/lib/tour';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';

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
});

async function mount(): Promise<CdmPresentation> {
  el = document.createElement('cdm-presentation');
  el.atlas = atlas;
  el.data = dataset;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function settle(): Promise<void> {
  await el.updateComplete;
  const map = el.shadowRoot!.querySelector('cdm-map');
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
  const map = el.shadowRoot!.querySelector('cdm-map')!;
  return map.shadowRoot!.querySelector(`[data-country="${iso3}"]`)?.getAttribute('data-status') ?? null;
}

const expected = (s: TourStep) => ({
  declaration: s.declarationId,
  date: s.date,
  counter: `${s.n} / ${tour.length}`,
  caption: s.caption,
  title: dataset.declarations.find((d) => d.id === s.declarationId)!.title,
});

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
    const map = el.shadowRoot!.querySelector('cdm-map')!;
    const countries = [...map.shadowRoot!.querySelectorAll('[data-country]')];
    expect(countries.length).toBeGreaterThanOrEqual(atlas.countries.length);
    expect(countries.every((c) => c.hasAttribute('data-status'))).toBe(true);
  });

  test('entering from the explorer keeps its view; the tour continues from there', async () => {
    await mount();
    el.present({ declaration: 'dfi-2022', date: '2022-06-01' });
    await settle();
    expect(screen()).toMatchObject({ declaration: 'dfi-2022', date: '2022-06-01', counter: `– / ${tour.length}` });
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
