// Row schemas for the hand-edited files in data/ (zod): one schema per file, one validator per
// column. They check each cell on its own (shape, allowed values, dates, URLs); references
// between files (country, source, quote, declaration ids) are checked in compile.ts.
import { z } from 'zod';
import { dateProblem } from '../dates';
import { clip } from './file-checks';
import { EVENT_STATUSES } from '../types';

/** Every data file the compiler reads, with its columns in order. */
export const DATA_FILES = {
  countries: { file: 'countries.csv', columns: ['iso3', 'iso2', 'numeric', 'name', 'un_member', 'aliases'] },
  declarations: {
    file: 'declarations.csv',
    columns: ['id', 'title', 'short_name', 'launch', 'venue', 'text_url', 'summary', 'membership', 'eligibility', 'members', 'refused_means', 'verb', 'default'],
  },
  headlineCounts: { file: 'headline-counts.csv', columns: ['declaration', 'label', 'states', 'as_of', 'source'] },
  nonState: { file: 'non-state-endorsers.csv', columns: ['declaration', 'name', 'kind', 'count', 'date', 'source'] },
  endorsements: {
    file: 'endorsements.csv',
    columns: ['declaration', 'country', 'status', 'date', 'precision', 'earliest', 'disputed', 'source', 'also', 'quote', 'wording', 'dated_by', 'note'],
  },
  sources: { file: 'sources.csv', columns: ['id', 'title', 'publisher', 'date', 'url', 'seed', 'copy_of'] },
  quotes: { file: 'quotes.csv', columns: ['id', 'text', 'speaker', 'role', 'source', 'declaration', 'countries', 'note'] },
  context: { file: 'context-events.csv', columns: ['id', 'date', 'precision', 'title', 'summary', 'source'] },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** A non-empty cell; `fix` says what belongs there. */
const required = (column: string, fix: string) =>
  z.string().trim().min(1, { error: `empty required field '${column}'; ${fix}` });

const optional = z.string().trim();

const isoDate = (column: string) =>
  required(column, 'write the date as YYYY-MM-DD').superRefine((value, ctx) => {
    // A date is 10 characters: the clipped text is wrong whenever the text is, and short to quote.
    const problem = dateProblem(clip(value));
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; write a real date as YYYY-MM-DD` });
  });

const optionalIsoDate = optional.superRefine((value, ctx) => {
  if (value === '') return;
  const problem = dateProblem(clip(value));
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; write a real date as YYYY-MM-DD or leave it empty` });
});

/** "day, month or on-or-before" */
function either(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const oneOf = (column: string, allowed: readonly string[], allowEmpty = false) =>
  optional.superRefine((value, ctx) => {
    if (allowEmpty && value === '') return;
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: `empty required field '${column}'; use ${either(allowed)}` });
    } else if (!allowed.includes(value)) {
      const choices = allowEmpty ? `${either(allowed)} or leave it empty` : either(allowed);
      ctx.addIssue({ code: 'custom', message: `${column} '${clip(value)}' is not allowed; use ${choices}` });
    }
  });

/** Empty, or an absolute http(s) URL: never a guessed or relative one. */
const optionalUrl = optional.superRefine((value, ctx) => {
  if (value === '') return;
  let ok = false;
  try {
    const url = new URL(value);
    ok = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      message: `'${clip(value)}' is not an http(s) URL; write the full address starting with https:// or leave it empty if none is known`,
    });
  }
});

const countOrEmpty = (column: string) =>
  optional.superRefine((value, ctx) => {
    if (value !== '' && !/^\d+$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: `${column} '${clip(value)}' is not a whole number; write digits only or leave it empty` });
    }
  });

const idCell = (column: string) =>
  required(column, 'give a short id of lower-case letters, digits, - or _').regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: `${column} must use lower-case letters, digits, - or _ only; rename it (e.g. pc_repo, q-macron)`,
  });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as far as the date of a source is known, or empty. */
