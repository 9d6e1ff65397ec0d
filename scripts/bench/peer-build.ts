// Builds the bench's peer page (test/bench/peer.html, Observable Plot) for production with Vite,
// into bench-results/peer/, and copies world-atlas 110m beside it (the peer fetches it as most
// Plot users would, rather than a precompiled atlas).
import { build } from 'vite';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PEER_OUT_DIR = resolve('bench-results/peer');
const WORLD_110M = resolve('node_modules/world-atlas/countries-110m.json');

export async function buildPeer(): Promise<string> {
  await build({
    configFile: false,
    root: resolve('test/bench'),
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: PEER_OUT_DIR,
      emptyOutDir: true,
      rollupOptions: { input: resolve('test/bench/peer.html') },
    },
  });
  copyFileSync(WORLD_110M, resolve(PEER_OUT_DIR, 'countries-110m.json'));
  return PEER_OUT_DIR;
}
