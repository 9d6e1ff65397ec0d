// V8's explicit compile hint: a file that starts with `//# allFunctionsCalledOnLoad` has every
// function compiled as the file is loaded (off the main thread while it streams), instead of each
// one the first time it runs. The files of the first view run nearly all their functions on the
// way to the first map (the element, the dataset's check, the view model, the map, the legend, the
// timeline), and each first call of a function not compiled yet stops the main thread to compile
// it: with the hint, the first map came 10-20 % sooner after the data here (docs/performance.md).
// Only the first view's files get it; a feature loaded on first use compiles as it runs.
// Other engines read the line as the comment it is.
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entry chunks and every chunk they import statically: what a page runs as it loads. */
function loadedWithEntries(bundle: OutputBundle): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string): void => {
    const chunk = bundle[fileName];
    if (found.has(fileName) || chunk?.type !== 'chunk') return;
    found.add(fileName);
    chunk.imports.forEach(visit);
  };
  for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) visit(file.fileName);
  return found;
}

/**
 * Puts the hint first in the first view's chunks: the entries, what they import statically, and
 * the chunks named in `alsoNamed` (the explorer imports its map just after its first paint). It is
 * added after minification (a minifier drops comments); a chunk's source map moves down the line.
 */
export function compileHintsPlugin(alsoNamed: readonly string[] = []): Plugin {
  return {
    name: 'cdm-compile-hints',
    apply: 'build',
    // Last: Vite's own generateBundle puts its preload list (`__vite__mapDeps`) at the top of a chunk.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const firstView = loadedWithEntries(bundle);
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !(firstView.has(file.fileName) || alsoNamed.includes(file.name))) continue;
          if (file.code.startsWith(COMPILE_HINT)) continue;
          file.code = `${COMPILE_HINT}\n${file.code}`;
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
          const mapAsset = bundle[`${file.fileName}.map`];
          if (mapAsset?.type === 'asset' && typeof mapAsset.source === 'string') {
            const map = JSON.parse(mapAsset.source) as { mappings: string };
            map.mappings = `;${map.mappings}`;
            mapAsset.source = JSON.stringify(map);
          }
        }
      },
    },
  };
}
