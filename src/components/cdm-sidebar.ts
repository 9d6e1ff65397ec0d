import { sidebarStyles } from './cdm-sidebar-styles';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DatasetIndex } from '../lib/dataset-index';
import { formatDay, formatMonth } from '../lib/dates';
import { quotesForCountry, quotesForDeclaration } from '../lib/quotes';
import { countryRecord } from '../lib/record';
import { countsAt, eventSegments, isLaunched } from '../lib/status';
import {
  type Declaration,
  type DeclarationId,
  type EndorsementEvent,
  type HeadlineCount,
  type Iso3,
  type IsoDate,
  type Quote,
  type Status,
  type StatusAtDate,
  type ViewMode,
} from '../lib/types';
import { checkHeadline, oursBeside, oursWords } from '../lib/headline-agreement';
import { DATING, labelledEvidenceWords } from '../lib/status-text';
import { countsPhrase, LEGEND_ORDER, pastOf, statusLabel, statusWords } from '../lib/status-words';
import { quoteFigure } from './cdm-quote';
import { safeLink, sourceLink } from './cdm-source-link';
import { cdmEvent } from './events';
import { patternVars, statusPatternDefs, swatch, uniquePrefix } from './status-style';
import { formatCount } from '../lib/numbers';
import { nextTask } from '../lib/next-task';

/** The record's "Zoom to <country>" button asks the element to zoom the map (detail: ISO3). It does
 *  not leave the element's shadow root (not composed): zooming is not part of the public events. */
export const ZOOM_TO_EVENT = 'cdm-zoom-to';

/** "on 12 Nov 2018", "in Nov 2018", "on or before 16 Sep 2019 (not before 12 Nov 2018)". */
export function eventDateText(event: EndorsementEvent): string {
  switch (event.precision) {
    case 'day':
      return `on ${formatDay(event.date)}`;
    case 'month':
      return `in ${formatMonth(event.date)}`;
    case 'on-or-before':
      // `earliest` = `date`: no window, only the day the state was listed by.
      return event.earliest && event.earliest !== event.date
        ? `between ${formatDay(event.earliest)} and ${formatDay(event.date)}`
        : `on or before ${formatDay(event.date)}`;
  }
}

/** Items grouped by their `asOf` date, in first-seen order. */
function groupByDate(counts: readonly HeadlineCount[]): Array<[IsoDate, HeadlineCount[]]> {
  const groups = new Map<IsoDate, HeadlineCount[]>();
  for (const h of counts) {
    const list = groups.get(h.asOf);
    if (list) list.push(h);
    else groups.set(h.asOf, [h]);
  }
  return [...groups.entries()];
}


/**
 * The explorer's reading panel. With no country chosen it tells the story of one declaration
 * (facts, our counts beside the counts sources report, non-state endorsers, quotes); with a
 * country chosen, that country's record across every declaration, each status with its evidence
 * one click away. All text from the data is rendered as text; links are http(s) only.
 *
 * @fires cdm-country-select - `{country: null}` when the reader closes the country record
 * @csspart declaration - the declaration view
 * @csspart country - the country view
 * @csspart close - the button that closes the country view
 * @csspart zoom - the button that zooms the map to the country
 * @csspart quote - each quote figure
 * @csspart source-link - each link to a source
 * @csspart text-link - the link to a declaration's text
 * @cssproperty --cdm-accent - links and focus ring
 * @cssproperty --cdm-muted-text - secondary text
 * @cssproperty --cdm-font-family - font family
 * @cssproperty --cdm-warning-text - a count that differs from our data
 */
export class CdmSidebar extends LitElement {
  // Static properties, not decorators: the embed then carries no decorator helpers.
  static override properties = {
    index: { attribute: false },
    declarationId: {},
    view: {},
    date: {},
    country: {},
    countryName: { attribute: false },
    nameLang: { attribute: false },
    withId: {},
    pairLine: {},
  };

