// Lookup tables over a compiled Dataset, built once when it loads, so queries never scan lists.
import type { Country, Dataset, Declaration, DeclarationId, EndorsementEvent, Iso3, IsoDate, Quote, Source, TimelineRange } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  declarations: Map<DeclarationId, Declaration>;
  countries: Map<Iso3, Country>;
  sources: Map<string, Source>;
  quotes: Map<string, Quote>;
  /** Per declaration, per country: its events, oldest first. */
  eventsByDeclaration: Map<DeclarationId, Map<Iso3, EndorsementEvent[]>>;
  /** The declarations' ids in the data's order (the picker's, the table's, the tour's ties). */
  declarationIds: DeclarationId[];
  /** The one shown when none is asked for. */
  defaultDeclaration: DeclarationId;
  /** The timeline's first and last day (see timelineRange). */
  range: TimelineRange;
}

/**
 * The timeline runs from the first declaration's launch to the end of the year of the latest
 * launch or event: a declaration added to data/ with its events extends it, no code changes.
 */
export function timelineRange(dataset: Pick<Dataset, 'declarations' | 'events'>): TimelineRange {
  let start: IsoDate | null = null;
  let latest: IsoDate = '';
  for (const d of dataset.declarations) {
    if (start === null || d.launch < start) start = d.launch;
    if (d.launch > latest) latest = d.launch;
  }
  for (const e of dataset.events) if (e.date > latest) latest = e.date;
  return { start: start ?? latest, end: latest ? `${latest.slice(0, 4)}-12-31` : '' };
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const eventsByDeclaration = new Map<DeclarationId, Map<Iso3, EndorsementEvent[]>>();
  for (const decl of dataset.declarations) eventsByDeclaration.set(decl.id, new Map());
  for (const event of dataset.events) {
    let byCountry = eventsByDeclaration.get(event.declarationId);
    if (!byCountry) {
      byCountry = new Map();
      eventsByDeclaration.set(event.declarationId, byCountry);
    }
    const list = byCountry.get(event.country);
    if (list) list.push(event);
    else byCountry.set(event.country, [event]);
  }
  // Stable sort keeps the file order of same-day events.
  for (const byCountry of eventsByDeclaration.values()) {
    for (const list of byCountry.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const declarationIds = dataset.declarations.map((d) => d.id);
  return {
    dataset,
    declarationIds,
    defaultDeclaration: dataset.declarations.find((d) => d.isDefault)?.id ?? declarationIds[0] ?? '',
    range: timelineRange(dataset),
    declarations: new Map(dataset.declarations.map((d) => [d.id, d])),
    countries: new Map(dataset.countries.map((c) => [c.iso3, c])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    quotes: new Map(dataset.quotes.map((q) => [q.id, q])),
    eventsByDeclaration,
  };
}

/** What the view state needs to know of the data (see view-state.ts). */
export function dataContext(ix: DatasetIndex): { declarations: readonly DeclarationId[]; defaultDeclaration: DeclarationId; range: TimelineRange } {
  return { declarations: ix.declarationIds, defaultDeclaration: ix.defaultDeclaration, range: ix.range };
}
