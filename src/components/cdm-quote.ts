// A verbatim quote from a source, as a <figure>: the words in a <blockquote>, then who said it,
// in what role, and where it was reported (linked). Text from data is rendered as text only.
import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../lib/safe-url';
import type { Quote, Source } from '../lib/types';
import { sourceLink } from './cdm-source-link';

export function quoteFigure(quote: Quote, source: Source | undefined, about?: string): TemplateResult {
  const cite = safeHttpUrl(source?.url);
  const who = [quote.speaker, quote.role].filter((s) => s.trim() !== '').join(', ');
  return html`<figure class="quote" part="quote">
    ${about ? html`<p class="quote-about">${about}</p>` : nothing}
    <blockquote cite=${cite ?? nothing}><p>${quote.text}</p></blockquote>
    <figcaption>
      ${who ? html`<span class="speaker">${who}</span>` : nothing}
      <span class="quote-source">${sourceLink(source, quote.sourceId)}</span>
      ${quote.note ? html`<span class="quote-note">${quote.note}</span>` : nothing}
    </figcaption>
  </figure>`;
}
