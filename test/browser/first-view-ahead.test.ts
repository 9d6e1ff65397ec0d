// The first view is worked out in tasks of their own before it is drawn (issue 15, blocking
// time): the loader runs each step ahead of the ready state, the map's country elements are made
// ahead and put in place by the first map, and the first view's model is derived ahead. What a
// reader sees must not depend on it: the first map equals the same view derived the usual way,
// and a view asked for while the data were being prepared is the one drawn.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { AssetLoadController, type LoadState } from '../../src/controllers/asset-load-controller';
import { CountryLayer, prebuildCountryNodes } from '../../src/components/map-country-layer';
import type { CompiledAtlas } from '../../src/lib/types';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { ATLAS, DATASET, mapOf, mountExplorer, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

/** Every country shape's status, by country. */
function statuses(el: CyberDeclarationsMap): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const node of mapOf(el).shadowRoot.querySelectorAll('[data-country]')) out[node.getAttribute('data-country')!] = node.getAttribute('data-status');
  return out;
}

describe('the loader’s steps ahead of the first view', () => {
  /** A stand-in host: the controller only needs addController and requestUpdate. */
  const host = () => ({ addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
  const realFetch = window.fetch;
  afterEach(() => void (window.fetch = realFetch));

  test('prepare, then each step ahead with what prepare made, then ready: each in a task of its own', async () => {
    const log: string[] = [];
    // A timer queued in one step runs before the next step only if that step is a later task.
    const between = (name: string) => setTimeout(() => log.push(`task after ${name}`));
    const states: LoadState<string>[] = [];
    const loader = new AssetLoadController<string>(
      host(),
      {
        prepare: () => (log.push('prepare'), between('prepare'), 'prepared'),
        ahead: {
          data: [(prepared) => (log.push(`first step (${prepared})`), between('first step')), (prepared) => (log.push(`second step (${prepared})`), between('second step'))],
        },
      },
      (state) => {
        states.push(state);
        if (state.status !== 'loading') log.push(state.status);
      },
    );
    loader.load({ atlas: ATLAS, dataset: DATASET });
    await until(() => states.some((s) => s.status !== 'loading'), 'the load to end');
    expect(log).toEqual(['prepare', 'task after prepare', 'first step (prepared)', 'task after first step', 'second step (prepared)', 'task after second step', 'ready']);
  });

  test('the atlas’s steps run as soon as it is here, while the dataset is still on its way', async () => {
    const log: string[] = [];
    let atlasStepRan = () => {};
    const atlasStep = new Promise<void>((resolve) => (atlasStepRan = resolve));
    // The dataset is held back until the atlas's step has run (or a second has passed, so a
    // loader that waits for both files before any step fails here instead of hanging).
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (String(input).includes('dataset')) {
        await Promise.race([atlasStep, new Promise((r) => setTimeout(r, 1000))]);
        log.push('dataset arrives');
      }
      return response;
    };
    const states: LoadState<string>[] = [];
    const loader = new AssetLoadController<string>(
      host(),
      { prepare: () => (log.push('prepare'), 'prepared'), ahead: { atlas: [(atlas) => (log.push(`atlas step (${atlas.countries.length > 100})`), atlasStepRan())] } },
      (state) => {
        states.push(state);
        if (state.status !== 'loading') log.push(state.status);
      },
    );
    // Query strings of their own: no other test's load of these files is shared with this one.
    loader.load({ atlas: `${ATLAS}?early`, dataset: `${DATASET}?early` });
    await until(() => states.some((s) => s.status !== 'loading'), 'the load to end');
    expect(log).toEqual(['atlas step (true)', 'dataset arrives', 'prepare', 'ready']);
  });

  test('a load given up on (the element removed) runs no further step', async () => {
    const log: string[] = [];
    const loader = new AssetLoadController<string>(
      host(),
      {
        prepare: () => (log.push('prepare'), 'p'),
        ahead: {
          data: [
            () => {
              log.push('first step');
              loader.hostDisconnected();
            },
            () => log.push('second step'),
          ],
        },
      },
      (s) => s.status === 'ready' && log.push('ready'),
    );
    loader.load({ atlas: ATLAS, dataset: DATASET });
    await until(() => log.includes('first step'), 'the first step');
    await new Promise((r) => setTimeout(r, 50));
    expect(log).toEqual(['prepare', 'first step']);
  });
});

describe('the map’s country elements, made ahead', () => {
  let atlas: CompiledAtlas;
  beforeAll(async () => {
    atlas = (await (await fetch(ATLAS)).json()) as CompiledAtlas;
  });

  const layers = () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const shapes = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
    const markers = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
    return { shapes, markers };
  };

  test('the first map of an atlas takes the elements made ahead; a second map makes its own, the same', () => {
    prebuildCountryNodes(atlas);
    const first = layers();
    const second = layers();
    const a = new CountryLayer();
    const b = new CountryLayer();
    a.build(atlas, first.shapes, first.markers);
    b.build(atlas, second.shapes, second.markers);
    const ids = (g: Element) => [...g.querySelectorAll('[data-country]')].map((n) => n.getAttribute('data-country'));
    expect(ids(first.shapes).length + ids(first.markers).length).toBe(atlas.countries.length + atlas.countries.filter((c) => c.d && c.marker).length);
    expect(ids(second.shapes)).toEqual(ids(first.shapes));
    expect(ids(second.markers)).toEqual(ids(first.markers));
    // Two maps never share an element.
    expect(first.shapes.firstElementChild).not.toBe(second.shapes.firstElementChild);
    expect(a.get('FRA')?.shape?.isConnected).toBe(false); // in a detached svg, but in it
    expect(first.shapes.contains(a.get('FRA')!.shape)).toBe(true);
    expect(second.shapes.contains(b.get('FRA')!.shape)).toBe(true);
  });
});

