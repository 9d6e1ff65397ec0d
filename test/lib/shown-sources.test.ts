// The source line of every surface cites what its view shows on its date, by one rule
// (source-credits.ts shownSourceIds): the images, the article's credit line, the presentation.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditedSources } from '../../src/lib/article-credit';
import { stepEvidence } from '../../src/lib/briefing-notes';
import { indexDataset } from '../../src/lib/dataset-index';
import { viewSpec, type ExportView } from '../../src/lib/export-view';
import { shownSourceIds, viewDeclarationIds } from '../../src/lib/source-credits';
import { statusAt } from '../../src/lib/status';
import { buildTour } from '../../src/lib/tour';
import type { CompiledAtlas, Dataset, IsoDate } from '../../src/lib/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Every "12 Nov 2018" / "Nov 2018" printed in a line, as YYYY-MM(-DD). */
function printedDates(line: string): string[] {
  return [...line.matchAll(/\b(?:(\d{1,2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g)].map((m) => {
    const month = String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0');
    return m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`;
  });
}

const REAL_ATLAS = 'public/generated/atlas.json';
const REAL_DATASET = 'public/generated/dataset.json';

describe.skipIf(!existsSync(REAL_ATLAS) || !existsSync(REAL_DATASET))('source lines on the real data', () => {
  const atlas = JSON.parse(readFileSync(REAL_ATLAS, 'utf8')) as CompiledAtlas;
  const dataset = JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset;
  const ix = indexDataset(dataset);
  const line = (v: Omit<ExportView, 'atlas' | 'dataset'>) => viewSpec({ atlas, dataset, ...v }).sourceLine;

  /** Publishers of the evidence the map draws on `date`: each state's status and its earlier record, and headline counts by then. */
  function publishersBehindMap(ids: readonly string[], date: IsoDate): Set<string> {
    const sourceIds = new Set<string>();
    for (const id of ids) {
      const decl = ix.declarations.get(id)!;
      if (date < decl.launch) continue;
      for (const iso3 of ix.countries.keys()) {
        const at = statusAt(ix, id, iso3, date);
        for (const e of at.history) if (e === at.event || e.date <= date) sourceIds.add(e.sourceId), (e.moreSourceIds ?? []).forEach((s) => sourceIds.add(s));
      }
      for (const h of decl.headlineCounts) if (h.asOf <= date) sourceIds.add(h.sourceId);
    }
    return new Set([...sourceIds].map((s) => ix.sources.get(ix.sources.get(s)?.copyOf ?? s)?.publisher ?? '').filter(Boolean));
  }

  it('the "all declarations" image as of 1 Jun 2021 cites no source published later, and only publishers behind the map', () => {
    const text = line({ declaration: 'paris-call-2018', view: 'all', date: '2021-06-01' });
    expect(text).not.toContain('The White House');
    for (const day of printedDates(text.split(' · ')[0]!)) expect(day <= '2021-06-01', `${day} in ${text}`).toBe(true);
    const behind = publishersBehindMap([...ix.declarations.keys()], '2021-06-01');
    for (const s of dataset.sources) {
      if (s.publisher && !behind.has(s.publisher) && ![...behind].some((p) => p.includes(s.publisher))) expect(text, s.publisher).not.toContain(s.publisher);
    }
  });

  it('an image before the launch cites nothing: its map shows no evidence', () => {
    const text = line({ declaration: 'dfi-2022', view: 'declaration', date: '2019-01-01' });
    expect(printedDates(text.split(' · ')[0]!)).toEqual([]);
    expect(text).toBe(`Sources: none recorded · cyber-declarations-map dataset ${dataset.version}`);
  });

  it('compare and change images cite what both sides show by the day', () => {
    // Before the DFI's launch, a comparison with it rests on the Paris Call's evidence alone.
    const compare = line({ declaration: 'paris-call-2018', with: 'dfi-2022', view: 'compare', date: '2021-06-01' });
    for (const day of printedDates(compare.split(' · ')[0]!)) expect(day <= '2021-06-01', `${day} in ${compare}`).toBe(true);
    const change = line({ declaration: 'paris-call-2018', from: '2019-01-01', view: 'change', date: '2021-06-01' });
    expect(change).not.toContain('10 Nov 2021');
  });

  it('the article credit line names the same publishers as the image of the same view', () => {
    const views: Array<Omit<ExportView, 'atlas' | 'dataset'>> = [
      { declaration: 'paris-call-2018', view: 'all', date: '2021-06-01' },
      { declaration: 'dfi-2022', view: 'declaration', date: '2019-01-01' },
      { declaration: 'paris-call-2018', view: 'declaration', date: '2018-11-12' },
      { declaration: 'paris-call-2018', with: 'dfi-2022', view: 'compare', date: '2022-12-31' },
      { declaration: 'paris-call-2018', from: '2019-01-01', view: 'change', date: '2020-06-30' },
    ];
    for (const v of views) {
      const credits = creditedSources(ix, viewDeclarationIds({ with: null, ...v }), v.date, 4);
      expect(line(v), JSON.stringify(v)).toBe(`Sources: ${credits} · cyber-declarations-map dataset ${dataset.version}`);
    }
  });

  it("the presentation's launch steps cite what the launch map shows, by the same rule", () => {
    const launches = buildTour(dataset).filter((s) => s.kind === 'launch');
    expect(launches.length).toBe(dataset.declarations.length);
    for (const step of launches) {
      expect(new Set(stepEvidence(ix, step).sourceIds), step.declarationId).toEqual(new Set(shownSourceIds(dataset, [step.declarationId], step.date)));
    }
  });
});
