// The custom events the map sends up, typed in one place. All bubble and are composed, so they
// cross shadow roots and reach the host page. They are fired only for what the reader does,
// never when the host page sets an attribute or property.
import type { DeclarationId, Iso3, IsoDate, ViewMode } from '../lib/types';
import type { DisplayMode } from '../lib/view-state';
import type { PresentationChangeDetail, PresentationView } from './cdm-presentation';
import type { ExportDetail } from './cdm-export-menu';

export interface DeclarationChangeDetail {
  declaration: DeclarationId;
}
export interface DateChangeDetail {
  date: IsoDate;
  /** Change view: the window's start (the timeline's second handle). */
  from?: IsoDate;
}
export interface ViewChangeDetail {
  /** `declaration` (one declaration), `all` (how many each state took part in), `compare` or `change`. */
  view: ViewMode;
  /** `map` or `table`. */
  display: DisplayMode;
  /** Compare view: the second declaration. */
  with?: DeclarationId;
  /** Change view: the window's start. */
  from?: IsoDate;
}
export interface CountrySelectDetail {
  /** The chosen country, or null when the reader clears the choice. */
  country: Iso3 | null;
}

export interface CdmEventMap {
  'cdm-declaration-change': CustomEvent<DeclarationChangeDetail>;
  'cdm-date-change': CustomEvent<DateChangeDetail>;
  'cdm-country-select': CustomEvent<CountrySelectDetail>;
  /** The reader switched between one declaration and all of them, or between map and table. */
  'cdm-view-change': CustomEvent<ViewChangeDetail>;
  /** The presenter moved to another step of the tour (briefing tools, not part of the embed). */
  'cdm-presentation-change': CustomEvent<PresentationChangeDetail>;
  /** The presenter left presentation mode; detail is the view shown last. */
  'cdm-presentation-close': CustomEvent<PresentationView>;
  /** The reader downloaded an export (PNG, SVG or CSV). */
  'cdm-export': CustomEvent<ExportDetail>;
}

export type CdmEventName = keyof CdmEventMap;
type DetailOf<K extends CdmEventName> = CdmEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Builds one of our events with the flags every one of them needs. */
export function cdmEvent<K extends CdmEventName>(name: K, detail: DetailOf<K>): CustomEvent<DetailOf<K>> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap extends CdmEventMap {}
}
