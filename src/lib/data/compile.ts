// Validates the data/ files together and compiles them into the Dataset the app loads.
// Pure: takes file texts, returns the dataset or every problem found (never just the first).
import type { CsvTable } from '../csv';
import { Collector, readTable, validateRows, type DataInputs, type Row } from './tables';
import { checkCountryTable, createCountryIndex, editDistance, suggestCountries, type CountryIndex } from '../countries';
import { DATASET_SCHEMA, type ContextEvent, type Country, type DatedBy, type Dataset, type Declaration, type DeclarationId, type EndorsementEvent, type HeadlineCount, type Iso3, type NonStateEndorser, type Quote, type Source } from '../types';
import { SUGGEST_LENGTH, clip } from './file-checks';
import type { DataIssue } from './issues';
import { sortIssues } from './issues';
import { timelineRange } from '../dataset-index';
import { wordingProblem } from './wording-rules';
import {
  DATA_FILES,
  contextRow,
  declarationRow,
  endorsementRow,
  headlineCountRow,
  nonStateRow,
  quoteRow,
  sourceRow,
  splitList,
  type DataFileKey,
} from './schema';

export type { DataInputs } from './tables';

export interface CompileResult {
  /** Null when any issue was found: a broken file never yields a partial dataset. */
  dataset: Dataset | null;
  issues: DataIssue[];
}

export const GENERATED_BY = 'scripts/build-data.ts from data/*.csv (generated: edit the CSV files, not this file)';

/** A table read in full: none of its records had the wrong number of fields. */
const whole = (table: CsvTable | null): boolean => table !== null && table.broken.length === 0;

/** Checks one cell against the declaration ids; returns the id or null. */
function declarationOf(row: Row, column: string, known: ReadonlyMap<string, unknown>, out: Collector): DeclarationId | null {
  if (row.bad.has(column)) return null;
  const id = row.v[column]!;
  if (known.has(id)) return id;
  const ids = [...known.keys()];
  out.at(row, column, `unknown declaration '${clip(id)}'; use one of ${ids.length ? ids.join(', ') : 'the ids in data/declarations.csv'}, or add a row for it to data/declarations.csv`);
  return null;
}

function countryOf(row: Row, column: string, text: string, countries: CountryIndex, out: Collector): Iso3 | null {
  const found = countries.resolve(text);
  if (found) return found.iso3;
  const guesses = suggestCountries(countries.countries, text, 2);
  const fix =
    guesses.length > 0
      ? `did you mean ${guesses.map((c) => `${c.iso3} ${c.name}`).join(' or ')}?`
      : 'use an ISO alpha-3 code, or a name or alias from data/countries.csv';
  out.at(row, column, `unknown country '${clip(text)}'; ${fix}`);
  return null;
}

function closestId(text: string, ids: Iterable<string>): string | null {
  // An edit distance is quadratic: a huge cell gets no suggestion, and stays linear time.
  if (text.length > SUGGEST_LENGTH) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of ids) {
    const score = editDistance(text, id);
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best !== null && bestScore <= Math.max(2, Math.floor(text.length / 4)) ? best : null;
}

function sourceOf(row: Row, column: string, text: string, sources: ReadonlyMap<string, Source>, out: Collector): string | null {
  if (sources.has(text)) return text;
  const near = closestId(text, sources.keys());
  const fix = near ? `did you mean ${near}?` : 'add it to data/sources.csv or fix the id';
  out.at(row, column, `unknown source '${clip(text)}'; ${fix}`);
  return null;
}

/** First day-of-month / first-of-year rules for coarse precisions. */
/**
 * Records `id` as first used on this row; false (with an error on the row) when an earlier row of
 * the same file already used it.
 */
function claimId(firstLines: Map<string, number>, row: Row, id: string, what: string, noun: string, out: Collector): boolean {
  const first = firstLines.get(id);
  if (first !== undefined) {
    out.at(row, 'id', `duplicate ${what} id '${clip(id)}' (first on line ${first}); give each ${noun} its own id`);
    return false;
  }
  firstLines.set(id, row.line);
  return true;
}

function precisionDateProblem(precision: string, date: string): string | null {
  if (precision === 'month' && !date.endsWith('-01')) {
    return `precision month needs the month's first day as date (${date.slice(0, 7)}-01); write that day and keep precision month`;
  }
  if (precision === 'year' && !date.endsWith('-01-01')) {
    return `precision year needs 1 January as date (${date.slice(0, 4)}-01-01); write that day and keep precision year`;
  }
  return null;
}

