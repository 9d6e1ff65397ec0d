import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import {
  CAPTION_MAX,
  buildTour,
  captionDay,
  nameList,
  parsePresentParam,
  presentParamWarning,
  splitNames,
  startIndexFor,
  tourPositionOf,
  withPresentParam,
} from '../../src/lib/tour';
import type { Dataset } from '../../src/lib/types';
import { fixtureDataset } from './briefing-fixture';

describe('buildTour', () => {
  const tour = buildTour(fixtureDataset);
  const brief = tour.map((s) => `${s.declarationId} ${s.date} ${s.kind}`);

  it('puts declarations in launch order, each launch followed by its changes oldest first', () => {
    expect(brief).toEqual([
      'paris-call-2018 2018-11-12 launch',
      'paris-call-2018 2019-09-16 turnaround',
      'paris-call-2018 2019-09-16 joins',
      'paris-call-2018 2019-11-09 joins',
      'paris-call-2018 2021-11-10 turnaround',
      'g7-2021 2021-04-28 launch',
      'dfi-2022 2022-04-28 launch',
      'dfi-2022 2022-04-28 disputed',
      'dfi-2022 2022-11-02 joins',
      // Closing steps (issue 19): the first and last open declarations side by side, then who joined the first.
      'paris-call-2018 2022-11-02 compare',
      'paris-call-2018 2022-11-02 change',
    ]);
  });

  it('closes with the compare and change views, in counts from the same classification as the map', () => {
    const [compare, change] = tour.slice(-2);
    expect(compare).toMatchObject({ view: 'compare', with: 'dfi-2022', date: '2022-11-02' });
    expect(compare!.caption).toMatch(/^Paris Call and DFI, 2 Nov 2022: \d+ in both, \d+ only the first, \d+ only the second$/);
    expect(change).toMatchObject({ view: 'change', from: '2018-11-12' });
    // The 35 listed by 16 Sep 2019 may have signed at the launch: the caption does not say they joined after it.
    expect(change!.caption).toMatch(/^Who joined the Paris Call after its launch: \d+ by 2 Nov 2022; \d+ at dates not known, maybe at launch$/);
    // Present from a compare or change view opens on its closing step; from a declaration, never on one.
    expect(startIndexFor(tour, { declaration: 'paris-call-2018', date: '2022-12-31', view: 'compare', with: 'dfi-2022' })).toBe(compare!.index);
    expect(startIndexFor(tour, { declaration: 'paris-call-2018', date: '2022-12-31', view: 'change' })).toBe(change!.index);
    expect(tour[startIndexFor(tour, { declaration: 'paris-call-2018', date: '2022-12-31' })]!.view).toBeUndefined();
  });

  it('numbers steps 1..N and tells each step the total', () => {
    expect(tour.map((s) => s.n)).toEqual(tour.map((_, i) => i + 1));
    expect(new Set(tour.map((s) => s.total))).toEqual(new Set([tour.length]));
    expect(tour.map((s) => s.index)).toEqual(tour.map((_, i) => i));
  });

  it('captions the launch with venue and counts from the events', () => {
    expect(tour[0]!.caption).toBe('Paris Call launched 12 Nov 2018: 2 signed for certain, 3 may have; 3 refused');
    // Closed group: counted against its members.
    expect(tour[5]!.caption).toBe('G7 2021 launched 28 Apr 2021: 4 of 4 members signed');
    // The disputed listing is not counted as a signature at launch.
    expect(tour[6]!.caption).toBe('DFI launched 28 Apr 2022: 2 states signed');
  });

  it('tells a refusal turning into a signature apart from ordinary joins', () => {
    expect(tour[1]!.countries).toEqual(['AUS']);
    expect(tour[1]!.caption).toBe('Australia, which had refused, signs by 16 Sep 2019');
    expect(tour[4]!.caption).toBe('United States, which had refused, signs on 10 Nov 2021');
  });

  it('keeps an "on or before" batch apart and says its dates are unknown', () => {
    expect(tour[2]!.countries).toEqual(['MLT', 'NZL']);
    expect(tour[2]!.caption).toBe('2 more states on the official list by 16 Sep 2019 (exact dates unknown): Malta and New Zealand');
    expect(tour[3]!.caption).toBe('1 more state signs on 9 Nov 2019: Japan');
  });

  it('shows a disputed listing with the note from the data', () => {
    expect(tour[7]!.caption).toBe('Kenya: Listed, then publicly denied');
    expect(tour[8]!.caption).toBe('2 more states sign on 2 Nov 2022: Malta and New Zealand');
  });
});

