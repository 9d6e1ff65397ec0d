// Size budgets of issue 8, shared by the failing tests (test/e2e/budgets.test.ts) and the bench
// table. Sizes only: wall-clock times are measured by `npm run bench`, never asserted in tests.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** 1 KB = 1024 bytes throughout the budgets and the bench table. */
export const KB = 1024;

/** gzip level used for every "bytes over the wire" figure: what `gzip -9` or a static host sends. */
export const GZIP_LEVEL = 9;

export const BUDGETS = {
  /** public/generated/atlas.json, gzip. */
  atlas: 45 * KB,
  /** public/generated/dataset.json, gzip. */
  dataset: 25 * KB,
  /**
   * The embed's core module (dist/embed/cyber-declarations-map.js), gzip: what an article loads
   * first, everything the first map, its legend, timeline and sidebar need.
   */
  embedJs: 40 * KB,
  /** Each lazy chunk of the embed (dist/embed/chunks/<name>-<hash>.js), gzip, by chunk name. */
  embedChunks: {
    /** Zoom and pan (d3-zoom, d3-selection, d3-transition), fetched just after the first map. */
    'map-zoom': 19 * KB,
    /** The data table, fetched when a reader opens the Table view. */
    'data-table': 4 * KB,
    /** The compare and change views (view=compare, view=change), fetched the first time one is shown. */
    'pair-views': 4 * KB,
    /** The sidebar (facts, sources, quotes, the country record), fetched just after the first map. */
    sidebar: 6 * KB,
    /** The bundler's runtime helpers that the zoom chunk imports. */
    'rolldown-runtime': 1 * KB,
    /** Following the page URL (`sync-url`): a page that is only the map asks for it, an article never. */
    'url-sync-controller': 1 * KB,
  } as Record<string, number>,
  /**
   * Every JavaScript file of the embed together, gzip: 60 KB, plus the compare and change views'
   * chunk and the sidebar's (68 KB), plus 1 KB on 2026-12-06 for what a reader and an embedder were
   * found to miss: older pinned datasets read as written, the theme from any ancestor, a credit
   * line citing only the evidence shown on the day, the iframe's load status (docs/performance.md);
   * 70 KB from the same afternoon, when the URL's code left the core module for a chunk of its own
   * (its import adds a little) to make room for the keyboard and screen-reader fixes.
   */
  embedJsWithLazyChunks: 70 * KB,
} as const;

export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

export function gzipFileBytes(path: string): number {
  return gzipBytes(readFileSync(path));
}

/** Every file under `dir` (recursive) whose name ends with one of `exts`. */
export function filesUnder(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, exts));
    else if (exts.some((ext) => name.endsWith(ext))) out.push(path);
  }
  return out.sort();
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** A budget as people write it: "45 KB", not "45.0 KB". */
export function formatBudget(bytes: number): string {
  return formatKb(bytes).replace('.0 KB', ' KB');
}

/** Null when within budget, else the sentence a failing test shows. */
export function overBudget(label: string, bytes: number, budget: number): string | null {
  if (bytes <= budget) return null;
  return `${label} is ${formatKb(bytes)} gzip, budget ${formatBudget(budget)}`;
}
