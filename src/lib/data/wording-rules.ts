// What a not-signing row must say, so that the map never claims more than its source: `refused`
// only where the source's words say refused, declined or rejected; `not-signed` always with what
// the source reports: its own words in typographic quotes (“have not signed”), or, where they were
// not recorded, a short summary ("not on the list"); a signed row carries none.
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
    return `a ${status} row needs what its source reports in wording: its own words in typographic quotes (e.g. “have refused to sign”), or a short summary where they were not recorded`;
  }
  if (status === 'refused' && !REFUSAL_WORDS.test(wording)) {
    return `wording '${clip(wording)}' does not say refused, declined or rejected; make the row not-signed, or quote the words of a source that reports a refusal`;
  }
  return null;
}