describe('caption helpers', () => {
  it('captionDay formats without the locale', () => {
    expect(captionDay('2018-11-12')).toBe('12 Nov 2018');
    expect(captionDay('2015-07-02')).toBe('2 Jul 2015');
  });
  it('nameList shortens long lists', () => {
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B'])).toBe('A and B');
    expect(nameList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameList(['A', 'B', 'C', 'D'])).toBe('A, B, C and 1 other');
    expect(nameList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others');
  });
});

describe('tourPositionOf', () => {
  const tour = buildTour(fixtureDataset);
  it('finds the exact step of a view', () => {
    expect(tourPositionOf(tour, 'paris-call-2018', '2019-11-09')).toEqual({ index: 3, exact: true });
  });
  it('finds the last step before a date between steps', () => {
    expect(tourPositionOf(tour, 'paris-call-2018', '2020-06-01')).toEqual({ index: 3, exact: false });
  });
  it('before a launch, sits just before the declaration\'s first step', () => {
    expect(tourPositionOf(tour, 'g7-2021', '2020-01-01')).toEqual({ index: 4, exact: false });
  });
});

describe('present URL parameter', () => {
  it('is absent unless asked for', () => {
    expect(parsePresentParam('?declaration=g7-2021', 9)).toBeNull();
    expect(parsePresentParam('?present=3', 0)).toBeNull();
  });
  it('is 1-based and clamped to the tour', () => {
    expect(parsePresentParam('?present=3', 9)).toBe(2);
    expect(parsePresentParam('?present=1', 9)).toBe(0);
    expect(parsePresentParam('?present=0', 9)).toBe(0);
    expect(parsePresentParam('?present=99', 9)).toBe(8);
  });
  it('warns, as the view parameters do, when a value is not taken as written', () => {
    const tour = buildTour(fixtureDataset);
    expect(presentParamWarning('?present=3', tour)).toBeNull();
    expect(presentParamWarning('?present', tour)).toBeNull();
    expect(presentParamWarning('?present=g7-2021', tour)).toBeNull();
    expect(presentParamWarning('?present=99', tour)).toBe(`present="99" is not a step (1 to ${tour.length}) or a declaration id; showing step ${tour.length}.`);
    expect(presentParamWarning('?present=abc', tour)).toMatch(/^present="abc" is not a step .*; showing step 1\.$/);
    expect(presentParamWarning('?present=0', tour)).toMatch(/showing step 1\.$/);
    const told: string[] = [];
    expect(parsePresentParam('?present=99', tour, (w) => told.push(w))).toBe(tour.length - 1);
    expect(told).toEqual([presentParamWarning('?present=99', tour)]);
  });
  it('treats an empty or garbage value as step 1', () => {
    expect(parsePresentParam('?present', 9)).toBe(0);
    expect(parsePresentParam('?present=abc', 9)).toBe(0);
    expect(parsePresentParam(new URLSearchParams('present=-4'), 9)).toBe(0);
  });
  it('round-trips through withPresentParam and keeps other parameters', () => {
    const q = withPresentParam('?declaration=dfi-2022', 4);
    expect(q).toBe('?declaration=dfi-2022&present=5');
    expect(parsePresentParam(q, 9)).toBe(4);
    expect(withPresentParam(q, null)).toBe('?declaration=dfi-2022');
    expect(withPresentParam('?present=2', null)).toBe('');
  });
});

// With the real dataset, once `npm run build:data` has made it.
const REAL = 'public/generated/dataset.json';
describe.skipIf(!existsSync(REAL))('buildTour on the real dataset', () => {
  // Read lazily: a skipped describe still runs its body while collecting.
  const dataset = existsSync(REAL) ? (JSON.parse(readFileSync(REAL, 'utf8')) as Dataset) : fixtureDataset;
  const tour = buildTour(dataset);
  it('starts with each declaration\'s launch, in launch order', () => {
    const launches = tour.filter((s) => s.kind === 'launch');
    expect(launches.map((s) => s.declarationId)).toEqual(
      [...dataset.declarations].sort((a, b) => a.launch.localeCompare(b.launch)).map((d) => d.id),
    );
    for (const s of launches) expect(s.date).toBe(dataset.declarations.find((d) => d.id === s.declarationId)!.launch);
  });
  it('gathers small batches of joins so the tour stays short', () => {
    expect(tour.length).toBeLessThanOrEqual(20);
  });
  it('has the United States turning to sign the Paris Call and Norway joining the DFI', () => {
    const usa = tour.find((s) => s.declarationId === 'paris-call-2018' && s.kind === 'turnaround' && s.countries.includes('USA'));
    expect(usa?.date.startsWith('2021-11')).toBe(true);
    const nor = tour.find((s) => s.declarationId === 'dfi-2022' && s.countries.includes('NOR'));
    expect(nor?.date).toBe('2022-11-02');
  });
  it('the change view’s caption does not say the Paris Call states of unknown date joined after the launch', () => {
    const change = tour.find((s) => s.view === 'change')!;
    expect(change.caption).toMatch(/^Who joined the Paris Call after its launch: \d+ by \d+ \w+ 2022; 35 at dates not known, maybe at launch$/);
  });

  it('keeps every caption to one short line', () => {
    for (const s of tour) {
      expect(s.caption).not.toMatch(/\n/);
      expect(s.caption.length).toBeLessThanOrEqual(CAPTION_MAX);
    }
  });
});

describe('joins per year, big batches apart', () => {
  it('gathers small dated joins of one year into one step at the last date, keeps a big batch apart', () => {
    const events = [...fixtureDataset.events];
    const big = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'JJJ'];
    for (const c of big) events.push({ ...events[0]!, country: c, date: '2020-03-01', quoteId: null });
    events.push({ ...events[0]!, country: 'KKK', date: '2020-05-01', quoteId: null });
    events.push({ ...events[0]!, country: 'LLL', date: '2020-07-01', quoteId: null });
    const tour = buildTour({ ...fixtureDataset, events });
    const paris2020 = tour.filter((s) => s.declarationId === 'paris-call-2018' && s.date.startsWith('2020'));
    expect(paris2020.map((s) => [s.date, s.countries.length])).toEqual([
      ['2020-03-01', 10],
      ['2020-07-01', 2],
    ]);
    expect(paris2020[0]!.caption.length).toBeLessThanOrEqual(CAPTION_MAX);
  });
});

