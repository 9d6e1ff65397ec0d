// How a source is cited wherever the explorer shows evidence: its title as a link (only when the
// URL is http(s), see safe-url), then publisher and date as plain text. A source whose URL is
// unknown or unsafe is still named, never dropped, so the evidence trail stays visible.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, formatMonth } from '../lib/dates';
import { safeHttpUrl } from '../lib/safe-url';
import type { Source } from '../lib/types';

/** A source's own date as far as it is known: "2018", "Nov 2018" or "12 Nov 2018"; "" if unknown. */
export function sourceDateText(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDay(date);
  if (/^\d{4}-\d{2}$/.test(date)) return formatMonth(`${date}-01`);
  if (/^\d{4}$/.test(date)) return date;
  return '';
}

/** A link to `url` if it is http(s), opening in a new tab without handing over the opener. */
export function safeLink(url: string | null | undefined, text: string, part = 'link'): TemplateResult {
  const href = safeHttpUrl(url);
  return href
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`
    : html`<span class="unlinked">${text}</span>`;
}

/**
 * "Title (Publisher, 12 Nov 2018)" with the title linked. `missing` names a source id that is
 * not in the dataset, so a broken reference shows up instead of vanishing.
 */
export function sourceLink(source: Source | undefined, missingId = ''): TemplateResult {
  if (!source) return html`<span class="source missing">source ${missingId || 'unknown'} not found</span>`;
  const when = sourceDateText(source.date);
  const extra = [source.publisher, when].filter((s) => s !== '' && s !== source.title).join(', ');
  // A space before each added part, inside the template: text that only sits between two
  // bindings could be trimmed away by a minifier and glue the words together.
  return html`<span class="source" data-copy=${source.copyOf ? 'yes' : nothing}>${safeLink(source.url, source.title, 'source-link')}${extra
    ? html` <span class="source-meta">(${extra})</span>`
    : nothing}${source.copyOf ? html` <span class="source-copy">(a copy of ${source.copyOf}; not independent)</span>` : nothing}</span>`;
}
