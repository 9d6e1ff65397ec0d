// Reading the data files into checked tables: a file that is missing, not UTF-8, not a file or
// not comma-separated, a CSV syntax error, a wrong header, and cells whose characters are wrong
// whatever their column (control characters, invisible-only text), each reported once.
import { CsvError, readCsv, type CsvTable } from '../csv';
import type { DataIssue } from './issues';
import { cellProblem, createFix } from './file-checks';
import { DATA_FILES, type DataFileKey } from './schema';
import type { z } from 'zod';

/**
 * Each data file as read, with the name to use in messages (`data/endorsements.csv`): its text,
 * or the problem that kept it from being read (not UTF-8, a folder, missing).
 */
export type DataInputs = Partial<Record<DataFileKey, { file: string; text: string; problem?: { line: number; message: string } }>>;

/** One validated row: trimmed cells, the cells that failed their own checks, and where it is. */
export interface Row {
  file: string;
  line: number;
  v: Record<string, string>;
  bad: Set<string>;
  col: (name: string) => number;
}

export class Collector {
  readonly issues: DataIssue[] = [];
  add(file: string, line: number, column: number | null, message: string): void {
    this.issues.push({ file, line, column, message });
  }
  at(row: Row, column: string, message: string): void {
    this.add(row.file, row.line, row.col(column), message);
  }
}

export function readTable(key: DataFileKey, inputs: DataInputs, out: Collector): CsvTable | null {
  const input = inputs[key];
  const spec = DATA_FILES[key];
  if (!input) {
    out.add(spec.file, 1, null, `file ${spec.file} is missing; create it with the header ${spec.columns.join(',')}`);
    return null;
  }
  if (input.problem) {
    out.add(input.file, input.problem.line, null, input.problem.message);
    return null;
  }
  let table: CsvTable;
  try {
    table = readCsv(input.text, input.file);
  } catch (error) {
    if (error instanceof CsvError) {
      // The reader stops at the first broken record: nothing after it can be trusted.
      out.add(error.file, error.line, error.column, error.detail);
      return null;
    }
    throw error;
  }
  // Every record with the wrong number of fields at once; the others are still checked.
  for (const problem of table.broken) out.add(problem.file, problem.line, problem.column, problem.detail);
  const expected: readonly string[] = spec.columns;
  const missing = expected.filter((name) => !table.header.includes(name));
  const extra = table.header.filter((name) => !expected.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      extra.length > 0 ? `unknown column(s) ${extra.join(', ')}` : '',
    ].filter(Boolean);
    out.add(input.file, 1, null, `${parts.join(' and ')}; the header must be ${spec.columns.join(',')}`);
    return null;
  }
  return table;
}

/** The message for a file that is missing or a folder, as read from disk (`file` as the user names it). */
export function unreadableFile(key: DataFileKey, file: string, kind: 'missing' | 'folder'): string {
  const fix = createFix(file, DATA_FILES[key].columns);
  return kind === 'missing' ? `is missing; ${fix}` : `is a folder, not a file; move the folder away and ${fix}`;
}

/**
 * Runs a row schema on every row; cell problems are reported, the row is kept with `bad` cells
 * marked. A cell with a control character or only invisible characters gets that message alone.
 */
export function validateRows(table: CsvTable, schema: z.ZodObject, out: Collector): Row[] {
  const col = (name: string): number => table.header.indexOf(name) + 1;
  return table.rows.map(({ line, values }) => {
    const v: Record<string, string> = {};
    const bad = new Set<string>();
    for (const [name, value] of Object.entries(values)) {
      v[name] = value.trim();
      const problem = cellProblem(value, name);
      if (problem) {
        bad.add(name);
        out.add(table.file, line, col(name), problem);
      }
    }
    const result = schema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const name = String(issue.path[0] ?? '');
        if (bad.has(name)) continue;
        bad.add(name);
        out.add(table.file, line, name ? col(name) : null, issue.message);
      }
    }
    return { file: table.file, line, v, bad, col };
  });
}