  declare index: DatasetIndex | null;
  declare declarationId: DeclarationId;
  /** `all`: with no country chosen, a summary of every declaration instead of one declaration's story. */
  declare view: ViewMode;
  declare date: IsoDate;
  declare country: Iso3 | null;
  /** Display name of a country; defaults to the dataset's name. */
  declare countryName: ((iso3: Iso3) => string) | null;
  /** The names' language, for their tags (the record's own words are English). */
  declare nameLang: string;
  /** Compare view: the second declaration, whose record stands beside the first one's. */
  declare withId: DeclarationId | null;
  /** Compare and change views: the chosen country's category and both sides, in words. */
  declare pairLine: string;

  constructor() {
    super();
    this.index = null;
    this.declarationId = '';
    this.view = 'declaration';
    this.date = '';
    this.country = null;
    this.countryName = null;
    this.nameLang = 'en';
    this.withId = null;
    this.pairLine = '';
  }

  /** Set when the reader closes the record, until the country changes. */
  private focusHeadingOnClose = false;
  /**
   * The sources and quotes under a record come a task after the first render with data: drawn
   * with the head and the counts, the sidebar's first render was the longest task of the staged
   * first view (11–23 ms on a 2-core desktop, four times that on Lighthouse's simulated phone).
   * Below the rest, their arrival moves nothing.
   */
  private sourcesShown = false;
  private sourcesPending: Promise<void> | null = null;
  private readonly patternPrefix = uniquePrefix('cdm-sidebar');
  private readonly patternStyle = patternVars(this.patternPrefix);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Keep the reader at the top of a new record rather than mid-way down the previous one.
    if ((changed.has('country') || changed.has('declarationId')) && this.hasUpdated) this.scrollTop = 0;
  }

  protected override render() {
    const ix = this.index;
    if (!ix) return html`<p class="empty">Loading the data…</p>`;
    return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>${guard([this.patternPrefix], () => statusPatternDefs(this.patternPrefix))}</defs>
      </svg>
      <div class="body" .style=${this.patternStyle}>
        ${this.country ? this.renderCountry(ix, this.country) : this.view === 'all' ? this.renderAll(ix) : this.renderDeclaration(ix)}
      </div>`;
  }

  // ---- all declarations -----------------------------------------------------------------

  /** The "all declarations" view: each declaration's counts on the day shown, in launch order. */
  private renderAll(ix: DatasetIndex): TemplateResult {
    const decls = [...ix.declarations.values()];
    return html`<article part="declaration" class="declaration all">
      <header>
        <p class="kicker">All declarations</p>
        <h2 tabindex="-1">${decls.length} declarations as of ${formatDay(this.date)}</h2>
      </header>
      <p class="summary">The map shades each state by how many of them it had taken part in, with certainty, by this day.
        Choose a declaration for its sources and quotes, or a country for its record.</p>
      <ol class="record">
        ${decls.map(
          (d) => html`<li class="entry" data-declaration=${d.id}>
            <h3>${d.shortName}</h3>
            <p class="muted">Launched ${formatDay(d.launch)}</p>
            <p>${isLaunched(ix, d.id, this.date) ? countsPhrase(countsAt(ix, d.id, this.date), d) : 'Not launched yet.'}</p>
          </li>`,
        )}
      </ol>
    </article>`;
  }

  // ---- declaration view -----------------------------------------------------------------

  private renderDeclaration(ix: DatasetIndex): TemplateResult {
    const decl = ix.declarations.get(this.declarationId);
    if (!decl) return html`<p class="empty">No declaration “${this.declarationId}” in the data.</p>`;
    // Only the counts depend on the date: the rest is rendered once per declaration, so a
    // timeline step does not walk the quotes, sources and links again (guard skips them).
    return html`<article part="declaration" class="declaration">
      ${guard([ix, decl], () => this.renderDeclarationHead(decl))}
      ${this.renderCounts(ix, decl)} ${this.sourcesShown ? guard([ix, decl], () => this.renderDeclarationSources(ix, decl)) : nothing}
    </article>`;
  }

  private renderDeclarationHead(decl: Declaration): TemplateResult {
    return html`<header>
        <p class="kicker">${decl.shortName}</p>
        <h2 tabindex="-1">${decl.title}</h2>
        <p class="meta">Launched ${formatDay(decl.launch)} · ${decl.venue}</p>
        ${decl.textUrl
          ? html`<p class="text-link">${safeLink(decl.textUrl, 'Read the text', 'text-link')}</p>`
          : html`<p class="text-link muted">No link to the text is known.</p>`}
      </header>
      <p class="summary">${decl.summary}</p>`;
  }

  private renderDeclarationSources(ix: DatasetIndex, decl: Declaration): TemplateResult {
    const quotes = quotesForDeclaration(ix, decl.id);
    return html`${this.renderNonState(ix, decl)}
      ${quotes.length
        ? html`<section class="quotes">
            <h3>In the sources’ words</h3>
            ${quotes.map((q) => quoteFigure(q, ix.sources.get(q.sourceId)))}
          </section>`
        : nothing}`;
  }

  private renderCounts(ix: DatasetIndex, decl: Declaration): TemplateResult {
    const launched = isLaunched(ix, decl.id, this.date);
    const ours = launched ? countsAt(ix, decl.id, this.date) : null;
    return html`<section class="counts">
      <h3>How many ${pastOf(decl.verb)}</h3>
      <dl>
        <dt>Our data, as of ${formatDay(this.date)}</dt>
        <dd>
          ${ours
            ? guard([ours, decl, this.view], () => this.countsList(ours, decl.verb)) /* counts are shared per stretch of time: same object, same list */
            : html`Not launched yet: it was launched on ${formatDay(decl.launch)}.`}
        </dd>
        ${guard([ix, decl], () =>
          decl.headlineCounts.length
            ? html`<dt>What the sources reported</dt>
                <dd>
                  <ul class="headline">
                    ${groupByDate(decl.headlineCounts).map(([asOf, counts]) => this.renderHeadlineGroup(ix, decl, asOf, counts))}
                  </ul>
                </dd>`
            : nothing,
        )}
      </dl>
    </section>`;
  }

  private countsList(counts: Readonly<Record<Status, number>>, verb: string): TemplateResult {
    const shown = LEGEND_ORDER.filter((s) => counts[s] > 0 && s !== 'absent' && s !== 'not-member');
    if (shown.length === 0) return html`none recorded`;
    return html`<span class="count-list">${shown.map(
      (s) => html`<span class="count">${this.swatch(s)}<strong>${counts[s]}</strong> ${statusWords(s, verb)}</span>`,
    )}</span>`;
  }

  /**
   * The counts sources reported for one date, each with its source, then our own count on that
   * date once; a report our list does not bear out is flagged, not silently resolved.
   */
  private renderHeadlineGroup(ix: DatasetIndex, decl: Declaration, asOf: IsoDate, counts: HeadlineCount[]): TemplateResult {
    const ours = oursBeside(ix, decl.id, asOf);
    return html`<li class="headline-group">
      <p class="headline-date">As of ${formatDay(asOf)}</p>
      <ul>
        ${counts.map((h) => {
          const verdict = checkHeadline(ix, decl.id, h);
          return html`<li class=${verdict.agreement} data-agreement=${verdict.agreement}>
            <span class="headline-label">${h.label}</span> — ${sourceLink(ix.sources.get(h.sourceId), h.sourceId)}${verdict.agreement === 'conflict'
              ? html` <strong class="flag">${verdict.words}</strong>`
              : verdict.agreement === 'consistent'
                ? html` <span class="muted">(${verdict.words})</span>`
                : nothing}
          </li>`;
        })}
      </ul>
      ${ours ? html`<p class="ours">${oursWords(ours)}: ${countsPhrase(ours.counts, decl)}</p>` : nothing}
    </li>`;
  }

  private renderNonState(ix: DatasetIndex, decl: Declaration): TemplateResult | typeof nothing {
    if (decl.nonState.length === 0) return nothing;
    return html`<section class="non-state">
      <h3>Non-state endorsers</h3>
      <p class="muted">Endorsers that are not states are part of the record but never drawn on the map.</p>
      <ul>
        ${decl.nonState.map(
          (n) => html`<li>
            <strong>${n.count !== null ? `${formatCount(n.count)} ${n.name}` : n.name}</strong>
            ${n.kind && n.kind !== n.name ? html`<span class="muted">(${n.kind})</span>` : nothing}
            <span class="muted">as of ${formatDay(n.date)}</span> — ${sourceLink(ix.sources.get(n.sourceId), n.sourceId)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  // ---- country view ---------------------------------------------------------------------

  private renderCountry(ix: DatasetIndex, iso3: Iso3): TemplateResult {
    const name = this.nameOf(ix, iso3);
    const named = this.named(name);
    const record = countryRecord(ix, iso3, this.date);
    // The declaration on the map comes first, under the name (on a phone, all the screen shows).
    const now = isLaunched(ix, this.declarationId, this.date) ? record.find((r) => r.declaration.id === this.declarationId) : undefined;
    // Compare view: both declarations' evidence side by side, above the rest of the record.
    const pair = this.withId ? [this.declarationId, this.withId] : [];
    const first = record.filter((r) => pair.includes(r.declaration.id)).sort((a) => (a.declaration.id === this.declarationId ? -1 : 1));
    const rest = record.filter((r) => !pair.includes(r.declaration.id));
    // Escape in the record closes it, as on the map (where Enter sends the keyboard here).
    return html`<article part="country" class="country" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.onClose()}>
      <header class="country-head">
        <div>
          <p class="kicker">Country record as of ${formatDay(this.date)}</p>
          <h2 tabindex="-1">${named}</h2>
          ${this.pairLine
            ? html`<p class="pair-line">${this.pairLine}</p>`
            : now
              ? html`<p class="status">${this.swatch(now.status.status)}${now.declaration.shortName}: ${statusLabel(now.status.status, now.declaration.verb)}</p>`
              : nothing}
        </div>
        <button part="close" class="close" type="button" aria-label="Close ${name}’s record" title="Close"
          @click=${this.onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        </button>
      </header>
      <button part="zoom" class="zoom" type="button" @click=${() => this.dispatchEvent(new CustomEvent(ZOOM_TO_EVENT, { detail: iso3, bubbles: true }))}>
        Zoom to ${named}
      </button>
      ${first.length
        ? html`<ol class="record side-by-side" aria-label="The two declarations compared">
            ${first.map(({ declaration, status }) => this.renderRecordEntry(ix, declaration, status))}
          </ol>`
        : nothing}
      <ol class="record">
        ${rest.map(({ declaration, status }) => this.renderRecordEntry(ix, declaration, status))}
      </ol>
      ${this.sourcesShown ? this.renderCountryQuotes(ix, iso3, name) : nothing}
    </article>`;
  }

  /** Each quote says which declaration it is about; one about a declaration not launched by the day is left out. */
  private renderCountryQuotes(ix: DatasetIndex, iso3: Iso3, name: string): unknown {
    const quotes = quotesForCountry(ix, iso3).filter((q) => !q.declarationId || isLaunched(ix, q.declarationId, this.date));
    return guard([ix, name, quotes.map((q) => q.id).join()], () =>
      quotes.length
        ? html`<section class="quotes">
            <h3>Quotes that mention ${this.named(name)}</h3>
            ${quotes.map((q) => {
              const about = q.declarationId ? ix.declarations.get(q.declarationId)?.shortName : undefined;
              return quoteFigure(q, ix.sources.get(q.sourceId), about && `On the ${about}`);
            })}
          </section>`
        : nothing,
    );
  }

  private renderRecordEntry(ix: DatasetIndex, decl: Declaration, st: StatusAtDate): TemplateResult {
    if (!isLaunched(ix, decl.id, this.date)) {
      return html`<li class="entry not-launched" data-declaration=${decl.id}>
        <h3>${decl.shortName}</h3>
        <p class="muted">Not launched yet on ${formatDay(this.date)}: launched ${formatDay(decl.launch)}.</p>
      </li>`;
    }
    const past = st.history.filter((e) => this.earliestOf(e, decl) <= this.date);
    const later = st.history.filter((e) => this.earliestOf(e, decl) > this.date);
    return html`<li class="entry" data-declaration=${decl.id} data-status=${st.status}>
      <h3>${decl.shortName}</h3>
      <p class="status">
        ${this.swatch(st.status)}<strong class="status-word">${statusLabel(st.status, decl.verb)}</strong>
        ${st.event ? html`<span class="when">${eventDateText(st.event)}</span>` : nothing}
      </p>
      ${st.reason ? html`<p class="reason">${st.reason}</p>` : nothing}
      ${past.length
        ? html`<ul class="evidence" aria-label="Evidence">
            ${past.map((e) => this.renderEvidence(ix, e, decl))}
          </ul>`
        : nothing}
      ${later.length
        ? html`<p class="later muted">Later:</p>
            <ul class="evidence later-events">${later.map((e) => this.renderEvidence(ix, e, decl))}</ul>`
        : nothing}
    </li>`;
  }

  private renderEvidence(ix: DatasetIndex, e: EndorsementEvent, decl: Declaration): TemplateResult {
    const quote: Quote | undefined = e.quoteId ? ix.quotes.get(e.quoteId) : undefined;
    const more = e.moreSourceIds ?? [];
    const what = e.status === 'signed' ? statusLabel(e.disputed ? 'disputed' : 'signed', decl.verb) : statusLabel(e.status, decl.verb);
    return html`<li class="event" data-event-status=${e.status}>
      <span class="event-what">${what} ${eventDateText(e)}</span>
      ${e.wording
        ? html`<span class="event-wording">${labelledEvidenceWords(e, ix.sources.get(e.sourceId))}${DATING[e.datedBy]
            ? html` <span class="muted">(${DATING[e.datedBy]})</span>`
            : nothing}</span>`
        : nothing}
      <span class="event-source">Source: ${sourceLink(ix.sources.get(e.sourceId), e.sourceId)}${more.length
        ? html`; also ${more.map(
            (id, i) => html`${i > 0 ? '; ' : ''}${sourceLink(ix.sources.get(id), id)}`,
          )}`
        : nothing}</span>
      ${e.note ? html`<span class="note">${e.note}</span>` : nothing}
      ${quote ? quoteFigure(quote, ix.sources.get(quote.sourceId)) : nothing}
    </li>`;
  }

  // ---- helpers --------------------------------------------------------------------------

  /** An event counts as evidence at the date once it can have happened (as the map sees it). */
  private earliestOf(e: EndorsementEvent, decl: Declaration): IsoDate {
    return eventSegments(e, decl.launch)[0]?.from ?? e.date;
  }

  private nameOf(ix: DatasetIndex, iso3: Iso3): string {
    return this.countryName?.(iso3) ?? ix.countries.get(iso3)?.name ?? iso3;
  }

  /** A country's name tagged with its language (the page's), among the record's English words. */
  private named(name: string): TemplateResult {
    return html`<span lang=${this.nameLang}>${name}</span>`;
  }

  /** A status's map swatch, where the map shows statuses: in the compare and change views the
   *  same colours and patterns mean the pair's categories, so a status swatch there would lie. */
  private swatch(status: Status) {
    if (this.view === 'compare' || this.view === 'change') return nothing;
    return html`<svg class="swatch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">${swatch(
      'data-status',
      status,
    )}</svg>`;
  }

  private onClose(): void {
    this.dispatchEvent(cdmEvent('cdm-country-select', { country: null }));
    this.focusHeadingOnClose = true;
  }

  /** Done once the sources and quotes are drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.sourcesPending) {
      await this.sourcesPending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.index && !this.sourcesShown && !this.sourcesPending) {
      this.sourcesPending = nextTask().then(() => {
        this.sourcesShown = true;
        this.sourcesPending = null;
        this.requestUpdate();
      });
    }
    if (!changed.has('country')) return;
    // The close button went with the record: keep the keyboard here, on the view that replaced it.
    if (this.focusHeadingOnClose && !this.country) this.renderRoot.querySelector<HTMLElement>('.body h2')?.focus();
    this.focusHeadingOnClose = false;
  }

  static override styles = sidebarStyles;
}

// Guarded so that two builds of the embed on one page do not throw "already defined".
if (!customElements.get('cdm-sidebar')) customElements.define('cdm-sidebar', CdmSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-sidebar': CdmSidebar;
  }
}
