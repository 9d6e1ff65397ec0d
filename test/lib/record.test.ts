import { describe, expect, it } from 'vitest';
import { signedCountsAt } from '../../src/lib/all-view';
import { countryRecord } from '../../src/lib/record';
import { realDataset } from './data/real-dataset';

const { ix } = realDataset();

describe('countryRecord', () => {
  it('gives all five declarations in launch order with the status at the date', () => {
    const usa = countryRecord(ix, 'USA', '2022-12-31');
    expect(usa.map((r) => r.declaration.id)).toEqual(['gge-2015', 'paris-call-2018', 'joint-statement-2019', 'g7-2021', 'dfi-2022']);
    expect(usa.map((r) => r.status.status)).toEqual(['signed', 'signed', 'signed', 'signed', 'signed']);
  });
  it('says "not launched" for later declarations and keeps closed groups apart', () => {
    const brazil = countryRecord(ix, 'BRA', '2019-01-01');
    expect(brazil.map((r) => r.status.status)).toEqual(['signed', 'absent', 'absent', 'not-member', 'absent']);
    expect(brazil[2]!.status.reason).toMatch(/^Not launched yet/);
    expect(countryRecord(ix, 'BRA', '2022-12-31').map((r) => r.status.status)).toEqual([
      'signed',
      'absent',
      'absent',
      'not-member',
      'not-signed',
    ]);
  });
});

describe('signedCountsAt (all-declarations view)', () => {
  it('counts only certain signatures', () => {
    const end = signedCountsAt(ix, '2022-12-31');
    expect(end.size).toBe(ix.countries.size);
    expect(end.get('USA')).toBe(5);
    expect(end.get('JPN')).toBe(5);
    expect(end.get('NOR')).toBe(3); // Paris Call, Joint Statement, DFI (Nov 2022)
    expect(end.get('KEN')).toBe(1); // the GGE; the DFI listing is disputed
    expect(end.get('CHN')).toBe(1); // the GGE only
    // Albania's Paris Call date is only "on or before 16 Sep 2019".
    expect(signedCountsAt(ix, '2019-09-15').get('ALB')).toBe(0);
    expect(signedCountsAt(ix, '2019-09-16').get('ALB')).toBe(1);
  });
});
