// A country's status in a few words, for tooltips, live-region announcements and the as-of line:
// "Paris Call, signed, on or before 16 Sep 2019"; for not signing, the source's own words and
// publisher: "Paris Call, refused, on 12 Nov 2018 (“have refused to sign”, CircleID)". Pure, so
// node tests pin the wording. The status words themselves come from status-words.ts.
import { formatDay, formatMonth } from './dates';
import { statusWords } from './status-words';
import type { Declaration, EndorsementEvent, IsoDate, Source, StatusAtDate } from './types';

export { countsPhrase } from './status-words';

function when(e: EndorsementEvent): string {
  if (e.precision === 'on-or-before') return `on or before ${formatDay(e.date)}`;
  if (e.precision === 'month') return `in ${formatMonth(e.date)}`;
  return `on ${formatDay(e.date)}`;
}

/** Who a source is, in a few words: its publisher, else its title. */
export function sourceName(source: Pick<Source, 'publisher' | 'title'> | undefined): string {
  return source ? source.publisher || source.title : '';
}

/** "“didn't sign the pact”, ZDNet": a not-signing event's words and who used them. */
export function evidenceWords(e: EndorsementEvent, source: Pick<Source, 'publisher' | 'title'> | undefined): string {
  const who = sourceName(source);
  return who ? `${e.wording}, ${who}` : e.wording;
}

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
    return `${decl.shortName}, ${words}, ${when(e)} (${evidenceWords(e, sourceOf(e.sourceId))})`;
  }
  return `${decl.shortName}, ${words}, ${when(e)}`;
}

/** "signed 3 of 5 declarations as of 31 Dec 2022". */
export function describeSignedCount(count: number, total: number, date: IsoDate): string {
  return `signed ${count} of ${total} declarations as of ${formatDay(date)}`;
}
