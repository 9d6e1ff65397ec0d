// The exports of one view of the map (declaration or "all", as of a date): the SVG and the CSV,
// with statuses from the same queries the map draws from, so an export never disagrees with the
// screen. Pure; the export menu (src/components/cdm-export-menu.ts) turns these into downloads.
import { signedCountsAt } from './all-view';
import { changeViewModel, compareViewModel, type PairViewModel } from './compare-view-model';
import { pairCsv, pairExportSpec } from './export-pair';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { allDeclarationsCsv, declarationCsv } from './export-csv';
import { allViewExportSpec, composeExportSvg, declarationExportSpec, exportFileName, type ExportSvgSpec } from './export-svg';
import { composeSlideSvg } from './export-slide';
import type { ColorScheme } from './palette';
import { statusAt, statusesAt } from './status';
import type { CompiledAtlas, Dataset, DeclarationId, Iso3, IsoDate, ViewMode } from './types';
import type { VisibleArea } from './visible-area';

export interface ExportView {
  atlas: CompiledAtlas;
  dataset: Dataset;
  declaration: DeclarationId;
  date: IsoDate;
  view: ViewMode;
  /** Compare view: the second declaration. */
  with?: DeclarationId | null;
  /** Change view: the window's start. */
  from?: IsoDate | null;
  scheme?: ColorScheme;
  /** `slide`: 16:9, 1920 x 1080; `figure` (default): the map's width, as tall as it needs. */
  layout?: 'figure' | 'slide';
  /** The chosen country (outlined). */
  country?: Iso3 | null;
  /** The reader's zoom: the visible part of the atlas, in atlas pixels. */
  visible?: VisibleArea | null;
  /** States marked for a briefing step (outlined). */
  highlighted?: readonly Iso3[];
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

/** The compare or change view's model, or null in the other views. */
function pairModel(ix: DatasetIndex, v: Pick<ExportView, 'view' | 'declaration' | 'date' | 'with' | 'from'>): PairViewModel<string> | null {
  if (v.view === 'compare' && v.with) return compareViewModel(ix, v.declaration, v.with, v.date);
  if (v.view === 'change' && v.from) return changeViewModel(ix, v.declaration, v.from, v.date);
  return null;
}

/** What the view's image shows, worded: the spec both the figure and the slide are drawn from. */
export function viewSpec(v: ExportView): ExportSvgSpec {
  const ix = indexOf(v.dataset);
  let spec: ExportSvgSpec;
  const pair = pairModel(ix, v);
  if (pair) {
    spec = pairExportSpec(v.atlas, v.dataset, pair, v.date, v.scheme);
  } else if (v.view === 'all') {
    spec = allViewExportSpec({ atlas: v.atlas, dataset: v.dataset, date: v.date, signedCounts: signedCountsAt(ix, v.date), scheme: v.scheme });
  } else {
    const declaration = ix.declarations.get(v.declaration);
    if (!declaration) throw new Error(`Unknown declaration: ${v.declaration}`);
    spec = declarationExportSpec({ atlas: v.atlas, dataset: v.dataset, declaration, date: v.date, statuses: statusesAt(ix, v.declaration, v.date), scheme: v.scheme });
  }
  // What the reader sees: the zoom, the chosen country and the marked states.
  return { ...spec, view: v.visible ?? undefined, selected: v.country ?? null, highlighted: v.highlighted ?? [] };
}

/** The standalone SVG of the view. */
export function viewSvg(v: ExportView): string {
  const spec = viewSpec(v);
  return v.layout === 'slide' ? composeSlideSvg(spec) : composeExportSvg(spec);
}

/** The CSV of the declaration's statuses as of the date; for the "all" view, every declaration's. */
export function viewCsv(v: Omit<ExportView, 'atlas'>): string {
  const ix = indexOf(v.dataset);
  const input = (id: DeclarationId, date = v.date) => ({ dataset: v.dataset, declarationId: id, date, statusOf: (iso3: Iso3) => statusAt(ix, id, iso3, date) });
  const pair = pairModel(ix, v);
  if (pair) return pairCsv(pair, v.view === 'compare' ? [input(v.declaration), input(v.with!)] : [input(v.declaration, v.from!), input(v.declaration)]);
  return v.view === 'all' ? allDeclarationsCsv([...ix.declarations.keys()].map((id) => input(id))) : declarationCsv(input(v.declaration));
}

/** Download file name for the view ("paris-call-2018_2019-12-31.png", "all-declarations_...svg"). */
export function viewFileName(
  v: Pick<ExportView, 'declaration' | 'date' | 'view' | 'with' | 'from'> & Partial<Pick<ExportView, 'layout' | 'country'>>,
  extension: string,
  /** A slide PNG's width: 1920 and 3840 px slides are two files. */
  width?: number,
): string {
  const view = v.view === 'all' ? 'all-declarations' : v.view === 'compare' && v.with ? `${v.declaration}_with_${v.with}` : v.view === 'change' && v.from ? `${v.declaration}_from_${v.from}` : v.declaration;
  const name = exportFileName(v.country ? `${view}_${v.country}` : view, v.date, extension);
  // A CSV is the same table whatever the image's layout.
  return v.layout === 'slide' && extension !== 'csv' ? name.replace(/\.(\w+)$/, `_16x9${width ? `_${width}` : ''}.$1`) : name;
}
