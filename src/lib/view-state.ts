// The one place where raw input becomes the view a surface shows. An attribute, a URL parameter,
// the iframe page's query or a presentation step all arrive as strings; `resolveViewState` turns
// them into a valid state (declaration, date, country, view, display) with one set of rules for
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
}

/** The view as it arrives: any strings, or nothing. */
export type RawViewState = { [K in keyof ViewState]?: string | null };

export const VIEW_FIELDS = ['declaration', 'date', 'country', 'view', 'display'] as const satisfies readonly (keyof ViewState)[];

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
});

export const VIEW_MODES: readonly ViewMode[] = ['declaration', 'all'];
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
    else warnings.push(`unknown view "${raw.view}"; expected "declaration" or "all".`);
  }

  let display = d.display;
  if (given(raw.display)) {
    if (isDisplayMode(raw.display)) display = raw.display;
    else warnings.push(`unknown display "${raw.display}"; expected "map" or "table".`);
  }

  return { state: { declaration, date, country, view, display }, warnings };
}

/** Whether two states show the same view. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return VIEW_FIELDS.every((f) => a[f] === b[f]);
}
