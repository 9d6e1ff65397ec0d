// A small RFC 4180 CSV reader that remembers where each row came from, so data errors can say
// "data/x.csv line 12, column 3 (date): ...". Hand-written (not d3-dsv) because quoted fields may
// span lines and d3-dsv does not report line numbers. No type inference: "076" stays "076".

export interface CsvRow {
  /** 1-based line number in the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  /** Records with the wrong number of fields, each a problem, left out of `rows`: the rest are still read. */
  broken: CsvError[];
}

/** A problem in a CSV file, located by file, line and (when known) 1-based column. */
export class CsvError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | null;
  /** The message without the location prefix. */
  readonly detail: string;

  constructor(file: string, line: number, column: number | null, detail: string) {
    // The data build's one format: `file:line:column: message; fix`.
    super(`${column === null ? `${file}:${line}` : `${file}:${line}:${column}`}: ${detail}`);
    this.name = 'CsvError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

interface RawRecord {
  line: number;
  fields: string[];
}

/** Splits text into records, keeping the line each record starts on. */
function tokenize(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteStartLine = 1;
  // Line and column where the current field's quote opened (0: the field is not quoted).
  let fieldQuoteLine = 0;
  // True once the current field was quoted: text after the closing quote is an error.
  let afterQuote = false;
  let i = 0;

  const endRecord = (): void => {
    fields.push(field);
    // A blank line is one empty field: skip it.
    if (!(fields.length === 1 && fields[0] === '' && !afterQuote)) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
    afterQuote = false;
    fieldQuoteLine = 0;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      if (ch === '\r' && text[i + 1] !== '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
      fieldQuoteLine = 0;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (ch === '"' && field === '' && !afterQuote) {
      inQuotes = true;
      quoteStartLine = line;
      fieldQuoteLine = line;
      i += 1;
      continue;
    }
    if (afterQuote && fieldQuoteLine < line) {
      // The quote that opened on an earlier line was never closed there: a later quote closed it.
      throw new CsvError(
        file,
        fieldQuoteLine,
        fields.length + 1,
        `quoted field is never closed (missing "): it runs on to line ${line}; close the quote on this line, and write a quote inside a quoted field as ""`,
      );
    }
    if (afterQuote) {
      throw new CsvError(file, line, fields.length + 1, `unexpected text after a closing quote; write a quote inside a quoted field as ""`);
    }
    if (ch === '"') {
      throw new CsvError(file, line, fields.length + 1, `stray quote inside an unquoted field; quote the whole field and double the quote ("")`);
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) {
    throw new CsvError(file, quoteStartLine, fields.length + 1, 'quoted field is never closed (missing "); close the quote, and write a quote inside a quoted field as ""');
  }
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return records;
}

/** Parses CSV text whose first non-blank record is the header. */
export function readCsv(text: string, file: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerLine = /^[^\r\n]*/.exec(body)![0];
  if (!headerLine.includes(',')) {
    const separator = [';', '\t'].find((s) => headerLine.includes(s));
    if (separator) {
      const shown = separator === ';' ? "';'" : 'tabs';
      throw new CsvError(file, 1, null, `uses ${shown} between columns; use commas (save it as CSV, comma-separated)`);
    }
  }
  const records = tokenize(body, file);
  const first = records[0];
  if (!first) throw new CsvError(file, 1, null, 'is empty; write the header row first');
  const header = first.fields.map((h) => h.trim());
  header.forEach((name, index) => {
    if (name === '') throw new CsvError(file, first.line, index + 1, 'empty column name in header; remove the extra comma or name the column');
    if (header.indexOf(name) !== index) {
      throw new CsvError(file, first.line, index + 1, `column "${name}" appears twice in the header; keep one`);
    }
  });
  const rows: CsvRow[] = [];
  const broken: CsvError[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      broken.push(new CsvError(file, record.line, null, fieldCountProblem(record.fields, header)));
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => {
      values[name] = record.fields[index]!;
    });
    rows.push({ line: record.line, values });
  }
  return { file, header, rows, broken };
}

/** Why a record has the wrong number of fields, and the fix for that cause. */
function fieldCountProblem(fields: readonly string[], header: readonly string[]): string {
  const expected = `expected ${header.length} fields (${header.join(',')}) but found ${fields.length}`;
  const separator = fields.length === 1 ? [';', '\t'].find((s) => fields[0]!.includes(s)) : undefined;
  if (separator) return `${expected}: this line uses ${separator === ';' ? "';'" : 'tabs'} between columns; use commas`;
  if (fields.length < header.length) return `${expected}: a cell is missing; add it (an empty cell is nothing between two commas)`;
  return `${expected}: a cell holds a comma, or there is one comma too many; put a cell that holds a comma in double quotes ("a, b")`;
}

/** 1-based column index of a header name (for error messages); throws if the column is missing. */
export function columnOf(table: CsvTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) {
    throw new CsvError(table.file, 1, null, `missing column "${name}" (header: ${table.header.join(',')}); add it to the header`);
  }
  return index + 1;
}
