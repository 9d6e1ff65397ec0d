// Checks a dataset where it is loaded, against what the element reads: types, the statuses,
// precisions and declaration ids of ./types (never a copy), real dates, and every reference
// between ids. A wrong shape becomes one sentence naming the path and what was expected, never a
// crash, a blank map or a status drawn as another. Hand-rolled and small: it ships in the embed's
// core, whose budget is 40 KB gzip.
import { isIsoDate } from './dates';
import { CONTEXT_PRECISIONS, DATASET_SCHEMA, DATED_BY, DATE_PRECISIONS, EVENT_STATUSES, isDeclarationIdShape } from './types';

/**
 * Throws a Problem on the first problem found. Its path is filled in as the throw passes back up
 * through the lists and objects, so nothing is done for the path while the values are fine: the
 * check runs once per load on cold code, and a dataset has thousands of values.
 */
type Check = (v: any) => void;

interface Problem {
  path: (string | number)[];
  expected: string;
  value: unknown;
}

let ids: Record<string, Set<unknown>>;

const isProblem = (e: unknown): e is Problem => typeof e == 'object' && e !== null && Array.isArray((e as Problem).path);
/** `events[3].status`: the path in words. */
const pathText = (path: Problem['path']) => path.map((k, i) => (typeof k == 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
const fail = (expected: string, value: unknown): never => {
  throw { path: [], expected, value } satisfies Problem;
};
/** `e`, with `key` put in front of its path if it is a Problem (the throw is passing `key` on its way out). */
const within = (key: string | number, e: unknown): unknown => {
  if (isProblem(e)) e.path.unshift(key);
  return e;
};
const is =
  (test: (v: any) => unknown, expected: string): Check =>
  (v) => {
    if (!test(v)) fail(expected, v);
  };
// The commonest check tests in place: one call less for each of thousands of values.
const str: Check = (v) => {
  if (typeof v != 'string') fail('a string', v);
};
const num = is(Number.isFinite, 'a number');
const bool = is((v) => typeof v == 'boolean', 'true or false');
const day = is((v) => typeof v == 'string' && isIsoDate(v), 'a real date YYYY-MM-DD');
const oneOf = (values: readonly unknown[]) => is((v) => values.includes(v), `one of ${values.join(', ')}`);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const isList = is(Array.isArray, 'a list');
const list =
  (check: Check): Check =>
  (v) => {
    isList(v);
    for (let i = 0; i < v.length; i++) {
      try {
        check(v[i]);
      } catch (e) {
        throw within(i, e);
      }
    }
  };
const nonEmpty =
  (check: Check, expected: string): Check =>
  (v) => {
    check(v);
    if (!v.length) fail(expected, v);
  };
const isObject = is((v) => v && typeof v == 'object' && !Array.isArray(v), 'an object');
const obj = (fields: Record<string, Check>): Check => {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  return (v) => {
    isObject(v);
    for (let i = 0; i < keys.length; i++) {
      try {
        checks[i]!(v[keys[i]!]);
      } catch (e) {
        throw within(keys[i]!, e);
      }
    }
  };
};
/** The id of an item of the top-level list `kind`, used once. */
const id =
  (kind: string): Check =>
  (v) => {
    str(v);
    const seen = (ids[kind] ??= new Set());
    if (seen.has(v)) fail('an id used once', v);
    seen.add(v);
  };
/**
 * A reference to an item of the top-level list `kind`. The lists are checked in an order where
 * every list's ids are known before anything refers to them (see DATASET), so it is checked here.
 */
const ref =
  (kind: string): Check =>
  (v) => {
    str(v);
    if (!ids[kind]?.has(v)) fail(`the id of one of the ${kind}`, v);
  };
const source = ref('sources');
const country = ref('countries');

// Lists in the order their ids are referred to: countries and sources, then declarations, then
// the quotes (which name declarations), then the events and the context.
const DATASET = obj({
  schema: is((v) => v === undefined || (Number.isInteger(v) && v <= DATASET_SCHEMA), `at most ${DATASET_SCHEMA} (a newer dataset needs a newer map)`),
  version: str,
  countries: list(obj({ iso3: id('countries'), iso2: str, numeric: str, name: str, aliases: list(str), unMember: bool })),
  sources: list(obj({ id: id('sources'), title: str, publisher: str, date: str, url: orNull(str), copyOf: orNull(str) })),
  declarations: nonEmpty(
    list(
      obj({
        id: (v) => (is((x) => typeof x == 'string' && isDeclarationIdShape(x), 'lower-case letters, digits and hyphens')(v), id('declarations')(v)),
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
        isDefault: (v) => v === undefined || bool(v),
        headlineCounts: list(obj({ label: str, states: orNull(num), asOf: day, sourceId: source })),
        nonState: list(obj({ name: str, kind: str, count: orNull(num), date: day, sourceId: source })),
      }),
    ),
    'at least one declaration',
  ),
  quotes: list(
    obj({ id: id('quotes'), text: str, speaker: str, role: str, sourceId: source, declarationId: orNull(ref('declarations')), countries: list(country), note: str }),
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
      moreSourceIds: (v) => v === undefined || list(source)(v),
      quoteId: orNull(ref('quotes')),
      note: str,
    }),
  ),
  context: list(obj({ id: str, date: day, precision: oneOf(CONTEXT_PRECISIONS), title: str, summary: str, sourceId: source })),
});

/** What is wrong with a dataset (`events[3].status is "maybe", expected one of …`), or null. */
export function datasetProblem(value: unknown): string | null {
  ids = {};
  try {
    DATASET(value);
    return null;
  } catch (e) {
    if (!isProblem(e)) throw e;
    const shown = JSON.stringify(e.value);
    return `${pathText(e.path) || 'the file'} is ${shown === undefined ? 'missing' : shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}, expected ${e.expected}`;
  }
}
