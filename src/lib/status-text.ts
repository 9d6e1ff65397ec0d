// A country's status in a few words, for tooltips, live-region announcements and the as-of line:
// "Paris Call, signed, on or before 16 Sep 2019". Pure, so node tests pin the wording.
import { formatDay, formatMonth } from './dates';
import type { Declaration, EndorsementEvent, IsoDate, Status, StatusAtDate } from './types';

/** What each legend entry means for a declaration: the explorer's legend and the slides say the same. */
export function statusDefinitions(decl: Declaration): Record<Status, string> {
  return {
    signed: `Signed or endorsed the ${decl.shortName} by this date, according to a cited source.`,
    uncertain: 'On a list of signatories by a later date, or disputed; it may not have signed yet on this day.',
    refused: decl.refusedMeans,
    absent: decl.membership === 'closed' ? 'A member with no recorded endorsement.' : 'No record of signing or refusing. Silence is not a refusal.',
    'not-member': `Outside the group that could take part: ${decl.eligibility}.`,
  };
}

export const STATUS_WORDS: Record<Status, string> = {
  signed: 'signed',
  uncertain: 'may have signed (date uncertain)',
  refused: 'refused',
  absent: 'no record of signing',
  'not-member': 'not a member',
};

function when(e: EndorsementEvent): string {
  if (e.precision === 'on-or-before') return `on or before ${formatDay(e.date)}`;
  if (e.precision === 'month') return `in ${formatMonth(e.date)}`;
  return `on ${formatDay(e.date)}`;
}

/** "Paris Call, signed, on 12 Nov 2018"; before the launch: "Paris Call, not launched yet". */
export function describeStatus(decl: Declaration, s: StatusAtDate, date: IsoDate): string {
  if (date < decl.launch) return `${decl.shortName}, not launched yet (launched ${formatDay(decl.launch)})`;
  const words = STATUS_WORDS[s.status];
  const e = s.event;
  if (!e || s.status === 'absent' || s.status === 'not-member') return `${decl.shortName}, ${words}`;
  if (s.status === 'uncertain') return `${decl.shortName}, ${words}, listed by ${formatDay(e.date)}`;
  return `${decl.shortName}, ${words}, ${when(e)}`;
}

/** "signed 3 of 5 declarations as of 31 Dec 2022". */
export function describeSignedCount(count: number, total: number, date: IsoDate): string {
  return `signed ${count} of ${total} declarations as of ${formatDay(date)}`;
}

/**
 * "51 signed, 12 may have signed (date uncertain), 7 refused": the non-zero headline counts.
 * Closed groups count against their membership: "7 of 7 members signed".
 */
export function countsPhrase(counts: Record<Status, number>, closed: boolean): string {
  const members = counts.signed + counts.uncertain + counts.refused + counts.absent;
  const parts = [closed ? `${counts.signed} of ${members} members signed` : `${counts.signed} signed`];
  if (counts.uncertain) parts.push(`${counts.uncertain} may have signed (date uncertain)`);
  if (counts.refused) parts.push(`${counts.refused} refused`);
  return parts.join(', ');
}
