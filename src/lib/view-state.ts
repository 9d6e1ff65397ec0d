// The one place where raw input becomes the view a surface shows. An attribute, a URL parameter,
// the iframe page's query or a presentation step all arrive as strings; `resolveViewState` turns
// them into a valid state (declaration, date, country, view, display, with, from) with one set of rules for
// fallbacks and clamping, and says in words what it had to change. Adding a field means adding it
// here (and to the attribute list of the element), nowhere else.
import { isIsoDate } from './dates';
import { isDeclarationIdShape, type DeclarationId, type Iso3, type IsoDate, type TimelineRange, type ViewMode } from './types';

/** How the view is drawn: the map, or the same data as a table (orthogonal to `view`). */
export type DisplayMode = 'map' | 'table';

export interface ViewState {
  /** A declaration of the dataset (once the dataset is known; before, what was asked for or ''). */
  declaration: DeclarationId;
  /** A real day inside the dataset's timeline (clamped; before the dataset is known, as asked or ''). */
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

/** The view as an element's attributes hold it. */
export type ViewAttributes = Required<RawViewState>;

export const VIEW_FIELDS = ['declaration', 'date', 'country', 'view', 'display', 'with', 'from'] as const satisfies readonly (keyof ViewState)[];

/** The view attributes of `el` (a copy). */
export const viewAttributes = (el: ViewAttributes): ViewAttributes => ({
  declaration: el.declaration,
  date: el.date,
  country: el.country,
  view: el.view,
  display: el.display,
  with: el.with,
  from: el.from,
});

/**
 * What the map shows when nothing (or nothing valid) is asked for, before the dataset is known:
 * the declaration and the date then come from the data (its default declaration, the end of its
 * timeline), see `DataContext`.
 */
export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  declaration: '',
  date: '',
  country: null,
  view: 'declaration',
  display: 'map',
  with: null,
  from: null,
});

export const VIEW_MODES: readonly ViewMode[] = ['declaration', 'all', 'compare', 'change'];
export const DISPLAY_MODES: readonly DisplayMode[] = ['map', 'table'];

/** What the dataset says about the views it can show (see dataset-index.ts). */
export interface DataContext {
  /** Its declarations, in the picker's order. */
  declarations: readonly DeclarationId[];
  /** The one shown when none (or an unknown one) is asked for. */
  defaultDeclaration: DeclarationId;
  /** The timeline's first and last day; the default date is the last. */
  range: TimelineRange;
}

export interface ResolveContext {
  /** Known country codes; when given, an unknown code selects no country (with a warning). */
  countries?: ReadonlySet<Iso3>;
  /** The dataset's declarations and timeline; when given, the state is valid for that dataset. */
  data?: DataContext;
  /**
   * Launch day of each declaration: the change view's window starts at the launch by default,
   * and the compare view sets the latest launched other declaration beside the first.
   */
  launches?: ReadonlyMap<string, IsoDate>;
}

export interface ResolvedViewState {
  state: ViewState;
  /** One sentence for each value that could not be used as given. */
  warnings: string[];
}

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
export function clampToTimeline(date: IsoDate, range: TimelineRange): IsoDate {
  return date < range.start ? range.start : date > range.end ? range.end : date;
}

/** The valid view for `raw`; empty or missing values take the defaults silently. Never throws. */
export function resolveViewState(raw: RawViewState, context: ResolveContext = {}): ResolvedViewState {
  const warnings: string[] = [];
  const d = DEFAULT_VIEW_STATE;
  const given = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

  const data = context.data;
  let declaration = data?.defaultDeclaration ?? d.declaration;
  if (given(raw.declaration)) {
    const known = data ? data.declarations.includes(raw.declaration) : isDeclarationIdShape(raw.declaration);
    if (known) declaration = raw.declaration;
    else if (data) warnings.push(`unknown declaration "${raw.declaration}"; expected one of ${data.declarations.join(', ')}; showing ${declaration}.`);
  }

  let date = data?.range.end ?? d.date;
  if (given(raw.date)) {
    if (!isIsoDate(raw.date)) warnings.push(`"${raw.date}" is not a real day written YYYY-MM-DD; showing ${date || 'the latest day'}.`);
    else if (!data) date = raw.date;
    else {
      date = clampToTimeline(raw.date, data.range);
      if (date !== raw.date) warnings.push(`date ${raw.date} is outside ${data.range.start}..${data.range.end}; showing ${date}.`);
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

  // Compare: a second declaration, never the first one (the latest launched other one by default).
  // Before the dataset is known, a given id of the right shape is kept as it is.
  let withId: DeclarationId | null = null;
  if (view === 'compare') {
    const ids = data ? [...data.declarations] : [];
    const launches = context.launches;
    if (launches) ids.sort((a, b) => ((launches.get(a) ?? '') < (launches.get(b) ?? '') ? -1 : (launches.get(a) ?? '') > (launches.get(b) ?? '') ? 1 : 0));
    const fallback = defaultCompareWith(declaration, ids);
    withId = fallback;
    if (given(raw.with)) {
      const known = data ? data.declarations.includes(raw.with) : isDeclarationIdShape(raw.with);
      if (!known) warnings.push(`unknown declaration "${raw.with}" to compare with; showing ${fallback}.`);
      else if (raw.with === declaration) warnings.push(`cannot compare ${declaration} with itself; showing ${fallback}.`);
      else withId = raw.with;
    }
  }

  // Change: the window's first day, inside the timeline and not after its last day (the launch by default).
  let from: IsoDate | null = null;
  if (view === 'change') {
    const launch = context.launches?.get(declaration);
    if (data) from = launch && launch <= date ? launch : data.range.start < date ? data.range.start : date;
    if (given(raw.from)) {
      const clamped = data && isIsoDate(raw.from) ? clampToTimeline(raw.from, data.range) : raw.from;
      if (!isIsoDate(raw.from)) warnings.push(`"${raw.from}" is not a real day written YYYY-MM-DD; the window starts on ${from ?? 'the launch'}.`);
      else if (date && clamped > date) warnings.push(`the window cannot start (${raw.from}) after it ends (${date}); it starts on ${from}.`);
      else {
        from = clamped;
        if (from !== raw.from && data) warnings.push(`date ${raw.from} is outside ${data.range.start}..${data.range.end}; the window starts on ${from}.`);
      }
    }
  }

  return { state: { declaration, date, country, view, display, with: withId, from }, warnings };
}

/** Whether two states show the same view. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return VIEW_FIELDS.every((f) => a[f] === b[f]);
}
