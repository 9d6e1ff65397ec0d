// The check every dataset passes where it is loaded (src/lib/validate-dataset.ts): the built
// dataset and the hostile fixture pass; each wrong shape of issue 20 gets its message (the path in
// the JSON and what was expected); no corruption of any field ever makes the checker throw.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { datasetProblem } from '../../src/lib/validate-dataset';
import { DATASET_SCHEMA, type Dataset } from '../../src/lib/types';
import { WRONG_SHAPES } from '../fixtures/wrong-shape/wrong-shapes';

const good = JSON.parse(readFileSync('public/generated/dataset.json', 'utf8')) as Dataset;
const hostile = JSON.parse(readFileSync('test/fixtures/hostile/dataset.json', 'utf8')) as Dataset;

describe('datasetProblem', () => {
  test('the built dataset carries the schema marker and passes; so does the hostile fixture', () => {
    expect(good.schema).toBe(DATASET_SCHEMA);
    expect(datasetProblem(good)).toBeNull();
    expect(datasetProblem(hostile)).toBeNull();
  });

  test.each(WRONG_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const problem = datasetProblem(shape.make(good));
    if (shape.message === null) expect(problem).toBeNull();
    else expect(problem).toMatch(shape.message);
  });

  test('a host page that adds an enumerable property to Object.prototype does not break the check', () => {
    // Old libraries still do this; the check once walked its rules with for…in and called the extra one.
    Object.defineProperty(Object.prototype, 'hostPollution', { value: 'bad', enumerable: true, configurable: true, writable: true });
    try {
      expect(datasetProblem(good)).toBeNull();
    } finally {
      delete (Object.prototype as Record<string, unknown>).hostPollution;
    }
  });

  test('a huge wrong value is cut in the message', () => {
    const d = structuredClone(good) as unknown as { countries: { name: unknown }[] };
    d.countries[0]!.name = ['x'.repeat(1 << 20)];
    const problem = datasetProblem(d)!;
    expect(problem).toMatch(/^countries\[0\]\.name is \["x{30,}…, expected a string$/);
    expect(problem.length).toBeLessThan(120);
  });

  test('any value at any path gives null or a message, never an exception', () => {
    // Paths into the dataset: each top-level list's first item's fields, and the lists themselves.
    const paths: (string | number)[][] = [];
    for (const [key, value] of Object.entries(good)) {
      paths.push([key]);
      if (Array.isArray(value) && value[0] && typeof value[0] === 'object') {
        for (const field of Object.keys(value[0])) paths.push([key, 0, field]);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const d = structuredClone(good) as unknown as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = d;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = value;
        const problem = datasetProblem(d);
        expect(problem === null || typeof problem === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
