// `npm run data:check`: per declaration, our counts at launch and at the end of 2022 beside the
// headline counts each source reports, then every conflict (counts that disagree, disputed
// listings). Conflicts are kept in the data and shown, never resolved silently.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDay } from '../src/lib/dates';
import { formatIssue } from '../src/lib/data/issues';
import { indexDataset, type DatasetIndex } from '../src/lib/dataset-index';
import { checkHeadline } from '../src/lib/headline-agreement';
import { countsAt } from '../src/lib/status';
import { countsPhrase } from '../src/lib/status-words';
import type { Declaration } from '../src/lib/types';
import { compileDataDir, DEFAULT_DATA_DIR } from './build-data';

/** The seed articles' texts (not part of the repo): CDM_SEEDS_DIR, else where this workspace keeps them. */
const SEEDS_DIR = process.env.CDM_SEEDS_DIR ?? join('..', 'shared', 'seeds');

function countsLine(ix: DatasetIndex, decl: Declaration, date: string): string {
  return countsPhrase(countsAt(ix, decl.id, date), decl);
}


/** "refused: 5 (“have refused to sign” 3, refused to sign 1, …)": rows of each wording per status. */
function wordingLines(ix: DatasetIndex, decl: Declaration): string[] {
  const lines: string[] = [];
  for (const status of ['refused', 'not-signed'] as const) {
    const byWords = new Map<string, number>();
    for (const e of ix.dataset.events) {
      if (e.declarationId === decl.id && e.status === status) byWords.set(e.wording, (byWords.get(e.wording) ?? 0) + 1);
    }
    const total = [...byWords.values()].reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    lines.push(`    ${status}: ${total} row(s)`);
    for (const [words, n] of byWords) lines.push(`      ${String(n).padStart(3)} × ${words}`);
  }
  return lines;
}

export function dataCheckReport(ix: DatasetIndex): string {
  const lines: string[] = [];
  const conflicts: string[] = [];
  lines.push(`Dataset ${ix.dataset.version}: ${ix.dataset.events.length} events, ${ix.dataset.sources.length} sources, ${ix.dataset.quotes.length} quotes, ${ix.dataset.context.length} context events`);
  for (const decl of ix.dataset.declarations) {
    lines.push('', `${decl.id}: ${decl.shortName} (launched ${formatDay(decl.launch)}, ${decl.membership}${decl.members ? `, ${decl.members.length} members` : ''})`);
    lines.push(`  our data at launch:       ${countsLine(ix, decl, decl.launch)}`);
    lines.push(`  our data at ${formatDay(ix.range.end)}:  ${countsLine(ix, decl, ix.range.end)}`);
    const wordings = wordingLines(ix, decl);
    lines.push(`  not taking part, by the sources' wording:${wordings.length ? '' : ' none recorded'}`, ...wordings);
    lines.push('  headline counts reported by sources:');
    for (const h of decl.headlineCounts) {
      const verdict = checkHeadline(ix, decl.id, h);
      const tag = verdict.agreement === 'conflict' ? 'CONFLICT' : verdict.agreement;
      const detail = verdict.agreement === 'consistent' || verdict.agreement === 'conflict' || verdict.agreement === 'later' ? ` (${verdict.words})` : '';
      lines.push(`    ${formatDay(h.asOf).padEnd(11)} ${h.label} [${h.sourceId}] -> ${tag}${detail}`);
      if (verdict.agreement === 'conflict') conflicts.push(`${decl.id}: ${h.sourceId} says ${h.label} (${h.states}) on ${formatDay(h.asOf)}; ${verdict.words}`);
    }
    if (decl.nonState.length > 0) {
      lines.push('  non-state endorsers:');
      for (const n of decl.nonState) {
        lines.push(`    ${formatDay(n.date).padEnd(11)} ${n.count === null ? '' : `${n.count} `}${n.name} (${n.kind}) [${n.sourceId}]`);
      }
    }
    for (const e of ix.dataset.events) {
      if (e.declarationId === decl.id && e.disputed) {
        conflicts.push(`${decl.id}: ${e.country} listed as signing on ${formatDay(e.date)} but disputed (shown as listing disputed) [${[e.sourceId, ...(e.moreSourceIds ?? [])].join(', ')}]`);
      }
      if (e.declarationId === decl.id && /leaves .* out|conflict/i.test(e.note)) {
        conflicts.push(`${decl.id}: ${e.country}: ${e.note}`);
      }
    }
  }
  lines.push('', `Conflicts and gaps (${conflicts.length}):`, ...conflicts.map((c) => `  - ${c}`));

  const cited = new Set<string>();
  for (const e of ix.dataset.events) [e.sourceId, ...(e.moreSourceIds ?? [])].forEach((id) => cited.add(id));
  for (const q of ix.dataset.quotes) cited.add(q.sourceId);
  for (const c of ix.dataset.context) cited.add(c.sourceId);
  for (const d of ix.dataset.declarations) {
    d.headlineCounts.forEach((h) => cited.add(h.sourceId));
    d.nonState.forEach((n) => cited.add(n.sourceId));
  }
  const unused = ix.dataset.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
  lines.push('', `Sources listed but not cited by any row (${unused.length}): ${unused.join(', ') || '-'}`);

  if (existsSync(SEEDS_DIR)) {
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    const bad: string[] = [];
    let checked = 0;
    for (const q of ix.dataset.quotes) {
      const seed = ix.sources.get(q.sourceId)?.seed;
      if (!seed) continue;
      checked += 1;
      const article = squash(readFileSync(join(SEEDS_DIR, seed), 'utf8'));
      if (!q.text.split(' \u2026 ').every((part) => article.includes(squash(part)))) bad.push(q.id);
    }
    lines.push(`Quotes from seed articles: ${checked} checked, ${bad.length === 0 ? 'all verbatim' : `NOT verbatim: ${bad.join(', ')}`}`);
  } else {
    lines.push(`Quotes from seed articles: not checked (no folder of the articles' texts at ${SEEDS_DIR}; set CDM_SEEDS_DIR to one)`);
  }
  return lines.join('\n');
}

function main(args: string[]): number {
  const index = args.indexOf('--data-dir');
  const dataDir = index >= 0 ? (args[index + 1] ?? DEFAULT_DATA_DIR) : DEFAULT_DATA_DIR;
  const { dataset, issues } = compileDataDir(dataDir);
  if (!dataset) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`data-check: ${issues.length} problem(s); fix them first (npm run build:data shows the same list)`);
    return 1;
  }
  console.log(dataCheckReport(indexDataset(dataset)));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
