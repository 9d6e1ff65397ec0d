// The compare and change views' exports on the real data: the CSV carries each side's evidence
// and the state's category; the SVG draws the same categories with the same legend and sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { viewCsv, viewFileName, viewSvg } from '../../src/lib/export-view';
import type { CompiledAtlas } from '../../src/lib/types';
import { realDataset } from './data/real-dataset';

const { dataset } = realDataset();
const atlas = JSON.parse(readFileSync('public/generated/atlas.json', 'utf8')) as CompiledAtlas;
const compare = { dataset, declaration: 'paris-call-2018', with: 'dfi-2022', date: '2022-12-31', view: 'compare' } as const;
const change = { dataset, declaration: 'paris-call-2018', from: '2019-01-01', date: '2022-12-31', view: 'change' } as const;

function rowsOf(csv: string, iso3: string): string[] {
  return csv.split('\r\n').filter((line) => line.split(',')[3] === iso3);
}

describe('compare CSV', () => {
  const csv = viewCsv(compare);
  it('has the usual columns, then what is compared and the category', () => {
    expect(csv.split('\r\n')[0]).toMatch(/,status_label,source_wording,dated_by,wording_kind,comparison,category,category_label$/);
  });
  it('gives each state one row per declaration, both with its category', () => {
    const sen = rowsOf(csv, 'SEN');
    expect(sen).toHaveLength(2);
    expect(sen[0]).toMatch(/^paris-call-2018,.*,signed,.*,paris-call-2018 with dfi-2022,uncertain,Uncertain$/);
    expect(sen[1]).toMatch(/^dfi-2022,.*,disputed,.*,paris-call-2018 with dfi-2022,uncertain,Uncertain$/);
    expect(rowsOf(csv, 'UZB')[0]).toMatch(/,first-only,Paris Call only$/);
  });
  it('is named after both', () => {
    expect(viewFileName(compare, 'csv')).toBe('paris-call-2018_with_dfi-2022_2022-12-31.csv');
  });
});

describe('change CSV', () => {
  it('gives the declaration at the window’s start, then at its end', () => {
    const usa = rowsOf(viewCsv(change), 'USA');
    expect(usa).toHaveLength(2);
    expect(usa[0]).toMatch(/^paris-call-2018,[^,]*,2019-01-01,USA,.*,refused,.*,joined,Newly signed$/);
    expect(usa[1]).toMatch(/^paris-call-2018,[^,]*,2022-12-31,USA,.*,signed,.*,joined,Newly signed$/);
    expect(viewFileName(change, 'png')).toBe('paris-call-2018_from_2019-01-01_2022-12-31.png');
  });
});

describe('SVG of the pair views', () => {
  it('compare: the sentence, the five entries and each state in its category', () => {
    const svg = viewSvg({ ...compare, atlas });
    expect(svg).toContain('<title>Paris Call for Trust and Security in Cyberspace compared with A Declaration for the Future of the Internet</title>');
    expect(svg).toMatch(/49 states signed the Paris Call and endorsed the Future of the Internet/);
    for (const label of ['Both', 'Paris Call only', 'Future of the Internet only', 'Neither', 'Uncertain']) expect(svg).toMatch(new RegExp(`>${label} \\(\\d+\\)<`));
    expect(svg).toContain('fill="url(#cdm-export-pattern-first-only)"'); // a pattern, not colour alone
    expect(svg).toMatch(/data-country="USA"[^>]*data-key="both"|data-key="both"[^>]*data-country="USA"/);
  });
  it('change: newly signed, already signed', () => {
    const svg = viewSvg({ ...change, atlas });
    // The short name, as on screen and in the tour: a full title may begin with its own article
    // ("Who joined the A Declaration for the Future of the Internet").
    expect(svg).toContain('<title>Who joined the Paris Call</title>');
    const dfi = viewSvg({ ...change, declaration: 'dfi-2022', from: '2022-04-28', atlas });
    expect(dfi).toContain('<title>Who joined the Future of the Internet</title>');
    expect(dfi).not.toContain('the A Declaration');
    expect(svg).toMatch(/>Newly signed \(\d+\)</);
    expect(svg).toMatch(/data-country="FRA" data-key="already-signed"/);
  });
});
