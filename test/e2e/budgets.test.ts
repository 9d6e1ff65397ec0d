// Size budgets of issue 8 (sizes only, never times): the atlas, the dataset and the embed's
// JavaScript, gzip-compressed as a static host would send them. A failure names file, size and
// budget ("atlas.json is 47.1 KB gzip, budget 45 KB").
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { BUDGETS, filesUnder, formatBudget, formatKb, gzipFileBytes, overBudget } from '../../scripts/bench/budgets';

const ATLAS = 'public/generated/atlas.json';
const DATASET = 'public/generated/dataset.json';
const EMBED_DIR = 'dist/embed';
const EMBED_CONFIG = 'scripts/vite/embed.config.ts';

function requireBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` first`);
}

function checkFile(path: string, budget: number): void {
  requireBuilt(path);
  const bytes = gzipFileBytes(path);
  const name = path.split('/').pop()!;
  expect(overBudget(name, bytes, budget), `${name}: ${formatKb(bytes)} gzip`).toBeNull();
}

/**
 * How the project builds its embed, if it does yet: `vite build --mode embed` with
 * scripts/vite/embed.config.ts, once that file is more than the empty placeholder.
 */
async function embedBuildCommand(): Promise<[string, string[]] | null> {
  if (!existsSync(EMBED_CONFIG)) return null;
  const config = (await import('../../scripts/vite/embed.config')).default as object;
  return Object.keys(config).length > 0 ? ['npx', ['vite', 'build', '--mode', 'embed']] : null;
}

const embedBuild = existsSync(EMBED_DIR) ? null : await embedBuildCommand();
const embedUnavailable = !existsSync(EMBED_DIR) && embedBuild === null;
if (embedUnavailable) {
  console.warn(`budgets: embed JavaScript budget skipped: ${EMBED_DIR}/ is missing and no embed build is configured yet`);
}

describe('size budgets (gzip)', () => {
  test(`atlas.json is at most ${formatBudget(BUDGETS.atlas)} gzip`, () => checkFile(ATLAS, BUDGETS.atlas));

  test(`dataset.json is at most ${formatBudget(BUDGETS.dataset)} gzip`, () => checkFile(DATASET, BUDGETS.dataset));

  test.skipIf(embedUnavailable)(`embed JavaScript is at most ${formatBudget(BUDGETS.embedJs)} gzip (skipped while no embed build exists)`, () => {
    if (embedBuild) {
      const [cmd, args] = embedBuild;
      const run = spawnSync(cmd, args, { stdio: 'inherit' });
      expect(run.status, `\`${cmd} ${args.join(' ')}\` failed`).toBe(0);
    }
    const files = filesUnder(EMBED_DIR, ['.js', '.mjs']);
    expect(files.length, `no JavaScript in ${EMBED_DIR}/`).toBeGreaterThan(0);
    const bytes = files.reduce((sum, file) => sum + gzipFileBytes(file), 0);
    expect(overBudget(`embed JavaScript (${files.length} file(s) in ${EMBED_DIR}/)`, bytes, BUDGETS.embedJs)).toBeNull();
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
