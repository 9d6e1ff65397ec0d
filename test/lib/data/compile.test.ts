// The real data/ compiles cleanly, and the compiled Dataset keeps what the sources say.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileDataDir } from '../../../scripts/build-data';
import { compileDataset, contentHash } from '../../../src/lib/data/compile';
import { formatIssue } from '../../../src/lib/data/issues';


describe('compileDataset on data/', () => {
  const { dataset, issues } = compileDataDir('data');

  it('has no problems', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('holds the five declarations in launch order with their headline counts and non-state endorsers', () => {
    expect(dataset!.declarations.map((d) => d.id)).toEqual(['gge-2015', 'paris-call-2018', 'joint-statement-2019', 'g7-2021', 'dfi-2022']);
    const paris = dataset!.declarations[1]!;
    expect(paris.headlineCounts.filter((h) => h.asOf === '2018-11-12').map((h) => [h.label, h.sourceId])).toEqual([
      ['51 countries', 'pc_incyber'],
      ['“representatives of 51 countries”', 'seed_001'],
      ['“more than 50 nations”', 'seed_003'],
      ['“more than 50 nations”', 'pc_itwatchit'],
    ]);
    expect(paris.nonState.map((n) => `${n.name} ${n.count ?? ''}`.trim())).toEqual([
      'Private sector partners 218',
      'Civil society stakeholders 93',
      'Private corporations and groups 130',
      'Nonprofits and universities 90',
      'European Union',
    ]);
    const g7 = dataset!.declarations[3]!;
    expect(g7.members).toEqual(['CAN', 'FRA', 'DEU', 'ITA', 'JPN', 'GBR', 'USA']);
    expect(dataset!.declarations[4]!.nonState[0]).toMatchObject({ name: 'European Commission', count: null, date: '2022-04-28' });
  });

  it('keeps precision, disputes, extra sources and quotes on the events', () => {
    const kenya = dataset!.events.find((e) => e.declarationId === 'dfi-2022' && e.country === 'KEN')!;
    expect(kenya).toMatchObject({ status: 'signed', disputed: true, quoteId: 'q-kenya-oguna', sourceId: 'dfi_wh_factsheet' });
    expect(kenya.moreSourceIds).toEqual(['seed_000', 'dfi_kenya_denial', 'dfi_kenya_post']);
    const aus = dataset!.events.filter((e) => e.declarationId === 'paris-call-2018' && e.country === 'AUS');
    expect(aus.map((e) => [e.status, e.date, e.precision, e.earliest])).toEqual([
      ['not-signed', '2018-11-12', 'day', null],
      ['signed', '2019-09-16', 'on-or-before', '2018-11-13'],
    ]);
  });

  it('cites only sources that exist, with http(s) URLs or none, and seeds without URL', () => {
    const ids = new Set(dataset!.sources.map((s) => s.id));
    for (const e of dataset!.events) for (const id of [e.sourceId, ...(e.moreSourceIds ?? [])]) expect(ids.has(id), id).toBe(true);
    for (const s of dataset!.sources) {
      if (s.url !== null) expect(s.url, s.id).toMatch(/^https?:\/\//);
      if (s.seed !== null) expect(s.url, s.id).toBeNull();
    }
    expect(dataset!.sources.filter((s) => s.seed).map((s) => s.id)).toEqual(['seed_000', 'seed_001', 'seed_002', 'seed_003', 'seed_004']);
  });

  it("words notes for readers: no internal labels like \"Seed 003\" (readers see sources by title)", () => {
    for (const e of dataset!.events) expect(e.note ?? '', `${e.declarationId} ${e.country}`).not.toMatch(/\bseed[ _]?\d{3}\b/i);
  });

  it('has a content-addressed version and says what generated it', () => {
    expect(dataset!.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(dataset!.generatedBy).toContain('scripts/build-data.ts');
    expect(compileDataDir('data').dataset!.version).toBe(dataset!.version);
  });

  it('fits the 25 KB gzip budget', () => {
    expect(gzipSync(JSON.stringify(dataset)).length).toBeLessThan(25 * 1024);
  });
});

describe('compileDataset edge cases', () => {
  it('reports missing files instead of throwing', () => {
    const { dataset, issues } = compileDataset({});
    expect(dataset).toBeNull();
    expect(issues.map(formatIssue)).toContain(
      'endorsements.csv:1: file endorsements.csv is missing; create it with the header declaration,country,status,date,precision,earliest,disputed,source,also,quote,wording,dated_by,note',
    );
  });

  it('contentHash is stable and sensitive', () => {
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
    expect(contentHash('')).toBe('811c9dc5');
  });
});
