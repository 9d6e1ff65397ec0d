// Shared data model: the contract between the build steps (scripts/), the pure queries (src/lib)
// and the Lit components (src/components). Change with care: embedders and tests rely on it.

/** ISO 3166-1 alpha-3 code (`FRA`; Kosovo `XKX`). */
export type Iso3 = string;
/** Calendar date as `YYYY-MM-DD` (UTC, no time). Strings compare in date order. */
export type IsoDate = string;

/**
 * A declaration's id, as `data/declarations.csv` names it (`paris-call-2018`): lower-case letters,
 * digits and hyphens. Which ids exist is data, never code: the dataset lists them.
 */
export type DeclarationId = string;

const DECLARATION_ID_SHAPE = /^[a-z0-9][a-z0-9-]*$/;
/** Whether `value` could be a declaration id (whether it is one, only the dataset knows). */
export const isDeclarationIdShape = (value: string): boolean => DECLARATION_ID_SHAPE.test(value);

/** The timeline's first and last day: from the first launch to the end of the latest event's year. */
export interface TimelineRange {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Status of one country for one declaration at one date (the `data-status` hook), in legend order.
 * - `signed`: took part (the declaration's own verb: adopted, signed, endorsed, joined);
 * - `uncertain`: signed, but the day is not known, and it may not have happened yet;
 * - `disputed`: listed as signing, but a source disputes the listing (never counted as signed);
 * - `refused`: a cited source says the state refused, declined or rejected it;
 * - `not-signed`: a cited source says only that it did not sign, was not on the list or abstained;
 * - `absent`: no record either way (silence is not a refusal);
 * - `not-member`: outside a closed group.
 */
export const STATUSES = ['signed', 'uncertain', 'disputed', 'refused', 'not-signed', 'absent', 'not-member'] as const;
export type Status = (typeof STATUSES)[number];

/** What a row in data/endorsements.csv records. */
export const EVENT_STATUSES = ['signed', 'refused', 'not-signed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * What dates a not-signing event: the source's own report (`source`); the launch list it is missing
 * from (`launch-list`); or an earlier report of that day which the source cites (`cited-report`:
 * Telecompaper in 2021 citing Axios on the 2018 launch).
 */
export const DATED_BY = ['source', 'launch-list', 'cited-report'] as const;
export type DatedBy = (typeof DATED_BY)[number];

/**
 * How exactly an event's date is known.
 * - `day`: on that day;
 * - `month`: some day in that month (`date` is the month's first day);
 * - `on-or-before`: at the latest on `date`, at the earliest on `earliest` (default: launch).
 */
export const DATE_PRECISIONS = ['day', 'month', 'on-or-before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Context events may be known only to the year (`year`: `date` is 1 January of that year). */
export const CONTEXT_PRECISIONS = [...DATE_PRECISIONS, 'year'] as const;
export type ContextPrecision = (typeof CONTEXT_PRECISIONS)[number];

export interface Country {
  iso3: Iso3;
  iso2: string;
  /** ISO numeric, zero-padded ("076"); empty for Kosovo. */
  numeric: string;
  name: string;
  aliases: string[];
  unMember: boolean;
}

export interface HeadlineCount {
  /** What the source says, verbatim where possible ("51 countries"). */
  label: string;
  /** Number of states it claims, when it states one. */
  states: number | null;
  /** Date the count refers to. */
  asOf: IsoDate;
  sourceId: string;
}

export interface NonStateEndorser {
  name: string;
  /** e.g. "European Commission", "companies", "civil society organisations". */
  kind: string;
  /** Count for groups ("218 companies"), null for a single body. */
  count: number | null;
  date: IsoDate;
  sourceId: string;
}

export interface Declaration {
  id: DeclarationId;
  title: string;
  shortName: string;
  launch: IsoDate;
  venue: string;
  /** Official text; null when no URL is known (never invented). */
  textUrl: string | null;
  summary: string;
  membership: 'open' | 'closed';
  /** Who could take part, in words ("The seven G7 members and the EU"). */
  eligibility: string;
  /** For closed groups: the members (iso3); everyone else is `not-member`. */
  members: Iso3[] | null;
  /** What "refused" means for this declaration, for the legend. */
  refusedMeans: string;
  /**
   * How taking part is called, as a plain verb ("adopt" for the GGE report, whose members adopted
   * it by consensus; "sign"; "endorse"): every text about this declaration uses it.
   */
  verb: string;
  /**
   * The declaration the map shows when none is asked for (the `default` column; one at most).
   * Absent in datasets written before the column: the first declaration is the default then.
   */
  isDefault?: boolean;
  headlineCounts: HeadlineCount[];
  nonState: NonStateEndorser[];
}

export interface EndorsementEvent {
  declarationId: DeclarationId;
  country: Iso3;
  status: EventStatus;
  /** Latest date the event can have happened (`day`: the day). */
  date: IsoDate;
  precision: DatePrecision;
  /** Earliest date it can have happened (precision `on-or-before`/`month`); null = launch / month start. */
  earliest: IsoDate | null;
  /** A source disputes this event (e.g. a listing the government denied): status `disputed`. */
  disputed: boolean;
  /**
   * Refused and not-signed events: what the main source reports, its own words in typographic
   * quotes (“have refused to sign”) or, where they were not recorded, a short summary ("did not
   * sign"; status-text.ts labels which). Empty for signed events.
   */
  wording: string;
  /** Not-signing events: whether the source's report or the launch list itself dates the event. */
  datedBy: DatedBy;
  sourceId: string;
  /** Further sources reporting the same event (data/endorsements.csv `also`); empty if none. */
  moreSourceIds?: string[];
  quoteId: string | null;
  note: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** As far as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty if unknown. */
  date: string;
  /** Null when no URL is known (never invented). */
  url: string | null;
  /** Seed article file in shared/seeds, if this source is one. */
  seed: string | null;
  /**
   * Set when this is a copy (a reprint, a scraper or staging host): what it copies. A copy is not
   * independent evidence: it is never counted as a second source.
   */
  copyOf: string | null;
}

export interface Quote {
  id: string;
  text: string;
  speaker: string;
  role: string;
  sourceId: string;
  declarationId: DeclarationId | null;
  countries: Iso3[];
  /** Where sources disagree on who said it, or the quote was shortened: what a reader should know. */
  note: string;
}

export interface ContextEvent {
  id: string;
  date: IsoDate;
  precision: ContextPrecision;
  title: string;
  summary: string;
  sourceId: string;
}

/**
 * The shape of dataset.json, written into it by the build as `schema`. Raise it when a change
 * means an older map cannot read the file (src/lib/validate-dataset.ts then names the mismatch).
 */
export const DATASET_SCHEMA = 1;

/** The compiled dataset the app loads (built by scripts/build-data.ts from data/). */
export interface Dataset {
  /** DATASET_SCHEMA of the build that wrote it; absent in files written before the marker (schema 1). */
  schema?: number;
  /** Dataset version (date of the data, `YYYY-MM-DD`, plus a short content hash). */
  version: string;
  generatedBy: string;
  countries: Country[];
  declarations: Declaration[];
  events: EndorsementEvent[];
  sources: Source[];
  quotes: Quote[];
  context: ContextEvent[];
}

/** Evidence behind a derived status. */
export interface StatusAtDate {
  status: Status;
  /** The event that decides the status (null for absent / not-member). */
  event: EndorsementEvent | null;
  /** All events for this country and declaration, oldest first. */
  history: EndorsementEvent[];
  /** Human explanation ("On the official list by 16 Sep 2019; exact date unknown"). */
  reason: string;
}

/** One precomputed country of the compiled atlas (built by scripts/build-atlas.ts). */
export interface AtlasCountry {
  id: Iso3;
  /** SVG path in atlas pixel space; null for states only drawn as a marker. */
  d: string | null;
  /** Marker centre for states too small to see or hit at world scale; null otherwise. */
  marker: [number, number] | null;
  /** Bounding box in atlas pixel space [[x0, y0], [x1, y1]] (marker states: around the marker). */
  bounds: [[number, number], [number, number]];
  /** Label / zoom anchor. */
  centroid: [number, number];
}

export interface CompiledAtlas {
  generatedBy: string;
  source: string;
  projection: string;
  width: number;
  height: number;
  /** Outline of the globe (the sphere) in atlas pixel space. */
  sphere: string;
  /** Land that is not one of our states (Greenland, Antarctica left out, ...), one path. */
  otherLand: string;
  countries: AtlasCountry[];
  /** Choices the build made that a reader of the map should know (borders, markers). */
  notes?: string[];
}

/**
 * What the map shows: one declaration; how many of all of them each state signed; two
 * declarations side by side (`compare`, the second in `with`); or who joined one declaration
 * between two dates (`change`, from `from` to `date`).
 */
export type ViewMode = 'declaration' | 'all' | 'compare' | 'change';
