// Loads the two files the map needs (atlas and dataset) in parallel and checks their shape, so a
// missing, truncated or wrong file becomes one sentence a reader can understand, never a blank box.
import type { CompiledAtlas, Dataset } from './types';
import { datasetProblem } from './validate-dataset';
import { readOlderDataset } from './older-dataset';

export { datasetProblem };

/** A load that takes longer than this is reported as failed (the reader can retry). */
export const LOAD_TIMEOUT_MS = 20_000;

export class AssetLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'AssetLoadError';
  }
}

export interface LoadedAssets {
  atlas: CompiledAtlas;
  dataset: Dataset;
}

export interface LoadOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
}

type Check = (value: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns what is wrong with an atlas, or null if it looks right. */
export const atlasProblem: Check = (v) => {
  if (!isObject(v)) return 'it is not a JSON object';
  if (typeof v.width !== 'number' || typeof v.height !== 'number') return 'width or height is missing';
  if (typeof v.sphere !== 'string') return 'the sphere outline is missing';
  if (!Array.isArray(v.countries) || v.countries.length === 0) return 'it has no countries';
  const bad = v.countries.find((c) => !isObject(c) || typeof c.id !== 'string' || (typeof c.d !== 'string' && !Array.isArray(c.marker)));
  if (bad) return `a country has neither a shape nor a marker (${JSON.stringify(bad).slice(0, 60)})`;
  return null;
};

async function fetchJson<T>(what: string, url: string, check: Check, options: LoadOptions): Promise<T> {
  const doFetch = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? LOAD_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await doFetch(url, { signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const reason = timeout.aborted ? 'it took too long to arrive' : 'the network request failed';
    throw new AssetLoadError(`The ${what} could not be loaded from ${url}: ${reason}.`, url);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new AssetLoadError(`The ${what} could not be loaded from ${url}: the server answered ${status}.`, url);
  }
  let value: unknown;
  let text = '';
  try {
    text = await response.text();
    value = JSON.parse(text);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // Cut off while arriving: slow, not damaged.
    if (timeout.aborted) throw new AssetLoadError(`The ${what} could not be loaded from ${url}: it took too long to arrive.`, url);
    // Single-page servers answer a missing file with their HTML page and a 200.
    if (/^\s*</.test(text)) {
      throw new AssetLoadError(`The ${what} could not be loaded from ${url}: the server sent a web page instead of the file (is the address right?).`, url);
    }
    throw new AssetLoadError(`The ${what} at ${url} is damaged: it is not valid JSON (truncated or corrupt).`, url);
  }
  const problem = check(value);
  if (problem) throw new AssetLoadError(`The ${what} at ${url} is not usable: ${problem}.`, url);
  return value as T;
}

/** A load of one URL that several maps wait for: it is aborted only when every one of them has. */
interface SharedLoad {
  promise: Promise<unknown>;
  abort: AbortController;
  users: number;
}

/** Loads under way, by URL: maps on one page that ask for the same file share one request. */
const inFlight = new Map<string, SharedLoad>();

/** `fetchJson` for `url`, joined with any load of it already under way; `signal` aborts only this caller's wait. */
function sharedJson<T>(what: string, url: string, check: Check, options: LoadOptions): Promise<T> {
  if (options.fetch) return fetchJson<T>(what, url, check, options); // a caller's own fetch is never shared
  let load = inFlight.get(url);
  if (!load) {
    const abort = new AbortController();
    const entry: SharedLoad = { abort, users: 0, promise: fetchJson<T>(what, url, check, { ...options, signal: abort.signal }) };
    // Settled loads leave: a Retry, or a later map, asks again (the HTTP cache answers).
    void entry.promise.then(
      () => inFlight.get(url) === entry && inFlight.delete(url),
      () => inFlight.get(url) === entry && inFlight.delete(url),
    );
    inFlight.set(url, entry);
    load = entry;
  }
  const shared = load;
  shared.users += 1;
  const signal = options.signal;
  if (!signal) return shared.promise as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      shared.users -= 1;
      if (shared.users === 0 && inFlight.get(url) === shared) {
        inFlight.delete(url);
        shared.abort.abort(signal.reason);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    (shared.promise as Promise<T>).then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

/** The two loads, each settling on its own: work on the first file can start while the second is on its way. */
export interface AssetLoads {
  atlas: Promise<CompiledAtlas>;
  dataset: Promise<Dataset>;
}

/**
 * Starts fetching and checking the atlas and the dataset in parallel; each promise rejects with an
 * AssetLoadError. Maps on one page loading the same URLs at the same time share one request for each.
 */
export function startAssetLoads(atlasUrl: string, datasetUrl: string, options: LoadOptions = {}): AssetLoads {
  return {
    atlas: sharedJson<CompiledAtlas>('map outline (atlas)', atlasUrl, atlasProblem, options),
    // A file written by an earlier build is read as that build meant it (older-dataset.ts).
    dataset: sharedJson<Dataset>('declarations dataset', datasetUrl, datasetProblem, options).then(readOlderDataset),
  };
}

/** Both files, once both have arrived (see startAssetLoads). */
export async function loadAssets(atlasUrl: string, datasetUrl: string, options: LoadOptions = {}): Promise<LoadedAssets> {
  const loads = startAssetLoads(atlasUrl, datasetUrl, options);
  const [atlas, dataset] = await Promise.all([loads.atlas, loads.dataset]);
  return { atlas, dataset };
}
