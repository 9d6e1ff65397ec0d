// Side effect, first import of the offline entry: the atlas and the dataset are compiled into the
// bundle as text, and the element's default asset URLs become `data:` URLs of that text. The
// element then "loads" them through its ordinary code path, with no request leaving the page, so
// the single file works from disk (file://) with the network off. Needs public/generated/
// (`npm run build:data`) at build time.
import atlasText from '../../public/generated/atlas.json?raw';
import datasetText from '../../public/generated/dataset.json?raw';
import { setAssetDefaults } from '../lib/asset-defaults';

const asDataUrl = (json: string): string => `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;

/** The inlined dataset's version, for the page to show. */
export const OFFLINE_DATASET_VERSION: string = (JSON.parse(datasetText) as { version?: string }).version ?? '';

setAssetDefaults({
  atlas: asDataUrl(atlasText),
  dataset: asDataUrl(datasetText),
  // Version-pinned datasets are not in the file: only the inlined one exists offline.
  datasetDir: 'data:,',
});
