// Cooperative gestures on <cdm-map> in real Chromium: a plain wheel leaves the map alone (the page
// scrolls) and shows a short hint; Ctrl/⌘ + wheel zooms; only two-finger touches reach d3-zoom.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import '../../src/components/cdm-map';
import { WHEEL_HINT_MS, type CdmMap } from '../../src/components/cdm-map';
import type { CompiledAtlas } from '../../src/lib/types';

let atlas: CompiledAtlas;
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
});

let host: HTMLDivElement;
async function mount(): Promise<CdmMap> {
  host = document.createElement('div');
  host.style.width = '800px';
  document.body.append(host);
  const map = document.createElement('cdm-map');
  map.reducedMotion = true;
  map.atlas = atlas;
  host.append(map);
  await map.updateComplete;
  return map;
}
afterEach(() => {
  host?.remove();
  vi.useRealTimers();
});

const svgOf = (map: CdmMap) => map.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
const layerTransform = (map: CdmMap) => map.shadowRoot!.querySelector('g.zoom-layer')!.getAttribute('transform');
const hint = (map: CdmMap) => map.shadowRoot!.querySelector<HTMLElement>('.wheel-hint')!;

function wheel(map: CdmMap, init: WheelEventInit): WheelEvent {
  const r = svgOf(map).getBoundingClientRect();
  const e = new WheelEvent('wheel', {
    deltaY: -100,
    clientX: r.left + r.width / 2,
    clientY: r.top + r.height / 2,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  svgOf(map).dispatchEvent(e);
  return e;
}

describe('<cdm-map> wheel and touch', () => {
  test('a plain wheel neither zooms nor blocks page scrolling, and shows the hint', async () => {
    const map = await mount();
    const before = layerTransform(map);
    expect(hint(map).classList.contains('shown')).toBe(false);
    const e = wheel(map, {});
    await map.updateComplete;
    expect(e.defaultPrevented).toBe(false);
    expect(layerTransform(map)).toBe(before);
    expect(hint(map).classList.contains('shown')).toBe(true);
    expect(hint(map).textContent).toMatch(/Use (Ctrl|⌘) \+ scroll to zoom the map/);
    expect(getComputedStyle(hint(map)).opacity).toBe('1');
  });

  test('Ctrl + wheel and ⌘ + wheel zoom in, without the hint', async () => {
    const map = await mount();
    const e = wheel(map, { ctrlKey: true });
    await map.updateComplete;
    expect(e.defaultPrevented).toBe(true);
    const k1 = Number(/scale\(([\d.]+)\)/.exec(layerTransform(map) ?? '')?.[1]);
    expect(k1).toBeGreaterThan(1);
    // One mouse-wheel notch is capped, so Ctrl + wheel does not jump to the maximum zoom.
    expect(k1).toBeLessThan(1.5);
    wheel(map, { metaKey: true });
    await map.updateComplete;
    const k2 = Number(/scale\(([\d.]+)\)/.exec(layerTransform(map) ?? '')?.[1]);
    expect(k2).toBeGreaterThan(k1);
    expect(hint(map).classList.contains('shown')).toBe(false);
  });

  test('the hint goes after WHEEL_HINT_MS, and removal clears its timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const map = await mount();
    wheel(map, {});
    await map.updateComplete;
    expect(hint(map).classList.contains('shown')).toBe(true);
    vi.advanceTimersByTime(WHEEL_HINT_MS + 1);
    await map.updateComplete;
    expect(hint(map).classList.contains('shown')).toBe(false);

    wheel(map, {});
    await map.updateComplete;
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    host.remove();
    expect(vi.getTimerCount()).toBe(0);
    await map.updateComplete;
    expect(hint(map).classList.contains('shown')).toBe(false);
  });

  test('one finger is left to the page, two fingers reach d3-zoom; mouse drag still pans', async () => {
    const map = await mount();
    // Zoom and pan live in their own chunk (map-zoom.ts), attached once the map is drawn.
    const filter = (map as unknown as { zoom: { zoomer: { behavior: { filter(): (e: unknown) => boolean } } } }).zoom.zoomer.behavior.filter();
    expect(filter({ type: 'touchstart', touches: { length: 1 } })).toBe(false);
    expect(filter({ type: 'touchstart', touches: { length: 2 } })).toBe(true);
    expect(filter({ type: 'mousedown', button: 0, ctrlKey: false })).toBe(true);
    expect(filter({ type: 'mousedown', button: 2, ctrlKey: false })).toBe(false);
    expect(getComputedStyle(svgOf(map)).touchAction).toBe('pan-x pan-y');
  });

  test('the + button and zoom-to-country still zoom', async () => {
    const map = await mount();
    map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await map.updateComplete;
    expect(layerTransform(map)).toMatch(/scale\(2\)/);
    map.zoomToCountry('FRA' as never);
    await map.updateComplete;
    expect(layerTransform(map)).not.toMatch(/scale\(2\)/);
  });
});
