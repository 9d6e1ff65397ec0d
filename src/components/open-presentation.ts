// Opens presentation mode for a map element: the one entry the briefing bar loads on first use.
import { CdmPresentation, type PresentationStart } from './cdm-presentation';
import type { CompiledAtlas, Dataset } from '../lib/types';

/**
 * Opens presentation mode for a map element (the explorer's "Present" button, or a page whose URL
 * has `?present=<step>`). One `<cdm-presentation>` per page, appended to <body> so no host layout
 * or overflow clips it; it reuses the map's own atlas/dataset (or the same files).
 */
export function openPresentation(
  source: Element | null,
  start: PresentationStart | 'url',
  options: { syncUrl?: boolean; returnFocusTo?: HTMLElement | null } = {},
): CdmPresentation {
  let el = document.querySelector<CdmPresentation>('body > cdm-presentation');
  if (!el) {
    el = document.createElement('cdm-presentation');
    document.body.append(el);
  }
  const s = source as (Element & { atlas?: CompiledAtlas | null; data?: Dataset | null }) | null;
  const atlasSrc = s?.getAttribute('atlas-src');
  const datasetSrc = s?.getAttribute('dataset-src');
  if (atlasSrc) el.atlasSrc = atlasSrc;
  if (datasetSrc) el.datasetSrc = datasetSrc;
  if (s?.atlas && typeof s.atlas === 'object') el.atlas = s.atlas;
  if (s?.data && typeof s.data === 'object') el.data = s.data;
  el.syncUrl = options.syncUrl ?? false;
  el.present(start, options.returnFocusTo);
  return el;
}
