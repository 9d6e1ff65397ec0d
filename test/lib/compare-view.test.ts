// The compare and change views on the real data: who signed one declaration but not the other,
// who joined in a window, and where an uncertain date or a disputed listing keeps a state apart.
import { describe, expect, it } from 'vitest';
import { changeCategory, changeTable, compareCategory, compareTable, unsureSide } from '../../src/lib/compare-view';
import { defaultCompareWith } from '../../src/lib/view-state';
import { changeViewModel, compareViewModel } from '../../src/lib/compare-view-model';
import { statusAt } from '../../src/lib/status';
import { STATUSES } from '../../src/lib/types';
import { realDataset } from './data/real-dataset';

const { ix } = realDataset();
const END_2022 = '2022-12-31';

describe('compareCategory', () => {
  it('counts only signed as taking part, and keeps an unsure side apart', () => {
    expect(compareCategory('signed', 'signed')).toBe('both');
    expect(compareCategory('signed', 'refused')).toBe('first-only');
    expect(compareCategory('not-member', 'signed')).toBe('second-only');
    expect(compareCategory('refused', 'not-signed')).toBe('neither');
    expect(compareCategory('signed', 'disputed')).toBe('uncertain');
    expect(compareCategory('uncertain', 'absent')).toBe('uncertain');
  });
  it('is uncertain exactly when either side is uncertain or disputed', () => {
    for (const a of STATUSES) for (const b of STATUSES) {
      expect(compareCategory(a, b) === 'uncertain', `${a} ${b}`).toBe(unsureSide(a, b) !== null);
    }
  });
});

describe('changeCategory', () => {
  it('already signed at the start wins; an unsure end or start is uncertain', () => {
    expect(changeCategory('signed', 'signed')).toBe('already-signed');
    expect(changeCategory('refused', 'signed')).toBe('joined');
    expect(changeCategory('absent', 'signed')).toBe('joined');
    expect(changeCategory('uncertain', 'signed')).toBe('uncertain');
    expect(changeCategory('absent', 'uncertain')).toBe('uncertain');
    expect(changeCategory('disputed', 'disputed')).toBe('uncertain');
    expect(changeCategory('refused', 'refused')).toBe('not-joined');
    expect(changeCategory('not-member', 'not-member')).toBe('not-joined');
  });
});

