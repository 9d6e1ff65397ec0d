// Issue 7, accessibility: axe-core finds no violations in every state of the explorer (default,
// country selected, table view, all declarations, presentation mode, 320 px wide, dark scheme).
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { openPresentation } from '../../src/components/open-presentation';
import { axeViolations, emulateMedia, resetMedia } from './a11y-helpers';
import { part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(async () => {
  unmountAll();
  document.querySelectorAll('body > cdm-presentation').forEach((p) => p.remove());
  await resetMedia();
  await page.viewport(1280, 900);
});

type Attrs = Record<string, string>;
const STATES: Array<[string, Attrs]> = [
  ['default', {}],
  ['country selected', { declaration: 'paris-call-2018', date: '2019-12-31', country: 'USA' }],
  ['all declarations', { view: 'all', date: '2022-12-31' }],
  ['closed group (G7) with a country', { declaration: 'g7-2021', date: '2021-12-31', country: 'JPN' }],
  ['before a launch', { declaration: 'dfi-2022', date: '2020-01-01' }],
];

describe('axe-core: no violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, attrs] of STATES) {
      test(`${name} (${scheme} scheme)`, async () => {
        if (scheme === 'dark') await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
        const el = await readyExplorer(attrs);
        await settle(el);
        // The dark defaults are on (the element draws its dark background: #0e1217).
        if (scheme === 'dark') expect(getComputedStyle(el).backgroundColor).toBe('rgb(14, 18, 23)');
        expect(await axeViolations(el.parentElement!)).toEqual([]);
      });
    }
  }

  test('320 px wide (light and dark)', async () => {
    await page.viewport(320, 800);
    for (const scheme of ['light', 'dark']) {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'MLT' }, 320);
      await settle(el);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(await axeViolations(el.parentElement!), scheme).toEqual([]);
      unmountAll();
    }
  });

  test('presentation mode opened from the explorer (light and dark)', async () => {
    for (const scheme of ['light', 'dark']) {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2021-11-11' });
      const pres = openPresentation(el, { declaration: 'paris-call-2018', date: '2021-11-11' });
      await until(() => pres.shadowRoot?.querySelector('cdm-slide-map')?.shadowRoot?.querySelector('[data-country="FRA"]'), 'the presentation map');
      await pres.updateComplete;
      expect(await axeViolations(pres), scheme).toEqual([]);
      pres.close();
      pres.remove();
      unmountAll();
    }
  });

  test('the check can fail: a nameless button deep in a shadow root and low-contrast text are caught', async () => {
    const el = await readyExplorer();
    const zoom = part(el, 'cdm-map')!.shadowRoot!.querySelector('.zoom-controls')!;
    const bad = document.createElement('button');
    zoom.append(bad);
    const faint = document.createElement('p');
    faint.textContent = 'faint text';
    faint.style.color = '#eeeeee';
    part(el, '.as-of')!.append(faint);
    const found = (await axeViolations(el.parentElement!)).join('\n');
    expect(found).toMatch(/^button-name/m);
    expect(found).toMatch(/^color-contrast/m);
  });

  test('the error state with its Retry button', async () => {
    const el = await readyExplorer();
    el.datasetSrc = '/generated/no-such-dataset.json';
    await until(() => part(el, '[part="error"]'), 'the error state');
    expect(await axeViolations(el.parentElement!)).toEqual([]);
  });
});
