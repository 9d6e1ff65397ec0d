// Measures one subject (our explorer, or the Plot peer) at one CPU throttling rate in real
// Chromium: bytes over the wire, first complete map, timeline steps, play mode, heap growth.
// Each measure that cannot run yields "n/a (reason)" instead of stopping the bench.
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { StaticServer } from '../static-server';
import type { TimelinePlan } from './timeline-plan';

const RUNTIME = readFileSync(new URL('./page-runtime.js', import.meta.url), 'utf8');

export interface Subject {
  label: string;
  url: string;
  /** Tag of the element that draws the map and takes `declaration` / `date`. */
  selector: string;
  /** Why this subject cannot be measured, if it cannot. */
  missing: string | null;
}

export interface Settings {
  firstMapRuns: number;
  /** Timeline steps per subject, split evenly over `stepLoads` page loads. */
  steps: number;
  stepLoads: number;
  playMs: number;
  heapSteps: number;
  mounts: number;
  /** Longest wait for a complete map after navigation. */
  firstMapTimeoutMs: number;
}

export type Na = { na: string };
export type Value<T> = T | Na;
export const isNa = (v: unknown): v is Na => typeof v === 'object' && v !== null && 'na' in v;

export interface Bytes { js: number; atlas: number | null; dataset: number | null; total: number; files: string[] }

export interface SubjectResult {
  bytes: Value<Bytes>;
  firstMap: Value<{ fromNavigation: number[]; afterData: number[] }>;
  step: Value<{ script: number[]; full: number[]; warm: number[] }>;
  play: Value<{ intervals: number[] }>;
  heapSteps: Value<number>;
  heapMounts: Value<number>;
  /** Diagnostics for the element's owner. */
  notes: string[];
}

const na = (error: unknown): Na => ({ na: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160) });

async function call<T>(page: Page, fn: string, arg: unknown = {}): Promise<T> {
  return page.evaluate(`window.__bench.${fn}(${JSON.stringify(arg)})`) as Promise<T>;
}

/** Page errors seen while measuring, by message (reported once each in the notes). */
export const pageErrors = new Map<string, string>();

/** Mount/unmount cycles run before the heap is measured for mount cycles. */
const MOUNT_WARM_UP = 10;

/** Settles when the page runtime reports its first complete map (see loadToFirstMap). */
const firstMapSignals = new WeakMap<Page, Promise<void>>();

async function openPage(browser: Browser, throttle: number): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: RUNTIME });
  let reported = () => {};
  const signal = new Promise<void>((done) => (reported = done));
  await context.exposeFunction('__benchFirstMap', () => reported());
  const page = await context.newPage();
  firstMapSignals.set(page, signal);
  page.on('pageerror', (error) => pageErrors.set(error.message.split('\n')[0]!.slice(0, 200), page.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.set(`console: ${msg.text().slice(0, 200)}`, page.url());
  });
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, cdp, close: () => context.close() };
}

/** Navigate and wait for the first complete map; returns its time from navigation start. */
async function loadToFirstMap(page: Page, url: string, timeoutMs: number): Promise<{ at: number; afterData: number | null }> {
  // The page reports its first map through a binding. page.waitForFunction would evaluate
  // Playwright's injected script (~20 ms of main-thread work) in the middle of the page's load.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error('timeout')), timeoutMs)));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await Promise.race([firstMapSignals.get(page)!, timeout]);
  } catch {
    const state = await call<{ marks: number; colored: number }>(page, 'mapState').catch(() => ({ marks: 0, colored: 0 }));
    throw new Error(`no complete map within ${timeoutMs / 1000} s (${state.marks} map shapes with data-country, ${state.colored} with data-status)`);
  } finally {
    clearTimeout(timer);
  }
  const at = (await page.evaluate('window.__bench.firstMapAt')) as number;
  if (!(await page.evaluate('self.crossOriginIsolated'))) throw new Error(`${url} is not cross-origin isolated: its clock would be coarsened to 0.1 ms`);
  const loads = await call<Record<string, number | null>>(page, 'loadTimes', { atlas: 'atlas[^/]*\\.json|countries-110m\\.json', dataset: 'dataset[^/]*\\.json' });
  const atlas = loads.atlas ?? null;
  const dataset = loads.dataset ?? null;
  const arrived = atlas !== null && dataset !== null ? Math.max(atlas, dataset) : null;
  return { at, afterData: arrived === null ? null : at - arrived };
}

