// What a framework does to the element (found by a tester driving it as React and Vue do): sets
// properties of any type in one tick, and moves a connected element to another parent (a keyed
// list reordered, a portal, a lightbox). Neither may throw, drop an update or reload the map.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { asOfText, mapOf, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

const errors: unknown[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(e.reason));

describe('properties of the wrong type, set as React 19 and Vue set them', () => {
  test('controls and layout set to undefined, a number or an array fall back; the update in the same tick is drawn', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    errors.length = 0;
    for (const bad of [undefined, 5, true, ['legend'], {}]) {
      el.declaration = 'dfi-2022';
      el.date = '2022-06-30';
      (el as unknown as { controls: unknown }).controls = bad;
      (el as unknown as { layout: unknown }).layout = bad;
      await settle(el);
      expect(asOfText(el), String(bad)).toMatch(/^Future of the Internet — .* as of 30 Jun 2022$/);
      el.declaration = 'paris-call-2018';
      await settle(el);
    }
    expect(errors).toEqual([]);
  });
});

describe('a connected element moved to another parent', () => {
  test('keeps its map, its zoom and its data: no loading view, no second fetch', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    await settle(el);
    mapOf(el).shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    await userEvent.keyboard('++');
    // Once the zoom's glide has come to rest.
    let last = '';
    await until(() => {
      const now = JSON.stringify(el.onScreen.visible);
      const still = now === last && el.onScreen.visible !== null;
      last = now;
      return still;
    }, 'the map to zoom and rest');
    const zoomed = last;
    const fetched = () => performance.getEntriesByType('resource').filter((r) => /\.json(\?|$)/.test(r.name)).length;
    const before = fetched();
    const other = document.createElement('div');
    other.style.width = '1280px';
    document.body.append(other);
    other.append(el);
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    expect(el.loadStatus).toBe('ready');
    expect(mapOf(el).shadowRoot.querySelectorAll('[data-country][data-status]').length).toBeGreaterThan(100);
    await settle(el);
    expect(fetched()).toBe(before);
    expect(JSON.stringify(el.onScreen.visible)).toBe(zoomed);
    other.remove();
  });

  test('removed for good, its load is still given up on', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
    const wrap = el.parentElement!;
    wrap.remove();
    await new Promise((ok) => setTimeout(ok, 0));
    // Back on the page after a real removal: the element loads again, as README says.
    document.body.append(wrap);
    await until(() => el.loadStatus === 'ready', 'the map to load again');
  });
});
