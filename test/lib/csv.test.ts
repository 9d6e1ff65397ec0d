import { describe, expect, it } from 'vitest';
import { CsvError, columnOf, readCsv } from '../../src/lib/csv';

function errorOf(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

describe('readCsv', () => {
  it('reads header and rows with 1-based line numbers, keeping ids as text', () => {
    const table = readCsv('iso3,numeric,name\nBRA,076,Brazil\nFRA,250,France\n', 'x.csv');
    expect(table.header).toEqual(['iso3', 'numeric', 'name']);
    expect(table.rows).toEqual([
      { line: 2, values: { iso3: 'BRA', numeric: '076', name: 'Brazil' } },
      { line: 3, values: { iso3: 'FRA', numeric: '250', name: 'France' } },
    ]);
  });

  it('handles quoted commas, doubled quotes and quoted newlines', () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,"",\n';
    // the last record has three fields: reported at its own line (5), the others still read
    const table = readCsv(text, 'q.csv');
    expect(table.broken.map((e) => e.line)).toEqual([5]);
    expect(table.rows).toHaveLength(2);
    const ok = readCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,""\n', 'q.csv');
    expect(ok.rows.map((r) => r.values)).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'multi\nline', b: 'z' },
      { a: 'last', b: '' },
    ]);
    expect(ok.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('skips blank lines but keeps counting them, trims a BOM and accepts CRLF', () => {
    const table = readCsv('\uFEFFid,name\r\n\r\n001,One\r\n\r\n002,Two', 'b.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { line: 3, values: { id: '001', name: 'One' } },
      { line: 5, values: { id: '002', name: 'Two' } },
    ]);
  });

  it('reports each row with the wrong number of fields (file and line), and reads the others', () => {
    const table = readCsv('a,b\n1,2\n1,2,3\n4\n5,6\n', 'data/t.csv');
    expect(table.broken.map((e) => [e.file, e.line])).toEqual([['data/t.csv', 3], ['data/t.csv', 4]]);
    expect(table.broken[0]!.message).toMatch(/^data\/t\.csv:3: expected 2 fields/);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('rejects unclosed quotes, stray quotes and duplicate or empty header names', () => {
    expect(errorOf(() => readCsv('a,b\n1,"open\n', 'u.csv')).line).toBe(2);
    const stray = errorOf(() => readCsv('a,b\n1,x"y\n', 's.csv'));
    expect([stray.line, stray.column]).toEqual([2, 2]);
    expect(errorOf(() => readCsv('a,"b"c\n', 't.csv')).column).toBe(2);
    expect(errorOf(() => readCsv('a,a\n', 'd.csv')).message).toContain('appears twice');
    expect(errorOf(() => readCsv('a,,c\n', 'e.csv')).column).toBe(2);
    expect(errorOf(() => readCsv('\n\n', 'empty.csv')).message).toContain('empty');
  });

  it('columnOf gives the 1-based column and fails for unknown names', () => {
    const table = readCsv('iso3,name\n', 'c.csv');
    expect(table.rows).toEqual([]);
    expect(columnOf(table, 'name')).toBe(2);
    expect(() => columnOf(table, 'nope')).toThrow(CsvError);
  });
});
