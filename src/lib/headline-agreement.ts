// One rule for comparing a count a source reports ("51 countries") with our data on its date, so
// that the sidebar and `npm run data:check` never disagree: a count between the states we can
// name with certainty and those plus the ones that may have taken part (date uncertain, or a
// disputed listing) is consistent, not a conflict. A count of a day after our data end is set
// beside our last day, and never judged: states may have joined since.
import { formatDay } from './dates';
import type { DatasetIndex } from './dataset-index';
import { countsAt, isLaunched } from './status';
import type { Declaration, HeadlineCount, IsoDate, Status } from './types';

export type Agreement = 'no-number' | 'agrees' | 'consistent' | 'conflict' | 'later';

export interface HeadlineVerdict {
  agreement: Agreement;
  /** What a reader is told, e.g. "consistent: 31 certain, up to 66 with the uncertain". */
  words: string;
}

/** The most states our data allows on that date: certain, plus uncertain, plus disputed. */
export function possibleCount(ours: Readonly<Record<Status, number>>): number {
  return ours.signed + ours.uncertain + ours.disputed;
}

export function headlineVerdict(h: Pick<HeadlineCount, 'states'>, ours: Readonly<Record<Status, number>> | null): HeadlineVerdict {
  if (h.states === null) return { agreement: 'no-number', words: 'no exact number' };
  if (ours === null) return { agreement: 'conflict', words: 'before the launch in our data' };
  const certain = ours.signed;
  const possible = possibleCount(ours);
  if (h.states === certain && possible === certain) return { agreement: 'agrees', words: 'agrees with our data' };
  if (h.states >= certain && h.states <= possible) {
    return { agreement: 'consistent', words: `consistent with our data: ${certain} certain, up to ${possible} with those whose date is uncertain or listing disputed` };
  }
  return { agreement: 'conflict', words: `differs from our data: ${certain} certain, at most ${possible}` };
}

/** Our counts beside a source's count of `asOf`: on that day, or on our last day for a later one; null before the launch. */
export interface OursBeside {
  counts: Readonly<Record<Status, number>>;
  /** The day they are counted on. */
  on: IsoDate;
  /** `asOf` is after our data end. */
  later: boolean;
}

export function oursBeside(ix: DatasetIndex, declarationId: Declaration['id'], asOf: IsoDate): OursBeside | null {
  if (!isLaunched(ix, declarationId, asOf)) return null;
  const later = asOf > ix.range.end;
  const on = later ? ix.range.end : asOf;
  return { counts: countsAt(ix, declarationId, on), on, later };
}

/** The verdict the sidebar and `npm run data:check` both give a source's count. */
export function checkHeadline(ix: DatasetIndex, declarationId: Declaration['id'], h: Pick<HeadlineCount, 'states' | 'asOf'>): HeadlineVerdict {
  const ours = oursBeside(ix, declarationId, h.asOf);
  if (ours?.later && h.states !== null) return { agreement: 'later', words: `reported after our data end (${formatDay(ours.on)})` };
  return headlineVerdict(h, ours?.counts ?? null);
}

/** "Our data on that date: …", or "Our data end on 31 Dec 2022: …" for a count of a later day. */
export function oursWords(ours: OursBeside): string {
  return ours.later ? `Our data end on ${formatDay(ours.on)}` : 'Our data on that date';
}
