// The article layout's pure parts: its layout attribute, the short "about" text, the credit's
// sources and the link back to the explorer's view.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { creditedSources, explorerViewHref } from '../../src/lib/article-credit';
import { asSentence, firstSentence } from '../../src/lib/first-sentence';
import { parseLayout } from '../../src/lib/layout';
import { serializeUrlState } from '../../src/lib/url-state';
import { indexDataset } from '../../src/lib/dataset-index';
import type { Dataset } from '../../src/lib/types';

describe('parseLayout', () => {
  test('article by default, explorer when asked, a warning for anything else', () => {
    expect(parseLayout(null)).toEqual({ layout: 'article', warning: null });
    expect(parseLayout(' explorer ')).toEqual({ layout: 'explorer', warning: null });
    expect(parseLayout('wide')).toEqual({ layout: 'article', warning: 'unknown layout "wide"; expected "article" or "explorer"; showing article.' });
  });
});

describe('firstSentence', () => {
  test('cuts at the first sentence end that leaves enough text', () => {
    expect(firstSentence('A call by the U.S. President to support nine principles for cyberspace. It was launched in Paris.')).toBe(
      'A call by the U.S. President to support nine principles for cyberspace.',
    );
  });
  test('keeps a text with no sentence end after the minimum', () => {
    expect(firstSentence('Short. Then more.')).toBe('Short. Then more.');
  });
});

describe('explorerViewHref', () => {
  const state = { declaration: 'paris-call-2018', date: '2019-12-31', country: 'USA', view: 'declaration' as const, display: 'map' as const };
  test('the explorer with the view parameters, resolved against the page', () => {
    expect(explorerViewHref('../', 'https://news.example/maps/embed/page.html', state)).toBe(
      'https://news.example/maps/?declaration=paris-call-2018&date=2019-12-31&country=USA',
    );
  });
  test('keeps the explorer\'s own parameters and replaces a hash', () => {
    expect(explorerViewHref('https://m.example/?lang=en#x', 'https://a.example/', { ...state, country: null, view: 'all' })).toBe(
      'https://m.example/?lang=en&declaration=paris-call-2018&date=2019-12-31&view=all',
    );
  });
  test('never a javascript: link', () => {
    expect(explorerViewHref('javascript:alert(1)//', 'https://a.example/', state)).toBeNull();
  });
  test('each call reads its own base and page, whatever came before (the base is resolved once per pair)', () => {
    const pages = ['https://a.example/x/y.html', 'https://b.example/p/q/r.html'];
    const bases = ['../', 'https://m.example/?lang=en', 'javascript:void(0)', 'not a url:'];
    for (let round = 0; round < 2; round++) {
      for (const page of pages) {
        for (const base of bases) {
          const day = { ...state, date: `2019-12-0${round + 1}` };
          let expected: string | null = null;
          try {
            const url = new URL(base, page);
            if (url.protocol.startsWith('http')) {
              url.search = serializeUrlState(day, new URLSearchParams(url.search)).toString();
              expected = url.href;
            }
          } catch {
            expected = null;
          }
          expect(explorerViewHref(base, page, day), `${base} on ${page}`).toBe(expected);
        }
      }
    }
  });
});

describe('creditedSources', () => {
  const dataset = JSON.parse(readFileSync('public/generated/dataset.json', 'utf8')) as Dataset;
  const ix = indexDataset(dataset);
  test('names publishers behind the declaration only, at most three, and counts the rest', () => {
    const publishersOf = (decl: string) => {
      const ids = new Set(dataset.events.filter((e) => e.declarationId === decl).flatMap((e) => [e.sourceId, ...(e.moreSourceIds ?? [])]));
      for (const h of dataset.declarations.find((d) => d.id === decl)!.headlineCounts) ids.add(h.sourceId);
      return new Set(dataset.sources.filter((s) => ids.has(s.id) && s.publisher).map((s) => s.publisher));
    };
    const text = creditedSources(ix, ['paris-call-2018'], '2022-12-31');
    const named = [...publishersOf('paris-call-2018')].filter((p) => text.includes(p));
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(3);
    const otherOnly = [...publishersOf('g7-2021')].filter((p) => !publishersOf('paris-call-2018').has(p));
    for (const p of otherOnly) expect(text).not.toContain(p);
    expect(text).toMatch(/ and \d+ more$/);
  });
});

describe('asSentence', () => {
  test('adds a full stop only where the text does not already end a sentence', () => {
    // The DFI's venue ends "Washington, D.C.": the about box read "D.C..".
    expect(asSentence('Hybrid launch, Washington, D.C.')).toBe('Hybrid launch, Washington, D.C.');
    expect(asSentence('UNESCO, Paris')).toBe('UNESCO, Paris.');
    expect(asSentence('Did it? ')).toBe('Did it?');
  });
});