describe('starting where the presenter is (issue 18)', () => {
  const tour = buildTour(fixtureDataset);
  const nameOf = (iso3: string) => fixtureDataset.countries.find((c) => c.iso3 === iso3)!.name;

  it('opens on the step for the view, else the declaration\'s launch, else the first; never between steps', () => {
    expect(startIndexFor(tour, { declaration: 'paris-call-2018', date: '2019-11-09' })).toBe(3);
    expect(startIndexFor(tour, { declaration: 'paris-call-2018', date: '2020-06-01' })).toBe(3);
    expect(startIndexFor(tour, { declaration: 'g7-2021', date: '2020-01-01' })).toBe(5);
    expect(startIndexFor(tour, { declaration: 'dfi-2022', date: '2022-12-31', view: 'all' })).toBe(0);
    expect(startIndexFor(tour, { declaration: 'nothing', date: '2022-12-31' })).toBe(0);
  });

  it('?present= takes a declaration id (its launch step) as well as a step number', () => {
    expect(parsePresentParam('?present=g7-2021', tour)).toBe(5);
    expect(parsePresentParam('?present=dfi-2022', tour)).toBe(6);
    expect(parsePresentParam('?present=2', tour)).toBe(1);
  });

  it('lists the states each caption names, whose names are in the caption, within the states it is about', () => {
    for (const step of tour) {
      for (const iso3 of step.named) expect(step.caption).toContain(nameOf(iso3));
      expect(step.countries).toEqual(expect.arrayContaining(step.named));
    }
    expect(tour.some((s) => s.named.length > 0 && s.named.length < s.countries.length) || tour.every((s) => s.countries.length <= 3)).toBe(true);
  });
});

describe('speaker notes', () => {
  it('give each step its caption, counts, sources and quotes', async () => {
    const { speakerNotesHtml } = await import('../../src/lib/briefing-notes');
    const { indexDataset } = await import('../../src/lib/dataset-index');
    const tour = buildTour(fixtureDataset);
    const notes = speakerNotesHtml(indexDataset(fixtureDataset), tour);
    expect(notes.match(/<section>/g)).toHaveLength(tour.length);
    for (const step of tour) expect(notes).toContain(step.caption.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect(notes).toContain('Counts on the map:');
    expect(notes).toContain('Official list');
    expect(notes).not.toContain('<script');
  });

  it("name states as the slides do, on a French page each name tagged fr (the notes' words are English)", async () => {
    const { speakerNotesHtml } = await import('../../src/lib/briefing-notes');
    const { indexDataset } = await import('../../src/lib/dataset-index');
    const french = (iso3: string) => `«${iso3}»`;
    const tour = buildTour(fixtureDataset, french);
    const notes = speakerNotesHtml(indexDataset(fixtureDataset), tour, { of: french, lang: 'fr' });
    const step = tour.find((s) => s.named.length > 0)!;
    expect(notes).toContain(`<span lang="fr">«${step.named[0]}»</span>`);
    expect(notes).toMatch(/Marked on the map:<\/strong> <span lang="fr">«/);
    expect(notes).toContain('<html lang="en">');
  });
});

describe('splitNames (a caption cut around the names it lists, for their language tags)', () => {
  it('each listed name on its own, in order, the words between kept', () => {
    expect(splitNames('Niger, Nigeria and 3 others signed on 1 Jan 2020', ['Niger', 'Nigeria'])).toEqual([
      { name: 'Niger' },
      ', ',
      { name: 'Nigeria' },
      ' and 3 others signed on 1 Jan 2020',
    ]);
    expect(splitNames('2 more states signed: Côte d’Ivoire and Allemagne', ['Côte d’Ivoire', 'Allemagne'])).toEqual([
      '2 more states signed: ',
      { name: 'Côte d’Ivoire' },
      ' and ',
      { name: 'Allemagne' },
    ]);
  });

  it('a name the text does not hold is left out; the text is kept whole', () => {
    expect(splitNames('Launch: 51 states', ['France'])).toEqual(['Launch: 51 states']);
  });

  it('captions name states by the namer they are given (the page’s language)', () => {
    const french = buildTour(fixtureDataset, (iso3) => `«${iso3}»`);
    const english = buildTour(fixtureDataset);
    expect(french).toHaveLength(english.length);
    const named = french.find((s) => s.named.length > 0)!;
    expect(named.caption).toContain(`«${named.named[0]}»`);
  });
});
