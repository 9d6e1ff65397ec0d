// The view model on the real data: what every surface shows for a view, shared per stretch of
// time so a timeline step that changes nothing hands out the same objects.
import { describe, expect, it } from 'vitest';
import { allViewModel, declarationViewModel } from '../../src/lib/view-model';
import { realDataset } from './data/real-dataset';

const { ix } = realDataset();

describe('declarationViewModel', () => {
  it('gives the as-of line, the legend and the summary in the declaration’s own words', () => {
    const vm = declarationViewModel(ix, 'gge-2015', '2016-01-01')!;
    expect(vm.asOf).toBe('20 of 20 members adopted as of 1 Jan 2016');
    expect(vm.legend.map((e) => e.label)).toEqual(['Adopted', 'No record', 'Not a member']);
    expect(vm.summary).toMatch(/^Map: Report of the Group of Governmental Experts .*: 20 adopted, 0 no record, 177 not a member\.$/);
    expect(vm.describe('BRA')).toBe('2015 UN GGE report, adopted, on or before 22 Jul 2015');
  });

  it('before the launch: no categories, and it says so', () => {
    const vm = declarationViewModel(ix, 'dfi-2022', '2022-01-01')!;
    expect(vm.launched).toBe(false);
    expect(vm.categories).toBeNull();
    expect(vm.asOf).toBe('The Future of the Internet had not been launched yet on 1 Jan 2022');
  });

  it('shares the legend and the categories between two days with no change, and renews them across one', () => {
    const a = declarationViewModel(ix, 'paris-call-2018', '2021-11-01')!;
    const b = declarationViewModel(ix, 'paris-call-2018', '2021-11-09')!;
    const c = declarationViewModel(ix, 'paris-call-2018', '2021-11-10')!;
    expect(b.legend).toBe(a.legend);
    expect(b.categories).toBe(a.categories);
    expect(c.legend).not.toBe(b.legend);
  });

  it('is null for a declaration the dataset does not have', () => {
    expect(declarationViewModel(ix, 'nope' as never, '2020-01-01')).toBeNull();
  });
});

describe('allViewModel', () => {
  it('counts the declarations each state took part in, with certainty', () => {
    const vm = allViewModel(ix, '2022-12-31', 5);
    expect(vm.categoryAttr).toBe('data-signed-count');
    expect(vm.categories!.get('USA')).toBe('5');
    expect(vm.legend.map((e) => e.label)).toEqual(['None', '1 of 5', '2 of 5', '3 of 5', '4 of 5', 'All 5']);
    expect(vm.legend.reduce((n, e) => n + e.count, 0)).toBe(ix.countries.size);
    expect(vm.describe('USA')).toMatch(/^took part in 5 of 5 declarations as of 31 Dec 2022: /);
    // Members adopted the GGE report; nobody signed it: the count of all five is never "signed".
    expect(vm.asOf).toMatch(/^\d+ states had taken part in at least one of the 5 as of 31 Dec 2022$/);
    expect(vm.summary).toMatch(/^Map of all 5 declarations as of 31 Dec 2022: \d+ states took part in 0, /);
    for (const e of vm.legend) expect(e.definition).not.toMatch(/signed/i);
    expect(vm.legendNote).toBe('Taking part: signing, endorsing or, for the 2015 GGE report, adopting; counted where its date is certain by the day shown.');
    expect(allViewModel(ix, '2022-12-30', 5).categories).toBe(vm.categories);
  });
});
