// The presentation tour: the story of the five declarations as a list of steps a presenter clicks
// through. Each declaration's launch comes first, then the notable changes after it (later joins,
// states that refused and later signed, disputed listings, later refusals), oldest first. Every
// caption is built from the dataset alone, so the tour never says more than the data does.
// Also the `present=<step>` URL contract (1-based) that opens presentation mode at a step.
import { changeTable, compareTable } from './compare-view';
import { indexDataset } from './dataset-index';
import { pastOf } from './status-words';
import type { Dataset, Declaration, DeclarationId, EndorsementEvent, Iso3, IsoDate } from './types';
import { PRESENT_PARAM } from './present-param';
import { createCountryNamer, type CountryNamer } from './country-names';

export type TourStepKind = 'launch' | 'joins' | 'turnaround' | 'disputed' | 'declines' | 'compare' | 'change';

export interface TourStep {
  /** 0-based position in the tour. */
  index: number;
  /** 1-based step number, as shown on screen ("3 / 14"). */
  n: number;
  /** Number of steps in the whole tour. */
  total: number;
  kind: TourStepKind;
  declarationId: DeclarationId;
  /** The date the map shows at this step. */
  date: IsoDate;
  /** One line, from the data. */
  caption: string;
  /** The states this step is about, all marked on the map (empty for a launch: the whole map is). */
  countries: Iso3[];
  /** The states the caption names, in its order (a subset of `countries`: "and 33 others" are not named). */
  named: Iso3[];
  /** The closing steps: two declarations side by side (`compare`, with `with`), or who joined (`change`, from `from`). */
  view?: 'compare' | 'change';
  with?: DeclarationId;
  from?: IsoDate;
}

/** How many country names a caption lists before it says "and N others". */
export const CAPTION_NAMES = 3;
/**
 * Joins on one date by at least this many states are a step of their own (the Paris Call's list
 * of 16 Sep 2019); smaller ones are gathered per year, so a tour stays a briefing, not a ledger.
 */
export const BIG_BATCH = 10;
/** Captions longer than this list fewer names (one line on a 16:9 slide at presentation size). */
export const CAPTION_MAX = 110;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov 2018" from "2018-11-12" (English, fixed: captions must not depend on the locale). */
export function captionDay(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'} ${y}`;
}

/** "France", "France and Germany", "France, Germany, Italy and 2 others". */
export function nameList(names: readonly string[], max = CAPTION_NAMES): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

type DraftStep = Omit<TourStep, 'index' | 'n' | 'total'>;

/** Order of kinds that share a declaration and a date: the launch, then what is most notable. */
const KIND_ORDER: Record<TourStepKind, number> = { launch: 0, turnaround: 1, joins: 2, disputed: 3, declines: 4, compare: 5, change: 6 };

/**
 * Builds the tour from the dataset: declarations in launch order, each followed by its changes.
 * Captions name states by `nameOf` (the page's language; the dataset's English names by default).
 */
export function buildTour(dataset: Dataset, nameOf: CountryNamer = createCountryNamer(dataset.countries)): TourStep[] {
  const declarations = [...dataset.declarations].sort((a, b) => (a.launch < b.launch ? -1 : a.launch > b.launch ? 1 : 0));
  const drafts: DraftStep[] = [];
  for (const decl of declarations) {
    const events = dataset.events
      .filter((e) => e.declarationId === decl.id)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.country < b.country ? -1 : 1));
    const steps = [launchStep(decl, events), ...changeSteps(decl, events, nameOf)];
    steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
    drafts.push(...steps);
  }
  // After the story of each, two closing steps (last, so `?present=<n>` links keep their step).
  drafts.push(...pairSteps(dataset, declarations));
  return drafts.map((s, index) => ({ ...s, index, n: index + 1, total: drafts.length }));
}

