// Words of the compare and change views: legend labels and definitions, the legend's note, the
// summary sentence ("49 states signed both; 31 only the Paris Call; …") and the "as of" line.
// Every declaration keeps its own verb and short name from the data: nothing here names one.
import type { ChangeCategory, CompareCategory } from './compare-view';
import { formatDay } from './dates';
import { pastOf, type Wordable } from './status-words';
import type { IsoDate } from './types';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "1 state", "49 states". */
export const statesPhrase = (n: number): string => `${n} ${n === 1 ? 'state' : 'states'}`;
/** "the Paris Call". */
export const the = (d: Pick<Wordable, 'shortName'>): string => `the ${d.shortName}`;

export interface LegendWords {
  label: string;
  definition: string;
}

/** Legend label and definition of a compare category, for declarations `a` and `b`. */
export function compareWords(c: CompareCategory, a: Wordable, b: Wordable): LegendWords {
  const pa = pastOf(a.verb);
  const pb = pastOf(b.verb);
  const same = pa === pb;
  switch (c) {
    case 'both':
      return {
        label: 'Both',
        definition: same
          ? `${capitalise(pa)} both ${the(a)} and ${the(b)} by this date.`
          : `${capitalise(pa)} ${the(a)} and ${pb} ${the(b)} by this date.`,
      };
    case 'first-only':
      return { label: `${a.shortName} only`, definition: `${capitalise(pa)} ${the(a)}, but had not ${pb} ${the(b)} by this date.` };
    case 'second-only':
      return { label: `${b.shortName} only`, definition: `${capitalise(pb)} ${the(b)}, but had not ${pa} ${the(a)} by this date.` };
    case 'neither':
      return {
        label: 'Neither',
        definition: same
          ? `Had ${pa} neither ${the(a)} nor ${the(b)} by this date (no record, a refusal, a report of not taking part, or not a member).`
          : `Had neither ${pa} ${the(a)} nor ${pb} ${the(b)} by this date (no record, a refusal, a report of not taking part, or not a member).`,
      };
    case 'uncertain':
      return {
        label: 'Uncertain',
        definition: 'For one of the two, the date is uncertain or the listing is disputed (the record says which), so the state is counted neither way.',
      };
  }
}

/** Legend label and definition of a change category, for declaration `d` in the window `from`..`to`. */
export function changeWords(c: ChangeCategory, d: Wordable, from: IsoDate, to: IsoDate): LegendWords {
  const done = pastOf(d.verb);
  switch (c) {
    case 'joined':
      return {
        label: `Newly ${done}`,
        definition: `${capitalise(done)} ${the(d)} after ${formatDay(from)} and by ${formatDay(to)}, according to a cited source.`,
      };
    case 'already-signed':
      return { label: `Already ${done}`, definition: `Had ${done} ${the(d)} by ${formatDay(from)}, the start of the window.` };
    case 'not-joined':
      return {
        label: `Not ${done}`,
        definition:
          `Had not ${done} it by ${formatDay(to)}: no record, a refusal or a report that it did not ${d.verb}` +
          (d.membership === 'closed' ? ', or not a member.' : '.'),
      };
    case 'uncertain':
      return {
        label: 'Uncertain',
        definition: `The window cuts an uncertain date (on a list by a later day) or a disputed listing: it may have ${done} before or after ${formatDay(from)}, or not at all.`,
      };
  }
}

/**
 * "49 states signed both; 31 only the Paris Call; 15 only the Future of the Internet; 100 neither;
 * 2 uncertain". With two verbs: "49 states signed the Paris Call and endorsed the Future of the
 * Internet; 31 only signed the Paris Call; …". Zero counts of neither and uncertain are left out.
 */
export function compareSentence(counts: Readonly<Record<CompareCategory, number>>, a: Wordable, b: Wordable): string {
  const pa = pastOf(a.verb);
  const pb = pastOf(b.verb);
  const parts =
    pa === pb
      ? [`${statesPhrase(counts.both)} ${pa} both`, `${counts['first-only']} only ${the(a)}`, `${counts['second-only']} only ${the(b)}`]
      : [
          `${statesPhrase(counts.both)} ${pa} ${the(a)} and ${pb} ${the(b)}`,
          `${counts['first-only']} only ${pa} ${the(a)}`,
          `${counts['second-only']} only ${pb} ${the(b)}`,
        ];
  if (counts.neither) parts.push(`${counts.neither} neither`);
  if (counts.uncertain) parts.push(`${counts.uncertain} uncertain`);
  return parts.join('; ');
}

/** "4 states signed the Paris Call between 1 Jan 2019 and 31 Dec 2022; 31 already had; 37 uncertain". */
export function changeSentence(counts: Readonly<Record<ChangeCategory, number>>, d: Wordable, from: IsoDate, to: IsoDate): string {
  const parts = [`${statesPhrase(counts.joined)} ${pastOf(d.verb)} ${the(d)} between ${formatDay(from)} and ${formatDay(to)}`, `${counts['already-signed']} already had`];
  if (counts.uncertain) parts.push(`${counts.uncertain} uncertain`);
  return parts.join('; ');
}

/** The legend's note: what counts as taking part, and why non-members of a closed group are where they are. */
export function pairNote(decls: readonly (Wordable & { launch: IsoDate })[], date: IsoDate): string {
  const notes = ['Only a signature certain by the day counts; an uncertain date or a disputed listing is shown apart.'];
  for (const d of decls) {
    if (d.membership === 'closed') notes.push(`${capitalise(the(d))} was open only to its members (${d.eligibility}): the others count as not having ${pastOf(d.verb)} it.`);
    if (date < d.launch) notes.push(`${capitalise(the(d))} was launched on ${formatDay(d.launch)}, after this date.`);
  }
  return notes.join(' ');
}
