// Builds public/generated/atlas.json (a CompiledAtlas) from world-atlas and data/countries.csv.
// Thin CLI: the work is in src/lib/geo/compile-atlas.ts. Writes nothing unless everything worked.
//
//   npx tsx scripts/build-atlas.ts [--atlas-dir DIR] [--countries FILE] [--data-dir DIR] [--out FILE]
//
// Defaults: node_modules/world-atlas, data/countries.csv, public/generated/atlas.json; the data in
// --data-dir (default data/ with the default countries file) is validated with the atlas before
// anything is written, so a data error never leaves a new atlas beside an old dataset. Data
// problems are printed like build-data's, `file:line:column: message; fix`, all at once.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkCountryTable } from '../src/lib/countries';
import { CsvError, readCsv } from '../src/lib/csv';
import { decodeDataFile } from '../src/lib/data/file-checks';
import { formatIssue, type DataIssue } from '../src/lib/data/issues';
import { unreadableFile } from '../src/lib/data/tables';
import type { Country } from '../src/lib/types';
import { compileDataDir } from './build-data';
import { AtlasCompileError, compileAtlas, type AtlasSource } from '../src/lib/geo/compile-atlas';
import { AtlasInputError, asCountriesTopology } from '../src/lib/geo/topology';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Drawing resolution first; 50m places most microstate markers; 10m only Tuvalu (absent from 50m). */
const ATLAS_FILES = ['countries-110m.json', 'countries-50m.json', 'countries-10m.json'] as const;
const GENERATED_BY =
  'scripts/build-atlas.ts from world-atlas@2.0.2 countries-110m.json (+50m/10m for small states); do not edit';

const show = (path: string): string => relative(process.cwd(), path) || path;

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AtlasInputError(show(path), code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`);
  }
}

function readTopology(path: string): AtlasSource {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof AtlasInputError) throw error;
    throw new AtlasInputError(show(path), `is not valid JSON (${(error as Error).message}); reinstall world-atlas@2.0.2 with \`npm ci\``);
  }
  return { file: path.split('/').pop()!, topology: asCountriesTopology(json, show(path)) };
}

/** Prints every problem in the build's one format and exits: nothing is written. */
function fail(issues: DataIssue[], where: string, out: string): never {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`build-atlas: ${issues.length} problem(s) in ${where}; nothing written to ${show(out)}`);
  process.exit(1);
}

/** The country table, checked like every data file (encoding, syntax, every row at once). */
function readCountries(path: string, out: string): Country[] {
  const file = show(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? unreadableFile('countries', file, 'missing') : code === 'EISDIR' ? unreadableFile('countries', file, 'folder') : `cannot be read (${code ?? String(error)}); check its permissions`;
    return fail([{ file, line: 1, column: null, message }], file, out);
  }
  const decoded = decodeDataFile(bytes);
  if ('problem' in decoded) return fail([{ file, line: decoded.problem.line, column: null, message: decoded.problem.message }], file, out);
  let problems: CsvError[];
  try {
    const checked = checkCountryTable(readCsv(decoded.text, file));
    if (checked.problems.length === 0) return checked.countries;
    problems = checked.problems;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems = [error];
  }
  return fail(problems.map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.detail })), file, out);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'atlas-dir': { type: 'string', default: join(ROOT, 'node_modules/world-atlas') },
      countries: { type: 'string', default: join(ROOT, 'data/countries.csv') },
      'data-dir': { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'public/generated/atlas.json') },
    },
  });
  const atlasDir = resolve(values['atlas-dir']);
  const countriesPath = resolve(values.countries);
  const out = resolve(values.out);

  // The data first, then the atlas, before anything is written: one broken file writes nothing.
  const dataDir = values['data-dir'] ?? (values.countries === join(ROOT, 'data/countries.csv') ? join(ROOT, 'data') : undefined);
  if (dataDir) {
    const { issues } = compileDataDir(show(resolve(dataDir)));
    if (issues.length > 0) fail(issues, `${show(resolve(dataDir))}/`, out);
  }
  const countries = readCountries(countriesPath, out);
  const [first, ...rest] = ATLAS_FILES.map((file) => readTopology(join(atlasDir, file)));
  const { atlas, report } = compileAtlas({
    countries,
    sources: [first!, ...rest],
    countriesFile: show(countriesPath),
    generatedBy: GENERATED_BY,
  });

  const json = JSON.stringify(atlas);
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, json);
    renameSync(temp, out);
  } finally {
    rmSync(temp, { force: true });
  }

  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const byReason = (reason: string): string =>
    report.markers.filter((m) => m.reason === reason).map((m) => m.iso3).join(' ');
  console.log(`atlas: wrote ${show(out)} (${kb(json.length)}, ${kb(gzipSync(json).length)} gzip)`);
  console.log(`  ${atlas.countries.length} states, ${atlas.width} x ${atlas.height} px, ${report.markers.length} markers`);
  console.log(`  markers, absent at 110m: ${byReason('absent')}`);
  console.log(`  markers, too small at 110m: ${byReason('small')}`);
  console.log(`  other land (${report.otherLand.length}): ${report.otherLand.join(', ')}`);
}

try {
  main();
} catch (error) {
  if (error instanceof AtlasInputError || error instanceof AtlasCompileError) {
    console.error(`build-atlas failed; nothing written.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
