// "A clean first ten minutes" (issue 21): `npm ci` on the Node that package.json declares prints
// no EBADENGINE warning, because every locked package accepts that Node.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((n) => (/^\d+$/.test(n) ? Number(n) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The comparators of npm's engine ranges (`>=20`, `^18.0.0 || >=20`, `>= 10.0`, `14 - 22`, `*`). */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) => {
    const set = alternative.trim().replace(/([<>=^~]+)\s+/g, '$1');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set);
    if (hyphen) return compare(version, parse(hyphen[1]!)) >= 0 && compare(version, parse(hyphen[2]!)) <= 0;
    return set.split(/\s+/).every((comparator) => {
      if (comparator === '' || comparator === '*' || comparator === 'x') return true;
      const match = /^(>=|<=|>|<|\^|~|=)?v?(\d+(?:\.[\dx*]+){0,2})$/.exec(comparator);
      if (!match) throw new Error(`unknown engine range "${range}"`);
      const [, op = '=', text = ''] = match;
      const parts = text.split('.');
      const bound = parse(text);
      const c = compare(version, bound);
      switch (op) {
        case '>=': return c >= 0;
        case '>': return c > 0;
        case '<=': return c <= 0;
        case '<': return c < 0;
        case '^': return c >= 0 && version[0] === bound[0];
        case '~': return c >= 0 && version[0] === bound[0] && (parts.length < 2 || version[1] === bound[1]);
        default: return parts.every((p, i) => p === 'x' || p === '*' || Number(p) === version[i]);
      }
    });
  });
}

interface Lock { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean }> }

const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
const lowest = parse(/^>=\s*(\S+)$/.exec(declared)?.[1] ?? 'none');

describe('engines', () => {
  test('package.json declares a lowest Node version', () => {
    expect(declared).toMatch(/^>=\s*\d+\.\d+/);
  });

  test(`every package in package-lock.json accepts Node ${lowest.join('.')} (no EBADENGINE on npm ci)`, () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
    const refusing = Object.entries(lock.packages)
      .filter(([path, info]) => path !== '' && info.engines && !Array.isArray(info.engines) && info.engines.node)
      .filter(([, info]) => !satisfies(lowest, (info.engines as { node: string }).node))
      .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')}@${info.version} wants node ${(info.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  test('the range reader agrees with npm on the usual forms', () => {
    const v = parse('20.19.0');
    expect(satisfies(v, '>=22.13')).toBe(false);
    expect(satisfies(v, '>= 10.0')).toBe(true);
    expect(satisfies(v, '^14.13.1 || >=16.0.0')).toBe(true);
    expect(satisfies(v, '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies(v, '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies(v, '^20.20.0 || >=22.12.0')).toBe(false);
    expect(satisfies(v, '>=12 <20')).toBe(false);
    expect(satisfies(v, '20.x')).toBe(true);
    expect(satisfies(v, '*')).toBe(true);
  });
});
