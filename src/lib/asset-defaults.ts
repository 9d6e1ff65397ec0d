// Where the element fetches its atlas and dataset when the page gives no `atlas-src` /
// `dataset-src`. One mutable default per page, set once by the entry point that knows where the
// files live: the explorer and the iframe page keep the document-relative defaults below (Vite
// copies public/generated/ beside index.html); the embed build (src/embed.ts) points them beside
// its own module, so a newsroom can host dist/embed/ anywhere and the element still finds them.
// Pure: no DOM, no Lit; the element reads these through `resolveAssetUrls`.

export interface AssetDefaults {
  /** URL of the compiled atlas (CompiledAtlas JSON). */
  atlas: string;
  /** URL of the current dataset (Dataset JSON). */
  dataset: string;
  /**
   * URL of the folder that holds the version-pinned datasets (`dataset.<version>.json`), with a
   * trailing slash. A `dataset-version` attribute resolves to `<datasetDir><versionedDatasetFileName>`.
   */
  datasetDir: string;
  /**
   * The explorer (the folder of its index.html) that the article layout's credit line links back
   * to, with the view's parameters; an element's `explorer-url` wins over it.
   */
  explorer: string;
}

/** Document-relative defaults: right for the explorer and the iframe page (app build, base './'). */
export const DOCUMENT_RELATIVE_DEFAULTS: Readonly<AssetDefaults> = Object.freeze({
  atlas: 'generated/atlas.json',
  dataset: 'generated/dataset.json',
  datasetDir: 'generated/',
  explorer: './',
});

let current: AssetDefaults = { ...DOCUMENT_RELATIVE_DEFAULTS };

/** Replaces some or all defaults; later elements (and reloads of existing ones) use them. */
export function setAssetDefaults(next: Partial<AssetDefaults>): void {
  current = { ...current, ...next };
}

export function getAssetDefaults(): Readonly<AssetDefaults> {
  return current;
}

/** Defaults for assets that sit in `generated/` beside a module at `moduleUrl` (import.meta.url),
 *  and for the explorer one folder up (dist/index.html beside dist/embed/, as `npm run build` lays them out). */
export function defaultsBesideModule(moduleUrl: string): AssetDefaults {
  const dir = new URL('generated/', moduleUrl).href;
  return { atlas: `${dir}atlas.json`, dataset: `${dir}dataset.json`, datasetDir: dir, explorer: new URL('../', moduleUrl).href };
}

/**
 * The file name of a version-pinned dataset. Versions come from the dataset's `version` field
 * ("2022-12-31+3f9a1c" or similar); anything outside [A-Za-z0-9._-] becomes "-" so the name is
 * safe in a URL and on every file system. The embed build writes this very name.
 */
export function versionedDatasetFileName(version: string): string {
  const safe = version.trim().replace(/[^A-Za-z0-9._-]+/g, '-');
  return `dataset.${safe}.json`;
}

export interface AssetAttributes {
  atlasSrc?: string | null | undefined;
  datasetSrc?: string | null | undefined;
  datasetVersion?: string | null | undefined;
}

/**
 * What one element instance should fetch. Explicit `atlas-src` / `dataset-src` win; else a
 * `dataset-version` pins `dataset.<version>.json` in the defaults' folder; else the defaults.
 */
export function resolveAssetUrls(attrs: AssetAttributes, defaults: Readonly<AssetDefaults> = current): { atlas: string; dataset: string } {
  const atlas = nonEmpty(attrs.atlasSrc) ?? defaults.atlas;
  const explicit = nonEmpty(attrs.datasetSrc);
  const version = nonEmpty(attrs.datasetVersion);
  const dataset = explicit ?? (version ? `${defaults.datasetDir}${versionedDatasetFileName(version)}` : defaults.dataset);
  return { atlas, dataset };
}

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
