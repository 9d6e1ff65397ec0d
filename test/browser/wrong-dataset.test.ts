// Issue 20, a dataset that is valid JSON of the wrong shape (test/fixtures/wrong-shape/): each
// shows the same message with Retry as a failed load, naming the path and what was expected, or
// renders correctly; nothing escapes as an uncaught error, and no state is drawn with a status
// the data does not give it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Dataset } from '../../src/lib/types';
import { WRONG_SHAPES } from '../fixtures/wrong-shape/wrong-shapes';
import { DATASET, countryNode, mountExplorer, part, settle, statusOf, unmountAll, until } from './explorer-helpers';
import { catchEscapes, mapInvariantProblems } from './robustness-helpers';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const realFetch = window.fetch.bind(window);

/** Serves `/wrong-shape/<n>.json` as WRONG_SHAPES[n] made from the real dataset. */
function serveShapes() {
  return vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const m = /\/wrong-shape\/(\d+)\.json/.exec(url);
    if (!m) return realFetch(input, init);
    const good = (await (await realFetch(DATASET)).json()) as Dataset;
    const body = JSON.stringify(WRONG_SHAPES[Number(m[1])]!.make(good));
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

describe('a dataset of the wrong shape', () => {
  WRONG_SHAPES.forEach((shape, n) => {
    test(`${shape.name}: ${shape.message ? 'a message with Retry' : 'renders'}, no uncaught error`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const escapes = catchEscapes();
      const fetchSpy = serveShapes();
      const el = mountExplorer({ 'dataset-src': `/wrong-shape/${n}.json`, declaration: 'paris-call-2018', date: '2019-12-31' });
      if (shape.message) {
        const error = await until(() => part(el, '[part="error"]'), 'the message');
        const text = error.textContent!.replace(/\s+/g, ' ');
        expect(text).toMatch(/The map could not be shown\. The declarations dataset at .*wrong-shape.* is not usable: /);
        expect(text).toMatch(shape.message);
        expect(part(el, 'cdm-map'), 'no map drawn from a wrong dataset').toBeNull();
        const calls = fetchSpy.mock.calls.length;
        await userEvent.click(part(el, '[part="error"] button')!);
        await until(() => fetchSpy.mock.calls.length > calls && part(el, '[part="error"]'), 'Retry to load again (and fail again)');
      } else {
        await until(() => countryNode(el, 'FRA'), 'the map');
        await settle(el);
        expect(mapInvariantProblems(el)).toEqual([]);
        expect(statusOf(el, 'FRA')).toBe('signed');
        expect(statusOf(el, 'USA')).toBe('refused');
      }
      escapes.stop();
      expect(escapes.errors).toEqual([]);
    });
  });
});
