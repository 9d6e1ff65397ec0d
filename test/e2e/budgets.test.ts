// Size budgets of issue 8 (sizes only, never times): the atlas, the dataset and the embed's
// JavaScript, gzip-compressed as a static host would send them. A failure names file, size and
// budget ("atlas.json is 47.1 KB gzip, budget 45 KB").
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUDGETS, filesUnder, formatBudget, formatKb, gzipFileBytes, overBudget } from '../../scripts/bench/budgets';

const ATLAS = 'public/generated/atlas.json';
const DATASET = 'public/generated/dataset.json';

function requireBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` first`);
}

function checkFile(path: string, budget: number): void {
  requireBuilt(path);
  const bytes = gzipFileBytes(path);
  const name = path.split('/').pop()!;
  expect(overBudget(name, bytes, budget), `${name}: ${formatKb(bytes)} gzip`).toBeNull();
}

describe('size budgets (gzip)', () => {
  test(`atlas.json is at most ${formatBudget(BUDGETS.atlas)} gzip`, () => checkFile(ATLAS, BUDGETS.atlas));

  test(`dataset.json is at most ${formatBudget(BUDGETS.dataset)} gzip`, () => checkFile(DATASET, BUDGETS.dataset));

  // Always a fresh build of the current source, into a folder of its own (never a stale
  // dist/embed, never racing another build of it): the real config, out dir from CDM_EMBED_OUT_DIR.
  test(`embed module at most ${formatBudget(BUDGETS.embedJs)} gzip, with lazy chunks at most ${formatBudget(BUDGETS.embedJsWithLazyChunks)}`, () => {
    requireBuilt(ATLAS);
    requireBuilt(DATASET);
    const outDir = mkdtempSync(join(tmpdir(), 'cdm-embed-budget-'));
    try {
      const run = spawnSync('npx', ['vite', 'build', '--mode', 'embed', '--logLevel', 'warn'], {
        env: { ...process.env, NODE_ENV: 'production', CDM_EMBED_OUT_DIR: outDir },
        encoding: 'utf8',
      });
      expect(run.status, `\`vite build --mode embed\` failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
      const files = filesUnder(outDir, ['.js', '.mjs']);
      const main = files.find((file) => file.endsWith('/cyber-declarations-map.js'));
      expect(main, `no cyber-declarations-map.js in ${outDir}/`).toBeDefined();
      // What every page with a map downloads: the module. The data table is split out and only
      // fetched when a reader opens the Table view; it counts in the second budget.
      expect(overBudget('embed module cyber-declarations-map.js', gzipFileBytes(main!), BUDGETS.embedJs)).toBeNull();
      // Every lazy chunk has a budget of its own: a new chunk without one fails here.
      for (const file of files.filter((f) => f !== main)) {
        const name = file.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '');
        const budget = BUDGETS.embedChunks[name];
        expect(budget, `chunk ${name} has no budget in scripts/bench/budgets.ts`).toBeDefined();
        expect(overBudget(`embed chunk ${name}`, gzipFileBytes(file), budget!)).toBeNull();
      }
      const bytes = files.reduce((sum, file) => sum + gzipFileBytes(file), 0);
      expect(overBudget(`embed JavaScript with its lazy chunks (${files.length} file(s))`, bytes, BUDGETS.embedJsWithLazyChunks)).toBeNull();
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('overBudget message', () => {
  test('names the file, its size and the budget', () => {
    expect(overBudget('atlas.json', Math.round(47.1 * 1024), 45 * 1024)).toBe('atlas.json is 47.1 KB gzip, budget 45 KB');
  });
  test('is null within budget, including exactly at it', () => {
    expect(overBudget('atlas.json', 45 * 1024, 45 * 1024)).toBeNull();
  });
});
