// scratch: main-thread tasks between the data's arrival and the first complete map (one traced load per run)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from '../chromium-path.mjs';
import { startStaticServer } from '../static-server';
const RUNTIME = readFileSync(new URL('./page-runtime.js', import.meta.url), 'utf8');
const dir = process.argv[2]!; const page_ = process.argv[3] ?? 'explorer'; const runs = Number(process.argv[4] ?? 2);
const server = await startStaticServer([dir], { gzipLevel: 9, headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } } as any);
server.addPage('/m.html', `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed host</title>
<script type="module" src="/embed/cyber-declarations-map.js"></script>
<cyber-declarations-map declaration="paris-call-2018" date="2019-12-31" controls="" layout="explorer"></cyber-declarations-map></html>`);
const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
for (let r = 0; r < runs; r++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript({ content: RUNTIME });
  await ctx.addInitScript({ content: `window.__benchFirstMap = () => performance.mark('FIRSTMAP');` });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['__metadata', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.compile', 'loading', 'disabled-by-default-v8.cpu_profiler'] } } as any);
  await page.goto(`${server.origin}/${page_ === 'explorer' ? 'index.html' : 'm.html'}`);
  await page.waitForFunction('window.__bench.firstMapAt !== null');
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end'); await done; await ctx.close();
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  const onMain = (e: any) => mains.has(`${e.pid}/${e.tid}`);
  const urls = new Map(events.filter((e) => e.name === 'ResourceSendRequest').map((e) => [e.args.data.requestId, e.args.data.url]));
  const fin = events.filter((e) => e.name === 'ResourceFinish' && /(atlas|dataset)[^/]*\.json/.test(urls.get(e.args.data.requestId) ?? ''));
  const t0 = Math.max(...fin.map((e) => e.ts));
  const mark = events.find((e) => e.name === 'FIRSTMAP');
  const t1 = mark.ts;
  console.log(`run ${r}: data->map ${((t1 - t0) / 1000).toFixed(1)} ms; files: ${fin.map((e) => `${urls.get(e.args.data.requestId).split('/').pop()}@${((e.ts - t0) / 1000).toFixed(1)}`).join(' ')}`);
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.ts + e.dur > t0 - 2000 && e.ts < t1 + 1000).sort((a, b) => a.ts - b.ts);
  const inside = events.filter((e) => onMain(e) && e.ph === 'X' && e.name !== 'RunTask');
  let prevEnd = t0;
  for (const t of tasks) {
    const kids = inside.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const by = new Map<string, number>();
    for (const k of kids) {
      let key = k.name;
      if (k.name === 'FunctionCall' || k.name === 'EvaluateScript' || k.name === 'v8.compileModule' || k.name === 'v8.evaluateModule') key += ':' + String(k.args?.data?.functionName ?? k.args?.data?.url ?? '').split('/').pop()?.slice(0, 24);
      if (/^(FunctionCall|TimerFire|EventDispatch|Layout|UpdateLayoutTree|Paint|PrePaint|Commit|Layerize|ParseHTML|V8.ParseFunction|V8.CompileCode|MajorGC|MinorGC|V8.GC_SCAVENGER|ScheduleStyleRecalculation|FireAnimationFrame|RunMicrotasks|v8.evaluateModule|HandlePostMessage|ResourceReceivedData|ParseAuthorStyleSheet|MinorGC|BlinkGC.AtomicPhase)/.test(k.name)) by.set(key, (by.get(key) ?? 0) + k.dur / 1000);
    }
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    if (t.dur > 300 || t.ts > t0) console.log(`  ${((t.ts - t0) / 1000).toFixed(1).padStart(7)} +${(t.dur / 1000).toFixed(1).padStart(5)}  gap ${((t.ts - prevEnd) / 1000).toFixed(1).padStart(5)} | ${top}`);
    prevEnd = t.ts + t.dur;
  }
  // CPU samples: self time by function over the longest task after the data
  const longest = tasks.filter((t) => t.ts > t0).sort((a, b) => b.dur - a.dur).slice(0, Number(process.env.NTASK ?? 1));
  const nodes = new Map<string, any>(); const samples: [number, string][] = [];
  const profiles = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile') profiles.set(`${e.pid}/${e.id}`, e.args.data.startTime);
  const clock = new Map<string, number>();
  for (const e of events.filter((e) => e.name === 'ProfileChunk')) {
    const key = `${e.pid}/${e.id}`; const cp = e.args.data.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) nodes.set(`${key}/${n.id}`, { ...n, key });
    let t = clock.get(key) ?? profiles.get(key) ?? 0;
    const deltas = e.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((id: number, i: number) => { t += deltas[i] ?? 0; samples.push([t, `${key}/${id}`]); });
    clock.set(key, t);
  }
  for (const task of longest) {
    const self = new Map<string, number>(); const incl = new Map<string, number>(); let n = 0;
    for (const [t, id] of samples) {
      if (t < task.ts || t > task.ts + task.dur) continue; n++;
      const node = nodes.get(id); if (!node) continue;
      const name = (x: any) => `${x.callFrame.functionName || '(anon)'} ${String(x.callFrame.url).split('/').pop()}:${x.callFrame.lineNumber}:${x.callFrame.columnNumber}`;
      self.set(name(node), (self.get(name(node)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let x = node; x; x = x.parent ? nodes.get(`${x.key}/${x.parent}`) : null) { const k = name(x); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + 1); } }
    }
    console.log(`  task at ${((task.ts - t0) / 1000).toFixed(1)} (${(task.dur / 1000).toFixed(1)} ms), ${n} samples; self:`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`     ${v} ${k}`);
    console.log('   inclusive:');
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`     ${v} ${k}`);
  }
}
await browser.close(); await server.close();
