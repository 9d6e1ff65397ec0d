import { expect, test } from 'vitest';
import { countsPhrase, describeSignedCount, describeStatus, isSourceWords, labelledEvidenceWords, wordingLabel } from '../../src/lib/status-text';
import type { Declaration, EndorsementEvent, Source, Status, StatusAtDate } from '../../src/lib/types';

const decl = { shortName: 'Paris Call', launch: '2018-11-12', verb: 'sign' } as Declaration;
const gge = { shortName: '2015 UN GGE report', launch: '2015-07-22', verb: 'adopt', membership: 'closed' } as Declaration;
const ev = (over: Partial<EndorsementEvent>): EndorsementEvent =>
  ({ declarationId: 'paris-call-2018', country: 'MLT', status: 'signed', date: '2019-09-16', precision: 'day', earliest: null, disputed: false, sourceId: 's', quoteId: null, note: '', wording: '', datedBy: 'source', ...over }) as EndorsementEvent;
const at = (status: StatusAtDate['status'], event: EndorsementEvent | null): StatusAtDate => ({ status, event, history: [], reason: '' });
const counts = (over: Partial<Record<Status, number>>): Record<Status, number> => ({ signed: 0, uncertain: 0, disputed: 0, refused: 0, 'not-signed': 0, absent: 0, 'not-member': 0, ...over });
const hill = { id: 's', title: 'US, Russia and China Stay Out…', publisher: 'CircleID' } as Source;

test('describeStatus words each status with its date precision', () => {
  expect(describeStatus(decl, at('signed', ev({ precision: 'on-or-before' })), '2020-01-01')).toBe('Paris Call, signed, on or before 16 Sep 2019');
  expect(describeStatus(decl, at('signed', ev({ date: '2018-11-12' })), '2020-01-01')).toBe('Paris Call, signed, on 12 Nov 2018');
  expect(describeStatus(decl, at('signed', ev({ precision: 'month', date: '2019-06-01' })), '2020-01-01')).toBe('Paris Call, signed, in Jun 2019');
  expect(describeStatus(decl, at('uncertain', ev({ precision: 'on-or-before' })), '2019-01-01')).toBe('Paris Call, may have signed (date uncertain), listed by 16 Sep 2019');
  expect(describeStatus(decl, at('absent', null), '2019-01-01')).toBe('Paris Call, no record of having signed');
});

test('a refusal and a not-signing carry the source’s own words and publisher', () => {
  const refused = ev({ status: 'refused', date: '2018-11-12', wording: '“have refused to sign”' });
  expect(describeStatus(decl, at('refused', refused), '2019-01-01', () => hill)).toBe('Paris Call, refused, on 12 Nov 2018 (“have refused to sign”, CircleID)');
  const notSigned = ev({ status: 'not-signed', date: '2018-11-12', wording: '“didn\'t sign the pact either”' });
  expect(describeStatus(decl, at('not-signed', notSigned), '2019-01-01', () => ({ ...hill, publisher: 'ZDNet' }))).toBe(
    'Paris Call, did not sign, on 12 Nov 2018 (“didn\'t sign the pact either”, ZDNet)',
  );
});

test('a disputed listing says what is disputed, never "date uncertain"', () => {
  const kenya = ev({ date: '2022-04-28', disputed: true });
  const text = describeStatus({ ...decl, shortName: 'Future of the Internet', verb: 'endorse' }, at('disputed', kenya), '2022-05-01');
  expect(text).toBe('Future of the Internet, listed as having endorsed on 28 Apr 2022, but the listing is disputed');
  expect(text).not.toMatch(/uncertain/);
});

test('each declaration speaks with its own verb: the GGE report was adopted, not signed', () => {
  expect(describeStatus(gge, at('signed', ev({ date: '2015-07-22' })), '2016-01-01')).toBe('2015 UN GGE report, adopted, on 22 Jul 2015');
  expect(countsPhrase(counts({ signed: 20, 'not-member': 177 }), gge)).toBe('20 of 20 members adopted');
});

test('describeStatus before the launch says so', () => {
  expect(describeStatus(decl, at('absent', null), '2017-01-01')).toBe('Paris Call, not launched yet (launched 12 Nov 2018)');
});

test('countsPhrase leaves out zero counts, except signed, and counts closed groups by member', () => {
  const open = { verb: 'sign', membership: 'open' } as const;
  const closed = { verb: 'sign', membership: 'closed' } as const;
  expect(countsPhrase(counts({ signed: 18, absent: 2, 'not-member': 177 }), closed)).toBe('18 of 20 members signed');
  expect(countsPhrase(counts({ signed: 51, refused: 5, 'not-signed': 4, absent: 139 }), open)).toBe('51 signed, 5 refused, 4 did not sign');
  expect(countsPhrase(counts({ signed: 59, disputed: 2 }), { verb: 'endorse', membership: 'open' })).toBe('59 endorsed, 2 listing disputed');
  expect(countsPhrase(counts({ absent: 197 }), open)).toBe('0 signed');
  expect(countsPhrase(counts({ signed: 7, 'not-member': 190 }), closed)).toBe('7 of 7 members signed');
});

test('describeSignedCount', () => {
  expect(describeSignedCount(3, 5, '2022-12-31')).toBe('took part in 3 of 5 declarations as of 31 Dec 2022');
});

test('only quoted wording is called the source’s words; a summary or translation is “Reported as”', () => {
  expect(isSourceWords('“have refused to sign”')).toBe(true);
  expect(isSourceWords('“didn\'t sign, either”')).toBe(true);
  for (const summary of ['did not sign', 'not part of it', 'not signed at launch (Telecompaper, citing Axios)', 'the “pact” was not signed', '“a” and “b”', '']) {
    expect(isSourceWords(summary), summary).toBe(false);
    expect(wordingLabel(summary), summary).toBe('Reported as');
  }
  expect(wordingLabel('“have refused to sign”')).toBe('In the source’s words');
  const quoted = ev({ status: 'refused', date: '2018-11-12', wording: '“have refused to sign”' });
  expect(labelledEvidenceWords(quoted, hill)).toBe('In the source’s words: “have refused to sign”, CircleID');
  const translated = ev({ status: 'not-signed', date: '2022-04-28', wording: 'did not sign' });
  expect(labelledEvidenceWords(translated, { ...hill, publisher: 'CorporateCompliance.cl' })).toBe('Reported as: did not sign, CorporateCompliance.cl');
});

test('a not-taking-part event dated by the launch list says so in the tooltip too (South Africa, reported in Dec 2022)', () => {
  const dfi = { shortName: 'Future of the Internet', launch: '2022-04-28', verb: 'endorse' } as Declaration;
  const zaf = ev({ status: 'not-signed', date: '2022-04-28', wording: 'did not sign', datedBy: 'launch-list' });
  expect(describeStatus(dfi, at('not-signed', zaf), '2022-06-01', () => ({ ...hill, publisher: 'Digital Watch' }))).toBe(
    'Future of the Internet, did not endorse, on 28 Apr 2022 (did not sign, Digital Watch; dated from the launch: not on the launch list)',
  );
});

test('a not-taking-part event dated by the earlier report its source cites says so, and names its source once (North Korea, 2018)', () => {
  const prk = ev({ status: 'not-signed', date: '2018-11-12', wording: 'did not sign', datedBy: 'cited-report' });
  expect(describeStatus(decl, at('not-signed', prk), '2019-01-01', () => ({ ...hill, publisher: 'Telecompaper' }))).toBe(
    'Paris Call, did not sign, on 12 Nov 2018 (did not sign, Telecompaper; dated by the earlier report it cites)',
  );
});

