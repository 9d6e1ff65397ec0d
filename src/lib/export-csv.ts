// The data download: one CSV row per state with its status for the current declaration (or, for
// the "all declarations" view, per state and declaration) as of the current date, the event that decides it (date, precision, sources with title and URL) and the
// quote that backs it. RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a
// formula (CSV injection): data files are human-edited, and a download must be safe to open.
import { wordingLabel } from './status-text';
import { statusLabel } from './status-words';
import type { Dataset, DeclarationId, Iso3, IsoDate, StatusAtDate } from './types';

export const CSV_COLUMNS = [
  'declaration_id',
  'declaration',
  'as_of',
  'country_iso3',
  'country',
  'status',
  'reason',
  'event_status',
  'event_date',
  'date_precision',
  'earliest_date',
  'disputed',
  'source_title',
  'source_publisher',
  'source_url',
  'more_sources',
  'quote',
  'quote_speaker',
  'quote_role',
  'note',
  'dataset_version',
  // Added with the statuses not-signed and disputed; after the older columns, so their positions hold.
  'status_label',
  'source_wording',
  'dated_by',
  // Added when unquoted wording stopped being called the source's words: after the older columns.
  'wording_kind',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, formula-safe and quoted when RFC 4180 requires it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: comma-separated, CRLF after every record (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvExportInput {
  dataset: Dataset;
  declarationId: DeclarationId;
  date: IsoDate;
  /** The status query (status of one state for this declaration at this date). */
  statusOf: (iso3: Iso3) => StatusAtDate;
}

/** The CSV of the declaration's statuses as of the date, states in name order. */
export function declarationCsv(input: CsvExportInput): string {
  return toCsv([[...CSV_COLUMNS], ...csvRows(input)]);
}

/**
 * The "all declarations" CSV: every declaration's rows as of the date, one after the other, so
 * each state's count on the map can be read back (and checked) from its evidence.
 */
export function allDeclarationsCsv(inputs: readonly CsvExportInput[]): string {
  return toCsv([[...CSV_COLUMNS], ...inputs.flatMap(csvRows)]);
}

/** One row per state (name order) for one declaration at one date, in CSV_COLUMNS order. */
export function csvRows(input: CsvExportInput): (string | number | boolean | null)[][] {
  const { dataset, declarationId, date } = input;
  const decl = dataset.declarations.find((d) => d.id === declarationId);
  if (!decl) throw new Error(`Unknown declaration: ${declarationId}`);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
  const countries = [...dataset.countries].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const rows: (string | number | boolean | null)[][] = [];
  for (const c of countries) {
    const at = input.statusOf(c.iso3);
    const e = at.event;
    const source = e ? sources.get(e.sourceId) : undefined;
    const quote = e?.quoteId ? quotes.get(e.quoteId) : undefined;
    const more = (e?.moreSourceIds ?? [])
      .map((id) => sources.get(id))
      .filter((s) => s !== undefined)
      .map((s) => (s.url ? `${s.title} <${s.url}>` : s.title))
      .join('; ');
    rows.push([
      decl.id,
      decl.title,
      date,
      c.iso3,
      c.name,
      at.status,
      at.reason,
      e?.status ?? '',
      e?.date ?? '',
      e?.precision ?? '',
      e?.earliest ?? '',
      e ? (e.disputed ? 'yes' : 'no') : '',
      source?.title ?? '',
      source?.publisher ?? '',
      source?.url ?? '',
      more,
      quote?.text ?? '',
      quote?.speaker ?? '',
      quote?.role ?? '',
      e?.note ?? '',
      dataset.version,
      statusLabel(at.status, decl.verb),
      e?.wording ?? '',
      e && e.status !== 'signed' ? e.datedBy : '',
      e?.wording ? wordingLabel(e.wording) : '',
    ]);
  }
  return rows;
}
