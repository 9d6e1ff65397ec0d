// Checks a dataset where it is loaded, against what the element reads: types, the statuses,
// precisions and declaration ids of ./types (never a copy), real dates, and every reference
// between ids. A wrong shape becomes one sentence naming the path and what was expected, never a
// crash, a blank map or a status drawn as another. Hand-rolled and small: it ships in the embed's
// core, whose budget is 50 KB gzip.
import { isIsoDate } from './dates';
import { CONTEXT_PRECISIONS, DATASET_SCHEMA, DATED_BY, DATE_PRECISIONS, EVENT_STATUSES, isDeclarationIdShape } from './types';

/** Throws `[path, expected, value]` on the first problem. */
type Check = (v: any, at: string) => void;

let ids: Record<string, Set<unknown>>;
let refs: [string, unknown, string][];

const is =
  (test: (v: any) => unknown, expected: string): Check =>
  (v, at) => {
    if (!test(v)) throw [at, expected, v];
  };
const str = is((v) => typeof v == 'string', 'a string');
const num = is(Number.isFinite, 'a number');
const bool = is((v) => typeof v == 'boolean', 'true or false');
const day = is((v) => typeof v == 'string' && isIsoDate(v), 'a real date YYYY-MM-DD');
const oneOf = (values: readonly unknown[]) => is((v) => values.includes(v), `one of ${values.join(', ')}`);
const orNull =
  (check: Check): Check =>
  (v, at) =>
    v === null || check(v, at);
const list =
  (check: Check): Check =>
  (v, at) => {
    is(Array.isArray, 'a list')(v, at);
    v.forEach((x: unknown, i: number) => check(x, `${at}[${i}]`));
  };
const obj =
  (fields: Record<string, Check>): Check =>
  (v, at) => {
    is((v) => v && typeof v == 'object' && !Array.isArray(v), 'an object')(v, at);
    for (const k in fields) fields[k]!(v[k], at ? `${at}.${k}` : k);
  };
/** The id of an item of the top-level list `kind`, used once. */
const id =
  (kind: string): Check =>
  (v, at) => {
    str(v, at);
    const seen = (ids[kind] ??= new Set());
    if (seen.has(v)) throw [at, 'an id used once', v];
    seen.add(v);
  };
/** A reference to an item of the top-level list `kind`, checked once every id is known. */
const ref =
  (kind: string): Check =>
  (v, at) => {
    str(v, at);
    refs.push([at, v, kind]);
  };
const source = ref('sources');
const country = ref('countries');

const DATASET = obj({
  schema: is((v) => v === undefined || (Number.isInteger(v) && v <= DATASET_SCHEMA), `at most ${DATASET_SCHEMA} (a newer dataset needs a newer map)`),
  version: str,
  countries: list(obj({ iso3: id('countries'), iso2: str, numeric: str, name: str, aliases: list(str), unMember: bool })),
  sources: list(obj({ id: id('sources'), title: str, publisher: str, date: str, url: orNull(str), copyOf: orNull(str) })),
  quotes: list(
    obj({ id: id('quotes'), text: str, speaker: str, role: str, sourceId: source, declarationId: orNull(ref('declarations')), countries: list(country), note: str }),
  ),
  declarations: list(
    obj({
      id: (v, at) => (is((x) => typeof x == 'string' && isDeclarationIdShape(x), 'lower-case letters, digits and hyphens')(v, at), id('declarations')(v, at)),
      title: str,
      shortName: str,
      launch: day,
      venue: str,
      textUrl: orNull(str),
      summary: str,
      membership: oneOf(['open', 'closed']),
      eligibility: str,
      members: orNull(list(country)),
      refusedMeans: str,
      verb: str,
      isDefault: (v, at) => v === undefined || bool(v, at),
      headlineCounts: list(obj({ label: str, states: orNull(num), asOf: day, sourceId: source })),
      nonState: list(obj({ name: str, kind: str, count: orNull(num), date: day, sourceId: source })),
    }),
  ),
  events: list(
    obj({
      declarationId: ref('declarations'),
      country,
      status: oneOf(EVENT_STATUSES),
      date: day,
      precision: oneOf(DATE_PRECISIONS),
      earliest: orNull(day),
      disputed: bool,
      wording: str,
      datedBy: oneOf(DATED_BY),
      sourceId: source,
      moreSourceIds: (v, at) => v === undefined || list(source)(v, at),
      quoteId: orNull(ref('quotes')),
      note: str,
    }),
  ),
  context: list(obj({ id: str, date: day, precision: oneOf(CONTEXT_PRECISIONS), title: str, summary: str, sourceId: source })),
});

/** What is wrong with a dataset (`events[3].status is "maybe", expected one of …`), or null. */
export function datasetProblem(value: unknown): string | null {
  ids = {};
  refs = [];
  try {
    DATASET(value, '');
    if (!(value as { declarations: unknown[] }).declarations.length) throw ['declarations', 'at least one declaration', []];
    for (const [at, v, kind] of refs) if (!ids[kind]?.has(v)) throw [at, `the id of one of the ${kind}`, v];
    return null;
  } catch (e) {
    if (!Array.isArray(e)) throw e;
    const shown = JSON.stringify(e[2]);
    return `${e[0] || 'the file'} is ${shown === undefined ? 'missing' : shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}, expected ${e[1]}`;
  }
}
