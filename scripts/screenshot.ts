// `npm run screenshot`: the README's picture of the explorer (docs/explorer.png) and the page's
// social preview (public/social-preview.png, 1200 x 630, what a shared link shows), taken from the
// real build in dist/ (run after `npm run build`), so both stay current with the product.
// Debian's Chromium through playwright-core; never a downloaded browser.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { startStaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Shot {
  file: string;
  width: number;
  height: number;
  /** Query string of the view shown. */
  query: string;
  /** A taller window than the picture, its top kept: the explorer fits its map, legend and
   *  timeline into a short window by shrinking the map; a link's card wants the map large. */
  windowHeight?: number;
}

/** The opening view a reader sees first: the Paris Call at the end of the timeline. */
const SHOTS: Shot[] = [
  { file: 'docs/explorer.png', width: 1280, height: 960, query: '' },
  { file: 'public/social-preview.png', width: 1200, height: 630, query: '', windowHeight: 900 },
];

async function take(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.windowHeight ?? shot.height },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html${shot.query}`);
  // Every state of the map carries its status once the atlas and the dataset are in.
  await page.waitForFunction(() => {
    const map = document.querySelector('cyber-declarations-map')?.shadowRoot?.querySelector('cdm-map');
    return (map?.shadowRoot?.querySelectorAll('[data-status]').length ?? 0) > 150;
  });
  await page.evaluate(() => document.fonts.ready);
  const path = resolve(ROOT, shot.file);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, clip: { x: 0, y: 0, width: shot.width, height: shot.height } });
  await context.close();
  console.log(`screenshot: wrote ${shot.file} (${shot.width} x ${shot.height})`);
}

if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
  console.error('screenshot: dist/index.html is missing: run `npm run build` first (`npm run screenshot` does)');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('screenshot: no Chromium found; install Debian\'s package (apt-get install -y chromium) or set CHROME_PATH');
  process.exit(1);
}
const server = await startStaticServer([resolve(ROOT, 'dist')]);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) await take(browser, server.origin, shot);
} finally {
  await browser.close();
  await server.close();
}
