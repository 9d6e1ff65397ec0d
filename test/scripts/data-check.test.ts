import { describe, expect, it } from 'vitest';
import { dataCheckReport } from '../../scripts/data-check';
import { realDataset } from '../lib/data/real-dataset';

describe('data-check report', () => {
  const report = dataCheckReport(realDataset().ix);

  it('prints our counts at launch and at the end of 2022 per declaration', () => {
    expect(report).toContain(
      [
        'paris-call-2018: Paris Call (launched 12 Nov 2018, open)',
        '  our data at launch:       31 signed, 35 may have signed (date uncertain), 5 refused, 5 did not sign',
        '  our data at 31 Dec 2022:  81 signed, 4 refused, 3 did not sign',
      ].join('\n'),
    );
    expect(report).toContain('  our data at launch:       59 endorsed, 2 listing disputed, 11 did not endorse');
    expect(report).toContain('  our data at launch:       20 of 20 members adopted');
  });

  it('sets each headline count beside our data and lists the conflicts', () => {
    // One rule with the sidebar: between our certain and our possible count is consistent.
    expect(report).toContain(
      '    12 Nov 2018 51 countries [pc_incyber] -> consistent (consistent with our data: 31 certain, up to 66 with those whose date is uncertain or listing disputed)',
    );
    expect(report).toContain('    16 Sep 2019 68 states on the official supporters list (first import of the website) [pc_repo] -> agrees');
    expect(report).toContain(
      '    28 Apr 2022 “61 nations” [seed_000] -> consistent (consistent with our data: 59 certain, up to 61 with those whose date is uncertain or listing disputed)',
    );
    expect(report).not.toMatch(/- paris-call-2018: pc_incyber says 51 countries/);
    expect(report).toContain(
      '  - g7-2021: seed_004 says “the U.K., Canada, Germany, France, Italy, the U.S., and the EU” (6) on 28 Apr 2021; differs from our data: 7 certain, at most 7',
    );
    // A count of a day after our data end is set beside them, never judged.
    expect(report).toContain('    1 May 2023  “more than 65 countries” [dfi_gmf] -> no-number');
    expect(report).toMatch(/- dfi-2022: KEN listed as signing on 28 Apr 2022 but disputed/);
    expect(report).toMatch(/- dfi-2022: SEN listed as signing on 28 Apr 2022 but disputed/);
  });

  it('counts, per declaration, the rows of each wording the sources use for not taking part', () => {
    expect(report).toContain(
      ['    refused: 5 row(s)', '        3 × “have refused to sign”', '        1 × “has refused to sign”', '        1 × “refused to support the initiative at state level”'].join('\n'),
    );
    expect(report).toContain(['    not-signed: 2 row(s)', '        2 × “did not sign on”'].join('\n'));
  });
});
