// Lookup tables over a compiled Dataset, built once when it loads, so queries never scan lists.
import type { Country, Dataset, Declaration, DeclarationId, EndorsementEvent, Iso3, Quote, Source } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  declarations: Map<DeclarationId, Declaration>;
  countries: Map<Iso3, Country>;
  sources: Map<string, Source>;
  quotes: Map<string, Quote>;
  /** Per declaration, per country: its events, oldest first. */
  eventsByDeclaration: Map<DeclarationId, Map<Iso3, EndorsementEvent[]>>;
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
  return {
    dataset,
    declarations: new Map(dataset.declarations.map((d) => [d.id, d])),
    countries: new Map(dataset.countries.map((c) => [c.iso3, c])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    quotes: new Map(dataset.quotes.map((q) => [q.id, q])),
    eventsByDeclaration,
  };
}
