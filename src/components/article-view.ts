// The parts of <cyber-declarations-map layout="article"> (the default) around the map: a title,
// a short "about this map", the sources, quotes and country record behind one disclosure, and a
// credit line (sources, dataset version, a link to this view in the explorer). Template
// functions, not elements: the element's core module stays light (test/e2e/budgets.test.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { creditedSources } from '../lib/article-credit';
import { viewDeclarationIds } from '../lib/source-credits';
import type { CountryNamer } from '../lib/country-names';
import type { DatasetIndex } from '../lib/dataset-index';
import { formatDay } from '../lib/dates';
import { asSentence, firstSentence } from '../lib/first-sentence';
import type { Declaration } from '../lib/types';
import type { ViewState } from '../lib/view-state';
import { safeLink } from './cdm-source-link';

/** The figure's title: the declaration's own title from the data, or the "all" view's label. */
export function articleTitle(text: string): TemplateResult {
  return html`<h2 class="title" part="title">${text}</h2>`;
}

/** The declaration's facts (launch, venue, what it is, its text), or what the "all" view counts. */
export function articleAbout(decl: Declaration | null, allCount: number | null): TemplateResult {
  return html`<section class="about" part="about" aria-labelledby="about-h">
    <h3 id="about-h">About this map</h3>
    ${allCount !== null || !decl
      ? html`<p>Each state is shaded by how many of the ${allCount ?? 0} declarations it had joined, with certainty, by the day shown.</p>`
      : html`<p class="facts">${decl.shortName}: launched ${formatDay(decl.launch)}. ${asSentence(decl.venue)}</p>
          <p>${firstSentence(decl.summary)} ${safeLink(decl.textUrl, 'Read the text', 'text-link')}</p>`}
  </section>`;
}

/**
 * Sources, quotes and the country record, one tap (or Enter) away: a native disclosure, so it
 * works by keyboard, touch and screen reader with nothing to script. `content` is the sidebar.
 */
export function articleMore(label: string, open: boolean, onToggle: (open: boolean) => void, content: unknown): TemplateResult {
  return html`<details class="more" part="more" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${label}</summary>
    ${content}
  </details>`;
}

/** "Sources: … · Data: dataset <version> · Open this view in the explorer". */
export function articleCredit(sources: string, version: string, href: string | null): TemplateResult {
  return html`<p class="credit" part="credit">
    <span>Sources: ${sources}.</span>
    <span>Data: cyber-declarations-map dataset ${version}.</span>
    ${href ? html`<a part="explorer-link" href=${href} target="_blank" rel="noopener">Open this view in the explorer</a>` : nothing}
  </p>`;
}

/** What the article layout's foot shows: the view, the sidebar to put behind the disclosure, the explorer link. */
export interface ArticleFootSpec {
  ix: DatasetIndex;
  namer: CountryNamer;
  state: ViewState;
  /** The declaration shown (null in the "all" view). */
  declaration: Declaration | null;
  sidebar: unknown;
  moreOpen: boolean;
  onToggle: (open: boolean) => void;
  href: string | null;
}

/** The article layout under the map: about, the disclosure with the sidebar, the credit line. */
export function articleFoot(f: ArticleFootSpec): TemplateResult {
  const all = f.state.view === 'all';
  const chosen = f.state.country;
  const label = chosen ? `${f.namer(chosen)}: record, sources and quotes` : 'Sources and quotes';
  // The about box is drawn again only when what it shows changes, not on every timeline step.
  return html`<div class="article-foot">
    ${guard([all, f.declaration, f.ix], () => articleAbout(all ? null : f.declaration, all ? f.ix.declarationIds.length : null))}
    ${f.sidebar === nothing ? nothing : articleMore(label, f.moreOpen, f.onToggle, f.sidebar)}
    ${articleCredit(creditedSources(f.ix, viewDeclarationIds(f.state), f.state.date), f.ix.dataset.version, f.href)}
  </div>`;
}
