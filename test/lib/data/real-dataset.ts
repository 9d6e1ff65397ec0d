// The real data/ compiled by our own compiler, indexed once per test file.
import { compileDataDir } from '../../../scripts/build-data';
import { formatIssue } from '../../../src/lib/data/issues';
import { indexDataset, type DatasetIndex } from '../../../src/lib/dataset-index';
import type { Dataset } from '../../../src/lib/types';

let cached: { dataset: Dataset; ix: DatasetIndex } | null = null;

export function realDataset(): { dataset: Dataset; ix: DatasetIndex } {
  if (cached) return cached;
  const { dataset, issues } = compileDataDir('data');
  if (!dataset) throw new Error(`data/ does not compile:\n${issues.map(formatIssue).join('\n')}`);
  cached = { dataset, ix: indexDataset(dataset) };
  return cached;
}
