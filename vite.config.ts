/// <reference types="vitest/config" />
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium-path.mjs';
import { siteUrlPlugin } from './scripts/vite/site-url.ts';
import { datasetWordsPlugin } from './scripts/vite/dataset-words.ts';
import { compileHintsPlugin } from './scripts/vite/compile-hints.ts';
import { minifyTemplateLiteralsPlugin } from './scripts/vite/minify-template-literals.ts';

// One config for the app, its builds and its tests; each extra build is a mode with its own
// small config file under scripts/vite/ so that each has one job:
// - `vite` / `vite build`: the explorer (index.html) and its pages.
// - `vite build --mode embed`: dist/embed/, the newsroom embed (scripts/vite/embed.config.ts).
// - `vite build --mode single`: dist/cyber-declarations-map.html, the offline file
//   (scripts/vite/single.config.ts).
// - Vitest projects: `node` (pure logic, build scripts, built output) and `browser` (components
//   and user flows in Debian's real Chromium via Playwright; never a downloaded browser).
/** Lit, which every element of the first view is made of. */
const FIRST_VIEW_LIBRARIES = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;
/** The pages' entries, what they import before the first paint, and the features loaded on first use. */
const NOT_FIRST_VIEW =
  /[\\/]src[\\/](main|iframe-embed|embed|offline[\\/].*|export[\\/].*|lib[\\/](present-param|clicker-keys|label-placement|locale-data|tour|briefing-notes|visible-area|embed-snippets|export-[a-z-]+|csv|table-rows|pair-table-rows|compare-[a-z-]+|record|quotes|headline-agreement)|components[\\/](cdm-briefing-bar|open-speaker-notes|open-presentation|modal-focus|cdm-export-menu|cdm-presentation|presentation-styles|cdm-slide-map|cdm-embed-code|cdm-data-table|cdm-sidebar|cdm-sidebar-styles|cdm-quote|pair-views|pair-style|map-zoom))\.ts$/;

const app: ViteUserConfig = {
  base: './',
  // public/ (favicon, social preview, robots.txt, generated/) is copied into dist/ as it is.
  // Templates minified as in the embed (2 KB gzip less first-view code); the compile hint goes on
  // the pages' entries and on explorer-core, the map's first view.
  plugins: [minifyTemplateLiteralsPlugin(), datasetWordsPlugin(), siteUrlPlugin(), compileHintsPlugin(['explorer-core'])],
  build: {
    target: 'es2022',
    // No runtime preloading: the page imports the map just after its first frame (src/main.ts),
    // and Vite's preload helper would then add a <link> per dependency of that import, a long
    // task (~50 ms on a phone-class CPU) of its own; the browser finds those files as fast from
    // the imports themselves.
    modulePreload: false,
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
      output: {
        // One chunk for the map's first view instead of the bundler's many small shared ones
        // (it split what the element and the lazily loaded features share into ~15 files): fewer
        // requests on a phone's network, fewer bytes. What only a lazily loaded feature uses, and
        // what the page's entry itself imports, stays out of it.
        advancedChunks: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'explorer-core', test: (id: string) => FIRST_VIEW_LIBRARIES.test(id) || (OWN_SOURCE.test(id) && !NOT_FIRST_VIEW.test(id)) }],
        },
      },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  // Pre-bundle everything the app and the browser tests import up front: a dependency found late
  // (axe-core is imported lazily, fast-check by one test) makes Vite reload the page mid-run.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/guard.js', 'lit/directives/live.js', 'd3', 'fast-check', 'axe-core'],
  },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/lib/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
};

export default defineConfig(async ({ mode }) => {
  if (mode === 'embed') return (await import('./scripts/vite/embed.config.ts')).default;
  if (mode === 'single') return (await import('./scripts/vite/single.config.ts')).default;
  return app;
});
