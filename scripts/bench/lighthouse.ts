// Lighthouse mobile on the built explorer, as a phone loads it: Lighthouse's default mobile preset
// (a Moto G class screen, simulated slow 4G, CPU 4x slower), the page served gzip-compressed
// like any static host. Lighthouse is fetched on demand by npx, never a project dependency (its
// tree is ~200 MB and breaks `npm ci` on Node 20 without overrides); Debian's Chromium runs it.
// Several runs, the median by score: one Lighthouse run moves by a few points on a busy machine.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_LAUNCHER_DISABLED_FEATURES, CHROMIUM_ARGS, disableFeatures } from '../chromium-path.mjs';
import type { Na, Value } from './measure';

/** Pinned: Lighthouse 13 needs Node 22. */
export const LIGHTHOUSE = 'lighthouse@12.8.2';

export interface LighthouseRun {
  /** Performance score, 0–100. */
  score: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Largest contentful paint, ms. */
  lcp: number;
  /** First contentful paint, ms. */
  fcp: number;
  /** Speed index, ms. */
  si: number;
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  /** The run with the median score. */
  median: LighthouseRun;
}

/** A run longer than this is stuck (a busy machine has seen Chromium hang): its whole process group is ended. */
const RUN_TIMEOUT_MS = 180_000;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    // Its own process group, so a stuck run's Chromium ends with it rather than lingering.
    const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`lighthouse ${signal ? `stopped (${signal}, over ${RUN_TIMEOUT_MS / 1000} s)` : `exited ${code}`}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** One Lighthouse mobile run of `url`, performance category only. */
export async function lighthouseOnce(url: string, chromePath: string, keepReportAs?: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cdm-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--max-wait-for-load=60000',
        // Lighthouse adds --headless itself only when asked; these keep Chromium off the network.
        // chrome-launcher passes its own --disable-features first, and Chromium keeps the last.
        `--chrome-flags=${[...CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--disable-features=')), disableFeatures(CHROME_LAUNCHER_DISABLED_FEATURES)].join(' ')}`,
      ],
      { ...process.env, CHROME_PATH: chromePath },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { message: string };
    };
    if (report.runtimeError) throw new Error(report.runtimeError.message);
    if (keepReportAs) copyFileSync(out, keepReportAs);
    const n = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
      cls: n('cumulative-layout-shift'),
      tbt: n('total-blocking-time'),
      lcp: n('largest-contentful-paint'),
      fcp: n('first-contentful-paint'),
      si: n('speed-index'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` Lighthouse runs of `url`, one after the other; n/a with the reason when one fails. */
export async function lighthouse(url: string, chromePath: string, runs: number, log: (msg: string) => void): Promise<Value<LighthouseResult>> {
  const got: LighthouseRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // One retry: Chromium under Lighthouse now and then loses its target on a busy machine.
      got.push(await lighthouseOnce(url, chromePath).catch(() => lighthouseOnce(url, chromePath)));
      log(`lighthouse run ${i + 1} of ${runs}: score ${got.at(-1)!.score}`);
    }
  } catch (error) {
    return { na: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160) } satisfies Na;
  }
  const sorted = [...got].sort((a, b) => a.score - b.score || a.tbt - b.tbt);
  return { runs: got, median: sorted[Math.floor((sorted.length - 1) / 2)]! };
}

/** The Lighthouse table of the bench: the median run, the range over the runs, the targets. */
export function renderLighthouse(result: Value<LighthouseResult>): string {
  const head = '| Lighthouse mobile, the explorer (dist/index.html, gzip) | median run | range over runs | target (issue 15) |\n|---|---|---|---|';
  if ('na' in result) return `${head}\n| performance score | n/a (${result.na}) | | ≥ 98 |`;
  const rows: [string, keyof LighthouseRun, (v: number) => string, string][] = [
    ['performance score', 'score', (v) => v.toFixed(0), '≥ 98'],
    ['cumulative layout shift', 'cls', (v) => v.toFixed(3), '< 0.02'],
    ['total blocking time', 'tbt', (v) => `${v.toFixed(0)} ms`, '< 100 ms'],
    ['largest contentful paint', 'lcp', (v) => `${(v / 1000).toFixed(2)} s`, ''],
    ['first contentful paint', 'fcp', (v) => `${(v / 1000).toFixed(2)} s`, ''],
    ['speed index', 'si', (v) => `${(v / 1000).toFixed(2)} s`, ''],
  ];
  const lines = rows.map(([label, key, f, target]) => {
    const xs = result.runs.map((r) => r[key]);
    const range = `${f(Math.min(...xs))} – ${f(Math.max(...xs))}`;
    return `| ${label} | ${f(result.median[key])} | ${range} | ${target} |`;
  });
  return [head, ...lines].join('\n');
}

/** `npx tsx scripts/bench/lighthouse.ts [dist] [runs]`: the Lighthouse table alone, on a built dist/. */
async function main(): Promise<void> {
  const { findChromium } = await import('../chromium-path.mjs');
  const { startStaticServer } = await import('../static-server');
  const { GZIP_LEVEL } = await import('./budgets');
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found: install Debian\'s `chromium` or set CHROME_PATH.');
  const server = await startStaticServer([process.argv[2] ?? 'dist'], { gzipLevel: GZIP_LEVEL });
  try {
    const result = await lighthouse(`${server.origin}/index.html`, chrome, Number(process.argv[3] ?? 3), (m) => console.error(m));
    console.log(renderLighthouse(result));
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
