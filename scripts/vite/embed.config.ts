// `vite build --mode embed`: dist/embed/, what a newsroom copies next to its article.
//   cyber-declarations-map.js           ONE ES module (Lit, D3 and the element bundled; no CSS file)
//   generated/atlas.json                the atlas it loads by default (beside the module)
//   generated/dataset.json              the newest dataset
//   generated/dataset.<version>.json    the same dataset under its version, for `dataset-version`
//   example.html, example.css           a long article embedding two maps (from test/embed/article.html)
// The module finds its assets relative to its own URL (src/embed.ts), so it only ever requests
// files from the host it was loaded from. Needs public/generated/ (`npm run build:data`) first.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { minifyTemplateLiteralsPlugin } from './minify-template-literals.ts';
import { compileHintsPlugin } from './compile-hints.ts';
import { versionedDatasetFileName } from '../../src/lib/asset-defaults.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** dist/embed, or elsewhere for tests that must not race other builds (CDM_EMBED_OUT_DIR). */
const OUT_DIR = resolve(ROOT, process.env.CDM_EMBED_OUT_DIR || 'dist/embed');
const GENERATED = join(ROOT, 'public/generated');
export const EMBED_FILE_NAME = 'cyber-declarations-map.js';

/**
 * An embed must add no global variables to the host page, but Lit writes three kinds to
 * `globalThis`: version registries (litHtmlVersions, litElementVersions, reactiveElementVersions)
 * that only warn about duplicate copies, and `litPropertyMetadata`, a WeakMap its standard
 * decorators share with ReactiveElement. The registries are dropped; the WeakMap becomes one
 * module-scoped map that both Lit modules import. test/e2e/embed-build.test.ts checks the page's
 * globals before and after loading the bundle, so a Lit update that changes these lines shows.
 */
