import { describe, expect, it } from 'vitest';
import { dataCheckReport } from '../../scripts/data-check';
import { realDataset } from '../lib/data/real-dataset';

describe('data-check report', () => {
  const report = dataCheckReport(realDataset().ix);

  it('prints our counts at launch and at the end of 2022 per declaration', () => {
    expect(report).toContain(
      [
        'paris-call-2018: Paris Call (launched 12 Nov 2018, open)',
        '  our data at launch:       31 signed, 35 uncertain, 10 refused',
        '  our data at 31 Dec 2022:  81 signed, 0 uncertain, 7 refused',
      ].join('\n'),
    );
    expect(report).toContain('  our data at launch:       59 signed, 2 uncertain, 11 refused');
  });

  it('sets each headline count beside our data and lists the conflicts', () => {
    expect(report).toContain('    12 Nov 2018 "51 countries" [pc_incyber] -> DIFFERS');
    expect(report).toContain('    16 Sep 2019 "68 states on the official supporters list (first import of the website)" [pc_repo] -> agrees');
    expect(report).toContain(
      '  - paris-call-2018: pc_incyber says "51 countries" (51) on 12 Nov 2018; we can name 31 with certainty, 35 more are uncertain',
    );
    expect(report).toContain(
      '  - g7-2021: seed_004 says "the U.K., Canada, Germany, France, Italy, the U.S., and the EU" (6) on 28 Apr 2021; our data: 7 signed, 0 uncertain',
    );
    expect(report).toContain('  - dfi-2022: seed_000 says "61 nations" (61) on 28 Apr 2022; we can name 59 with certainty, 2 more are uncertain');
    expect(report).toMatch(/- dfi-2022: KEN listed as signing on 28 Apr 2022 but disputed/);
    expect(report).toMatch(/- dfi-2022: SEN listed as signing on 28 Apr 2022 but disputed/);
  });
});
