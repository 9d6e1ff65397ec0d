// A pinned article's dataset written by an earlier build (README, "Pin the data"): its shape
// passes the check, so it is read, and it must read as it did then: the verbs in their past
// tense made "31 signeded", and a file with no default declaration opened on the 2015 GGE.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readOlderDataset } from '../../src/lib/older-dataset';
import { datasetProblem } from '../../src/lib/validate-dataset';
import { indexDataset } from '../../src/lib/dataset-index';
import { explorerData, explorerView, EMPTY_VIEW } from '../../src/lib/explorer-view';
import { resolveViewState } from '../../src/lib/view-state';
import type { Dataset } from '../../src/lib/types';

const current = JSON.parse(readFileSync('public/generated/dataset.json', 'utf8')) as Dataset;

/** The current data in the shape the builds before 2026-12-05 wrote: no marker, no default, past tenses. */
function writtenBefore(): Dataset {
  const d = structuredClone(current) as Dataset & { schema?: number };
  delete d.schema;
  for (const decl of d.declarations) {
    delete decl.isDefault;
    decl.verb = { adopt: 'adopted', sign: 'signed', endorse: 'endorsed' }[decl.verb] ?? decl.verb;
  }
  return d;
}

/** What a reader sees first with no declaration asked for: the as-of line and the legend. */
function firstView(dataset: Dataset): { declaration: string; words: string } {
  const data = explorerData(dataset, 'en');
  const { state } = resolveViewState({}, data.context);
  const v = explorerView(data.ix, state, null, EMPTY_VIEW);
  return { declaration: state.declaration, words: [v.asOfTitle, v.asOf, ...v.legend.map((e) => `${e.label}: ${e.definition}`)].join(' | ') };
}

describe('readOlderDataset', () => {
  test('the old shape passes the check, as the README promises', () => {
    expect(datasetProblem(writtenBefore())).toBeNull();
  });

  test('read as it was: the Paris Call first, and its words in English', () => {
    const read = firstView(readOlderDataset(writtenBefore()));
    expect(read).toEqual(firstView(current));
    expect(read.declaration).toBe('paris-call-2018');
    expect(read.words).not.toMatch(/signeded|adopteded|endorseded|did not signed/);
  });

  test('without it, the old file opens on another declaration with broken words (the bug)', () => {
    const raw = firstView(writtenBefore());
    expect(raw.declaration).not.toBe('paris-call-2018');
    const paris = explorerView(explorerData(writtenBefore(), 'en').ix, resolveViewState({ declaration: 'paris-call-2018' }, explorerData(writtenBefore(), 'en').context).state, null, EMPTY_VIEW);
    expect(`${paris.asOf} ${paris.legend.map((e) => e.label).join(' ')}`).toMatch(/signeded|did not signed/);
  });

  test('a current file is returned as it is; a file naming its own default keeps it', () => {
    expect(readOlderDataset(current)).toBe(current);
    const own = structuredClone(current);
    for (const d of own.declarations) d.isDefault = d.id === 'dfi-2022';
    expect(readOlderDataset(own)).toBe(own);
    expect(indexDataset(readOlderDataset(own)).defaultDeclaration).toBe('dfi-2022');
  });

  test('a file without the Paris Call and without a default opens on its first declaration', () => {
    const other = writtenBefore();
    other.declarations = other.declarations.filter((d) => d.id !== 'paris-call-2018');
    other.events = other.events.filter((e) => e.declarationId !== 'paris-call-2018');
    expect(indexDataset(readOlderDataset(other)).defaultDeclaration).toBe(other.declarations[0]!.id);
  });
});
