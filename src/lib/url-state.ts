// The view's state as URL query parameters (`declaration`, `date`, `country`, `view`, `display`),
// both ways.
// Parsing keeps the valid parts and reports the rest as warnings, so a mangled link still opens
// a sensible view instead of an error.
import { isDeclarationIdShape, type DeclarationId, type Iso3, type IsoDate, type ViewMode } from './types';
import { isIsoDate } from './dates';
import { isDisplayMode, isViewMode, normaliseIso3, type DisplayMode } from './view-state';

export { isDisplayMode, isViewMode, normaliseIso3, type DisplayMode };

export interface UrlState {
  declaration: DeclarationId;
  date: IsoDate;
  country: Iso3 | null;
  view: ViewMode;
  /** Absent means the map. */
  display?: DisplayMode;
}

export interface ParsedUrlState {
  /** Only the parameters that were present and valid. `country: null` never appears here. */
  state: Partial<UrlState>;
  warnings: string[];
}

export const URL_PARAM_NAMES = ['declaration', 'date', 'country', 'view', 'display'] as const;

/** True for a real calendar day written `YYYY-MM-DD` (2019-02-30 is not one). */
export function isRealIsoDate(value: string): value is IsoDate {
  return isIsoDate(value);
}

export interface ParseOptions {
  /** Known country codes; when given, unknown codes are rejected with a warning. */
  countries?: ReadonlySet<Iso3>;
  /** Known declaration ids (the dataset's); when given, unknown ids are rejected with a warning. */
  declarations?: readonly DeclarationId[];
}

/** Reads the view state from query parameters. Never throws. */
export function parseUrlState(params: URLSearchParams, options: ParseOptions = {}): ParsedUrlState {
  const state: Partial<UrlState> = {};
  const warnings: string[] = [];
  const quoted = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

  const declaration = params.get('declaration');
  if (declaration !== null) {
    const known = options.declarations ? options.declarations.includes(declaration) : isDeclarationIdShape(declaration);
    if (known) state.declaration = declaration;
    else if (options.declarations) warnings.push(`Unknown declaration ${quoted(declaration)}; expected one of ${options.declarations.join(', ')}.`);
    else warnings.push(`Unknown declaration ${quoted(declaration)}: not a declaration id.`);
  }
  const date = params.get('date');
  if (date !== null) {
    if (isRealIsoDate(date)) state.date = date;
    else warnings.push(`Ignored date ${quoted(date)}: not a real day written YYYY-MM-DD.`);
  }
  const country = params.get('country');
  if (country !== null && country !== '') {
    const iso3 = normaliseIso3(country);
    if (!iso3) warnings.push(`Ignored country ${quoted(country)}: not an ISO 3166-1 alpha-3 code.`);
    else if (options.countries && !options.countries.has(iso3)) warnings.push(`Unknown country ${quoted(iso3)}.`);
    else state.country = iso3;
  }
  const view = params.get('view');
  if (view !== null) {
    if (isViewMode(view)) state.view = view;
    else warnings.push(`Unknown view ${quoted(view)}; expected "declaration" or "all".`);
  }
  const display = params.get('display');
  if (display !== null) {
    if (isDisplayMode(display)) state.display = display;
    else warnings.push(`Unknown display ${quoted(display)}; expected "map" or "table".`);
  }
  return { state, warnings };
}

/**
 * Writes the view state into a copy of `base` (other parameters of the host page are kept).
 * `view` and `display` are left out when they are the default, `country` when none is chosen.
 */
export function serializeUrlState(state: UrlState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.set('declaration', state.declaration);
  params.set('date', state.date);
  if (state.country) params.set('country', state.country);
  else params.delete('country');
  if (state.view === 'all') params.set('view', 'all');
  else params.delete('view');
  if (state.display === 'table') params.set('display', 'table');
  else params.delete('display');
  return params;
}
