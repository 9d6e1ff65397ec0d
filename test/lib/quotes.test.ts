import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesForCountry, quotesForDeclaration } from '../../src/lib/quotes';
import { realDataset } from './data/real-dataset';

const { ix, dataset } = realDataset();

describe('quotesForDeclaration / quotesForCountry', () => {
  it('finds the quotes of a declaration', () => {
    expect(quotesForDeclaration(ix, 'paris-call-2018').map((q) => q.speaker)).toEqual([
      'Emmanuel Macron',
      'Brad Smith',
      'Megan Stifel',
      'Megan Stifel',
      'Drew Mitnick',
    ]);
    expect(quotesForDeclaration(ix, 'joint-statement-2019')).toHaveLength(4);
    expect(quotesForDeclaration(ix, 'g7-2021')).toHaveLength(2);
  });
  it('finds the quotes that name a country or back one of its events', () => {
    expect(quotesForCountry(ix, 'KEN').map((q) => q.id)).toEqual(['q-kenya-oguna']);
    expect(quotesForCountry(ix, 'FRA').map((q) => q.id)).toEqual(['q-macron']);
    expect(quotesForCountry(ix, 'BRA')).toEqual([]);
  });
});

// The seed articles live beside the repository (CDM_SEEDS_DIR, else ../shared/seeds); where they are present, every
// quote taken from them must be verbatim (passages joined with " … " are checked piece by piece).
const seedsDir = process.env.CDM_SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
describe.runIf(existsSync(seedsDir))('quotes from the seed articles', () => {
  it('are copied verbatim', () => {
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    const fromSeeds = dataset.quotes.filter((q) => ix.sources.get(q.sourceId)?.seed);
    expect(fromSeeds.length).toBeGreaterThanOrEqual(16);
    for (const quote of fromSeeds) {
      const article = squash(readFileSync(join(seedsDir, ix.sources.get(quote.sourceId)!.seed!), 'utf8'));
      for (const part of quote.text.split(' \u2026 ')) expect(article, quote.id).toContain(squash(part));
    }
  });
});
