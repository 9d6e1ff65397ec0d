// `npm run bench` (after `npm run build`): our explorer and embed against an Observable Plot peer,
// in Debian's real Chromium on the production build, unthrottled and with the CPU throttled 4x
// through the DevTools protocol (a mid-range phone). Prints one markdown table and saves it to
// bench-results/bench.md. Sizes are also enforced by test/e2e/budgets.test.ts; times only here.
//
// Then Lighthouse mobile on the explorer (scripts/bench/lighthouse.ts), fetched on demand by npx.
//
// Environment: BENCH_QUICK=1 for a fast smoke run with few samples; CHROME_PATH for the browser;
// BENCH_LIGHTHOUSE=0 to skip Lighthouse (offline from the npm registry), BENCH_LIGHTHOUSE=<n> runs.
import { chromium, type Browser } from 'playwright-core';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './chromium-path.mjs';
import { startStaticServer } from './static-server';
import { GZIP_LEVEL } from './bench/budgets';
import { PEER_OUT_DIR, buildPeer } from './bench/peer-build';
import { timelinePlan, type TimelinePlan } from './bench/timeline-plan';
import { STEP_WARM_UP, isNa, measureBytes, measureSteps, measureSubject, pageErrors, type Settings, type Subject, type SubjectResult } from './bench/measure';
import { lighthouse, renderLighthouse } from './bench/lighthouse';
import { BYTE_ROWS, EMBED_BYTE_ROWS, FRAME_BUDGET_MS, FRAME_JITTER_MS, MAP_ONLY_ROWS, TIME_ROWS, renderTable } from './bench/table';

const THROTTLE = 4;
/** Every page is cross-origin isolated: its performance.now() then ticks in 5 µs, not 100 µs. */
const CROSS_ORIGIN_ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
/** The production build to measure (BENCH_DIST lets the harness be tried on another build). */
const DIST = process.env.BENCH_DIST ?? 'dist';
/** A peer build to reuse instead of building test/bench/peer.html (BENCH_PEER_DIR). */
const PREBUILT_PEER = process.env.BENCH_PEER_DIR;
const EMBED_SCRIPT = `${DIST}/embed/cyber-declarations-map.js`;
const quick = process.env.BENCH_QUICK === '1';
const settings: Settings = quick
  ? { firstMapRuns: 2, steps: 60, stepLoads: 2, playMs: 1000, heapSteps: 300, mounts: 10, firstMapTimeoutMs: 15_000 }
  : { firstMapRuns: 7, steps: 500, stepLoads: 5, playMs: 3000, heapSteps: 5000, mounts: 100, firstMapTimeoutMs: 15_000 };

/** Lighthouse runs (the median is reported): 0 skips it. */
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE ?? (quick ? 1 : 5));