const LIT_VERSION_REGISTRY = /\(\s*[\w$.]+\.(?:litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\(\s*"[^"]*"\s*\)/g;
const LIT_METADATA_INIT = /[\w$]+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(?:\(\))?/g;
const LIT_METADATA_REF = /(?<![\w$.])litPropertyMetadata(?![\w$])/g;
const METADATA_MODULE = '\0cdm-lit-property-metadata';
const METADATA_LOCAL = '__cdmLitPropertyMetadata';

function keepLitOffGlobalThis(): Plugin {
  return {
    name: 'cdm-keep-lit-off-globalthis',
    resolveId: (id) => (id === METADATA_MODULE ? id : null),
    load: (id) => (id === METADATA_MODULE ? 'export const metadata = new WeakMap();' : null),
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      let out = code.replace(LIT_VERSION_REGISTRY, 'void 0');
      if (out.includes('litPropertyMetadata')) {
        out = out.replace(LIT_METADATA_INIT, 'void 0').replace(/globalThis\.litPropertyMetadata/g, METADATA_LOCAL).replace(LIT_METADATA_REF, METADATA_LOCAL);
        out = `import { metadata as ${METADATA_LOCAL} } from ${JSON.stringify(METADATA_MODULE)};\n${out}`;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Copies the atlas, the dataset (and its version-pinned twin) and the example page beside the module. */
function embedAssets(): Plugin {
  return {
    name: 'cdm-embed-assets',
    apply: 'build',
    buildStart() {
      for (const file of ['atlas.json', 'dataset.json']) {
        if (!existsSync(join(GENERATED, file))) {
          this.error(`public/generated/${file} is missing: run \`npm run build:data\` before \`vite build --mode embed\``);
        }
      }
    },
    writeBundle() {
      const outGenerated = join(OUT_DIR, 'generated');
      mkdirSync(outGenerated, { recursive: true });
      copyFileSync(join(GENERATED, 'atlas.json'), join(outGenerated, 'atlas.json'));
      const datasetText = readFileSync(join(GENERATED, 'dataset.json'), 'utf8');
      const version: unknown = (JSON.parse(datasetText) as { version?: unknown }).version;
      if (typeof version !== 'string' || version.trim() === '') {
        this.error('public/generated/dataset.json has no `version`: cannot write the version-pinned copy');
      }
      writeFileSync(join(outGenerated, 'dataset.json'), datasetText);
      writeFileSync(join(outGenerated, versionedDatasetFileName(version)), datasetText);
      const example = join(ROOT, 'test/embed/article.html');
      if (existsSync(example)) {
        mkdirSync(dirname(join(OUT_DIR, 'example.html')), { recursive: true });
        copyFileSync(example, join(OUT_DIR, 'example.html'));
        // Its styles, a file of their own so the page works under a strict style-src.
        copyFileSync(join(ROOT, 'test/embed/example.css'), join(OUT_DIR, 'example.css'));
      }
    },
  };
}

/**
 * Vite's lib mode makes terser keep its `/* @__PURE__ *\/` marks (55 in the core module, 89 bytes
 * gzip) for a bundler that would tree-shake the module again; the page runs it as it is, and the
 * module registers the element, so a bundler keeps it whole anyway. Not done in a source-mapped
 * build (`CDM_EMBED_SOURCEMAP=1`, for reading bytes per file), whose columns it would shift.
 */
function dropPureAnnotations(): Plugin {
  return {
    name: 'cdm-drop-pure-annotations',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && !file.map) file.code = file.code.replaceAll('/* @__PURE__ */', '');
        }
      },
    },
  };
}

const config: UserConfig = {
  root: ROOT,
  // Nothing from public/ is copied wholesale: only the files the module loads (plugin above).
  publicDir: false,
  // Always the production build of every dependency (Lit's dev build adds globals, warnings and
  // 15 KB), even when NODE_ENV says otherwise (e.g. `test` when a test runs this build); and lib
  // mode leaves process.env.NODE_ENV for a consumer build step that an embed does not have.
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The compile hint goes on the module (the first view), never on the chunks fetched later.
  plugins: [minifyTemplateLiteralsPlugin(), keepLitOffGlobalThis(), embedAssets(), dropPureAnnotations(), compileHintsPlugin()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Terser rather than the built-in minifier: two compress passes make the module about 0.35 KB
    // gzip smaller, a third 63 bytes more, a fourth 9 (a fifth nothing; 2026-12-06), and ES2022
    // output (the build target) another 0.25 KB: the core's 40 KB budget (issue 15) needs them.
    // `unsafe_arrows` writes the 60 anonymous function expressions that use no `this` or
    // `arguments` as arrows (15 bytes): unsafe only for a function used with `new` or its
    // `prototype`, which none is (classes are classes at ES2022). Not `pure_getters`, which would
    // drop a getter read for its side effect. `hoist_funs` moves each scope's function declarations
    // to its top, where the language hoists them anyway: the helpers then sit together and gzip
    // finds more repeats (437 bytes, 2026-12-06).
    minify: 'terser',
    terserOptions: { ecma: 2022, module: true, compress: { passes: 4, unsafe_arrows: true, hoist_funs: true }, format: { comments: false } },
    sourcemap: process.env.CDM_EMBED_SOURCEMAP === '1',
    copyPublicDir: false,
    // No CSS file (styles live in shadow roots). One module for everything the map needs; the
    // only split chunk is the data table, fetched beside the module the first time a reader
    // opens the Table view.
    cssCodeSplit: false,
    lib: {
      entry: join(ROOT, 'src/embed.ts'),
      formats: ['es'],
      fileName: () => EMBED_FILE_NAME,
    },
    rolldownOptions: {
      // The module exports nothing a page imports (it registers the element), so its export list may grow.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Only the table's own code is split; what the map and the table share stays in the main
        // module (rolldown would otherwise move shared code into a chunk the module imports).
        advancedChunks: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'data-table', test: /cdm-data-table|table-rows/ },
            // The sidebar (facts, sources, quotes, the record), fetched just after the first map.
            { name: 'sidebar', test: /[\\/](cdm-sidebar|cdm-sidebar-styles|cdm-quote|record|quotes|headline-agreement)\.ts/ },
            // The compare and change views, fetched the first time one is asked for.
            { name: 'pair-views', test: /[\\/](pair-views|pair-style|compare-(view|view-model|words|palette))\.ts/ },
            // Zoom and pan (d3-zoom and the d3 modules it brings) arrive just after the first map.
            // (with the bundler's small runtime, which only d3's namespace re-exports there need).
            { name: 'map-zoom', test: /components[\\/]map-zoom\.ts|rolldown[\\/]runtime|[\\/]node_modules[\\/](d3|d3-(zoom|selection|transition|interpolate|color|dispatch|ease|timer|drag))[\\/]/ },
            // Following the page URL (sync-url): a page that is only the map asks for it, an article never.
            { name: 'url-sync-controller', test: /controllers[\\/]url-sync-controller\.ts/ },
            { name: 'cyber-declarations-map', test: /./ },
          ],
        },
      },
    },
  },
};

export default config;