function launchStep(decl: Declaration, events: EndorsementEvent[]): DraftStep {
  const done = pastOf(decl.verb);
  const atLaunch = events.filter((e) => e.date <= decl.launch && !e.disputed);
  const signed = new Set(atLaunch.filter((e) => e.status === 'signed').map((e) => e.country));
  const notSigning = (status: EndorsementEvent['status']) =>
    new Set(atLaunch.filter((e) => e.status === status && !signed.has(e.country)).map((e) => e.country)).size;
  // Signed at a day not known, possibly already at the launch: they may have taken part.
  const mayHave = new Set(
    events.filter((e) => e.status === 'signed' && !e.disputed && e.precision !== 'day' && e.date > decl.launch && (e.earliest ?? decl.launch) <= decl.launch).map((e) => e.country),
  ).size;
  const reported = [...new Set(decl.headlineCounts.filter((h) => h.asOf === decl.launch && h.states !== null).map((h) => h.states))];
  const refused = notSigning('refused');
  const notSigned = notSigning('not-signed');
  const who =
    decl.members && decl.members.length > 0
      ? `${signed.size} of ${decl.members.length} members ${done}`
      : `${signed.size} ${mayHave > 0 ? '' : signed.size === 1 ? 'state ' : 'states '}${done}${mayHave > 0 ? ' for certain' : ''}` +
        (mayHave > 0 ? `, ${mayHave} may have` : '') +
        (reported.length > 0 && mayHave > 0 ? ` (${reported.join(' and ')} reported)` : '') +
        (refused > 0 ? `; ${refused} refused` : '') +
        (notSigned > 0 ? `${refused > 0 ? ',' : ';'} ${notSigned} did not ${decl.verb}` : '');
  // The venue is in the sidebar; the caption stays one line.
  return {
    kind: 'launch',
    declarationId: decl.id,
    date: decl.launch,
    caption: `${decl.shortName} launched ${captionDay(decl.launch)}: ${who}`,
    countries: [],
    named: [],
  };
}

function changeSteps(decl: Declaration, events: EndorsementEvent[], nameOf: (iso3: Iso3) => string): DraftStep[] {
  const steps: DraftStep[] = [];
  const groups = new Map<string, { kind: TourStepKind; date: IsoDate; events: EndorsementEvent[] }>();
  const add = (key: string, kind: TourStepKind, e: EndorsementEvent) => {
    const g = groups.get(key) ?? { kind, date: e.date, events: [] };
    g.events.push(e);
    if (e.date > g.date) g.date = e.date;
    groups.set(key, g);
  };
  const joinsOn = new Map<IsoDate, number>();
  for (const e of events) if (e.status === 'signed' && !e.disputed) joinsOn.set(e.date, (joinsOn.get(e.date) ?? 0) + 1);
  for (const e of events) {
    if (e.disputed) {
      // A disputed listing is notable even at launch: the map shows it as uncertain.
      add(`disputed|${e.date}`, 'disputed', e);
      continue;
    }
    if (e.date <= decl.launch) continue;
    const year = e.date.slice(0, 4);
    if (e.status !== 'signed') {
      add(`declines|${e.status}|${year}`, 'declines', e);
    } else if (events.some((r) => r.country === e.country && r.status !== 'signed' && r.date < e.date)) {
      add(`turnaround|${e.date}`, 'turnaround', e);
    } else {
      // "On the list by" batches and dated joins are told apart: they say different things.
      const by = e.precision === 'on-or-before' ? 'by' : 'on';
      const big = (joinsOn.get(e.date) ?? 0) >= BIG_BATCH;
      add(big ? `${by}|${e.date}` : `${by}|${year}`, 'joins', e);
    }
  }
  for (const g of groups.values()) {
    const countries = [...new Set(g.events.map((e) => e.country))].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
    const many = countries.length > 1;
    const day = captionDay(g.date);
    const first = g.events.reduce((d, e) => (e.date < d ? e.date : d), g.date);
    const onDay = !g.events.every((e) => e.precision === 'day')
      ? `by ${day}`
      : first === g.date
        ? `on ${day}`
        : `between ${captionDay(first)} and ${day}`;
    const count = `${countries.length} more ${many ? 'states' : 'state'}`;
    // Fewer names rather than a second line.
    const line = (names: number): string => {
      const listed = nameList(countries.map(nameOf), names);
      switch (g.kind) {
        case 'turnaround': {
          const refusedFirst = g.events.every((e) => events.some((r) => r.country === e.country && r.status === 'refused' && r.date < e.date));
          const verb = many ? decl.verb : `${decl.verb}s`;
          return `${listed}, which had ${refusedFirst ? 'refused' : `not ${pastOf(decl.verb)}`}, ${verb} ${onDay}`;
        }
        case 'disputed': {
          const only = g.events.length === 1 ? g.events[0] : undefined;
          return only && only.note && only.note.length <= CAPTION_MAX - 20 ? `${listed}: ${only.note}` : `${listed}: listing disputed by a source`;
        }
        case 'declines':
          return `${listed} ${many ? 'are' : 'is'} reported ${g.events[0]!.status === 'refused' ? 'refusing' : `as not having ${pastOf(decl.verb)}`} ${onDay}`;
        default:
          return g.events.every((e) => e.precision === 'on-or-before')
            ? `${count} on the official list by ${day} (exact dates unknown): ${listed}`
            : `${count} ${many ? decl.verb : `${decl.verb}s`} ${onDay}: ${listed}`;
      }
    };
    let names = CAPTION_NAMES;
    let caption = line(names);
    while (names > 1 && caption.length > CAPTION_MAX) caption = line(--names);
    // nameList names all of them when they fit, else the first `names`.
    const named = countries.length <= names ? countries : countries.slice(0, names);
    steps.push({ kind: g.kind, declarationId: decl.id, date: g.date, caption, countries, named });
  }
  return steps;
}