function countBytes(server: StaticServer): Bytes {
  const sum = (re: RegExp): number | null => {
    const hits = server.log.filter((f) => re.test(f.path));
    return hits.length ? hits.reduce((a, f) => a + f.bytes, 0) : null;
  };
  return {
    js: sum(/\.m?js$/) ?? 0,
    atlas: sum(/(atlas[^/]*|countries-110m)\.json$/),
    dataset: sum(/dataset[^/]*\.json$/),
    total: server.log.reduce((a, f) => a + f.bytes, 0),
    files: server.log.map((f) => `${f.path} ${f.bytes}`),
  };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/**
 * Bytes over the wire for one cold load of `url` (fresh context, empty cache): everything the
 * page fetched until its map was complete and the network went quiet. Counted even when no
 * complete map appears (the reason goes to `problems`).
 */
export async function measureBytes(browser: Browser, server: StaticServer, url: string, timeoutMs: number, problems: string[] = []): Promise<Value<Bytes>> {
  const { page, close } = await openPage(browser, 1);
  try {
    server.resetLog();
    await loadToFirstMap(page, url, timeoutMs).catch((error: unknown) => problems.push(`${url}: ${na(error).na}`));
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    return countBytes(server);
  } catch (error) {
    return na(error);
  } finally {
    await close();
  }
}

export async function measureSubject(
  browser: Browser,
  server: StaticServer,
  subject: Subject,
  plan: TimelinePlan,
  throttle: number,
  settings: Settings,
  log: (msg: string) => void,
): Promise<SubjectResult> {
  const all = (v: Na): SubjectResult => ({ bytes: v, firstMap: v, step: v, play: v, heapSteps: v, heapMounts: v, notes: [] });
  if (subject.missing) return all({ na: subject.missing });
  const result = all({ na: 'not measured' });
  const deep = throttle === 1; // memory does not depend on CPU speed: measured once, unthrottled

  // Bytes: one cold load, counted by the server (sizes do not depend on throttling).
  if (deep) result.bytes = await measureBytes(browser, server, subject.url, settings.firstMapTimeoutMs, result.notes);

  // First complete map: fresh context (cold cache) per run.
  const fromNavigation: number[] = [];
  const afterData: number[] = [];
  try {
    for (let run = 0; run < settings.firstMapRuns; run++) {
      const { page, close } = await openPage(browser, throttle);
      try {
        const t = await loadToFirstMap(page, subject.url, settings.firstMapTimeoutMs * throttle);
        fromNavigation.push(t.at);
        if (t.afterData !== null) afterData.push(t.afterData);
      } finally {
        await close();
      }
    }
    result.firstMap = { fromNavigation, afterData };
  } catch (error) {
    result.firstMap = na(error);
    result.step = result.play = result.heapSteps = result.heapMounts = { na: 'no complete map' };
    return result;
  }
  log(`${subject.label} ${throttle}x: first map done`);

  const { page, cdp, close } = await openPage(browser, throttle);
  try {
    await loadToFirstMap(page, subject.url, settings.firstMapTimeoutMs * throttle);
    const dates = plan.dates;
    const ready = await call<{ marks: number; colored: number; updatables: string[] }>(page, 'prepare', { selector: subject.selector, declaration: plan.declaration, date: dates[0] });
    if (deep) result.notes.push(`${ready.marks} map shapes; elements awaited per step: ${[...new Set(ready.updatables)].join(', ') || 'none'}`);
    if (deep && plan.expected) result.notes.push(await verify(page, subject, plan, dates[0]!));

    try {
      result.play = await call(page, 'play', { selector: subject.selector, dates, ms: settings.playMs });
    } catch (error) {
      result.play = na(error);
    }

    if (deep) {
      try {
        const muts = await call<Record<string, number>>(page, 'mutationsPerStep', { selector: subject.selector, dates, count: 50 });
        result.notes.push(`DOM mutations per step: ${muts.attributes!.toFixed(1)} attribute changes, ${muts.added!.toFixed(1)} nodes added, ${muts.removed!.toFixed(1)} removed, ${muts.text!.toFixed(1)} text changes`);
      } catch (error) {
        result.notes.push(`DOM mutations per step: n/a (${na(error).na})`);
      }
      try {
        const before = await heapUsed(cdp);
        await call(page, 'fastSteps', { selector: subject.selector, dates, count: settings.heapSteps });
        result.heapSteps = (await heapUsed(cdp)) - before;
      } catch (error) {
        result.heapSteps = na(error);
      }
      log(`${subject.label}: heap after steps done`);
      if (plan.expected) result.notes.push(await verify(page, subject, plan, dates[dates.length - 1]!));
      try {
        // Warm up first (caches, compiled code): the figure is then what 100 more cycles keep.
        await call(page, 'mountCycles', { selector: subject.selector, n: MOUNT_WARM_UP });
        const before = await heapUsed(cdp);
        await call(page, 'mountCycles', { selector: subject.selector, n: settings.mounts });
        result.heapMounts = (await heapUsed(cdp)) - before;
      } catch (error) {
        result.heapMounts = na(error);
      }
      log(`${subject.label}: heap after mounts done`);
    }
  } catch (error) {
    const v = na(error);
    for (const key of ['step', 'play', 'heapSteps', 'heapMounts'] as const) if (isNa(result[key]) && result[key].na === 'not measured') result[key] = v;
  } finally {
    await close();
  }
  if (!deep) result.heapSteps = result.heapMounts = { na: 'memory measured unthrottled only' };
  return result;
}

/** Steps taken on each fresh page before the measured ones (the JIT's first compiles). */
export const STEP_WARM_UP = 20;

/**
 * Timeline steps on one fresh page load: `count` one per frame (script, and incl. paint), then
 * `count` back to back, after STEP_WARM_UP unrecorded ones. The bench calls it for several
 * loads, taking the subjects in turn.
 */
export async function measureSteps(
  browser: Browser,
  subject: Subject,
  plan: TimelinePlan,
  throttle: number,
  count: number,
  timeoutMs: number,
): Promise<{ script: number[]; full: number[]; warm: number[] }> {
  const { page, close } = await openPage(browser, throttle);
  try {
    await loadToFirstMap(page, subject.url, timeoutMs * throttle);
    const dates = plan.dates;
    await call(page, 'prepare', { selector: subject.selector, declaration: plan.declaration, date: dates[0] });
    await call(page, 'steps', { selector: subject.selector, dates, count: STEP_WARM_UP });
    const inFrames = await call<{ script: number[]; full: number[] }>(page, 'steps', { selector: subject.selector, dates, count });
    const warm = await call<{ warm: number[] }>(page, 'warmSteps', { selector: subject.selector, dates, count });
    return { ...inFrames, ...warm };
  } finally {
    await close();
  }
}

/** Sets `date` and compares what the map shows with the status query. */
async function verify(page: Page, subject: Subject, plan: TimelinePlan, date: string): Promise<string> {
  try {
    await call(page, 'prepare', { selector: subject.selector, date });
    const shown = await call<Record<string, string>>(page, 'shownStatuses', { selector: subject.selector });
    const expected = plan.expected!(date);
    const ids = Object.keys(shown).filter((id) => id in expected);
    const wrong = ids.filter((id) => shown[id] !== expected[id]);
    const sample = wrong.slice(0, 5).map((id) => `${id} shows ${shown[id]}, expected ${expected[id]}`).join('; ');
    return `check at ${date}: ${ids.length - wrong.length} of ${ids.length} shapes match the status query${wrong.length ? ` (${sample})` : ''}`;
  } catch (error) {
    return `check at ${date}: n/a (${na(error).na})`;
  }
}
