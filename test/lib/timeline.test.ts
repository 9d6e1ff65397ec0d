import { describe, expect, it } from 'vitest';
import { nextStop, previousStop, timelineStops } from '../../src/lib/timeline';
import { realDataset } from './data/real-dataset';
import { createCountryNamer } from '../../src/lib/country-names';

const { ix } = realDataset();
const { start: TIMELINE_START, end: TIMELINE_END } = ix.range;

describe('timelineStops', () => {
  const all = timelineStops(ix, null, createCountryNamer(ix.dataset.countries));

  it('is sorted, within the timeline, one stop per date, kind and declaration', () => {
    const keys = all.map((s) => `${s.date}|${s.kind}|${s.declarationId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...all].map((s) => s.date)).toEqual([...all.map((s) => s.date)].sort());
    expect(all.every((s) => s.date >= TIMELINE_START && s.date <= TIMELINE_END)).toBe(true);
    expect(all[0]).toMatchObject({ date: '2015-07-22', kind: 'launch', declarationId: 'gge-2015' });
  });

  it('has the five launches with the states that took part that day', () => {
    const launches = all.filter((s) => s.kind === 'launch');
    expect(launches.map((s) => [s.date, s.declarationId])).toEqual([
      ['2015-07-22', 'gge-2015'],
      ['2018-11-12', 'paris-call-2018'],
      ['2019-09-23', 'joint-statement-2019'],
      ['2021-04-28', 'g7-2021'],
      ['2022-04-28', 'dfi-2022'],
    ]);
    const paris = launches[1]!;
    expect(paris.label).toBe('Paris Call launched: 31 signed, 35 may have signed (date uncertain), 5 refused, 5 did not sign');
    expect(paris.countries).toContain('USA');
    expect(paris.countries).toContain('ALB');
  });

  it('has later joins, the day "on or before" dates become certain, and context events', () => {
    const at = (date: string) => all.filter((s) => s.date === date);
    expect(at('2021-11-10')).toEqual([
      { date: '2021-11-10', kind: 'change', declarationId: 'paris-call-2018', label: 'Paris Call: United States signed', countries: ['USA'] },
    ]);
    const certain = at('2019-09-16')[0]!;
    expect(certain.kind).toBe('change');
    expect(certain.countries).toHaveLength(37);
    expect(certain.label).toBe('Paris Call: 37 states certainly signed by 16 Sep 2019 (exact date not known)');
    expect(at('2022-11-02')[0]).toMatchObject({ kind: 'change', declarationId: 'dfi-2022', countries: ['BIH', 'LIE', 'MCO', 'NOR', 'SMR'] });
    expect(at('2022-05-30')[0]).toMatchObject({ kind: 'context', declarationId: null, label: 'UN cybercrime treaty talks: second session' });
    // The 2010 and 2013 GGE reports lie before the timeline: not stops.
    expect(all.some((s) => s.date < TIMELINE_START)).toBe(false);
  });

  it('with a declaration: its own stops plus every launch and the context', () => {
    const dfi = timelineStops(ix, 'dfi-2022', createCountryNamer(ix.dataset.countries));
    expect(dfi.filter((s) => s.kind === 'change').every((s) => s.declarationId === 'dfi-2022')).toBe(true);
    expect(dfi.filter((s) => s.kind === 'launch')).toHaveLength(5);
    expect(dfi.filter((s) => s.kind === 'context')).toHaveLength(3);
    expect(dfi.some((s) => s.date === '2021-11-10')).toBe(false);
    expect(timelineStops(ix, null, createCountryNamer(ix.dataset.countries))).toEqual(all);
  });
});

describe('nextStop / previousStop', () => {
  const stops = timelineStops(ix, 'paris-call-2018', createCountryNamer(ix.dataset.countries));
  it('step over the current date and stop at the ends', () => {
    expect(nextStop(stops, '2018-11-12')?.date).toBe('2018-11-13');
    expect(nextStop(stops, '2018-11-11')?.date).toBe('2018-11-12');
    expect(previousStop(stops, '2018-11-12')?.date).toBe('2017-06-01');
    expect(previousStop(stops, '2015-07-22')).toBeNull();
    expect(nextStop(stops, TIMELINE_END)).toBeNull();
    expect(nextStop(stops, '2022-04-28')?.date).toBe('2022-05-30');
  });
});
