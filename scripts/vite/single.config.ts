// `vite build --mode single`: dist/cyber-declarations-map.html, ONE file with the code, the atlas
// and the dataset inlined (src/offline/), for briefings in rooms without internet: it opens from
// disk (file://) and works fully with the network off (explorer, presentation, exports).
// Runs after the app build in `npm run build`, so it must not empty dist/. Needs
// public/generated/ (`npm run build:data`) first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { datasetWordsPlugin } from './dataset-words.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const SINGLE_FILE_NAME = 'cyber-declarations-map.html';

function requireGeneratedData(): Plugin {
  return {
    name: 'cdm-single-requires-data',
    apply: 'build',
    buildStart() {
      for (const file of ['atlas.json', 'dataset.json']) {
        if (!existsSync(join(ROOT, 'public/generated', file))) {
          this.error(`public/generated/${file} is missing: run \`npm run build:data\` before \`vite build --mode single\``);
        }
      }
    },
  };
}

const config: UserConfig = {
  root: ROOT,
  base: './',
  // Nothing is copied beside the file: everything it needs is inside it.
  publicDir: false,
  plugins: [requireGeneratedData(), datasetWordsPlugin(), viteSingleFile({ outputFileName: SINGLE_FILE_NAME, removeViteModuleLoader: true })],
  build: {
    target: 'es2022',
    outDir: join(ROOT, 'dist'),
    emptyOutDir: false,
    // Everything inline: the file must not ask for a single other resource.
    assetsInlineLimit: () => true,
    modulePreload: false,
    rollupOptions: {
      input: { offline: join(ROOT, 'src/offline/index.html') },
    },
  },
};

export default config;
