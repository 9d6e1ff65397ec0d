import { expect, test } from 'vitest';
import { countsPhrase, describeSignedCount, describeStatus } from '../../src/lib/status-text';
import type { Declaration, EndorsementEvent, StatusAtDate } from '../../src/lib/types';

const decl = { shortName: 'Paris Call', launch: '2018-11-12' } as Declaration;
const ev = (over: Partial<EndorsementEvent>): EndorsementEvent =>
  ({ declarationId: 'paris-call-2018', country: 'MLT', status: 'signed', date: '2019-09-16', precision: 'day', earliest: null, disputed: false, sourceId: 's', quoteId: null, note: '', ...over }) as EndorsementEvent;
const at = (status: StatusAtDate['status'], event: EndorsementEvent | null): StatusAtDate => ({ status, event, history: [], reason: '' });

test('describeStatus words each status with its date precision', () => {
  expect(describeStatus(decl, at('signed', ev({ precision: 'on-or-before' })), '2020-01-01')).toBe('Paris Call, signed, on or before 16 Sep 2019');
  expect(describeStatus(decl, at('signed', ev({ date: '2018-11-12' })), '2020-01-01')).toBe('Paris Call, signed, on 12 Nov 2018');
  expect(describeStatus(decl, at('signed', ev({ precision: 'month', date: '2019-06-01' })), '2020-01-01')).toBe('Paris Call, signed, in Jun 2019');
  expect(describeStatus(decl, at('refused', ev({ status: 'refused', date: '2018-11-12' })), '2019-01-01')).toBe('Paris Call, refused, on 12 Nov 2018');
  expect(describeStatus(decl, at('uncertain', ev({ precision: 'on-or-before' })), '2019-01-01')).toBe('Paris Call, may have signed (date uncertain), listed by 16 Sep 2019');
  expect(describeStatus(decl, at('absent', null), '2019-01-01')).toBe('Paris Call, no record of signing');
});

test('describeStatus before the launch says so', () => {
  expect(describeStatus(decl, at('absent', null), '2017-01-01')).toBe('Paris Call, not launched yet (launched 12 Nov 2018)');
});

test('countsPhrase leaves out zero counts, except signed, and counts closed groups by member', () => {
  expect(countsPhrase({ signed: 18, uncertain: 0, refused: 0, absent: 2, 'not-member': 177 }, true)).toBe('18 of 20 members signed');
  expect(countsPhrase({ signed: 51, uncertain: 0, refused: 7, absent: 139, 'not-member': 0 }, false)).toBe('51 signed, 7 refused');
  expect(countsPhrase({ signed: 0, uncertain: 0, refused: 0, absent: 197, 'not-member': 0 }, false)).toBe('0 signed');
  expect(countsPhrase({ signed: 7, uncertain: 0, refused: 0, absent: 0, 'not-member': 190 }, true)).toBe('7 of 7 members signed');
});

test('describeSignedCount', () => {
  expect(describeSignedCount(3, 5, '2022-12-31')).toBe('signed 3 of 5 declarations as of 31 Dec 2022');
});
