// The one place where raw input becomes the view a surface shows. An attribute, a URL parameter,
// the iframe page's query or a presentation step all arrive as strings; `resolveViewState` turns
// them into a valid state (declaration, date, country, view, display, with, from) with one set of rules for
// fallbacks and clamping, and says in words what it had to change. Adding a field means adding it
// here (and to the attribute list of the element), nowhere else.
import { isIsoDate } from './dates';
import { TIMELINE_END, TIMELINE_START } from './timeline';
import { DECLARATION_IDS, type DeclarationId, type Iso3, type IsoDate, type ViewMode } from './types';

/** How the view is drawn: the map, or the same data as a table (orthogonal to `view`). */
export type DisplayMode = 'map' | 'table';

export interface ViewState {
  declaration: DeclarationId;
  /** Always a real day inside the timeline (clamped). */
  date: IsoDate;
  /** A country known to the dataset (when the dataset is known), or null. */
  country: Iso3 | null;
  view: ViewMode;
  display: DisplayMode;
  /** Compare view: the second declaration, never the first; null in the other views. */
  with: DeclarationId | null;
  /** Change view: the window's first day, on or before `date`; null in the other views. */
  from: IsoDate | null;
}

/** The view as it arrives: any strings, or nothing. */
export type RawViewState = { [K in keyof ViewState]?: string | null };

export const VIEW_FIELDS = ['declaration', 'date', 'country', 'view', 'display', 'with', 'from'] as const satisfies readonly (keyof ViewState)[];

/** What the map shows when nothing (or nothing valid) is asked for. */
export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  declaration: 'paris-call-2018',
  date: TIMELINE_END,
  country: null,
  view: 'declaration',
  display: 'map',
  with: null,
  from: null,
});

export const VIEW_MODES: readonly ViewMode[] = ['declaration', 'all', 'compare', 'change'];
export const DISPLAY_MODES: readonly DisplayMode[] = ['map', 'table'];

export interface ResolveContext {
  /** Known country codes; when given, an unknown code selects no country (with a warning). */
  countries?: ReadonlySet<Iso3>;
  /** Launch day of each declaration; the change view's window starts at the launch by default. */
  launches?: ReadonlyMap<string, IsoDate>;
}

export interface ResolvedViewState {
  state: ViewState;
  /** One sentence for each value that could not be used as given. */
  warnings: string[];
}

export const isDeclarationId = (value: string): value is DeclarationId => (DECLARATION_IDS as readonly string[]).includes(value);
export const isViewMode = (value: string): value is ViewMode => (VIEW_MODES as readonly string[]).includes(value);
export const isDisplayMode = (value: string): value is DisplayMode => (DISPLAY_MODES as readonly string[]).includes(value);

/** Upper-cases and checks the shape of an ISO alpha-3 code; whether it is known is up to the caller. */
export function normaliseIso3(value: string): Iso3 | null {
  const up = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(up) ? up : null;
}

/**
 * The declaration a compare view sets beside `first` when none (or the same one) is asked for:
 * the most recently launched other one, so the default pair is the widest apart in time that
 * ends with the newest. `ids` in launch order.
 */
export function defaultCompareWith<T extends string>(first: T, ids: readonly T[]): T | null {
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] !== first) return ids[i]!;
  return null;
}

/** A day inside the timeline: days before its start or after its end become the nearest end. */
export function clampToTimeline(date: IsoDate): IsoDate {
  return date < TIMELINE_START ? TIMELINE_START : date > TIMELINE_END ? TIMELINE_END : date;
}

/** The valid view for `raw`; empty or missing values take the defaults silently. Never throws. */
export function resolveViewState(raw: RawViewState, context: ResolveContext = {}): ResolvedViewState {
  const warnings: string[] = [];
  const d = DEFAULT_VIEW_STATE;
  const given = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

  let declaration = d.declaration;
  if (given(raw.declaration)) {
    if (isDeclarationId(raw.declaration)) declaration = raw.declaration;
    else warnings.push(`unknown declaration "${raw.declaration}"; showing ${d.declaration}.`);
  }

  let date = d.date;
  if (given(raw.date)) {
    if (!isIsoDate(raw.date)) warnings.push(`"${raw.date}" is not a real day written YYYY-MM-DD; showing ${d.date}.`);
    else {
      date = clampToTimeline(raw.date);
      if (date !== raw.date) warnings.push(`date ${raw.date} is outside ${TIMELINE_START}..${TIMELINE_END}; showing ${date}.`);
    }
  }

  let country: Iso3 | null = null;
  if (given(raw.country)) {
    const code = normaliseIso3(raw.country);
    if (!code) warnings.push(`"${raw.country}" is not an ISO 3166-1 alpha-3 country code; no country selected.`);
    else if (context.countries && !context.countries.has(code)) warnings.push(`unknown country "${code}"; no country selected.`);
    else country = code;
  }

  let view = d.view;
  if (given(raw.view)) {
    if (isViewMode(raw.view)) view = raw.view;
    else warnings.push(`unknown view "${raw.view}"; expected ${VIEW_MODES.map((m) => `"${m}"`).join(', ')}.`);
  }

  let display = d.display;
  if (given(raw.display)) {
    if (isDisplayMode(raw.display)) display = raw.display;
    else warnings.push(`unknown display "${raw.display}"; expected "map" or "table".`);
  }

  // Compare: a second declaration, never the first one (the latest other one by default).
  let withId: DeclarationId | null = null;
  if (view === 'compare') {
    const fallback = defaultCompareWith(declaration, DECLARATION_IDS);
    withId = fallback;
    if (given(raw.with)) {
      if (!isDeclarationId(raw.with)) warnings.push(`unknown declaration "${raw.with}" to compare with; showing ${fallback}.`);
      else if (raw.with === declaration) warnings.push(`cannot compare ${declaration} with itself; showing ${fallback}.`);
      else withId = raw.with;
    }
  }

  // Change: the window's first day, inside the timeline and not after its last day (the launch by default).
  let from: IsoDate | null = null;
  if (view === 'change') {
    const launch = context.launches?.get(declaration);
    from = launch && launch < date ? launch : TIMELINE_START < date ? TIMELINE_START : date;
    if (given(raw.from)) {
      if (!isIsoDate(raw.from)) warnings.push(`"${raw.from}" is not a real day written YYYY-MM-DD; the window starts on ${from}.`);
      else if (clampToTimeline(raw.from) > date) warnings.push(`the window cannot start (${raw.from}) after it ends (${date}); it starts on ${from}.`);
      else {
        from = clampToTimeline(raw.from);
        if (from !== raw.from) warnings.push(`date ${raw.from} is outside ${TIMELINE_START}..${TIMELINE_END}; the window starts on ${from}.`);
      }
    }
  }

  return { state: { declaration, date, country, view, display, with: withId, from }, warnings };
}

/** Whether two states show the same view. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return VIEW_FIELDS.every((f) => a[f] === b[f]);
}