const partialDate = optional.superRefine((value, ctx) => {
  if (value === '' || /^\d{4}$/.test(value)) return;
  const full = /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  const problem = dateProblem(full);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: `date '${clip(value)}' is not YYYY, YYYY-MM or a real YYYY-MM-DD; write only as much as is known` });
  }
});

export const declarationRow = z.object({
  id: required('id', 'give the declaration a short id of lower-case letters, digits and hyphens, with its year (pall-mall-2024)').regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'id must use lower-case letters, digits and hyphens only (e.g. pall-mall-2024)',
  }),
  title: required('title', 'give the full official title'),
  short_name: required('short_name', 'give a short name for the legend'),
  launch: isoDate('launch'),
  venue: required('venue', 'say where it was launched'),
  text_url: optionalUrl,
  summary: required('summary', 'summarise the declaration in our own words'),
  membership: oneOf('membership', ['open', 'closed']),
  eligibility: required('eligibility', 'say who could take part'),
  members: optional,
  refused_means: required('refused_means', 'say what "refused" means for this declaration'),
  // Every text about the declaration is built from it ("Adopted", "Did not sign"): only these read right.
  verb: oneOf('verb', ['adopt', 'sign', 'endorse', 'join']),
  /** `yes` on the one declaration the map shows when none is asked for. */
  default: oneOf('default', ['yes'], true),
});

export const headlineCountRow = z.object({
  declaration: required('declaration', 'use a declaration id from data/declarations.csv'),
  label: required('label', 'copy the count as the source words it (e.g. "51 countries")'),
  states: countOrEmpty('states'),
  as_of: isoDate('as_of'),
  source: required('source', 'give the id of the source in data/sources.csv'),
});

export const nonStateRow = z.object({
  declaration: required('declaration', 'use a declaration id from data/declarations.csv'),
  name: required('name', 'name the body or group (e.g. European Commission)'),
  kind: oneOf('kind', ['EU institution', 'companies', 'civil society organisations']),
  count: countOrEmpty('count'),
  date: isoDate('date'),
  source: required('source', 'give the id of the source in data/sources.csv'),
});

export const endorsementRow = z.object({
  declaration: required('declaration', 'use a declaration id from data/declarations.csv'),
  country: required('country', 'give an ISO alpha-3 code or a name from data/countries.csv'),
  status: oneOf('status', EVENT_STATUSES),
  date: isoDate('date'),
  precision: oneOf('precision', ['day', 'month', 'on-or-before']),
  earliest: optionalIsoDate,
  disputed: oneOf('disputed', ['yes'], true),
  source: required('source', 'give the id of the source in data/sources.csv'),
  also: optional,
  quote: optional,
  wording: optional,
  dated_by: oneOf('dated_by', ['launch-list', 'cited-report'], true),
  note: optional,
});

export const sourceRow = z.object({
  id: idCell('id'),
  title: required('title', 'give the title or a short description of the source'),
  publisher: optional,
  date: partialDate,
  url: optionalUrl,
  seed: optional.regex(/^$|^\d{3}_[0-9a-f]+\.txt$/, {
    error: 'seed must be a seed article file name like 000_418670e031973535.txt, or empty',
  }),
  copy_of: optional,
});

export const quoteRow = z.object({
  id: idCell('id'),
  text: required('text', 'copy the quote verbatim from the source'),
  speaker: required('speaker', 'name who said or wrote it'),
  role: optional,
  source: required('source', 'give the id of the source in data/sources.csv'),
  declaration: optional,
  countries: optional,
  note: optional,
});

export const contextRow = z.object({
  id: idCell('id'),
  date: isoDate('date'),
  precision: oneOf('precision', ['day', 'month', 'on-or-before', 'year']),
  title: required('title', 'give a short title'),
  summary: required('summary', 'say what happened, in our own words'),
  source: required('source', 'give the id of the source in data/sources.csv'),
});

/** Splits a `|` list cell; empty cell = empty list. */
export function splitList(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split('|').map((part) => part.trim());
}