describe('compare: Paris Call against the Future of the Internet, end of 2022', () => {
  const t = compareTable(ix, 'paris-call-2018', 'dfi-2022', END_2022);
  it('puts the named states where the issue says', () => {
    expect(t.categories.get('USA')).toBe('both');
    expect(t.categories.get('UZB')).toBe('first-only');
    expect(t.categories.get('UKR')).toBe('second-only');
    expect(t.categories.get('ISR')).toBe('second-only'); // did not sign the Paris Call; endorsed the 2022 declaration
    expect(t.categories.get('CHN')).toBe('neither'); // refused the one, not party to the other
  });
  it('keeps the disputed 2022 listings apart, whichever the Paris Call side', () => {
    expect(statusAt(ix, 'dfi-2022', 'SEN', END_2022).status).toBe('disputed');
    expect(statusAt(ix, 'paris-call-2018', 'SEN', END_2022).status).toBe('signed');
    expect(t.categories.get('SEN')).toBe('uncertain'); // would be "both" if the disputed listing counted
    expect(t.categories.get('KEN')).toBe('uncertain'); // would be "second-only"
    expect(unsureSide(t.first.get('SEN')!, t.second.get('SEN')!)).toBe('second');
  });
  it('counts every state once, and the counts match the statuses', () => {
    const total = Object.values(t.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(ix.countries.size);
    const both = [...ix.countries.keys()].filter((c) => t.first.get(c) === 'signed' && t.second.get(c) === 'signed');
    expect(t.counts.both).toBe(both.length);
  });
  it('says it in one sentence, in each declaration’s own verb and short name from the data', () => {
    const vm = compareViewModel(ix, 'paris-call-2018', 'dfi-2022', END_2022)!;
    const [pc, dfi] = vm.declarations;
    expect(pc!.verb).toBe('sign');
    expect(dfi!.verb).toBe('endorse');
    expect(vm.sentence).toBe(
      `${t.counts.both} states signed the Paris Call and endorsed the Future of the Internet; ${t.counts['first-only']} only signed the Paris Call; ` +
        `${t.counts['second-only']} only endorsed the Future of the Internet; ${t.counts.neither} neither; ${t.counts.uncertain} uncertain`,
    );
    expect(vm.legend.map((e) => [e.value, e.label])).toEqual([
      ['both', 'Both'],
      ['first-only', 'Paris Call only'],
      ['second-only', 'Future of the Internet only'],
      ['neither', 'Neither'],
      ['uncertain', 'Uncertain'],
    ]);
    expect(vm.describe('SEN')).toMatch(/^Uncertain: Paris Call, signed, on or before 16 Sep 2019; Future of the Internet, .*listing is disputed$/);
    expect(vm.describe('KEN')).toMatch(/^Uncertain: Paris Call, no record of having signed; Future of the Internet, .*disputed$/);
  });
  it('with one verb for both: "signed both"', () => {
    const vm = compareViewModel(ix, 'paris-call-2018', 'joint-statement-2019', END_2022)!;
    expect(vm.sentence).toMatch(/^\d+ states signed both; \d+ only the Paris Call; \d+ only the 2019 Joint Statement/);
  });
});

describe('compare: the uncertain edge on the first side', () => {
  it('a Paris Call date still uncertain on the day shown keeps the state apart, and the record says which side', () => {
    // The Dominican Republic: on the Paris Call's list by 9 Nov 2019, not before 17 Sep 2019.
    const day = '2019-10-01';
    expect(statusAt(ix, 'paris-call-2018', 'DOM', day).status).toBe('uncertain');
    const vm = compareViewModel(ix, 'paris-call-2018', 'joint-statement-2019', day)!;
    expect(vm.table.categories.get('DOM')).toBe('uncertain');
    expect(unsureSide(vm.table.first.get('DOM')!, vm.table.second.get('DOM')!)).toBe('first');
    expect(vm.describe('DOM')).toMatch(/^Uncertain: Paris Call, may have signed \(date uncertain\), listed by 9 Nov 2019; 2019 Joint Statement, no record/);
    // Once the list date has passed, it is certain.
    expect(compareTable(ix, 'paris-call-2018', 'joint-statement-2019', '2019-11-09').categories.get('DOM')).not.toBe('uncertain');
  });
});

describe('compare: closed groups', () => {
  it('non-members count as not taking part, and the note says why', () => {
    const vm = compareViewModel(ix, 'g7-2021', 'paris-call-2018', END_2022)!;
    expect(statusAt(ix, 'g7-2021', 'CHN', END_2022).status).toBe('not-member');
    expect(vm.table.categories.get('CHN')).toBe('neither');
    expect(vm.table.categories.get('UZB')).toBe('second-only'); // not a G7 member, signed the Paris Call
    expect(vm.table.categories.get('FRA')).toBe('both');
    expect(vm.legendNote).toMatch(/2021 G7 declaration was open only to its members \(The seven G7 members.*\): the others count as not having signed it\./);
  });
});

describe('compare: before a launch', () => {
  it('nobody had taken part in a declaration not launched yet, and the note says so', () => {
    const vm = compareViewModel(ix, 'paris-call-2018', 'dfi-2022', '2020-06-30')!;
    expect(vm.launched).toBe(true);
    expect(vm.table.counts.both + vm.table.counts['second-only']).toBe(0);
    expect(vm.legendNote).toMatch(/Future of the Internet was launched on 28 Apr 2022, after this date\./);
    expect(compareViewModel(ix, 'paris-call-2018', 'dfi-2022', '2017-01-01')!.categories).toBeNull();
  });
});

describe('change: Paris Call from 1 Jan 2019 to the end of 2022', () => {
  const vm = changeViewModel(ix, 'paris-call-2018', '2019-01-01', END_2022)!;
  it('the United States joined, France had already signed, China did not join', () => {
    expect(vm.table.categories.get('USA')).toBe('joined');
    expect(vm.table.categories.get('FRA')).toBe('already-signed');
    expect(vm.table.categories.get('CHN')).toBe('not-joined');
  });
  it('a state on the 16 Sep 2019 list is uncertain: the window cuts its date', () => {
    const listed = [...vm.table.categories].filter(([iso3]) => {
      const e = statusAt(ix, 'paris-call-2018', iso3, END_2022).event;
      return e?.precision === 'on-or-before' && e.date === '2019-09-16' && (e.earliest ?? '2018-11-12') < '2019-01-01';
    });
    expect(listed.length).toBeGreaterThan(30);
    for (const [iso3, c] of listed) expect(c, iso3).toBe('uncertain');
  });
  it('a window after the list date has none of them uncertain', () => {
    const later = changeTable(ix, 'paris-call-2018', '2019-09-16', END_2022);
    expect(later.counts.uncertain).toBe(0);
    expect(changeTable(ix, 'paris-call-2018', '2019-09-15', END_2022).counts.uncertain).toBeGreaterThan(30);
  });
  it('a window that cuts a disputed listing is uncertain (Kenya and the 2022 declaration)', () => {
    expect(changeTable(ix, 'dfi-2022', '2022-04-01', END_2022).categories.get('KEN')).toBe('uncertain');
    expect(changeTable(ix, 'dfi-2022', '2022-04-01', END_2022).categories.get('USA')).toBe('joined');
  });
  it('words: sentence, legend in the declaration’s verb, and the record for both ends', () => {
    expect(vm.sentence).toBe(`${vm.table.counts.joined} states signed the Paris Call between 1 Jan 2019 and 31 Dec 2022; ${vm.table.counts['already-signed']} already had; ${vm.table.counts.uncertain} uncertain`);
    expect(vm.legend.map((e) => e.label)).toEqual(['Newly signed', 'Already signed', 'Not signed', 'Uncertain']);
    expect(vm.describe('USA')).toMatch(/^Newly signed: on 1 Jan 2019, Paris Call, refused, .*; on 31 Dec 2022, Paris Call, signed, on 10 Nov 2021$/);
    const dfi = changeViewModel(ix, 'dfi-2022', '2022-01-01', END_2022)!;
    expect(dfi.legend[0]!.label).toBe('Newly endorsed');
  });
  it('is shared between two windows whose ends fall in the same stretch', () => {
    expect(changeTable(ix, 'paris-call-2018', '2019-01-01', '2022-12-30')).toBe(vm.table);
  });
});

describe('defaultCompareWith', () => {
  it('is the latest other declaration', () => {
    const ids = ['gge-2015', 'paris-call-2018', 'dfi-2022'];
    expect(defaultCompareWith('paris-call-2018', ids)).toBe('dfi-2022');
    expect(defaultCompareWith('dfi-2022', ids)).toBe('paris-call-2018');
    expect(defaultCompareWith('x', ['x'])).toBeNull();
  });
});
