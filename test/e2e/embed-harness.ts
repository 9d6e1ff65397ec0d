// Shared set-up for the embed end-to-end tests: build the embed into its own folder (so it never
// races another build of dist/embed), serve it with the test pages from test/embed/, and drive
// Debian's Chromium through playwright-core. Helpers that run inside the page walk open shadow
// roots, because every shape and control of the map lives in one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

export const EMBED_OUT_DIR = resolve('test-results/embed-build');
export const EMBED_PAGES_DIR = resolve('test/embed');
export const EMBED_JS = 'cyber-declarations-map.js';

/**
 * Builds the embed into test-results/embed-build/ with the real config
 * (`vite build --mode embed`, out dir overridden). CDM_EMBED_SKIP_BUILD=1 reuses the last build.
 * Test files that run at the same time pass an `outDir` of their own, so no build empties a
 * folder another file is serving.
 */
export function buildEmbed(outDir = EMBED_OUT_DIR): void {
  for (const file of ['public/generated/atlas.json', 'public/generated/dataset.json']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:data\` first`);
  }
  if (process.env.CDM_EMBED_SKIP_BUILD === '1' && existsSync(resolve(outDir, EMBED_JS))) return;
  const run = spawnSync('npx', ['vite', 'build', '--mode', 'embed', '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production', CDM_EMBED_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`vite build --mode embed failed:\n${run.stdout}\n${run.stderr}`);
}

export interface EmbedSession {
  server: StaticServer;
  browser: Browser;
  /** A fresh page (own context) with the viewport every comparison uses. */
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startEmbedSession(outDir = EMBED_OUT_DIR): Promise<EmbedSession> {
  const server = await startStaticServer([outDir, EMBED_PAGES_DIR]);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: install Debian\'s chromium or set CHROME_PATH');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async newPage(width = 1280, height = 900) {
      const context = await browser.newContext({ viewport: { width, height } });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Defines `window.__cdm` in a test page (never on the page whose globals are counted):
 * deep queries through open shadow roots and a log of our events as the host page sees them.
 */
export const PAGE_HELPERS = `
(() => {
  function deepAll(root, selector) {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.matches(selector)) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  }
  const log = [];
  for (const type of ['cdm-declaration-change', 'cdm-date-change', 'cdm-country-select']) {
    document.addEventListener(type, (e) => log.push({ type, target: e.target.id || e.target.localName, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }
  window.__cdm = { deepAll, log };
})();
`;

/** Waits until every instance on the page shows one element per atlas country, then its whole first view. */
export async function waitForMaps(page: Page, ids: string[], countryCount: number): Promise<void> {
  await page.waitForFunction(
    ({ ids, countryCount }) => {
      const w = window as unknown as { __cdm: { deepAll(root: Element, s: string): Element[] } };
      return ids.every((id) => {
        const host = document.getElementById(id);
        if (!host) return false;
        const countries = new Set(w.__cdm.deepAll(host, '[data-country]').map((el) => el.getAttribute('data-country')));
        const coloured = w.__cdm.deepAll(host, '[data-country][data-status]').length;
        return countries.size >= countryCount && coloured > 0;
      });
    },
    { ids, countryCount },
    { timeout: 20_000 },
  );
  // Then the rest of each instance's first view (legend, timeline, the sidebar and its sources),
  // which arrives in stages after the map.
  await page.evaluate(
    (ids) => Promise.all(ids.map((id) => (document.getElementById(id) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete)),
    ids,
  );
}
