import { describe, expect, test } from 'vitest';
import { AssetLoadError, loadAssets } from '../../src/lib/load-assets';

const atlas = { width: 960, height: 480, sphere: 'M0,0Z', otherLand: '', countries: [{ id: 'FRA', d: 'M1,1Z', marker: null }] };
/** The smallest dataset the loader's check accepts: one declaration, nothing else. */
const dataset = {
  schema: 1,
  version: 'test',
  countries: [],
  declarations: [
    { id: 'g7-2021', title: 'T', shortName: 'G7', launch: '2021-04-28', venue: 'v', textUrl: null, summary: 's', membership: 'open', eligibility: 'e', members: null, refusedMeans: 'r', verb: 'sign', headlineCounts: [], nonState: [] },
  ],
  events: [],
  sources: [],
  quotes: [],
  context: [],
};

function fakeFetch(routes: Record<string, () => Response>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const route = routes[String(input)];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  }) as typeof fetch;
}
const json = (v: unknown) => () => new Response(JSON.stringify(v), { status: 200 });

describe('loadAssets', () => {
  test('returns both files when they are well formed', async () => {
    const out = await loadAssets('a.json', 'd.json', { fetch: fakeFetch({ 'a.json': json(atlas), 'd.json': json(dataset) }) });
    expect(out.atlas.countries[0]!.id).toBe('FRA');
    expect(out.dataset.declarations).toHaveLength(1);
  });
  test('a file written by an earlier build (no marker, past-tense verb, no default) is read as it was meant', async () => {
    const { schema: _schema, ...older } = { ...dataset, declarations: [{ ...dataset.declarations[0]!, verb: 'signed' }] };
    const out = await loadAssets('a.json', 'old.json', { fetch: fakeFetch({ 'a.json': json(atlas), 'old.json': json(older) }) });
    expect(out.dataset.declarations[0]!.verb).toBe('sign');
  });
  test('a 404 says which file and what the server answered', async () => {
    const f = fakeFetch({ 'a.json': () => new Response('no', { status: 404, statusText: 'Not Found' }), 'd.json': json(dataset) });
    await expect(loadAssets('a.json', 'd.json', { fetch: f })).rejects.toThrow(/atlas\) could not be loaded from a\.json: the server answered 404 Not Found/);
  });
  test('truncated JSON is reported as damaged', async () => {
    const f = fakeFetch({ 'a.json': json(atlas), 'd.json': () => new Response('{"countries": [', { status: 200 }) });
    await expect(loadAssets('a.json', 'd.json', { fetch: f })).rejects.toThrow(/dataset at d\.json is damaged/);
  });
  test('an HTML page served instead of the file (SPA fallback) says so', async () => {
    const f = fakeFetch({ 'a.json': () => new Response('<!doctype html><html></html>', { status: 200 }), 'd.json': json(dataset) });
    await expect(loadAssets('a.json', 'd.json', { fetch: f })).rejects.toThrow(/from a\.json: the server sent a web page instead of the file/);
  });
  test('a JSON file of the wrong shape names what is missing', async () => {
    const f = fakeFetch({ 'a.json': json({ ...atlas, countries: [] }), 'd.json': json(dataset) });
    await expect(loadAssets('a.json', 'd.json', { fetch: f })).rejects.toThrow(/not usable: it has no countries/);
    const g = fakeFetch({ 'a.json': json(atlas), 'd.json': json({ ...dataset, events: undefined }) });
    await expect(loadAssets('a.json', 'd.json', { fetch: g })).rejects.toThrow(/not usable: events is missing, expected a list\./);
  });
  test('a network failure is an AssetLoadError, not a bare TypeError', async () => {
    const error = await loadAssets('x.json', 'd.json', { fetch: fakeFetch({ 'd.json': json(dataset) }) }).catch((e) => e);
    expect(error).toBeInstanceOf(AssetLoadError);
    expect(error.message).toMatch(/network request failed/);
  });
  test('a request that never answers times out with a message', async () => {
    const never = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    await expect(loadAssets('a.json', 'd.json', { fetch: never, timeoutMs: 20 })).rejects.toThrow(/took too long/);
  });
  test('a file cut off by the timeout while it arrives is slow, not damaged', async () => {
    const slowBody = ((_: unknown, init?: RequestInit) =>
      Promise.resolve({
        ok: true,
        status: 200,
        statusText: 'OK',
        text: () => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      } as unknown as Response)) as typeof fetch;
    const error = (await loadAssets('a.json', 'd.json', { fetch: slowBody, timeoutMs: 20 }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/took too long to arrive/);
    expect(error.message).not.toMatch(/damaged/);
  });
});
