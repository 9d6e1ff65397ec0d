// The first view's elements have their style sheets made while the files download, not in the
// first map's task (issue 15, first map after the data). In a file of its own: Lit keeps each
// sheet once made, so an explorer mounted earlier in the same page would have made them already.
import { afterEach, expect, test } from 'vitest';
import type { LitElement } from 'lit';
import { DATASET, mountExplorer, statusOf, unmountAll, until } from './explorer-helpers';

const FIRST_VIEW = ['cdm-map', 'cdm-declaration-picker', 'cdm-country-search', 'cdm-legend', 'cdm-timeline'];
const realFetch = window.fetch;
const realReplaceSync = CSSStyleSheet.prototype.replaceSync;

afterEach(() => {
  window.fetch = realFetch;
  CSSStyleSheet.prototype.replaceSync = realReplaceSync;
  unmountAll();
});

test('the first view’s style sheets are made while the dataset is still on its way', async () => {
  const parsed = new Set<string>();
  CSSStyleSheet.prototype.replaceSync = function (text: string) {
    parsed.add(text);
    return realReplaceSync.call(this, text);
  };
  // The dataset is held back until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (String(input).includes('dataset')) await held;
    return realFetch(input, init);
  };
  const el = mountExplorer({ 'dataset-src': `${DATASET}?held`, declaration: 'paris-call-2018', date: '2019-12-31' });

  const unparsed = () =>
    FIRST_VIEW.filter((tag) => (customElements.get(tag) as typeof LitElement).elementStyles.some((s) => !(s instanceof CSSStyleSheet) && !parsed.has(s.cssText)));
  await until(() => unparsed().length === 0, 'the style sheets of the first view to be made', 3000).catch(() => {});
  expect(unparsed(), 'elements whose styles were not made before the dataset arrived').toEqual([]);
  expect(el.shadowRoot!.querySelector('cdm-map'), 'no map before the data').toBeNull();

  release();
  await until(() => statusOf(el, 'FRA'), 'the first map');
  expect(statusOf(el, 'FRA')).toBe('signed');
});