/**
 * The closing steps, from the data: the first and the last open declarations side by side on the
 * last day the data covers, and who joined the first one after its launch. None with fewer than
 * two open declarations.
 */
function pairSteps(dataset: Dataset, declarations: readonly Declaration[]): DraftStep[] {
  const open = declarations.filter((d) => d.membership === 'open');
  const first = open[0];
  const last = open[open.length - 1];
  if (!first || !last || first === last) return [];
  const end = [...dataset.events.map((e) => e.date), ...declarations.map((d) => d.launch)].reduce((a, b) => (b > a ? b : a));
  const ix = indexDataset(dataset);
  const pair = compareTable(ix, first.id, last.id, end).counts;
  const change = changeTable(ix, first.id, first.launch, end);
  const joined = [...change.categories].filter(([, c]) => c === 'joined').map(([iso3]) => iso3);
  return [
    {
      kind: 'compare',
      view: 'compare',
      declarationId: first.id,
      with: last.id,
      date: end,
      caption: `${first.shortName} and ${last.shortName}, ${captionDay(end)}: ${pair.both} in both, ${pair['first-only']} only the first, ${pair['second-only']} only the second`,
      countries: [],
      named: [],
    },
    {
      kind: 'change',
      view: 'change',
      declarationId: first.id,
      from: first.launch,
      date: end,
      // The uncertain ones may have taken part at the launch itself (the Paris Call's 35 listed by
      // 16 Sep 2019: up to 20 of them may be among the 51 launch states), so they are not said to
      // have joined after it.
      caption: `Who joined the ${first.shortName} after its launch: ${joined.length} by ${captionDay(end)}; ${change.counts.uncertain} at dates not known, maybe at launch`,
      countries: joined,
      named: [],
    },
  ];
}

/** Where a view (declaration, date) sits in the tour. */
export interface TourPosition {
  /** Index of the last step of this declaration on or before the date; -1 if none. */
  index: number;
  /** True when the view is exactly that step (same declaration and date). */
  exact: boolean;
}

/** Finds the step a presenter entering from the explorer is at, so the tour continues from there. */
export function tourPositionOf(tour: readonly TourStep[], declarationId: string, date: IsoDate): TourPosition {
  let index = -1;
  for (const s of tour) {
    if (s.declarationId === declarationId && s.date <= date && !s.view) index = s.index;
  }
  if (index === -1) {
    // Before this declaration's launch: continue from just before its first step.
    const first = tour.find((s) => s.declarationId === declarationId);
    return { index: first ? first.index - 1 : -1, exact: false };
  }
  const step = tour[index];
  return { index, exact: step !== undefined && step.date === date };
}

