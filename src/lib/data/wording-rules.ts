// What a not-signing row must say, so that the map never claims more than its source: `refused`
// only where the source's own words say refused, declined or rejected; `not-signed` always with
// the source's words ("didn't sign the pact", "not on the list"); a signed row carries none.
import type { EventStatus } from '../types';
import { clip } from './file-checks';

/** Words that make a report a refusal (refused, refusing, declined, rejects, ...). */
export const REFUSAL_WORDS = /\b(refus|declin|reject)/i;

/** Null when the row's wording fits its status, else the message and its fix. */
export function wordingProblem(status: EventStatus, wording: string): string | null {
  if (status === 'signed') {
    return wording === '' ? null : `wording is only for refused or not-signed rows; clear it (put what a reader should know in note)`;
  }
  if (wording === '') {
    return `a ${status} row needs the source's own words in wording (e.g. “didn't sign the pact”); copy them from the source`;
  }
  if (status === 'refused' && !REFUSAL_WORDS.test(wording)) {
    return `wording '${clip(wording)}' does not say refused, declined or rejected; make the row not-signed, or quote the words of a source that reports a refusal`;
  }
  return null;
}
