// Under a strict Content-Security-Policy, as newsrooms and ministries serve their pages: the built
// explorer, a bare page with the element, the iframe page and the example article show zero
// violations and render exactly as they do without the policy (the hatching of uncertain, refused
// and not-member states; timeline ticks, marks and labels spread along the axis).
// Built like `npm run build` (explorer + embed) into a folder of its own, so it never races or
// trusts a stale dist/; CDM_CSP_SKIP_BUILD=1 reuses the last build.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

/** The policy of issue 20, the one README.md tells hosts they can use. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const OUT = resolve('test-results/csp-dist');

function build(): void {
  if (process.env.CDM_CSP_SKIP_BUILD === '1' && existsSync(resolve(OUT, 'embed/cyber-declarations-map.js'))) return;
  const runs: [string[], Record<string, string>][] = [
    [['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {}],
    [['vite', 'build', '--mode', 'embed', '--logLevel', 'warn'], { CDM_EMBED_OUT_DIR: resolve(OUT, 'embed') }],
  ];
  for (const [args, env] of runs) {
    const run = spawnSync('npx', args, { env: { ...process.env, NODE_ENV: 'production', ...env }, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  }
}

/** A host page with only the element and its module: no inline script, no inline style. */
const BARE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare element under CSP</title>
<link rel="icon" href="data:,"></head><body>
<cyber-declarations-map id="a" declaration="paris-call-2018" date="2019-12-31"></cyber-declarations-map>
<cyber-declarations-map id="b" declaration="gge-2015" date="2015-12-31" controls="timeline legend"></cyber-declarations-map>
<script type="module" src="/embed/cyber-declarations-map.js"></script></body></html>`;

/** Records every violation the page reports, from before its first script runs. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '').slice(0, 40));
  }, true);`;

/**
 * What the page draws, as numbers that do not depend on the policy unless a style was lost: per
 * patterned status, how many shapes are filled with a pattern; the positions of timeline ticks,
 * marks and labels as fractions of the track's width. Walks every open shadow root.
 */
const FINGERPRINT = `(() => {
  const all = [];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document);
  for (const f of document.querySelectorAll('iframe')) if (f.contentDocument) walk(f.contentDocument);
  const hatched = {};
  for (const el of all) {
    const s = el.getAttribute('data-status');
    if (!s || !(el instanceof SVGElement) || el.closest('defs')) continue;
    const fill = getComputedStyle(el).fill;
    const key = s + (fill.startsWith('url(') ? ':pattern' : ':plain');
    hatched[key] = (hatched[key] || 0) + 1;
  }
  const positions = (sel) => all.filter((el) => el.matches(sel)).map((el) => {
    const track = el.closest('.track').getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return Math.round(((box.left - track.left) / track.width) * 100) / 100;
  });
  return { hatched, ticks: positions('.axis > .tick'), marks: positions('.marks > .mark'), labels: positions('.labels > .label') };
})()`;

interface Fingerprint {
  hatched: Record<string, number>;
  ticks: number[];
  marks: number[];
  labels: number[];
}

let plain: StaticServer;
let strict: StaticServer;
let browser: Browser;

beforeAll(async () => {
  build();
  plain = await startStaticServer([OUT]);
  strict = await startStaticServer([OUT], { headers: { 'content-security-policy': STRICT_CSP } });
  for (const server of [plain, strict]) server.addPage('/bare.html', BARE_PAGE);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await strict?.close();
});

/** Opens `path`, waits until every map on it is coloured and its timeline laid out, and reads it. */
async function open(server: StaticServer, path: string, maps: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript({ content: RECORD_VIOLATIONS });
  await page.goto(new URL(path, server.url).href);
  // Polled from here: a string predicate in waitForFunction is an eval the policy forbids.
  const ready = `(() => { const f = ${FINGERPRINT}; const n = Object.values(f.hatched).reduce((a, b) => a + b, 0); return n > ${maps} * 150 && f.ticks.length > 0; })()`;
  // Ready, and laid out: the same fingerprint on two polls a frame or more apart (the timeline's
  // labels are placed after its width is measured).
  let previous = '';
  let fingerprint: Fingerprint | undefined;
  await expect
    .poll(
      async () => {
        if (!(await page.evaluate(ready))) return false;
        fingerprint = (await page.evaluate(`new Promise((done) => requestAnimationFrame(() => done(${FINGERPRINT})))`)) as Fingerprint;
        const same = JSON.stringify(fingerprint) === previous;
        previous = JSON.stringify(fingerprint);
        return same;
      },
      { timeout: 20_000, interval: 100, message: `${path}: the maps never rendered and settled (errors: ${errors.join('; ')})` },
    )
    .toBe(true);
  const violations = (await page.evaluate('window.__violations')) as string[];
  await context.close();
  return { fingerprint: fingerprint!, violations, errors };
}

const PAGES: [string, string, number, string[]][] = [
  ['the explorer', '/index.html?declaration=paris-call-2018&date=2019-12-31', 1, ['uncertain', 'refused']],
  ['the explorer, Table view', '/index.html?declaration=paris-call-2018&date=2019-12-31&display=table', 1, ['uncertain', 'refused']],
  ['the explorer, presenting', '/index.html?declaration=paris-call-2018&date=2019-12-31&present=2', 1, ['uncertain', 'refused']],
  ['a bare page with two elements', '/bare.html', 2, ['uncertain', 'refused', 'not-member']],
  ['the iframe page', '/embed.html?declaration=paris-call-2018&date=2019-12-31', 1, ['uncertain', 'refused']],
  ['the example article', '/embed/example.html', 2, ['uncertain', 'refused']],
];

describe(`under ${STRICT_CSP}`, () => {
  test.each(PAGES)('%s: no violation, the same hatching and timeline as without the policy', async (_name, path, maps, patterned) => {
    const without = await open(plain, path, maps);
    const under = await open(strict, path, maps);
    // Hatched states keep their pattern: colour is never the only cue.
    for (const s of patterned) {
      expect(under.fingerprint.hatched[`${s}:pattern`] ?? 0, `${s} shapes filled with a pattern`).toBeGreaterThan(0);
      expect(under.fingerprint.hatched[`${s}:plain`] ?? 0, `${s} shapes without their pattern`).toBe(0);
    }
    // Ticks spread along the axis rather than piling up at its left edge.
    const ticks = under.fingerprint.ticks;
    expect(Math.max(...ticks) - Math.min(...ticks)).toBeGreaterThan(0.5);
    expect(under.fingerprint).toEqual(without.fingerprint);
    expect(under.violations).toEqual([]);
    expect(under.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
