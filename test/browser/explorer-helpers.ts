// Mounting and reading the whole explorer in real Chromium. Fixtures are the real generated files
// (served by Vite from public/generated/), so a test sees what a reader sees.
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import '../../src/components/cyber-declarations-map';

export const ATLAS = '/generated/atlas.json';
export const DATASET = '/generated/dataset.json';

let mounted: HTMLElement[] = [];

/** `around`: attributes of the element's parent (a section's `lang`, say). */
export function mountExplorer(attrs: Record<string, string> = {}, width = 1280, around: Record<string, string> = {}): CyberDeclarationsMap {
  const wrap = document.createElement('div');
  wrap.style.width = `${width}px`;
  for (const [k, v] of Object.entries(around)) wrap.setAttribute(k, v);
  const el = document.createElement('cyber-declarations-map');
  el.setAttribute('atlas-src', ATLAS);
  el.setAttribute('dataset-src', DATASET);
  // The explorer's layout (sidebar beside or under the map), as index.html sets it.
  el.setAttribute('layout', 'explorer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  document.body.append(wrap);
  mounted.push(wrap);
  return el;
}

export function unmountAll(): void {
  for (const m of mounted) m.remove();
  mounted = [];
}

/** Waits until `fn` returns a truthy value (polling each frame), or fails with `what`. */
export async function until<T>(fn: () => T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export const part = (el: Element, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
export const mapOf = (el: CyberDeclarationsMap) => part(el, 'cdm-map') as HTMLElement & { shadowRoot: ShadowRoot };
export const countryNode = (el: CyberDeclarationsMap, iso3: string) =>
  mapOf(el)?.shadowRoot?.querySelector<SVGElement>(`[data-country="${iso3}"]`) ?? null;
export const statusOf = (el: CyberDeclarationsMap, iso3: string) => countryNode(el, iso3)?.getAttribute('data-status') ?? null;

/** Mounts and waits for the first map (atlas and dataset loaded, countries drawn). */
export async function readyExplorer(attrs: Record<string, string> = {}, width = 1280, around: Record<string, string> = {}): Promise<CyberDeclarationsMap> {
  const el = mountExplorer(attrs, width, around);
  await until(() => countryNode(el, 'FRA'), 'the map to draw');
  await el.updateComplete;
  return el;
}

/** Settles Lit updates of the element and its children. */
export async function settle(el: CyberDeclarationsMap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    for (const child of el.shadowRoot!.querySelectorAll('*')) {
      const c = child as Element & { updateComplete?: Promise<unknown> };
      if (c.updateComplete) await c.updateComplete;
    }
  }
}

export function asOfText(el: CyberDeclarationsMap): string {
  return part(el, '[part="as-of"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function timelineInput(el: CyberDeclarationsMap): HTMLInputElement {
  return part(el, 'cdm-timeline')!.shadowRoot!.querySelector('input[part="slider"]')!;
}

export function sidebarText(el: CyberDeclarationsMap): string {
  return part(el, 'cdm-sidebar')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** The map's zoom transform, "translate(x,y) scale(k)" (null before the first zoom). */
export function zoomTransform(el: CyberDeclarationsMap): string | null {
  return mapOf(el).shadowRoot.querySelector('g.zoom-layer')?.getAttribute('transform') ?? null;
}

/** True for the whole world: no zoom yet, or the identity transform. */
export const showsWorld = (transform: string | null): boolean => transform === null || transform === 'translate(0,0) scale(1)';

/**
 * Waits until the zoom glide has ended: the transform the same on two frames in a row (a glide
 * moves it on every frame) and `done` true of it.
 */
export async function zoomAtRest(el: CyberDeclarationsMap, done: (transform: string | null) => boolean = () => true, what = 'the zoom to come to rest'): Promise<void> {
  let last: string | null | undefined;
  await until(() => {
    const t = zoomTransform(el);
    const still = t === last && done(t);
    last = t;
    return still;
  }, what);
}

/**
 * Lets `n` frames pass, for "nothing starts" checks: a zoom glide (d3-transition) moves the
 * transform from its first or second frame on, so three frames after the map settled would show
 * one that should not have started.
 */
export async function framesPass(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}
