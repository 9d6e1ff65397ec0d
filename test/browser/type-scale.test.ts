// The element's text is set in its type scale (src/components/type-scale.ts): a few sizes and two
// weights. Each new pair of size and weight costs the browser a font lookup in the layout after
// the first map (1-2 ms each on Linux), so a size of its own (0.75em of 0.93em, a weight of 650)
// is a cost a reader pays on every load, not a free nuance.
import { afterEach, describe, expect, test } from 'vitest';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { FIXED_SIZES_PX, TYPE_SCALE } from '../../src/components/type-scale';
import { part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

/** Every element with its own visible text, through the element's shadow roots. */
function textElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...textElements(el.shadowRoot));
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (ownText && el.checkVisibility() && el.getClientRects().length) out.push(el);
  }
  return out;
}

/** The sizes of the scale, in px, for an element whose own size is `base` px. */
function scaleSizes(base: number): number[] {
  const panel = base * TYPE_SCALE.panel;
  return [base, base * TYPE_SCALE.headline, panel, panel * TYPE_SCALE.small, panel * TYPE_SCALE.title, ...FIXED_SIZES_PX];
}

/** Sizes and weights used by the element's visible text that are not in the scale, with where. */
function offScale(el: CyberDeclarationsMap): string[] {
  const base = parseFloat(getComputedStyle(part(el, '.shell')!).fontSize);
  const sizes = scaleSizes(base);
  const off = new Set<string>();
  for (const text of textElements(el.shadowRoot!)) {
    const style = getComputedStyle(text);
    const size = parseFloat(style.fontSize);
    const where = `<${text.localName}${text.className && typeof text.className == 'string' ? `.${text.className.split(' ')[0]}` : ''}>`;
    if (!sizes.some((s) => Math.abs(s - size) < 0.01)) off.add(`${where} at ${style.fontSize}`);
    if (style.fontWeight !== '400' && style.fontWeight !== '600') off.add(`${where} in weight ${style.fontWeight}`);
  }
  return [...off].sort();
}

describe('the type scale', () => {
  test.each([
    ['the explorer with a country’s record and its quotes', { country: 'FRA', declaration: 'paris-call-2018', date: '2019-12-31' }, 1280],
    ['the explorer on a phone', { declaration: 'gge-2015' }, 400],
    ['the article layout', { layout: 'article', declaration: 'paris-call-2018' }, 680],
    ['all declarations', { view: 'all', date: '2022-12-31' }, 1280],
  ])('%s: every visible text is in one of its sizes and weights', async (_, attrs, width) => {
    const el = await readyExplorer(attrs, width);
    await settle(el);
    // The legend, the timeline and the sidebar come a frame or two after the first map.
    await until(() => part(el, 'cdm-sidebar')?.shadowRoot?.querySelector('h2') && part(el, 'cdm-timeline')?.shadowRoot, 'the panels');
    await settle(el);
    expect(offScale(el)).toEqual([]);
  });
});
