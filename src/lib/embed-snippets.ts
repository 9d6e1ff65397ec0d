// The copy-paste code behind "Embed this view": a script element plus the custom element, and an
// iframe of the embed page. Pure (no DOM), so the exact text is tested in node. Both snippets
// carry the same state as the explorer's URL (declaration, date, country, view, with, from,
// display, controls) and, when
// known, the dataset version, so an article keeps showing the data it was written with.

import { safeLocale } from './locale';

export interface EmbedState {
  declaration?: string | null;
  date?: string | null;
  country?: string | null;
  view?: string | null;
  /** Compare view: the second declaration; change view: the window's start. */
  with?: string | null;
  from?: string | null;
  /** `map` or `table`; null = the map. */
  display?: string | null;
  /** Space-separated subset of "timeline sidebar legend search"; null = the element's default. */
  controls?: string | null;
  /** Pins `dataset.<version>.json`; null = always the newest dataset on the host. */
  datasetVersion?: string | null;
  /** `explorer` for the full explorer; null = the element's default, the article layout. */
  layout?: string | null;
  /** Also zoom to the chosen country on load (`zoom-to-country`); otherwise it is only outlined. */
  zoomToCountry?: boolean | null;
  /** The framing page's language, for the states' names: the iframe only (a frame cannot read its
   *  page's `lang`; the element reads it). A malformed tag is left out. */
  lang?: string | null;
}

/** Attribute name for each state key, in the order they appear in both snippets. */
export const EMBED_ATTRIBUTES = [
  ['declaration', 'declaration'],
  ['date', 'date'],
  ['country', 'country'],
  ['view', 'view'],
  ['with', 'with'],
  ['from', 'from'],
  ['display', 'display'],
  ['controls', 'controls'],
  ['datasetVersion', 'dataset-version'],
  ['layout', 'layout'],
  ['zoomToCountry', 'zoom-to-country'],
] as const satisfies ReadonlyArray<readonly [keyof EmbedState, string]>;

export const ELEMENT_TAG = 'cyber-declarations-map';
/** Starting height of the iframe before the page posts its own: the default (article) layout
 *  is 940 to 1,060 px tall in a 680 px column, so the frame barely moves when the height arrives. */
export const DEFAULT_FRAME_HEIGHT = 1000;
export const DEFAULT_FRAME_TITLE = 'Map: which states signed the international declarations on cyberspace';

/** Attributes that are on by their presence (written bare in HTML, with an empty value in a query). */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['zoom-to-country']);

/** The state as [attribute, value] pairs, leaving out empty values (a boolean that is on: ''). */
export function embedAttributes(state: EmbedState): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, attr] of EMBED_ATTRIBUTES) {
    const value = state[key];
    if (typeof value === 'boolean') {
      if (value) out.push([attr, '']);
      continue;
    }
    // An empty `controls` means something (the map alone); other empty values mean "default".
    if (typeof value === 'string' && (value.trim() !== '' || key === 'controls')) out.push([attr, value.trim()]);
  }
  return out;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The state keys the explorer's own URL takes (same names as the attributes). */
const VIEW_KEYS = ['declaration', 'date', 'country', 'view', 'with', 'from', 'display'] as const;

/** The explorer showing this view: where the fallback link of a snippet leads. */
export function explorerViewUrl(explorerUrl: string, state: EmbedState): string {
  const url = new URL(explorerUrl);
  for (const [name, value] of embedAttributes(state)) {
    if ((VIEW_KEYS as readonly string[]).includes(name)) url.searchParams.set(name, value);
  }
  return url.href;
}

/**
 * What the element holds for readers whose browser never runs the module (wrong path, CORS, a CMS
 * that strips scripts): a plain link to the same view in the explorer. Once the element is defined
 * its shadow root (which has no slot) takes over and this is not shown.
 */
export function fallbackContent(viewUrl: string): string {
  return (
    `<a href="${escapeAttribute(viewUrl)}">${DEFAULT_FRAME_TITLE}</a>` +
    ` (interactive map: if it does not appear here, follow the link)`
  );
}

/** `<script type="module" src>` + `<cyber-declarations-map ...>`, holding the fallback link
 *  when the explorer's view URL is given, and naming the explorer its credit line links back to
 *  (`explorer-url`) when given (the element's own default is only right beside the explorer). */
export function scriptSnippet(scriptUrl: string, state: EmbedState, viewUrl?: string, explorerUrl?: string): string {
  const pairs = embedAttributes(state);
  if (explorerUrl) pairs.push(['explorer-url', explorerUrl]);
  const attrs = pairs.map(([name, value]) => (BOOLEAN_ATTRIBUTES.has(name) ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const inside = viewUrl ? `\n  ${fallbackContent(viewUrl)}\n` : '';
  return (
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n` +
    `<${ELEMENT_TAG}${attrs}>${inside}</${ELEMENT_TAG}>`
  );
}

/** The embed page's URL for this state: its query string uses the attribute names. */
export function frameUrl(pageUrl: string, state: EmbedState): string {
  const url = new URL(pageUrl);
  for (const [name, value] of embedAttributes(state)) url.searchParams.set(name, value);
  const lang = frameLang(state.lang);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

/**
 * The language tag the frame gets, canonical ('pt_br' -> 'pt-BR'); '' when empty, malformed, or
 * well formed but naming no language the browser has names in: "french" and "english" are tags
 * by their shape, and would leave the states in English without a word.
 */
export function frameLang(tag: string | null | undefined): string {
  const canonical = tag?.trim() ? safeLocale(tag.trim(), '') : '';
  return canonical && Intl.DisplayNames.supportedLocalesOf(canonical).length > 0 ? canonical : '';
}

/**
 * A listener for the Datawrapper-format height messages the embed page posts; optional, for pages
 * that have no resizer yet. It matches the frame by `event.source`, as Datawrapper's own does.
 */
export const RESIZER_SCRIPT =
  '<script>window.addEventListener("message",function(e){var h=e.data&&e.data["datawrapper-height"];' +
  'if(!h)return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)' +
  'for(var k in h)f.style.height=h[k]+"px"})});</script>';

/** `<iframe>` of the embed page, plus the optional resizer script. */
export function iframeSnippet(pageUrl: string, state: EmbedState, options: { title?: string; height?: number; resizer?: boolean } = {}): string {
  const title = options.title ?? DEFAULT_FRAME_TITLE;
  const height = options.height ?? DEFAULT_FRAME_HEIGHT;
  const frame =
    `<iframe src="${escapeAttribute(frameUrl(pageUrl, state))}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${height}" style="width:100%;border:0" loading="lazy" scrolling="no"></iframe>`;
  return options.resizer === false ? frame : `${frame}\n${RESIZER_SCRIPT}`;
}

/** Where the embed build and the embed page sit relative to the explorer (dist/ layout). */
export function embedUrlsFor(explorerUrl: string): { scriptUrl: string; pageUrl: string; viewUrl: string } {
  return {
    scriptUrl: new URL('embed/cyber-declarations-map.js', explorerUrl).href,
    pageUrl: new URL('embed.html', explorerUrl).href,
    // The explorer's folder (its index.html), without the page's own query.
    viewUrl: new URL('./', explorerUrl).href,
  };
}
