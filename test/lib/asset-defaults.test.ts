import { afterEach, describe, expect, test } from 'vitest';
import {
  DOCUMENT_RELATIVE_DEFAULTS,
  defaultsBesideModule,
  getAssetDefaults,
  resolveAssetUrls,
  setAssetDefaults,
  versionedDatasetFileName,
} from '../../src/lib/asset-defaults';

afterEach(() => setAssetDefaults(DOCUMENT_RELATIVE_DEFAULTS));

describe('defaultsBesideModule', () => {
  test('puts the assets in generated/ beside the module, and the explorer one folder up', () => {
    expect(defaultsBesideModule('https://news.example/static/map/cyber-declarations-map.js')).toEqual({
      atlas: 'https://news.example/static/map/generated/atlas.json',
      dataset: 'https://news.example/static/map/generated/dataset.json',
      datasetDir: 'https://news.example/static/map/generated/',
      explorer: 'https://news.example/static/',
    });
  });
});

describe('versionedDatasetFileName', () => {
  test('keeps safe versions as they are', () => {
    expect(versionedDatasetFileName('2022-12-31.3f9a1c')).toBe('dataset.2022-12-31.3f9a1c.json');
  });
  test('replaces characters unsafe in a URL or file name', () => {
    expect(versionedDatasetFileName('2022-12-31+3f9a/../x')).toBe('dataset.2022-12-31-3f9a-..-x.json');
  });
});

describe('resolveAssetUrls', () => {
  const defaults = defaultsBesideModule('https://h.example/m/x.js');
  test('uses the defaults when nothing is set', () => {
    expect(resolveAssetUrls({}, defaults)).toEqual({ atlas: defaults.atlas, dataset: defaults.dataset });
  });
  test('pins the versioned dataset beside the defaults', () => {
    expect(resolveAssetUrls({ datasetVersion: '2022-12-31+ab' }, defaults).dataset).toBe('https://h.example/m/generated/dataset.2022-12-31-ab.json');
  });
  test('explicit sources win over version and defaults; blanks are ignored', () => {
    expect(resolveAssetUrls({ atlasSrc: '/a.json', datasetSrc: '/d.json', datasetVersion: 'v1' }, defaults)).toEqual({ atlas: '/a.json', dataset: '/d.json' });
    expect(resolveAssetUrls({ atlasSrc: '  ', datasetSrc: '' }, defaults)).toEqual({ atlas: defaults.atlas, dataset: defaults.dataset });
  });
  test('reads the page-wide defaults set by the entry point', () => {
    expect(resolveAssetUrls({}).atlas).toBe('generated/atlas.json');
    setAssetDefaults(defaultsBesideModule('https://cdn.example/e/m.js'));
    expect(getAssetDefaults().dataset).toBe('https://cdn.example/e/generated/dataset.json');
    expect(resolveAssetUrls({}).atlas).toBe('https://cdn.example/e/generated/atlas.json');
  });
});
