// The export files themselves (PNG, SVG, CSV of the view), in a chunk of their own: the export
// menu's buttons are on the first screen, the code that draws the files arrives on the first click.
import { viewCsv, viewFileName, viewSvg, type ExportView } from '../lib/export-view';
import { PNG_DEFAULT_SCALE, svgSize, svgToPng } from './export-png';
import { assetsFor } from './source-assets';
import { downloadBlob } from './download';

export { downloadBlob };

export type ExportFormat = 'png' | 'svg' | 'csv';

export interface ExportDetail {
  format: ExportFormat;
  fileName: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Pixel size, for PNG. */
  width?: number;
  height?: number;
}

export interface ExportResult extends ExportDetail {
  blob: Blob;
}

/** What the menu knows of the view; the atlas and dataset are loaded from their URLs when absent. */
export type ExportRequest = Omit<ExportView, 'atlas' | 'dataset'> & {
  atlas: ExportView['atlas'] | null;
  dataset: ExportView['dataset'] | null;
  atlasSrc: string | null;
  datasetSrc: string | null;
  /** The map's width on screen in CSS px; the default PNG is twice that. 0 = twice the SVG's width. */
  screenWidth: number;
  /** The menu's size choice: 0 = twice the screen; a width in px; negative = a 16:9 slide that wide. */
  pngChoice: number;
};

async function exportView(r: ExportRequest): Promise<ExportView> {
  let { atlas, dataset } = r;
  if (!atlas || !dataset) {
    const probe = document.createElement('span');
    if (r.atlasSrc) probe.setAttribute('atlas-src', r.atlasSrc);
    if (r.datasetSrc) probe.setAttribute('dataset-src', r.datasetSrc);
    const assets = await assetsFor(probe);
    atlas ??= assets.atlas;
    dataset ??= assets.dataset;
  }
  return {
    atlas, dataset, declaration: r.declaration, date: r.date, view: r.view, with: r.with ?? null, from: r.from ?? null, scheme: r.scheme,
    layout: r.pngChoice < 0 ? 'slide' : 'figure', country: r.country || null, visible: r.visible,
  };
}

/** The PNG width the size choice means for an SVG of `svgWidth` px. */
export function pngWidthFor(r: Pick<ExportRequest, 'pngChoice' | 'screenWidth'>, svgWidth: number): number {
  if (r.pngChoice !== 0) return Math.abs(r.pngChoice);
  return Math.round(PNG_DEFAULT_SCALE * (r.screenWidth > 0 ? r.screenWidth : svgWidth));
}

/** Builds one export without downloading it. */
export async function buildExport(r: ExportRequest, format: ExportFormat, options: { width?: number; slide?: boolean } = {}): Promise<ExportResult> {
  const v = await exportView(r);
  if (options.slide !== undefined) v.layout = options.slide ? 'slide' : 'figure';
  let fileName = viewFileName(v, format);
  if (format === 'csv') {
    // A BOM so spreadsheet programs read UTF-8 (accents in names, typographic quotes).
    const blob = new Blob(['\uFEFF', viewCsv(v)], { type: 'text/csv;charset=utf-8' });
    return { format, fileName, blob, bytes: blob.size };
  }
  const svgText = viewSvg(v);
  if (format === 'svg') {
    const blob = new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' });
    return { format, fileName, blob, bytes: blob.size };
  }
  const natural = svgSize(svgText);
  const width = options.width ?? pngWidthFor(r, natural.width);
  fileName = viewFileName(v, format, width);
  const blob = await svgToPng(svgText, { width });
  return { format, fileName, blob, bytes: blob.size, width, height: Math.round((natural.height * width) / natural.width) };
}
