// Validates data/*.csv and compiles them into public/generated/dataset.json, and the same file
// under its version (dataset.<version>.json) beside it: what a `dataset-version` pin loads, so
// the explorer's "Embed this view" snippets work from the explorer's own host too.
// Every problem is printed at once as `file:line:column: message; fix`; on any problem the
// script exits 1 and writes nothing. Usage: tsx scripts/build-data.ts [--data-dir DIR] [--out FILE]
// [--overlay DIR] (files in DIR replace their namesakes in the data dir: how the tests try one
// broken file against the real data).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileDataset, type CompileOptions, type CompileResult, type DataInputs } from '../src/lib/data/compile';
import { decodeDataFile } from '../src/lib/data/file-checks';
import { formatIssue } from '../src/lib/data/issues';
import { unreadableFile } from '../src/lib/data/tables';
import { DATA_FILES, type DataFileKey } from '../src/lib/data/schema';
import { versionedDatasetFileName } from '../src/lib/asset-defaults';

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_OUT = 'public/generated/dataset.json';

/**
 * Reads every data file in `dir` (a file in `overlayDir` replaces its namesake); names in messages
 * are relative to the cwd. A missing file, a folder in a file's place and bytes that are not UTF-8
 * become that file's problem, so every file is reported the same way.
 */
export function readDataDir(dir: string, overlayDir?: string): DataInputs {
  const inputs: DataInputs = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const name = DATA_FILES[key].file;
    const path = overlayDir && existsSync(join(overlayDir, name)) ? join(overlayDir, name) : join(dir, name);
    const file = relative(process.cwd(), path).split('\\').join('/');
    if (!existsSync(path)) {
      inputs[key] = { file, text: '', problem: { line: 1, message: unreadableFile(key, file, 'missing') } };
    } else if (statSync(path).isDirectory()) {
      inputs[key] = { file, text: '', problem: { line: 1, message: unreadableFile(key, file, 'folder') } };
    } else {
      const decoded = decodeDataFile(readFileSync(path));
      inputs[key] = 'text' in decoded ? { file, text: decoded.text } : { file, text: '', problem: decoded.problem };
    }
  }
  return inputs;
}

/** Compiles the data in `dataDir` (the real data/ by default). */
export function compileDataDir(dataDir = DEFAULT_DATA_DIR, overlayDir?: string, options?: CompileOptions): CompileResult {
  return compileDataset(readDataDir(dataDir, overlayDir), options);
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

export function main(args: string[]): number {
  const dataDir = argValue(args, '--data-dir') ?? DEFAULT_DATA_DIR;
  const out = argValue(args, '--out') ?? DEFAULT_OUT;
  const { dataset, issues } = compileDataDir(dataDir, argValue(args, '--overlay'));
  if (!dataset) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`build-data: ${issues.length} problem(s) in ${dataDir}/; nothing written to ${out}`);
    return 1;
  }
  const json = JSON.stringify(dataset);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, json);
  const pinned = join(dirname(out), versionedDatasetFileName(dataset.version));
  writeFileSync(pinned, json);
  const gzip = gzipSync(json).length;
  console.log(
    `build-data: wrote ${out} (${dataset.events.length} events, ${dataset.sources.length} sources, ` +
      `${dataset.quotes.length} quotes; ${(json.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip; version ${dataset.version}) and ${pinned}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