const started = Date.now();
const log = (msg: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s `chromium` or set CHROME_PATH (no browser is ever downloaded).');

  let peerMissing: string | null = null;
  let peerProblem: string | null = null;
  try {
    if (PREBUILT_PEER) log(`peer: prebuilt ${PREBUILT_PEER}`);
    else log(`peer built into ${await buildPeer()}`);
  } catch (error) {
    peerMissing = 'peer build failed, see notes';
    peerProblem = `peer build failed: ${(error as Error).message.split('\n').filter((l) => l.trim()).slice(0, 4).join(' ').slice(0, 400)}`;
    log(peerProblem);
  }

  const server = await startStaticServer([
    { prefix: '/', dir: DIST },
    { prefix: '/peer/', dir: PREBUILT_PEER ?? PEER_OUT_DIR },
  ], { gzipLevel: GZIP_LEVEL, headers: CROSS_ORIGIN_ISOLATION });
  const plan = await timelinePlan(`${DIST}/generated/dataset.json`);
  log(`dates: ${plan.source}`);

  const ours: Subject = {
    label: 'ours',
    url: `${server.origin}/index.html`,
    selector: 'cyber-declarations-map',
    missing: existsSync(`${DIST}/index.html`) ? null : `${DIST}/index.html missing`,
  };
  const peer: Subject = { label: 'peer', url: `${server.origin}/peer/peer.html`, selector: 'plot-peer-map', missing: peerMissing };
  const embedHost = (controls: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed host</title>
<script type="module" src="/embed/cyber-declarations-map.js"></script>
<cyber-declarations-map declaration="${plan.declaration}" date="2019-12-31"${controls}></cyber-declarations-map></html>`;
  server.addPage('/bench-embed-host.html', embedHost(''));
  // The peer is a bare choropleth: the like-for-like comparison is our embed showing its map
  // alone (controls=""), without the timeline, legend, sidebar and search the explorer updates, and
  // in the explorer layout, without the article layout's title, about and credit line (the map
  // and its "as of" line only, as when the targets were set, before the article layout existed).
  server.addPage('/bench-map-only.html', embedHost(' controls="" layout="explorer"'));
  const mapOnly: Subject = {
    label: 'ours, map only',
    url: `${server.origin}/bench-map-only.html`,
    selector: 'cyber-declarations-map',
    missing: existsSync(EMBED_SCRIPT) ? null : `${EMBED_SCRIPT} not built yet`,
  };

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const results: Record<string, SubjectResult> = {};
  try {
    for (const throttle of [1, THROTTLE]) {
      const subjects = [ours, mapOnly, peer];
      for (const subject of subjects) {
        results[`${subject.label}@${throttle}`] = await measureSubject(browser, server, subject, plan, throttle, settings, log);
      }
      await measureAllSteps(browser, subjects, (s) => results[`${s.label}@${throttle}`]!, plan, throttle);
    }
    const embedNotes: string[] = [];
    const embedBytes = existsSync(EMBED_SCRIPT)
      ? await measureBytes(browser, server, `${server.origin}/bench-embed-host.html`, settings.firstMapTimeoutMs, embedNotes)
      : { na: `${EMBED_SCRIPT} not built yet` };
    results.embed = { bytes: embedBytes, firstMap: { na: '' }, step: { na: '' }, play: { na: '' }, heapSteps: { na: '' }, heapMounts: { na: '' }, notes: embedNotes };
  } finally {
    await browser.close();
    await server.close();
  }

  // Lighthouse last, alone on the machine, on the explorer served as any static host serves it
  // (gzip, no isolation headers).
  let lighthouseTable = '';
  if (lighthouseRuns > 0) {
    const host = await startStaticServer([DIST], { gzipLevel: GZIP_LEVEL });
    try {
      lighthouseTable = renderLighthouse(await lighthouse(`${host.origin}/index.html`, executablePath, lighthouseRuns, log));
    } finally {
      await host.close();
    }
  }

  const at = (label: string) => ({ ours: results[`${label}@${THROTTLE}`]!, peer: results[`peer@${THROTTLE}`]! });
  const table = renderTable(
    [
      { title: 'bytes over the wire: explorer (dist/index.html)', ours: results['ours@1']!, peer: results['peer@1']!, throttled: at('ours'), rows: BYTE_ROWS },
      { title: 'bytes over the wire: embed (dist/embed/)', ours: results.embed!, peer: results['peer@1']!, throttled: at('ours'), rows: EMBED_BYTE_ROWS },
      { title: 'time and memory: the explorer (map, timeline, legend, sidebar, search)', ours: results['ours@1']!, peer: results['peer@1']!, throttled: at('ours'), rows: TIME_ROWS },
      { title: 'time: the same choropleth alone (our embed with controls="" layout="explorer", map only)', ours: results['ours, map only@1']!, peer: results['peer@1']!, throttled: at('ours, map only'), rows: MAP_ONLY_ROWS() },
    ],
    THROTTLE,
  );
  const notes = [
    `Chromium ${await chromiumVersion(executablePath)}, headless, ${settings.firstMapRuns} cold loads per first-map median, ${settings.steps} steps (one per frame) over ${settings.stepLoads} fresh page loads per subject (after ${STEP_WARM_UP} unrecorded ones on each), the subjects taken in turn, play ${settings.playMs / 1000} s, ${settings.heapSteps} steps and ${settings.mounts} mount/unmount cycles (after 10 to warm up) for heap growth (after forced GC, unthrottled only).${quick ? ' QUICK RUN: too few samples to quote.' : ''}`,
    `Steps: ${plan.source}${plan.meanChangesPerStep !== null ? `; on average ${plan.meanChangesPerStep.toFixed(1)} countries change per step` : ''}.`,
    `Play: the element's date set once per animation frame; a frame is over 16.7 ms when its rAF interval exceeds ${(FRAME_BUDGET_MS + FRAME_JITTER_MS).toFixed(1)} ms (timestamps are coarsened and headless vsync jitters by 0.1 ms).`,
    'Bytes: gzip -9 bodies as served by the bench server on one cold load; KB = 1024 bytes. "—": does not depend on CPU speed, measured once.',
    `At ${THROTTLE}x, DevTools throttling pauses the main thread in slices, so work well under a millisecond can slip between pauses: read the throttled script medians of sub-millisecond steps as lower bounds.`,
    'Step "script": inside a rAF callback (one step per frame), from setting the element\'s `date` to every update settled (Lit updateComplete). "incl. style + layout + paint": the same start to a message posted from that callback, which runs after the frame is rendered. "back to back": the same steps, each in its own task with no frame or idle time between them, so the CPU caches stay warm; the gap between the two rows is what an idle frame costs this machine (its caches go cold between frames).',
    'Clock: pages are served cross-origin isolated (COOP + COEP), so performance.now() ticks in 5 µs instead of 100 µs.',
    ...(lighthouseTable ? [`Lighthouse: ${lighthouseRuns} run(s) of lighthouse@12.8.2 (npx, on demand) in this Chromium, its default mobile preset (simulated slow 4G, 4x CPU slowdown, Moto G screen), performance category; the run with the median score is shown, with the range over the runs.`] : []),
    'Peer: test/bench/peer.ts, Observable Plot `Plot.geo` over world-atlas 110m, fill per country from the same status query, whole plot redrawn per step.',
    ...(peerProblem ? [peerProblem] : []),
    'Map only: dist/embed/cyber-declarations-map.js on a bare page as `<cyber-declarations-map controls="" layout="explorer">`, which draws the map and its "as of" line without the timeline, legend, sidebar, picker and search (nor the article layout’s title, about and credit line), like the peer; its date is set the same way.',
    ...(['ours@1', 'ours, map only@1', 'peer@1', 'embed'] as const).flatMap((key) => results[key]!.notes.map((n) => `${key.replace('@1', '')}: ${n}`)),
    ...[...pageErrors].slice(0, 8).map(([message, url]) => `page error at ${url.replace(/^https?:\/\/[^/]+/, '')}: ${message}`),
  ];
  const md = `# npm run bench\n\n${new Date().toISOString().slice(0, 16)}Z, ${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores\n\n${table}\n\n${lighthouseTable ? `${lighthouseTable}\n\n` : ''}${notes.map((n) => `- ${n}`).join('\n')}\n`;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.md', md);
  console.log(md);
  log('saved bench-results/bench.md');
}

