// The credit line of the article layout: who published the evidence behind the view, the
// dataset's version, and the explorer's address for exactly this view (same parameters as the
// explorer's own URL, src/lib/url-state.ts). Pure: the element renders it.
import type { DatasetIndex } from './dataset-index';
import { declarationSourceIds, publisherCredits } from './source-credits';
import { safeHttpUrl } from './safe-url';
import { serializeUrlState, type UrlState } from './url-state';
import type { DeclarationId } from './types';

/** "France Diplomatie (12 Nov 2018), … and 4 more": the publishers behind the view, most cited first. */
export function creditedSources(ix: DatasetIndex, declaration: DeclarationId | null, max = 3): string {
  return publisherCredits(ix.sources, declarationSourceIds(ix.dataset, declaration), max);
}

/**
 * The explorer showing `state`: `base` (resolved against `documentUrl`) with the view's query
 * parameters. Null when the result is not an http(s) address, so no `javascript:` link is drawn.
 */
export function explorerViewHref(base: string, documentUrl: string, state: UrlState): string | null {
  let url: URL;
  try {
    url = new URL(base, documentUrl);
  } catch {
    return null;
  }
  url.search = serializeUrlState(state, new URLSearchParams(url.search)).toString();
  url.hash = '';
  return safeHttpUrl(url.href);
}