describe('the first view’s model, derived ahead', () => {
  const VIEWS: Record<string, string>[] = [
    {},
    { declaration: 'paris-call-2018', date: '2019-06-30' },
    { declaration: 'gge-2015', country: 'FRA' },
    { view: 'all', date: '2021-01-01' },
    { declaration: 'paris-call-2018', date: '2031-01-01' }, // clamped to the end of the timeline
  ];

  for (const attrs of VIEWS) {
    test(`is the view derived the usual way: ${JSON.stringify(attrs)}`, async () => {
      const el = await readyExplorer(attrs);
      await settle(el);
      const first = { statuses: statuses(el), asOf: el.shadowRoot!.querySelector('.as-of')?.textContent };
      // Away and back: the same view, now derived as every later view is.
      const declaration = el.viewState.declaration;
      el.setAttribute('declaration', declaration === 'paris-call-2018' ? 'gge-2015' : 'paris-call-2018');
      await settle(el);
      if (attrs.declaration) el.setAttribute('declaration', attrs.declaration);
      else el.removeAttribute('declaration');
      await settle(el);
      expect(el.viewState.declaration).toBe(declaration);
      expect({ statuses: statuses(el), asOf: el.shadowRoot!.querySelector('.as-of')?.textContent }).toEqual(first);
    });
  }

  test('a view asked for while the data were being prepared is the one drawn', async () => {
    const el = mountExplorer({ declaration: 'paris-call-2018', date: '2019-06-30' });
    // The moment the first view has been derived ahead, before it is shown, the page asks for
    // another declaration (white-box: the element's own field, watched).
    let ahead: unknown = null;
    Object.defineProperty(el, 'ahead', {
      configurable: true,
      get: () => ahead,
      set: (value: unknown) => {
        ahead = value;
        if (value) el.setAttribute('declaration', 'gge-2015');
      },
    });
    await until(() => mapOf(el)?.shadowRoot?.querySelector('[data-country="FRA"][data-status]'), 'the first map');
    await settle(el);
    const fresh = await readyExplorer({ declaration: 'gge-2015', date: '2019-06-30' });
    await settle(fresh);
    expect(el.getAttribute('declaration')).toBe('gge-2015');
    expect(el.viewState.declaration).toBe('gge-2015');
    expect(statuses(el)).toEqual(statuses(fresh));
    expect(statuses(el)).not.toEqual(statuses(await readyExplorer({ declaration: 'paris-call-2018', date: '2019-06-30' })));
  });

  test('updateComplete settles with the whole first view drawn, the sidebar’s quotes included', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    const sidebar = el.shadowRoot!.querySelector('cdm-sidebar');
    expect(sidebar?.shadowRoot?.querySelectorAll('figure.quote').length).toBeGreaterThan(0);
  });
});
