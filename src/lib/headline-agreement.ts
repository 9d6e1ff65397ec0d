// One rule for comparing a count a source reports ("51 countries") with our data on its date, so
// that the sidebar and `npm run data:check` never disagree: a count between the states we can
// name with certainty and those plus the ones that may have taken part (date uncertain, or a
// disputed listing) is consistent, not a conflict.
import type { HeadlineCount, Status } from './types';

export type Agreement = 'no-number' | 'agrees' | 'consistent' | 'conflict';

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