/**
 * The step presentation mode opens on from a view: the last step of the view's declaration on or
 * before its date, or that declaration's first step (its launch) before it; from the "all
 * declarations" view, or a declaration with no step, the first step. Always a numbered step, so
 * the counter never shows "–" and Next always moves forward.
 */
export function startIndexFor(tour: readonly TourStep[], view: { declaration: string; date: IsoDate; view?: string; with?: string | null }): number {
  if (tour.length === 0) return -1;
  if (view.view === 'all') return 0;
  // From the compare or change view: its closing step, when the tour has one for it.
  if (view.view === 'compare' || view.view === 'change') {
    const pair = tour.find((s) => s.view === view.view && s.declarationId === view.declaration && (view.view === 'change' || s.with === view.with));
    if (pair) return pair.index;
  }
  // Otherwise the declaration's own story (never a closing step).
  tour = tour.filter((s) => !s.view);
  const at = tourPositionOf(tour, view.declaration, view.date);
  if (at.exact || (at.index >= 0 && tour[at.index]?.declarationId === view.declaration)) return at.index;
  return tour.find((s) => s.declarationId === view.declaration)?.index ?? 0;
}

/**
 * The 0-based step index that `?present=<n>` or `?present=<declaration id>` asks for, or null when
 * the URL does not ask for presentation. `n` is 1-based; a declaration id means its launch step;
 * `?present` or `?present=` (or garbage) mean step 1; numbers past the end mean the last step, so
 * a link to a shorter tour still opens. Give the tour (or only its length, for numbers).
 */
export function parsePresentParam(
  search: string | URLSearchParams,
  tour: readonly TourStep[] | number,
  /** Told why a value was not taken as written (with the tour itself). */
  warn?: (message: string) => void,
): number | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const total = typeof tour === 'number' ? tour : tour.length;
  if (!params.has(PRESENT_PARAM) || total <= 0) return null;
  const warning = warn && typeof tour !== 'number' ? presentParamWarning(params, tour) : null;
  if (warning) warn!(warning);
  const raw = (params.get(PRESENT_PARAM) ?? '').trim();
  if (typeof tour !== 'number') {
    const launch = tour.find((s) => s.declarationId === raw);
    if (launch) return launch.index;
  }
  const n = /^\d+$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(n, 1), total) - 1;
}

/**
 * Why the `present` value was not taken as written ("present=99": the tour has 17 steps), as the
 * view's own parameters warn; null when it was, or is empty (`?present` means step 1).
 */
export function presentParamWarning(search: string | URLSearchParams, tour: readonly TourStep[]): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = (params.get(PRESENT_PARAM) ?? '').trim();
  if (raw === '' || tour.some((s) => s.declarationId === raw)) return null;
  if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= tour.length) return null;
  return `present=${JSON.stringify(raw)} is not a step (1 to ${tour.length}) or a declaration id; showing step ${(parsePresentParam(params, tour) ?? 0) + 1}.`;
}

/** Writes (or with null, removes) the `present` parameter; returns the new query string. */
export function withPresentParam(search: string, index: number | null): string {
  const params = new URLSearchParams(search);
  if (index === null) params.delete(PRESENT_PARAM);
  else params.set(PRESENT_PARAM, String(index + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * `text` cut around the `names` it lists, in their order: each name found as `{ name }`, the
 * words between as strings (so a page can tag each name with its language).
 */
export function splitNames(text: string, names: readonly string[]): Array<string | { name: string }> {
  const parts: Array<string | { name: string }> = [];
  let from = 0;
  for (const name of names) {
    const at = name ? text.indexOf(name, from) : -1;
    if (at < 0) continue;
    if (at > from) parts.push(text.slice(from, at));
    parts.push({ name });
    from = at + name.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
