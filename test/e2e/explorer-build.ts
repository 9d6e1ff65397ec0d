// The built explorer for the end-to-end tests: `vite build` into a folder of the test's own (so
// tests never race on, or trust, a stale dist/), and Vite's manifest of that build, read by the
// tests that check what the explorer loads when.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { startStaticServer, type ServerOptions, type StaticServer } from '../../scripts/static-server';

/** Builds the explorer and its pages (index.html, embed.html) into `outDir`, with the manifest. */
export function buildExplorer(outDir: string): void {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Builds the explorer into `outDir`, serves that folder and opens Debian's Chromium: each end-to-end test's setup. */
export async function openBuiltExplorer(outDir: string, serve: ServerOptions = {}): Promise<{ server: StaticServer; browser: Browser }> {
  buildExplorer(outDir);
  const server = await startStaticServer([outDir], serve);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return { server, browser };
}

/** Closes what openBuiltExplorer opened (either may be missing when the setup failed). */
export async function closeBuiltExplorer(server: StaticServer | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}

export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files (`assets/x.js`) the chunk `key` loads with it: itself and its static imports, recursively, added to `seen`. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}