/** Short stable content hash (FNV-1a, 32 bit) for the dataset version. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Why an event's date cannot be on the map: after today. Only endorsement and context events:
 * headline counts and non-state endorsers may report later. (The timeline runs to the end of the
 * latest event's year, so no event is ever after its end.)
 */
function futureDateProblem(date: string, today: string): string | null {
  return date > today ? `date ${date} is after today (${today}); fix the date` : null;
}

export interface CompileOptions {
  /** Today as YYYY-MM-DD (UTC): no event is dated after it. */
  today?: string;
}

export function compileDataset(inputs: DataInputs, options: CompileOptions = {}): CompileResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const out = new Collector();
  const tables = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, readTable(key, inputs, out)]),
  ) as Record<DataFileKey, CsvTable | null>;

  // Countries: the table checks itself (countries.ts), every problem at once.
  let countryList: Country[] = [];
  if (tables.countries) {
    const checked = checkCountryTable(tables.countries);
    countryList = checked.countries;
    for (const problem of checked.problems) out.add(problem.file, problem.line, problem.column, problem.detail);
  }
  const countries = createCountryIndex(countryList);
  const canCheckCountries = countryList.length > 0;

  // Sources.
  const sources = new Map<string, Source>();
  const sourceLines = new Map<string, number>();
  for (const row of tables.sources ? validateRows(tables.sources, sourceRow, out) : []) {
    const { id } = row.v as Record<string, string> & { id: string };
    if (row.bad.has('id')) continue;
    if (!claimId(sourceLines, row, id, 'source', 'source', out)) continue;
    sources.set(id, {
      id,
      title: row.v.title!,
      publisher: row.v.publisher!,
      date: row.v.date!,
      url: row.v.url === '' ? null : row.v.url!,
      seed: row.v.seed === '' ? null : row.v.seed!,
      copyOf: row.v.copy_of === '' ? null : row.v.copy_of!,
    });
  }
  const canCheckSources = whole(tables.sources);
  const checkSource = (row: Row, column: string, text: string): string | null =>
    canCheckSources ? sourceOf(row, column, text, sources, out) : text;

  // Declarations.
  // References into a file with broken records are not checked: they would each be reported
  // as unknown, hundreds of problems for one stray comma.
  const checkDeclaration = (row: Row, column: string): DeclarationId | null =>
    whole(tables.declarations) ? declarationOf(row, column, declarations, out) : null;
  const declRows = tables.declarations ? validateRows(tables.declarations, declarationRow, out) : [];
  const declarations = new Map<DeclarationId, Declaration>();
  const declLines = new Map<string, number>();
  for (const row of declRows) {
    if (row.bad.has('id')) continue;
    const id = row.v.id!;
    if (id === 'all') {
      out.at(row, 'id', `'all' names the view of all declarations in URLs and attributes; choose another id (e.g. with the year)`);
      continue;
    }
    const first = declLines.get(id);
    if (first !== undefined) {
      out.at(row, 'id', `declaration '${clip(id)}' appears twice (first on line ${first}); keep one row per declaration`);
      continue;
    }
    declLines.set(id, row.line);
    const membership = row.v.membership === 'closed' ? 'closed' : 'open';
    const memberCells = splitList(row.v.members!);
    let members: Iso3[] | null = null;
    if (!row.bad.has('membership')) {
      if (membership === 'closed' && memberCells.length === 0) {
        out.at(row, 'members', `a closed group needs its members; list their iso3 codes separated by |`);
      } else if (membership === 'open' && memberCells.length > 0) {
        out.at(row, 'members', `members must be empty for an open declaration; clear it or set membership to closed`);
      }
    }
    if (membership === 'closed' && canCheckCountries) {
      members = [];
      for (const cell of memberCells) {
        const iso3 = countryOf(row, 'members', cell, countries, out);
        if (iso3) members.push(iso3);
      }
    }
    declarations.set(id as DeclarationId, {
      id: id as DeclarationId,
      title: row.v.title!,
      shortName: row.v.short_name!,
      launch: row.v.launch!,
      venue: row.v.venue!,
      textUrl: row.v.text_url === '' ? null : row.v.text_url!,
      summary: row.v.summary!,
      membership,
      eligibility: row.v.eligibility!,
      members,
      refusedMeans: row.v.refused_means!,
      verb: row.v.verb!,
      isDefault: row.v.default === 'yes',
      headlineCounts: [],
      nonState: [],
    });
  }
  if (tables.declarations) {
    if (declRows.length === 0) out.add(tables.declarations.file, 1, null, 'no declaration; add a row for each declaration (data/README.md, "Add a declaration")');
    const defaults = declRows.filter((r) => r.v.default === 'yes');
    for (const extra of defaults.slice(1)) {
      out.at(extra, 'default', `only one declaration can be the default (line ${defaults[0]!.line} already is); leave this cell empty`);
    }
  }
  const launchOf = (id: DeclarationId): string | null => {
    const decl = declarations.get(id);
    return decl && !declRows.find((r) => r.v.id === id)?.bad.has('launch') ? decl.launch : null;
  };

  // Quotes.
  const quotes = new Map<string, Quote>();
  const quoteLines = new Map<string, number>();
  for (const row of tables.quotes ? validateRows(tables.quotes, quoteRow, out) : []) {
    const declarationId = row.v.declaration === '' ? null : checkDeclaration(row, 'declaration');
    const sourceId = row.bad.has('source') ? null : checkSource(row, 'source', row.v.source!);
    const quoteCountries: Iso3[] = [];
    if (canCheckCountries) {
      for (const cell of splitList(row.v.countries!)) {
        const iso3 = countryOf(row, 'countries', cell, countries, out);
        if (iso3) quoteCountries.push(iso3);
      }
    }
    if (row.bad.has('id')) continue;
    const id = row.v.id!;
    if (!claimId(quoteLines, row, id, 'quote', 'quote', out)) continue;
    quotes.set(id, {
      id,
      text: row.v.text!,
      speaker: row.v.speaker!,
      role: row.v.role!,
      sourceId: sourceId ?? '',
      declarationId,
      countries: quoteCountries,
      note: row.v.note!,
    });
  }
  const canCheckQuotes = whole(tables.quotes);

  // Headline counts and non-state endorsers hang off their declaration.
  for (const row of tables.headlineCounts ? validateRows(tables.headlineCounts, headlineCountRow, out) : []) {
    const id = checkDeclaration(row, 'declaration');
    const sourceId = row.bad.has('source') ? null : checkSource(row, 'source', row.v.source!);
    const launch = id ? launchOf(id) : null;
    if (!row.bad.has('as_of') && launch && row.v.as_of! < launch) {
      out.at(row, 'as_of', `as_of ${row.v.as_of} is before the launch of ${id} (${launch}); fix the date or the declaration`);
      continue;
    }
    if (!row.bad.has('as_of') && row.v.as_of! > today) {
      out.at(row, 'as_of', `as_of ${row.v.as_of} is after today (${today}); fix the date`);
      continue;
    }
    if (!id || !sourceId || row.bad.size > 0) continue;
    const count: HeadlineCount = {
      label: row.v.label!,
      states: row.v.states === '' ? null : Number(row.v.states),
      asOf: row.v.as_of!,
      sourceId,
    };
    declarations.get(id)!.headlineCounts.push(count);
  }
  for (const row of tables.nonState ? validateRows(tables.nonState, nonStateRow, out) : []) {
    const id = checkDeclaration(row, 'declaration');
    const sourceId = row.bad.has('source') ? null : checkSource(row, 'source', row.v.source!);
    const launch = id ? launchOf(id) : null;
    if (launch && !row.bad.has('date') && row.v.date! < launch) {
      out.at(row, 'date', `date ${row.v.date} is before the launch of ${id} (${launch}); fix the date or the declaration`);
    }
    if (!id || !sourceId || row.bad.size > 0) continue;
    const endorser: NonStateEndorser = {
      name: row.v.name!,
      kind: row.v.kind!,
      count: row.v.count === '' ? null : Number(row.v.count),
      date: row.v.date!,
      sourceId,
    };
    declarations.get(id)!.nonState.push(endorser);
  }

  // Endorsement events.
  const events: EndorsementEvent[] = [];
  const seen = new Map<string, { line: number; status: string }>();
  const signedAt = new Map<string, number>();
  for (const row of tables.endorsements ? validateRows(tables.endorsements, endorsementRow, out) : []) {
    const v = row.v;
    const id = checkDeclaration(row, 'declaration');
    const decl = id ? declarations.get(id) : undefined;
    const iso3 = row.bad.has('country') || !canCheckCountries ? null : countryOf(row, 'country', v.country!, countries, out);
    if (decl && iso3 && decl.members && !decl.members.includes(iso3)) {
      out.at(row, 'country', `${iso3} ${countries.byIso3(iso3)?.name ?? ''} is not a member of ${id} (a closed group); remove the row or fix the country`);
    }
    const launch = id ? launchOf(id) : null;
    const dateOk = !row.bad.has('date');
    const precisionOk = !row.bad.has('precision');
    if (launch && dateOk && v.date! < launch) {
      out.at(row, 'date', `date ${v.date} is before the launch of ${id} (${launch}); fix the date or the declaration`);
    }
    const future = dateOk ? futureDateProblem(v.date!, today) : null;
    if (future) out.at(row, 'date', future);
    if (dateOk && precisionOk) {
      const problem = precisionDateProblem(v.precision!, v.date!);
      if (problem) out.at(row, 'date', problem);
    }
    if (!row.bad.has('earliest') && v.earliest !== '') {
      if (precisionOk && v.precision === 'day') {
        out.at(row, 'earliest', `earliest is only for precision on-or-before or month; clear it for an exact day`);
      } else if (dateOk && v.earliest! > v.date!) {
        out.at(row, 'earliest', `earliest ${v.earliest} is after the date ${v.date}; the earliest possible date comes first`);
      } else if (launch && v.earliest! < launch) {
        out.at(row, 'earliest', `earliest ${v.earliest} is before the launch of ${id} (${launch}); leave it empty to mean the launch`);
      }
    }
    if (!row.bad.has('disputed') && v.disputed === 'yes' && !row.bad.has('status') && v.status !== 'signed') {
      out.at(row, 'disputed', `only a signed event can be disputed; clear disputed or make the row signed`);
    }
    if (!row.bad.has('status') && v.status === 'refused' && decl && /\bno state\b[^.]*\brefus/i.test(decl.refusedMeans)) {
      out.at(row, 'status', `a refused row for ${id}, whose refused_means (data/declarations.csv, line ${declLines.get(id!)}) says no state was reported as refusing; rewrite refused_means to say what "refused" means for it`);
    }
    if (!row.bad.has('status')) {
      const problem = wordingProblem(v.status as EndorsementEvent['status'], v.wording!);
      if (problem) out.at(row, 'wording', problem);
      if (v.dated_by !== '' && v.status === 'signed') {
        out.at(row, 'dated_by', `dated_by is only for refused or not-signed rows; clear it`);
      } else if (v.dated_by === 'launch-list' && launch && dateOk && v.date !== launch) {
        out.at(row, 'dated_by', `dated_by launch-list means the launch list dates the event, but the date ${v.date} is not the launch (${launch}); date the row at the launch or clear dated_by`);
      }
    }
    const sourceId = row.bad.has('source') ? null : checkSource(row, 'source', v.source!);
    const more: string[] = [];
    for (const other of splitList(v.also!)) {
      if (other === v.source || more.includes(other)) {
        out.at(row, 'also', `source '${clip(other)}' is listed twice for this row; list each source once`);
      } else if (checkSource(row, 'also', other)) {
        more.push(other);
      }
    }
    let quoteId: string | null = null;
    if (v.quote !== '' && canCheckQuotes) {
      const quote = quotes.get(v.quote!);
      if (!quote) {
        const near = closestId(v.quote!, quotes.keys());
        out.at(row, 'quote', `unknown quote '${clip(v.quote!)}'; ${near ? `did you mean ${near}?` : 'add it to data/quotes.csv or fix the id'}`);
      } else if (id && quote.declarationId !== null && quote.declarationId !== id) {
        out.at(
          row,
          'quote',
          `quote '${quote.id}' belongs to ${quote.declarationId}, not ${id}; use a quote about ${id} or fix the quote's declaration`,
        );
      } else {
        quoteId = quote.id;
      }
    }
    if (id && iso3 && dateOk && !row.bad.has('status')) {
      const key = `${id}|${iso3}|${v.date}`;
      const previous = seen.get(key);
      if (previous) {
        out.at(
          row,
          'country',
          previous.status === v.status
            ? `duplicate row: ${iso3} ${v.status} ${id} on ${v.date} is already on line ${previous.line}; delete one of them`
            : `contradicts line ${previous.line}: ${iso3} cannot be both ${previous.status} and ${v.status} for ${id} on ${v.date}; keep the row the sources support`,
        );
      } else {
        seen.set(key, { line: row.line, status: v.status! });
      }
      if (v.status === 'signed' && !previous) {
        const signedKey = `${id}|${iso3}`;
        const firstSigned = signedAt.get(signedKey);
        if (firstSigned !== undefined) {
          out.at(row, 'country', `${iso3} already signs ${id} on line ${firstSigned}; a state signs once, keep one signed row`);
        } else {
          signedAt.set(signedKey, row.line);
        }
      }
    }
    if (!id || !iso3 || !sourceId || row.bad.size > 0) continue;
    events.push({
      declarationId: id,
      country: iso3,
      status: v.status as EndorsementEvent['status'],
      date: v.date!,
      precision: v.precision as EndorsementEvent['precision'],
      earliest: v.earliest === '' ? null : v.earliest!,
      disputed: v.disputed === 'yes',
      wording: v.wording!,
      datedBy: v.dated_by === '' ? 'source' : (v.dated_by as DatedBy),
      sourceId,
      moreSourceIds: more,
      quoteId,
      note: v.note!,
    });
  }

  // Context events: inside the timeline, which ends with the year of the latest launch or event.
  const timelineEnd = timelineRange({ declarations: [...declarations.values()], events: events.filter((e) => e.date <= today) }).end;
  const context: ContextEvent[] = [];
  const contextLines = new Map<string, number>();
  for (const row of tables.context ? validateRows(tables.context, contextRow, out) : []) {
    const sourceId = row.bad.has('source') ? null : checkSource(row, 'source', row.v.source!);
    if (!row.bad.has('date') && !row.bad.has('precision')) {
      const problem = precisionDateProblem(row.v.precision!, row.v.date!);
      if (problem) out.at(row, 'date', problem);
    }
    const future = row.bad.has('date') ? null : futureDateProblem(row.v.date!, today);
    if (future) out.at(row, 'date', future);
    else if (!row.bad.has('date') && timelineEnd && row.v.date! > timelineEnd) {
      out.at(row, 'date', `date ${row.v.date} is after the end of the timeline (${timelineEnd}, the end of the year of the latest launch or event); fix the date, or add the declaration or events it belongs with first`);
    }
    if (!row.bad.has('id')) claimId(contextLines, row, row.v.id!, 'context', 'event', out);
    if (!sourceId || row.bad.size > 0) continue;
    context.push({
      id: row.v.id!,
      date: row.v.date!,
      precision: row.v.precision as ContextEvent['precision'],
      title: row.v.title!,
      summary: row.v.summary!,
      sourceId,
    });
  }

  if (out.issues.length > 0) return { dataset: null, issues: sortIssues(out.issues) };

  // The rows' order in declarations.csv is the picker's order.
  const declarationList = [...declarations.values()];
  const rank = new Map(declarationList.map((d, i) => [d.id, i]));
  const order = (id: DeclarationId): number => rank.get(id) ?? -1;
  for (const decl of declarationList) {
    decl.headlineCounts.sort((a, b) => a.asOf.localeCompare(b.asOf));
    decl.nonState.sort((a, b) => a.date.localeCompare(b.date));
  }
  events.sort(
    (a, b) =>
      order(a.declarationId) - order(b.declarationId) ||
      a.date.localeCompare(b.date) ||
      a.country.localeCompare(b.country) ||
      a.status.localeCompare(b.status),
  );
  context.sort((a, b) => a.date.localeCompare(b.date));

  const body = {
    generatedBy: GENERATED_BY,
    countries: countryList,
    declarations: declarationList,
    events,
    sources: [...sources.values()],
    quotes: [...quotes.values()],
    context,
  };
  const dates = [
    ...events.map((e) => e.date),
    ...context.map((c) => c.date),
    ...declarationList.flatMap((d) => [d.launch, ...d.headlineCounts.map((h) => h.asOf), ...d.nonState.map((n) => n.date)]),
  ];
  const latest = dates.reduce((a, b) => (b > a ? b : a), '0000-00-00');
  // `schema` first: the loader reads it to tell a file for another version of the map.
  const dataset: Dataset = { schema: DATASET_SCHEMA, version: `${latest}.${contentHash(JSON.stringify(body))}`, ...body };
  return { dataset, issues: [] };
}
