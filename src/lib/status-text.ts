// A country's status in a few words, for tooltips, live-region announcements and the as-of line:
// "Paris Call, signed, on or before 16 Sep 2019"; for not signing, the source's own words and
// publisher: "Paris Call, refused, on 12 Nov 2018 (“have refused to sign”, CircleID)", and what
// dates it when the source's report does not (the launch list). Pure, so
// node tests pin the wording. The status words themselves come from status-words.ts.
import { formatDay, formatMonth } from './dates';
import { statusWords } from './status-words';
import type { DatedBy, Declaration, EndorsementEvent, IsoDate, Source, StatusAtDate } from './types';

export { countsPhrase } from './status-words';

function when(e: EndorsementEvent): string {
  if (e.precision === 'on-or-before') return `on or before ${formatDay(e.date)}`;
  if (e.precision === 'month') return `in ${formatMonth(e.date)}`;
  return `on ${formatDay(e.date)}`;
}

/** Who a source is, in a few words: its publisher; a news article known only by its text, "a news report". */
export function sourceName(source: Pick<Source, 'publisher' | 'title' | 'seed'> | undefined): string {
  if (!source) return '';
  return source.publisher || (source.seed ? 'a news report' : source.title);
}

/** "“have refused to sign”, CircleID": a not-signing event's words and who used them. */
export function evidenceWords(e: EndorsementEvent, source: Pick<Source, 'publisher' | 'title' | 'seed'> | undefined): string {
  const who = sourceName(source);
  return who ? `${e.wording}, ${who}` : e.wording;
}

/**
 * Whether an event's wording is the source's own words. The data stores verbatim words in
 * typographic quotes (“have refused to sign”) and, without quotes, the research's short summary of
 * what the source reported (a translation, or a source whose words were not recorded): see
 * `wording` in data/README.md. Only quoted wording may be called the source's words.
 */
export function isSourceWords(wording: string): boolean {
  return /^“[^“”]+”$/.test(wording.trim());
}

/** The one label for an event's wording, on every surface that labels it: the record, the CSV. */
export function wordingLabel(wording: string): 'In the source’s words' | 'Reported as' {
  return isSourceWords(wording) ? 'In the source’s words' : 'Reported as';
}

/** "In the source’s words: “have refused to sign”, CircleID"; "Reported as: did not sign, CorporateCompliance.cl". */
export function labelledEvidenceWords(e: EndorsementEvent, source: Pick<Source, 'publisher' | 'title' | 'seed'> | undefined): string {
  return `${wordingLabel(e.wording)}: ${evidenceWords(e, source)}`;
}

/** What dates a not-taking-part event when its source's own report does not: said wherever its date is. */
export const DATING: Readonly<Partial<Record<DatedBy, string>>> = {
  'launch-list': 'dated from the launch: not on the launch list',
  'cited-report': 'dated by the earlier report it cites',
};

/** "Paris Call, signed, on 12 Nov 2018"; before the launch: "Paris Call, not launched yet". */
export function describeStatus(
  decl: Pick<Declaration, 'shortName' | 'launch' | 'verb'>,
  s: StatusAtDate,
  date: IsoDate,
  sourceOf: (id: string) => Source | undefined = () => undefined,
): string {
  if (date < decl.launch) return `${decl.shortName}, not launched yet (launched ${formatDay(decl.launch)})`;
  const words = statusWords(s.status, decl.verb);
  const e = s.event;
  if (!e || s.status === 'absent' || s.status === 'not-member') return `${decl.shortName}, ${words}`;
  if (s.status === 'uncertain') return `${decl.shortName}, ${words}, listed by ${formatDay(e.date)}`;
  if (s.status === 'disputed') return `${decl.shortName}, listed as having ${statusWords('signed', decl.verb)} ${when(e)}, but the listing is disputed`;
  if (s.status === 'refused' || s.status === 'not-signed') {
    const dated = DATING[e.datedBy] ? `; ${DATING[e.datedBy]}` : '';
    return `${decl.shortName}, ${words}, ${when(e)} (${evidenceWords(e, sourceOf(e.sourceId))}${dated})`;
  }
  return `${decl.shortName}, ${words}, ${when(e)}`;
}

/** "took part in 3 of 5 declarations as of 31 Dec 2022" (signed, endorsed or adopted). */
export function describeSignedCount(count: number, total: number, date: IsoDate): string {
  return `took part in ${count} of ${total} declarations as of ${formatDay(date)}`;
}
