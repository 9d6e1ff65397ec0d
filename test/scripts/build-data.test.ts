// The build-data CLI: writes the dataset when the data is valid; otherwise prints every problem,
// exits 1 and writes nothing (not even over an older file).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/build-data';
import { versionedDatasetFileName } from '../../src/lib/asset-defaults';
import type { Dataset } from '../../src/lib/types';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each data fixture for a broken file (test/lib/data/rules.test.ts asserts its messages). */
const BROKEN = [
  'utf16', 'utf16-no-bom', 'latin1', 'separator', 'folder', 'control-character', 'invisible-only',
  'unclosed-quote', 'after-end', 'countries-all-at-once', 'bad-csv', 'bad-date', 'unknown-country',
];

function run(...args: string[]) {
  return spawnSync(tsx, ['scripts/build-data.ts', ...args], { encoding: 'utf8' });
}

describe('scripts/build-data.ts', () => {
  it('compiles a valid data dir into --out, resolving aliases to iso3', () => {
    const out = join(work, 'valid', 'dataset.json');
    const result = run('--data-dir', 'test/fixtures/data/cli-valid', '--out', out);
    expect(result.stderr).not.toMatch(/problem/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^build-data: wrote .*dataset\.json \(4 events, 2 sources, 1 quotes; .* KB gzip; version 2022-04-28\.[0-9a-f]{8}\)/);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.events.map((e) => `${e.declarationId} ${e.country} ${e.status}`)).toEqual([
      'gge-2015 BRA signed',
      'paris-call-2018 FRA signed',
      'paris-call-2018 USA refused',
      'paris-call-2018 CZE signed',
    ]);
    expect(dataset.context[0]).toMatchObject({ id: 'gge-2010', precision: 'year' });
    expect(dataset.generatedBy).toContain('scripts/build-data.ts');
    // The same file under its version, beside it: what "Embed this view" pins with dataset-version.
    expect(readFileSync(join(work, 'valid', versionedDatasetFileName(dataset.version)), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('on problems: prints them all as file:line:column, exits 1 and leaves --out untouched', () => {
    const out = join(work, 'old-dataset.json');
    writeFileSync(out, '{"old":true}');
    const result = run('--data-dir', 'test/fixtures/data/cli-broken', '--out', out);
    expect(result.status).toBe(1);
    const file = 'test/fixtures/data/cli-broken/endorsements.csv';
    expect(result.stderr.split('\n').filter((line) => line.startsWith('test/'))).toEqual([
      `${file}:3:2: unknown country 'Frnace'; did you mean FRA France?`,
      `${file}:4:2: BRA Brazil is not a member of g7-2021 (a closed group); remove the row or fix the country`,
      `${file}:4:8: unknown source 'src_b'; did you mean src_a?`,
    ]);
    expect(result.stderr).toContain('3 problem(s) in test/fixtures/data/cli-broken/; nothing written');
    expect(readFileSync(out, 'utf8')).toBe('{"old":true}');
    const fresh = join(work, 'never.json');
    run('--data-dir', 'test/fixtures/data/cli-broken', '--out', fresh);
    expect(existsSync(fresh)).toBe(false);
  });

  it('a missing file, or a folder where a file should be: its message and the fix, nothing written', () => {
    const data = join(work, 'data-missing');
    cpSync('test/fixtures/data/cli-valid', data, { recursive: true });
    rmSync(join(data, 'quotes.csv'));
    rmSync(join(data, 'sources.csv'));
    mkdirSync(join(data, 'sources.csv'));
    const out = join(work, 'missing-out', 'dataset.json');
    const result = run('--data-dir', data, '--out', out);
    expect(result.status).toBe(1);
    const quotes = relative(process.cwd(), join(data, 'quotes.csv'));
    const sources = relative(process.cwd(), join(data, 'sources.csv'));
    expect(result.stderr.split('\n').filter((line) => line.includes('data-missing/'))).toEqual([
      `${quotes}:1: is missing; create ${quotes} with the header id,text,speaker,role,source,declaration,countries,note`,
      `${sources}:1: is a folder, not a file; move the folder away and create ${sources} with the header id,title,publisher,date,url,seed,copy_of`,
      expect.stringContaining('2 problem(s) in'),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('on every broken fixture: exits 1 and the files already in the out folder keep their hashes', () => {
    const dir = join(work, 'hashes');
    const out = join(dir, 'dataset.json');
    expect(main(['--data-dir', 'test/fixtures/data/cli-valid', '--out', out])).toBe(0);
    const hashes = (): Record<string, string> =>
      Object.fromEntries(readdirSync(dir).map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
    const before = hashes();
    expect(Object.keys(before)).toHaveLength(2);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      for (const fixture of BROKEN) {
        errors.mockClear();
        expect(main(['--overlay', `test/fixtures/data/${fixture}`, '--out', out]), fixture).toBe(1);
        expect(String(errors.mock.calls[0]?.[0]), fixture).toMatch(new RegExp(`^test/fixtures/data/${fixture}/[a-z-]+\\.csv:\\d+(:\\d+)?: .+; .+`));
        expect(hashes(), fixture).toEqual(before);
      }
    } finally {
      errors.mockRestore();
      log.mockRestore();
    }
  });
});
