// The exports of one view of the map (declaration or "all", as of a date): the SVG and the CSV,
// with statuses from the same queries the map draws from, so an export never disagrees with the
// screen. Pure; the export menu (src/components/cdm-export-menu.ts) turns these into downloads.
import { signedCountsAt } from './all-view';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { declarationCsv } from './export-csv';
import { allViewExportSpec, composeExportSvg, declarationExportSpec, exportFileName } from './export-svg';
import type { ColorScheme } from './palette';
import { statusAt, statusesAt } from './status';
import type { CompiledAtlas, Dataset, DeclarationId, IsoDate, ViewMode } from './types';

export interface ExportView {
  atlas: CompiledAtlas;
  dataset: Dataset;
  declaration: DeclarationId;
  date: IsoDate;
  view: ViewMode;
  scheme?: ColorScheme;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();
function indexOf(dataset: Dataset): DatasetIndex {
  let ix = indexes.get(dataset);
  if (!ix) {
    ix = indexDataset(dataset);
    indexes.set(dataset, ix);
  }
  return ix;
}

/** The standalone SVG of the view. */
export function viewSvg(v: ExportView): string {
  const ix = indexOf(v.dataset);
  if (v.view === 'all') {
    return composeExportSvg(allViewExportSpec({ atlas: v.atlas, dataset: v.dataset, date: v.date, signedCounts: signedCountsAt(ix, v.date), scheme: v.scheme }));
  }
  const declaration = ix.declarations.get(v.declaration);
  if (!declaration) throw new Error(`Unknown declaration: ${v.declaration}`);
  return composeExportSvg(
    declarationExportSpec({ atlas: v.atlas, dataset: v.dataset, declaration, date: v.date, statuses: statusesAt(ix, v.declaration, v.date), scheme: v.scheme }),
  );
}

/** The CSV of the declaration's statuses as of the date (the "all" view exports its declaration's too). */
export function viewCsv(v: Omit<ExportView, 'atlas'>): string {
  const ix = indexOf(v.dataset);
  return declarationCsv({ dataset: v.dataset, declarationId: v.declaration, date: v.date, statusOf: (iso3) => statusAt(ix, v.declaration, iso3, v.date) });
}

/** Download file name for the view ("paris-call-2018_2019-12-31.png", "all-declarations_...svg"). */
export function viewFileName(v: Pick<ExportView, 'declaration' | 'date' | 'view'>, extension: string): string {
  return exportFileName(v.view === 'all' ? 'all-declarations' : v.declaration, v.date, extension);
}
