// The credit line of the article layout: who published the evidence behind the view, the
// dataset's version, and the explorer's address for exactly this view (same parameters as the
// explorer's own URL, src/lib/url-state.ts). Pure: the element renders it. Both run on every
// timeline step, so the credits are worked out once per set of sources shown (the bench's
// map-alone step spent a third of its time here).
import type { DatasetIndex } from './dataset-index';
import { publisherCredits, shownEvidenceCount, shownSourceIds } from './source-credits';
import { safeHttpUrl } from './safe-url';
import { serializeUrlState, type UrlState } from './url-state';
import type { DeclarationId, IsoDate } from './types';

/** Credits per dataset, declarations, length and amount of evidence shown (which names the set: it only grows with the day). */
const creditsByIndex = new WeakMap<DatasetIndex, Map<string, string>>();

/**
 * "France Diplomatie (12 Nov 2018), … and 4 more": the publishers behind what the view of
 * `declarations` (null: every one; source-credits.ts viewDeclarationIds) shows on `date`, most cited first.
 */
export function creditedSources(ix: DatasetIndex, declarations: readonly DeclarationId[] | null, date: IsoDate, max = 3): string {
  let byKey = creditsByIndex.get(ix);
  if (!byKey) creditsByIndex.set(ix, (byKey = new Map()));
  const key = `${max} ${declarations?.join(',') ?? ''} ${shownEvidenceCount(ix.dataset, declarations, date)}`;
  let credits = byKey.get(key);
  if (credits === undefined) byKey.set(key, (credits = publisherCredits(ix.sources, shownSourceIds(ix.dataset, declarations, date), max)));
  return credits;
}

/** An explorer address resolved once: its address without query and hash, and its own parameters. */
interface ResolvedBase {
  base: string;
  documentUrl: string;
  /** Null when the address is not http(s): no link. */
  prefix: string | null;
  params: URLSearchParams;
}
let lastBase: ResolvedBase | null = null;

function resolveBase(base: string, documentUrl: string): ResolvedBase {
  if (lastBase?.base === base && lastBase.documentUrl === documentUrl) return lastBase;
  let prefix: string | null = null;
  let params = new URLSearchParams();
  try {
    const url = new URL(base, documentUrl);
    if (safeHttpUrl(url.href)) {
      params = new URLSearchParams(url.search);
      url.search = '';
      url.hash = '';
      prefix = url.href;
    }
  } catch {
    // not an address: no link
  }
  return (lastBase = { base, documentUrl, prefix, params });
}

/**
 * The explorer showing `state`: `base` (resolved against `documentUrl`) with the view's query
 * parameters. Null when the result is not an http(s) address, so no `javascript:` link is drawn.
 */
export function explorerViewHref(base: string, documentUrl: string, state: UrlState): string | null {
  const { prefix, params } = resolveBase(base, documentUrl);
  if (prefix === null) return null;
  const query = serializeUrlState(state, params).toString();
  return query ? `${prefix}?${query}` : prefix;
}
