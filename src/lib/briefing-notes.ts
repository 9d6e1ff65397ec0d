// What backs each tour step, for the slide's source line and the speaker notes: the events behind
// the step's states (or, for a launch, behind the launch map), their sources and their quotes.
// The notes are one printable HTML page: per step the caption, the counts, and the sources with
// their quotes, so a presenter can answer "how do we know?". Pure.
import type { DatasetIndex } from './dataset-index';
import { countsAt } from './status';
import { countsPhrase } from './status-text';
import { eventSourceIds, shownFrom, sourceDay } from './source-credits';
import { captionDay, splitNames, type TourStep } from './tour';
import type { EndorsementEvent, HeadlineCount, Iso3, Quote, Source } from './types';
import { escapeXml } from './export-svg';
import { createCountryNamer, isTableLanguage } from './country-names';

export interface StepEvidence {
  events: EndorsementEvent[];
  sourceIds: string[];
  sources: Source[];
  quotes: Quote[];
}

/** The events, sources and quotes behind a step. */
export function stepEvidence(ix: DatasetIndex, step: TourStep): StepEvidence {
  const byCountry = ix.eventsByDeclaration.get(step.declarationId) ?? new Map<string, EndorsementEvent[]>();
  const decl = ix.declarations.get(step.declarationId);
  // What the step's map shows by its date: the rule of every source line (source-credits.ts).
  const shown = (id: string) => {
    const launch = ix.declarations.get(id)?.launch ?? '';
    return (e: EndorsementEvent | HeadlineCount) => shownFrom(e, launch) <= step.date;
  };
  const shownHere = shown(step.declarationId);
  const events: EndorsementEvent[] = [];
  if (step.countries.length > 0) {
    // The step's own events: the states it names, on its date (or by it, for a listing).
    for (const iso3 of step.countries) {
      const list = (byCountry.get(iso3) ?? []).filter(shownHere);
      const own = list.filter((e) => e.date === step.date);
      events.push(...(own.length > 0 ? own : list.slice(-1)));
    }
  } else {
    for (const list of byCountry.values()) events.push(...list.filter(shownHere));
  }
  // A compare step rests on the second declaration's evidence too.
  if (step.with) {
    const shownThere = shown(step.with);
    for (const list of ix.eventsByDeclaration.get(step.with)?.values() ?? []) events.push(...list.filter(shownThere));
  }
  const sourceIds = events.flatMap(eventSourceIds);
  if (step.kind === 'launch' && decl) sourceIds.push(...decl.headlineCounts.filter(shownHere).map((h) => h.sourceId));
  const unique = [...new Set(sourceIds)];
  const sources = unique.map((id) => ix.sources.get(id)).filter((s): s is Source => s !== undefined);
  const quoteIds = new Set(events.map((e) => e.quoteId).filter((q): q is string => q !== null));
  const quotes = [...quoteIds].map((id) => ix.quotes.get(id)).filter((q): q is Quote => q !== undefined);
  return { events, sourceIds, sources, quotes };
}

const h = escapeXml;
const attr = (value: string) => `"${escapeXml(value)}"`;

/** The notes page's styles: in its <style>, and set through the CSSOM by the page that opens it. */
export const SPEAKER_NOTES_CSS =
  'body{font:16px/1.45 system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;color:#1d232a}' +
  'section{break-inside:avoid;border-top:2px solid #1d232a;padding-top:.5em;margin-top:1.5em}h2{font-size:1.2em;margin:0}' +
  '.caption{font-size:1.15em;font-weight:600}blockquote{margin:.5em 0 .5em 1em;padding-left:.75em;border-left:3px solid #8a9199}' +
  'cite{display:block;font-style:normal;opacity:.8}';

/** How the notes name states: the presentation's names and their language. */
export interface NotesNames {
  of: (iso3: Iso3) => string;
  lang: string;
}

/**
 * The speaker notes of a whole tour as a standalone, printable HTML page (lang="en"). States are
 * named as the slides name them (`names`, the dataset's English names by default); names in
 * another language are tagged with it, for a screen reader's voice.
 */
export function speakerNotesHtml(ix: DatasetIndex, tour: readonly TourStep[], names?: NotesNames): string {
  const nameOf = names?.of ?? createCountryNamer(ix.dataset.countries);
  const tag = names && !isTableLanguage(names.lang) ? (name: string) => `<span lang=${attr(names.lang)}>${h(name)}</span>` : h;
  const steps = tour.map((step) => {
    const decl = ix.declarations.get(step.declarationId);
    const counts = countsAt(ix, step.declarationId, step.date);
    const { sources, quotes } = stepEvidence(ix, step);
    const marked = step.countries.map(nameOf);
    const caption = splitNames(step.caption, step.named.map(nameOf)).map((part) => (typeof part === 'string' ? h(part) : tag(part.name))).join('');
    const sourceItems = sources
      .map((s) => {
        const when = sourceDay(s.date);
        // The attribute's quotes come from attr(): the offline file's check reads every literal href="…".
        const title = s.url ? `<a href=${attr(s.url)}>${h(s.title)}</a>` : h(s.title);
        return `<li>${title}${s.publisher ? ` (${h(s.publisher)}${when ? `, ${h(when)}` : ''})` : when ? ` (${h(when)})` : ''}</li>`;
      })
      .join('');
    const quoteItems = quotes
      .map((q) => `<blockquote>“${h(q.text)}”${q.speaker ? ` <cite>${h([q.speaker, q.role].filter(Boolean).join(', '))}</cite>` : ''}</blockquote>`)
      .join('');
    return (
      `<section><h2>${step.n} / ${step.total} · ${h(decl?.shortName ?? step.declarationId)}, ${h(captionDay(step.date))}</h2>` +
      `<p class="caption">${caption}</p>` +
      `<p><strong>Counts on the map:</strong> ${h((decl ? countsPhrase(counts, decl) : ''))}.</p>` +
      (marked.length > 0 ? `<p><strong>Marked on the map:</strong> ${marked.map(tag).join(', ')}.</p>` : '') +
      `<h3>Sources</h3><ul>${sourceItems || '<li>None recorded</li>'}</ul>` +
      (quoteItems ? `<h3>Quotes</h3>${quoteItems}` : '') +
      `</section>`
    );
  });
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Speaker notes: declarations on cyberspace</title>` +
    `<style>${SPEAKER_NOTES_CSS}</style></head><body>` +
    `<h1>Speaker notes</h1><p>Dataset ${h(ix.dataset.version)}. One section per step of the presentation.</p>` +
    steps.join('') +
    `</body></html>`
  );
}
