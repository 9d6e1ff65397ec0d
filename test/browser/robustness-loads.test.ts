// Issue 7, failed loads: a 404, a load that never answers, truncated JSON and JSON of the wrong
// shape each give a visible message in words with a Retry that works, while the rest of the page
// (a healthy second map, the page's own controls) keeps working.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LOAD_TIMEOUT_MS } from '../../src/lib/load-assets';
import { countryNode, mountExplorer, part, readyExplorer, settle, statusOf, unmountAll, until } from './explorer-helpers';
import { catchEscapes, mapInvariantProblems } from './robustness-helpers';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

type Failure = 'none' | '404' | 'hang' | 'truncated' | 'shape' | 'network';
const realFetch = window.fetch.bind(window);

/**
 * A fetch stand-in for URLs carrying `?broken`: fails as `mode()` says, else fetches the real
 * file. A hanging request rejects only when its signal aborts, like a real fetch.
 */
function stubFetch(mode: () => Failure) {
  return vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const failure = url.includes('broken') ? mode() : 'none';
    const real = url.replace(/[?&]broken\b/, '');
    switch (failure) {
      case '404':
        return new Response('Not found', { status: 404, statusText: 'Not Found' });
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'hang':
        return new Promise<Response>((_, reject) => {
          const signal = init?.signal;
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      case 'truncated': {
        const text = await (await realFetch(real)).text();
        return new Response(text.slice(0, Math.floor(text.length / 2)), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      case 'shape':
        return new Response(JSON.stringify({ hello: 'world', countries: 'none' }), { status: 200, headers: { 'content-type': 'application/json' } });
      default:
        return realFetch(real, init);
    }
  });
}

const CASES: Array<[Failure, 'atlas' | 'dataset', RegExp]> = [
  ['404', 'atlas', /The map outline \(atlas\) could not be loaded from .*: the server answered 404 Not Found\./],
  ['404', 'dataset', /The declarations dataset could not be loaded from .*: the server answered 404 Not Found\./],
  ['network', 'dataset', /could not be loaded from .*: the network request failed\./],
  ['hang', 'dataset', /The declarations dataset could not be loaded from .*: it took too long to arrive\./],
  ['truncated', 'atlas', /The map outline \(atlas\) at .* is damaged: it is not valid JSON \(truncated or corrupt\)\./],
  ['truncated', 'dataset', /The declarations dataset at .* is damaged: it is not valid JSON/],
  ['shape', 'atlas', /The map outline \(atlas\) at .* is not usable: width or height is missing\./],
  ['shape', 'dataset', /The declarations dataset at .* is not usable: version is missing, expected a string\./],
];

describe('failed loads', () => {
  test('the load timeout is finite and reasonable', () => {
    expect(LOAD_TIMEOUT_MS).toBeGreaterThan(0);
    expect(LOAD_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
  });

  for (const [failure, file, message] of CASES) {
    test(`${file}: ${failure} → a message in words, Retry works, the rest of the page keeps working`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const escapes = catchEscapes();
      let mode: Failure = failure;
      const fetchSpy = stubFetch(() => mode);
      const brokenCalls = () => fetchSpy.mock.calls.filter(([input]) => String(input).includes('broken')).length;
      if (failure === 'hang') {
        // The real timer, shortened: the hanging request is aborted by the element's own timeout.
        // Long enough for the healthy files to arrive on a busy machine (a timeout that fires
        // while a good file is still arriving is a different failure, tested below).
        const timeout = AbortSignal.timeout.bind(AbortSignal);
        vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
          expect(ms).toBe(LOAD_TIMEOUT_MS);
          return timeout(2_000);
        });
      }
      // A healthy map and a page button beside the broken one.
      const healthy = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31' });
      const pageButton = document.createElement('button');
      pageButton.textContent = 'Page button';
      let pageClicks = 0;
      pageButton.onclick = () => pageClicks++;
      healthy.parentElement!.append(pageButton);

      const src: Record<string, string> = file === 'atlas' ? { 'atlas-src': '/generated/atlas.json?broken' } : { 'dataset-src': '/generated/dataset.json?broken' };
      const el = mountExplorer(src);
      const error = await until(() => part(el, '[part="error"]'), `the ${failure} message`);
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent!.replace(/\s+/g, ' ')).toMatch(message);
      expect(error.textContent).toMatch(/The map could not be shown\./);
      expect(error.getBoundingClientRect().height, 'a visible box, not an empty one').toBeGreaterThan(100);
      const retry = part(el, '[part="error"] button') as HTMLButtonElement;
      expect(retry.textContent!.trim()).toBe('Retry');

      // The rest of the page is untouched and still responds.
      await userEvent.click(pageButton);
      expect(pageClicks).toBe(1);
      healthy.setAttribute('date', '2022-12-31');
      await settle(healthy);
      expect(statusOf(healthy, 'USA')).toBe('signed');

      // Retry while it still fails: still a message. Then once the file is good: the map.
      const before = brokenCalls();
      await userEvent.click(retry);
      await until(() => brokenCalls() > before && part(el, '[part="error"]'), 'Retry to try again and fail again');
      mode = 'none';
      await userEvent.click(part(el, '[part="error"] button')!);
      await until(() => countryNode(el, 'FRA'), 'the map after Retry', 10_000);
      await settle(el);
      expect(mapInvariantProblems(el)).toEqual([]);
      escapes.stop();
      expect(escapes.errors).toEqual([]);
    });
  }
});
