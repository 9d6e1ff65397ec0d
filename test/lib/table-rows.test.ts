import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER } from '../../src/lib/status-words';
import { signedCountsAt } from '../../src/lib/all-view';
import { createCountryNamer } from '../../src/lib/country-names';
import { indexDataset } from '../../src/lib/dataset-index';
import { statusesAt } from '../../src/lib/status';
import {
  allRows,
  declarationRows,
  eventDateText,
  sortAllRows,
  sortDeclarationRows,
  type DeclarationRow,
} from '../../src/lib/table-rows';
import type { Dataset, EndorsementEvent } from '../../src/lib/types';
import { realDataset } from './data/real-dataset';

const { dataset, ix } = realDataset();
const name = createCountryNamer(dataset.countries);

describe('declarationRows', () => {
  it('gives every country the status the map shows (statusesAt)', () => {
    for (const date of ['2018-11-12', '2019-12-31', '2022-12-31']) {
      const rows = declarationRows(ix, 'paris-call-2018', date, name);
      expect(rows).toHaveLength(dataset.countries.length);
      const map = statusesAt(ix, 'paris-call-2018', date);
      for (const r of rows) expect(r.status).toBe(map.get(r.iso3));
    }
  });

  it('carries the date with its precision and the linked source', () => {
    const at = (date: string) => new Map(declarationRows(ix, 'paris-call-2018', date, name).map((r) => [r.iso3, r]));
    const before = at('2019-12-31');
    expect(before.get('USA')).toMatchObject({ status: 'refused', date: '2018-11-12', dateText: '12 Nov 2018' });
    expect(before.get('USA')!.sourceUrl).toMatch(/^https?:\/\/www\.circleid\.com\//);
    expect(before.get('ALB')).toMatchObject({ status: 'signed', dateText: 'on or before 16 Sep 2019' });
    expect(before.get('ALB')!.sourceTitle).toBeTruthy();
    expect(at('2022-12-31').get('USA')).toMatchObject({ status: 'signed', date: '2021-11-10', dateText: '10 Nov 2021' });
    const absent = [...before.values()].find((r) => r.status === 'absent')!;
    expect(absent).toMatchObject({ date: null, dateText: '', sourceTitle: null, sourceUrl: null });
  });

  it('never hands out a non-http(s) link, but still names the source', () => {
    const hostile: Dataset = structuredClone(dataset);
    for (const s of hostile.sources) s.url = 'javascript:alert(1)';
    const hix = indexDataset(hostile);
    const rows = declarationRows(hix, 'paris-call-2018', '2022-12-31', name).filter((r) => r.status === 'signed');
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.sourceUrl === null && r.sourceTitle)).toBe(true);
  });
});

describe('eventDateText', () => {
  const e = (over: Partial<EndorsementEvent>): EndorsementEvent => ({
    declarationId: 'paris-call-2018',
    country: 'FRA',
    status: 'signed',
    date: '2019-09-16',
    precision: 'day',
    earliest: null,
    disputed: false,
    sourceId: 'x',
    quoteId: null,
    wording: '',
    datedBy: 'source',
    note: '',
    ...over,
  });
  it('writes each precision and flags disputes', () => {
    expect(eventDateText(e({}))).toBe('16 Sep 2019');
    expect(eventDateText(e({ precision: 'on-or-before' }))).toBe('on or before 16 Sep 2019');
    expect(eventDateText(e({ precision: 'month', date: '2019-09-01' }))).toBe('in Sep 2019');
    expect(eventDateText(e({ disputed: true }))).toBe('16 Sep 2019 (disputed)');
  });
});

describe('sortDeclarationRows', () => {
  const rows = declarationRows(ix, 'paris-call-2018', '2019-12-31', name);
  const names = (rs: DeclarationRow[]) => rs.map((r) => r.name);

  it('sorts by country name both ways', () => {
    const up = sortDeclarationRows(rows, 'country', 'ascending');
    expect(up[0]!.iso3).toBe('AFG');
    expect(names(sortDeclarationRows(rows, 'country', 'descending'))).toEqual(names(up).reverse());
  });

  it('sorts by status in legend order, ties by name', () => {
    const up = sortDeclarationRows(rows, 'status', 'ascending');
    const ranks = up.map((r) => LEGEND_ORDER.indexOf(r.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const signed = up.filter((r) => r.status === 'signed');
    expect(names(signed)).toEqual(names(sortDeclarationRows(signed, 'country', 'ascending')));
    expect(sortDeclarationRows(rows, 'status', 'descending')[0]!.status).toBe('absent');
  });

  it('sorts by date with undated rows last in both directions', () => {
    for (const dir of ['ascending', 'descending'] as const) {
      const sorted = sortDeclarationRows(rows, 'date', dir);
      const dated = sorted.filter((r) => r.date !== null);
      expect(sorted.slice(0, dated.length)).toEqual(dated);
      const dates = dated.map((r) => r.date!);
      const expected = [...dates].sort();
      expect(dates).toEqual(dir === 'ascending' ? expected : expected.reverse());
    }
  });

  it('sorts by source title with unsourced rows last', () => {
    const sorted = sortDeclarationRows(rows, 'source', 'ascending');
    expect(sorted.at(-1)!.sourceTitle).toBeNull();
    expect(sorted[0]!.sourceTitle).not.toBeNull();
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortDeclarationRows(rows, 'status', 'descending');
    expect(rows).toEqual(copy);
  });
});

describe('allRows', () => {
  it('counts the signed declarations as the map does and gives each status', () => {
    const rows = allRows(ix, '2022-12-31', name);
    const counts = signedCountsAt(ix, '2022-12-31');
    for (const r of rows) expect(r.signedCount).toBe(counts.get(r.iso3));
    const usa = rows.find((r) => r.iso3 === 'USA')!;
    expect(usa.signedCount).toBe(5);
    expect(Object.keys(usa.statuses)).toEqual(['gge-2015', 'paris-call-2018', 'joint-statement-2019', 'g7-2021', 'dfi-2022']);
    expect(rows.find((r) => r.iso3 === 'BRA')!.statuses['g7-2021']).toBe('not-member');
  });

  it('sorts by count, by one declaration, and by name', () => {
    const rows = allRows(ix, '2022-12-31', name);
    const byCount = sortAllRows(rows, 'count', 'descending');
    expect(byCount[0]!.signedCount).toBe(5);
    expect(byCount.at(-1)!.signedCount).toBe(0);
    const byG7 = sortAllRows(rows, 'g7-2021', 'ascending');
    expect(byG7[0]!.statuses['g7-2021']).toBe('signed');
    expect(byG7.at(-1)!.statuses['g7-2021']).toBe('not-member');
    expect(sortAllRows(rows, 'country', 'ascending')[0]!.iso3).toBe('AFG');
  });
});
