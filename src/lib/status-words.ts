// The one place where statuses get their words: legend labels and definitions, the short words
// of tooltips and live regions, the "as of" counts, table and CSV headers. Every declaration has
// its own verb (the GGE report was *adopted* by its members, the 2022 declaration *endorsed*), so
// the words take the declaration; the `data-status` values never change.
import type { Declaration, Status } from './types';

/** What the words need of a declaration (a fixture or the compiled one). */
export type Wordable = Pick<Declaration, 'verb' | 'shortName' | 'membership' | 'eligibility' | 'refusedMeans'>;

/** "adopt" → "adopted", "endorse" → "endorsed", "sign" → "signed". */
export function pastOf(verb: string): string {
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Used where no declaration is in view (the "all declarations" view, a child on its own). */
export const DEFAULT_VERB = 'sign';

/** Legend and table label: "Signed", "Adopted", "Listing disputed", "Did not sign". */
export function statusLabel(status: Status, verb: string = DEFAULT_VERB): string {
  switch (status) {
    case 'signed':
      return capitalise(pastOf(verb));
    case 'uncertain':
      return 'Date uncertain';
    case 'disputed':
      return 'Listing disputed';
    case 'refused':
      return 'Refused';
    case 'not-signed':
      return `Did not ${verb}`;
    case 'absent':
      return 'No record';
    case 'not-member':
      return 'Not a member';
  }
}

/** Lower-case words for a sentence: "adopted", "may have signed (date uncertain)", "did not sign". */
export function statusWords(status: Status, verb: string = DEFAULT_VERB): string {
  switch (status) {
    case 'signed':
      return pastOf(verb);
    case 'uncertain':
      return `may have ${pastOf(verb)} (date uncertain)`;
    case 'disputed':
      return 'listing disputed';
    case 'refused':
      return 'refused';
    case 'not-signed':
      return `did not ${verb}`;
    case 'absent':
      return `no record of having ${pastOf(verb)}`;
    case 'not-member':
      return 'not a member';
  }
}

/** What each legend entry means for this declaration. */
export function statusDefinition(status: Status, decl: Wordable): string {
  const done = pastOf(decl.verb);
  switch (status) {
    case 'signed':
      return `${capitalise(done)} the ${decl.shortName} by this date, according to a cited source.`;
    case 'uncertain':
      return `${capitalise(done)} it, but the day is not known: on a list by a later date, it may not have ${done} yet on this day.`;
    case 'disputed':
      return `Listed as having ${done} it, but a cited source disputes the listing (the government denied it, or it was dropped from the official list). Not counted as ${done}.`;
    case 'refused':
      return decl.refusedMeans;
    case 'not-signed':
      return `A cited source says only that the state did not ${decl.verb}, was not on the list or abstained: not a refusal.`;
    case 'absent':
      return decl.membership === 'closed'
        ? `A member with no record of having ${done} it.`
        : `No record of having ${done} or refused it. Silence is not a refusal.`;
    case 'not-member':
      return `Not eligible. ${decl.eligibility}.`;
  }
}

/** The order legends, tables and exports list statuses in: what took part first, silence last. */
export const LEGEND_ORDER: readonly Status[] = ['signed', 'uncertain', 'disputed', 'refused', 'not-signed', 'absent', 'not-member'];

/**
 * "51 signed, 12 may have signed (date uncertain), 2 listing disputed, 5 refused, 9 did not sign":
 * the non-zero counts. Closed groups count against their membership: "20 of 20 members adopted".
 */
export function countsPhrase(counts: Readonly<Record<Status, number>>, decl: Pick<Wordable, 'verb' | 'membership'>): string {
  const done = pastOf(decl.verb);
  const members = counts.signed + counts.uncertain + counts.disputed + counts.refused + counts['not-signed'] + counts.absent;
  const parts = [decl.membership === 'closed' ? `${counts.signed} of ${members} members ${done}` : `${counts.signed} ${done}`];
  for (const s of ['uncertain', 'disputed', 'refused', 'not-signed'] as const) {
    if (counts[s]) parts.push(`${counts[s]} ${statusWords(s, decl.verb)}`);
  }
  return parts.join(', ');
}
