// The atlas and dataset a briefing tool (presentation, export menu) works from: the ones the map
// element it serves already holds (`atlas` / `dataset` properties), else the same files the map
// loads (its `atlas-src` / `dataset-src` / `dataset-version`, or the page's defaults, which the
// offline file points at its inlined data). Loads once per pair of URLs.
import { getAssetDefaults, resolveAssetUrls } from '../lib/asset-defaults';
import { atlasProblem, datasetProblem, loadAssets, type LoadedAssets } from '../lib/load-assets';
import type { CompiledAtlas, Dataset } from '../lib/types';

const cache = new Map<string, Promise<LoadedAssets>>();

/** What the source element holds, when it exposes usable `atlas` and `dataset` properties. */
function heldBy(source: Element | null): LoadedAssets | null {
  const s = source as (Element & { atlas?: unknown; dataset?: unknown }) | null;
  if (!s) return null;
  // HTMLElement.dataset is the DOMStringMap of data-* attributes, so an element holding a Dataset
  // may expose it as `data` instead; both are accepted when they look like a Dataset.
  const atlas = s.atlas;
  const d = s as { dataset?: unknown; data?: unknown };
  const dataset = datasetProblem(d.data) === null ? d.data : d.dataset;
  if (atlasProblem(atlas) === null && datasetProblem(dataset) === null) {
    return { atlas: atlas as CompiledAtlas, dataset: dataset as Dataset };
  }
  return null;
}

/** The URLs the source element loads its assets from. */
export function sourceAssetUrls(source: Element | null): { atlas: string; dataset: string } {
  return resolveAssetUrls(
    {
      atlasSrc: source?.getAttribute('atlas-src'),
      datasetSrc: source?.getAttribute('dataset-src'),
      datasetVersion: source?.getAttribute('dataset-version'),
    },
    getAssetDefaults(),
  );
}

/** The assets for a briefing tool serving `source` (the map element), or the page defaults. */
export function assetsFor(source: Element | null): Promise<LoadedAssets> {
  const held = heldBy(source);
  if (held) return Promise.resolve(held);
  const urls = sourceAssetUrls(source);
  const key = `${urls.atlas}\n${urls.dataset}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = loadAssets(urls.atlas, urls.dataset);
    // A failed load may be retried later.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