/**
 * Timeline steps over several fresh page loads per subject, the subjects taken in turn on each
 * round: one load's heap layout, and a slow spell of this shared machine, then weigh on every
 * subject alike instead of on one subject's whole sample (and on the ratio between them).
 */
async function measureAllSteps(browser: Browser, subjects: Subject[], resultOf: (s: Subject) => SubjectResult, plan: TimelinePlan, throttle: number): Promise<void> {
  const perLoad = Math.ceil(settings.steps / settings.stepLoads);
  const live = subjects.filter((s) => !isNa(resultOf(s).firstMap));
  const pooled = new Map(live.map((s) => [s, { script: [] as number[], full: [] as number[], warm: [] as number[] }]));
  for (let round = 0; round < settings.stepLoads; round++) {
    for (const subject of live) {
      const into = pooled.get(subject);
      if (!into) continue;
      try {
        const got = await measureSteps(browser, subject, plan, throttle, perLoad, settings.firstMapTimeoutMs);
        into.script.push(...got.script);
        into.full.push(...got.full);
        into.warm.push(...got.warm);
      } catch (error) {
        resultOf(subject).step = { na: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160) };
        pooled.delete(subject);
      }
    }
    log(`${throttle}x: step round ${round + 1} of ${settings.stepLoads} done`);
  }
  for (const [subject, steps] of pooled) resultOf(subject).step = steps;
}

async function chromiumVersion(executablePath: string): Promise<string> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  await browser.close();
  return version;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
