// `npx tsx scripts/bench/profile.ts [steps]`: where our element spends its script time during
// timeline steps. Builds the explorer unminified into bench-results/dist-profile (so function
// names survive), drives the same steps as the bench under the DevTools CPU profiler, and prints
// the functions with the most self time. A tool for the element's owner, not part of the table.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, CHROMIUM_ARGS } from '../chromium-path.mjs';
import { startStaticServer } from '../static-server';
import { GZIP_LEVEL } from './budgets';
import { timelinePlan } from './timeline-plan';

const OUT = resolve('bench-results/dist-profile');
const STEPS = Number(process.argv[2] ?? 400);
const TOP = 25;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface TraceEvent { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::broadcastObservations', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame']);
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, minify: false } });
const server = await startStaticServer([OUT], { gzipLevel: GZIP_LEVEL });
const plan = await timelinePlan(`${OUT}/generated/dataset.json`);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: readFileSync(new URL('./page-runtime.js', import.meta.url), 'utf8') });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction('window.__bench.firstMapAt !== null', undefined, { timeout: 15_000 });
  const args = (extra: object) => JSON.stringify({ selector: 'cyber-declarations-map', declaration: plan.declaration, date: plan.dates[0], dates: plan.dates, ...extra });
  await page.evaluate(`window.__bench.prepare(${args({})})`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(`window.__bench.fastSteps(${args({ count: STEPS })})`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };

  // Self time per node from the sample deltas, then summed per function.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const where = frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const idle = self.get('(idle)') ?? 0;
  console.log(`${STEPS} steps, ${(total - idle).toFixed(0)} ms busy (${((total - idle) / STEPS).toFixed(2)} ms per step); top self time:`);
  for (const [key, ms] of [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / (total - idle)).toFixed(1).padStart(5)} %  ${key}`);
  }

  // Rendering work per step (style, layout, paint...), from a DevTools timeline trace of steps
  // driven one per frame, summed per event name on the renderer's main thread.
  const traced = Math.min(STEPS, 150);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(`window.__bench.steps(${args({ count: traced })})`);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainTids = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const perName = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur || !mainTids.has(`${e.pid}:${e.tid}`) || (RENDER_EVENTS.size > 0 && !RENDER_EVENTS.has(e.name) && !process.env.ALL_EVENTS)) continue;
    perName.set(e.name, (perName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`\nmain-thread rendering per step (${traced} steps, one per frame):`);
  for (const [name, ms] of [...perName].sort((a, b) => b[1] - a[1])) console.log(`${(ms / traced).toFixed(2).padStart(8)} ms  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
