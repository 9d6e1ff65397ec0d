import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, declarationCsv, toCsv } from '../../src/lib/export-csv';
import { readFileSync } from 'node:fs';
import { PAIR_CSV_COLUMNS } from '../../src/lib/export-pair';
import type { EndorsementEvent, Iso3, StatusAtDate } from '../../src/lib/types';
import { fixtureDataset } from './briefing-fixture';

/** A strict RFC 4180 reader, written here so the test does not trust the code it tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      cell += ch; i++; continue;
    }
    if (ch === '"' && cell === '') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(cell); cell = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (ch === '"' || ch === '\n' || ch === '\r') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    cell += ch; i++;
  }
  if (cell !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('toCsv ends every record with CRLF and round-trips', () => {
    const rows = [['a', 'b,c'], ['"q"', 'x\ny']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('declarationCsv', () => {
  const events = fixtureDataset.events.filter((e) => e.declarationId === 'paris-call-2018');
  // A stand-in for the status query: the last event on or before the date decides.
  const statusOf = (iso3: Iso3): StatusAtDate => {
    const history = events.filter((e) => e.country === iso3);
    const event: EndorsementEvent | null = history.filter((e) => e.date <= '2022-01-01').at(-1) ?? null;
    return { status: event ? event.status : 'absent', event, history, reason: event ? 'From the record' : 'No record' };
  };
  const csv = declarationCsv({ dataset: fixtureDataset, declarationId: 'paris-call-2018', date: '2022-01-01', statusOf });
  const rows = parseCsv(csv);
  const header = rows[0]!;
  const byCountry = new Map(rows.slice(1).map((r) => [r[header.indexOf('country_iso3')]!, Object.fromEntries(header.map((h, i) => [h, r[i]!]))]));

  it('has the header and one row per state, in name order', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(fixtureDataset.countries.length);
    const names = rows.slice(1).map((r) => r[header.indexOf('country')]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('carries the deciding event: status, date, precision, source title and URL, version', () => {
    const aus = byCountry.get('AUS')!;
    expect(aus).toMatchObject({ status: 'signed', event_date: '2019-09-16', date_precision: 'on-or-before', source_title: 'Official list', source_url: 'https://example.org/list', dataset_version: '2022-12-31+abc123', as_of: '2022-01-01' });
    expect(byCountry.get('KEN')).toMatchObject({ status: 'absent', event_date: '', source_title: '', reason: 'No record' });
  });

  it('carries the quote verbatim (quotes and line breaks survive)', () => {
    expect(byCountry.get('FRA')).toMatchObject({ quote: 'We call for "trust", and\nsecurity.', quote_speaker: 'A. Speaker', quote_role: 'Minister' });
  });

  it('says whether the wording is the source’s words or a summary, by the one rule (status-text.ts)', () => {
    // The fixture's wording is unquoted: a summary, "Reported as", never "the source’s words".
    expect(byCountry.get('CHN')).toMatchObject({ source_wording: 'declined to sign', wording_kind: 'Reported as' });
    expect(byCountry.get('FRA')).toMatchObject({ source_wording: '', wording_kind: '' });
  });

  it('defuses a formula in the data', () => {
    expect(byCountry.get('USA')!.note).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('refuses an unknown declaration', () => {
    expect(() => declarationCsv({ dataset: fixtureDataset, declarationId: 'nope' as never, date: '2022-01-01', statusOf })).toThrow(/Unknown declaration/);
  });
});

describe('the documented columns', () => {
  it('README documents every column of the CSV download, in its table', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf("### The CSV download's columns"), readme.indexOf('## Architecture'));
    const documented = new Set([...section.matchAll(/`([a-z_0-9]+)`/g)].map((m) => m[1]));
    expect([...PAIR_CSV_COLUMNS].filter((c) => !documented.has(c))).toEqual([]);
  });
});
