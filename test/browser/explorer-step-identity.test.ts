// Issue 8: on a date-only step, children whose inputs did not change get the same objects, so
// Lit skips their update. Checked by identity (never by time), in both views.
import { afterEach, describe, expect, test } from 'vitest';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { mapOf, part, readyExplorer, settle, unmountAll } from './explorer-helpers';

afterEach(() => unmountAll());

type WithEntries = HTMLElement & { entries: Array<{ value: string; count: number }> };
const legendOf = (el: CyberDeclarationsMap) => part(el, 'cdm-legend') as WithEntries;
const categoriesOf = (el: CyberDeclarationsMap) => (mapOf(el) as HTMLElement & { categories: ReadonlyMap<string, string> | null }).categories;

async function setDate(el: CyberDeclarationsMap, date: string): Promise<void> {
  el.date = date;
  await settle(el);
}

describe('a date-only step inside a stretch with no change', () => {
  test('all declarations view: the map categories and the legend entries stay the same objects', async () => {
    const el = await readyExplorer({ view: 'all', date: '2021-11-01' });
    const categories = categoriesOf(el);
    const entries = legendOf(el).entries;
    expect(categories?.size).toBeGreaterThan(100);
    await setDate(el, '2021-11-09');
    expect(categoriesOf(el)).toBe(categories);
    expect(legendOf(el).entries).toBe(entries);
    await setDate(el, '2021-11-10'); // the United States joined the Paris Call
    expect(categoriesOf(el)).not.toBe(categories);
    expect(categoriesOf(el)?.get('USA')).toBe(String(Number(categories?.get('USA')) + 1));
    expect(legendOf(el).entries).not.toBe(entries);
  });

  test('one declaration: the legend entries stay the same objects until the counts change', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2021-11-01' });
    const entries = legendOf(el).entries;
    await setDate(el, '2021-11-09');
    expect(legendOf(el).entries).toBe(entries);
    await setDate(el, '2021-11-10');
    expect(legendOf(el).entries).not.toBe(entries);
  });

  test('before the launch: the legend keeps one empty list across steps', async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', date: '2020-01-01' });
    const entries = legendOf(el).entries;
    expect(entries).toEqual([]);
    await setDate(el, '2020-06-01');
    expect(legendOf(el).entries).toBe(entries);
  });
});
