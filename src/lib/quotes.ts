// Verbatim quotes for the sidebar: about a declaration, or about a country.
import type { DatasetIndex } from './dataset-index';
import type { DeclarationId, Iso3, Quote } from './types';

/** Quotes about this declaration, in data order. */
export function quotesForDeclaration(ix: DatasetIndex, id: DeclarationId): Quote[] {
  return ix.dataset.quotes.filter((q) => q.declarationId === id);
}

/** Quotes that concern this country: those naming it, and those cited by its events. */
export function quotesForCountry(ix: DatasetIndex, iso3: Iso3): Quote[] {
  const cited = new Set<string>();
  for (const byCountry of ix.eventsByDeclaration.values()) {
    for (const event of byCountry.get(iso3) ?? []) if (event.quoteId) cited.add(event.quoteId);
  }
  return ix.dataset.quotes.filter((q) => q.countries.includes(iso3) || cited.has(q.id));
}
