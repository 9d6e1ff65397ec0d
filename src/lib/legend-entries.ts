// Which statuses a declaration's legend lists, with their words and counts: the explorer, the
// presentation and the exports all build their legends here, so they list the same entries with
// the same words. The entries are fixed per declaration (a status any of its events can give),
// not per day, so the legend does not jump while the timeline is scrubbed.
import { eventSegments } from './status';
import { LEGEND_ORDER, statusDefinition, statusLabel, type Wordable } from './status-words';
import type { Declaration, EndorsementEvent, Status } from './types';

export interface StatusLegendEntry {
  value: Status;
  label: string;
  definition: string;
  count: number;
}

/**
 * The statuses a declaration's events can give, plus absent, and not-member for a closed group. An
 * "on or before" date with no window before it (the 2015 GGE report: adopted on or before the
 * document's date, its launch) never makes a state uncertain, so it adds no "Date uncertain" entry.
 */
export function legendStatuses(decl: Pick<Declaration, 'membership' | 'launch'>, events: Iterable<EndorsementEvent>): Status[] {
  const can = new Set<Status>(['signed', 'absent']);
  for (const e of events) {
    if (e.status !== 'signed') can.add(e.status);
    else if (e.disputed) can.add('disputed');
    else if (e.precision !== 'day' && eventSegments(e, decl.launch).some((s) => s.status === 'uncertain')) can.add('uncertain');
  }
  if (decl.membership === 'closed') can.add('not-member');
  return LEGEND_ORDER.filter((s) => can.has(s));
}

export function statusLegend(decl: Wordable, shown: readonly Status[], counts: Readonly<Record<Status, number>>): StatusLegendEntry[] {
  return shown.map((s) => ({ value: s, label: statusLabel(s, decl.verb), definition: statusDefinition(s, decl), count: counts[s] }));
}
