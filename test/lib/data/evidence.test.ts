// Pins the words and the evidence of data/ to what the sources say (the second audit): who is
// "refused" and who only "did not sign", each with its source's own words; disputed listings;
// each declaration's verb; the Paris Call website's own dates; quotes as the sources print them;
// copies never counted as a second source.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/dates';
import { REFUSAL_WORDS } from '../../../src/lib/data/wording-rules';
import { checkHeadline, headlineVerdict } from '../../../src/lib/headline-agreement';
import { statusDefinition } from '../../../src/lib/status-words';
import { legendStatuses } from '../../../src/lib/legend-entries';
import { countsAt, statusAt } from '../../../src/lib/status';
import { realDataset } from './real-dataset';

const { dataset, ix } = realDataset();
const events = (declaration: string, status?: string) =>
  dataset.events.filter((e) => e.declarationId === declaration && (status === undefined || e.status === status));
const eventOf = (declaration: string, country: string, status = 'signed') =>
  dataset.events.find((e) => e.declarationId === declaration && e.country === country && e.status === status)!;

describe('refused only where a source says refused, declined or rejected', () => {
  it('the only refusals are the Paris Call 2018 five, each with words that say so', () => {
    const refused = dataset.events.filter((e) => e.status === 'refused');
    expect(refused.map((e) => `${e.declarationId} ${e.country}`).sort()).toEqual(
      ['CHN', 'IRN', 'RUS', 'TUR', 'USA'].map((c) => `paris-call-2018 ${c}`),
    );
    for (const e of refused) {
      expect(e.wording, e.country).toMatch(REFUSAL_WORDS);
      // The words are the main source's, and the main source is about the launch, not a later joining.
      expect(e.sourceId, e.country).not.toBe('pc_telecompaper');
    }
    expect(eventOf('paris-call-2018', 'USA', 'refused')).toMatchObject({ sourceId: 'pc_circleid', wording: '“have refused to sign”' });
    expect(eventOf('paris-call-2018', 'TUR', 'refused')).toMatchObject({ sourceId: 'seed_001', wording: '“refused to support the initiative at state level”' });
  });

  it('every not-signed row carries its source’s words, none of them a refusal', () => {
    const notSigned = dataset.events.filter((e) => e.status === 'not-signed');
    expect(notSigned.length).toBe(18);
    for (const e of notSigned) {
      expect(e.wording, `${e.declarationId} ${e.country}`).not.toBe('');
      expect(e.wording, `${e.declarationId} ${e.country}`).not.toMatch(REFUSAL_WORDS);
    }
    expect(eventOf('paris-call-2018', 'AUS', 'not-signed')).toMatchObject({ sourceId: 'pc_zdnet', wording: '“didn\'t sign the pact either”' });
    expect(eventOf('joint-statement-2019', 'CHN', 'not-signed')).toMatchObject({ sourceId: 'js_hill', wording: '“did not sign on”' });
  });

  it('China and the 2022 declaration: not signed (never "refused"), dated by the launch list', () => {
    const china = eventOf('dfi-2022', 'CHN', 'not-signed');
    expect(china.datedBy).toBe('launch-list');
    expect(china.moreSourceIds).toContain('dfi_wh_factsheet');
    expect(events('dfi-2022', 'refused')).toEqual([]);
    // South Africa's only report is of December 2022: the launch list dates its row, and says so.
    const zaf = eventOf('dfi-2022', 'ZAF', 'not-signed');
    expect(zaf).toMatchObject({ date: '2022-04-28', datedBy: 'launch-list', sourceId: 'dfi_digwatch_igf' });
    expect(zaf.note).toMatch(/^Dated from the launch: not on the launch-day list/);
  });

  it('a not-signing row is never dated before its source reports it, unless the launch list or a cited report dates it', () => {
    expect(eventOf('paris-call-2018', 'SAU', 'not-signed')).toMatchObject({ datedBy: 'cited-report', sourceId: 'pc_telecompaper' });
    for (const e of dataset.events.filter((x) => x.status !== 'signed')) {
      const source = ix.sources.get(e.sourceId)!;
      if (/^\d{4}-\d{2}-\d{2}$/.test(source.date) && e.datedBy === 'source') {
        // A report may come out a few days after the day it reports (launch reports), never before.
        expect(e.date <= source.date, `${e.declarationId} ${e.country}: dated ${e.date}, source ${source.date}`).toBe(true);
        expect(addDays(e.date, 7) >= source.date, `${e.declarationId} ${e.country}: dated ${e.date}, source ${source.date}`).toBe(true);
      }
    }
  });
});

describe('disputed is not uncertain', () => {
  it('Kenya and Senegal are disputed listings of the 2022 declaration', () => {
    for (const c of ['KEN', 'SEN']) expect(eventOf('dfi-2022', c)).toMatchObject({ disputed: true });
    expect(countsAt(ix, 'dfi-2022', '2022-12-31')).toMatchObject({ disputed: 2, uncertain: 0 });
  });
});

describe('each declaration’s short name reads as a name in a sentence', () => {
  it('the G7 declaration: "Signed the 2021 G7 declaration", not "the G7 digital ministers 2021"', () => {
    const g7 = ix.declarations.get('g7-2021')!;
    expect(statusDefinition('signed', g7)).toBe('Signed the 2021 G7 declaration by this date, according to a cited source.');
  });
});

describe('each declaration’s own verb', () => {
  it('the GGE report was adopted; the 2022 declaration endorsed; the others signed', () => {
    expect(Object.fromEntries(dataset.declarations.map((d) => [d.id, d.verb]))).toEqual({
      'gge-2015': 'adopt',
      'paris-call-2018': 'sign',
      'joint-statement-2019': 'sign',
      'g7-2021': 'sign',
      'dfi-2022': 'endorse',
    });
    expect(ix.declarations.get('gge-2015')!.summary).toContain('All members of the United Nations General Assembly have repeatedly affirmed this framework');
  });
});

describe('the audit’s dates, quotes and sources', () => {
  it('Paris Call: the website’s own date_signed for Guatemala, Suriname and the Central African Republic', () => {
    for (const c of ['GTM', 'SUR', 'CAF']) {
      const e = eventOf('paris-call-2018', c);
      // Listed by the website before the day its date_signed gives: uncertain from the listing.
      expect(e, c).toMatchObject({ date: '2019-11-12', precision: 'on-or-before', earliest: c === 'CAF' ? '2019-11-11' : '2019-11-09' });
      expect(e.note, c).toContain('date_signed');
    }
    for (const [c, date] of [['TUN', '2019-11-11'], ['GIN', '2019-11-19'], ['MRT', '2019-12-23'], ['PRY', '2020-02-11'], ['KHM', '2020-02-27']]) {
      expect(eventOf('paris-call-2018', c!), c).toMatchObject({ date, precision: 'day' });
    }
    // The Dominican Republic, listed in the same batch with no date_signed: its uncertainty is stated.
    const dom = eventOf('paris-call-2018', 'DOM');
    expect(dom).toMatchObject({ date: '2019-11-09', precision: 'on-or-before', earliest: '2019-09-17' });
    expect(dom.note).toMatch(/no date_signed: the day it signed is not known/);
  });

  it('notes describe the facts, not how the map draws them', () => {
    for (const e of dataset.events) expect(e.note, `${e.declarationId} ${e.country}`).not.toMatch(/\bthe map\b/i);
  });

  it('the Macron quote shows the conflicting attribution; the Kenyan quote is printed as the source prints it', () => {
    const macron = ix.quotes.get('q-macron')!;
    expect(macron.note).toContain('“an official from Macron’s office”');
    const kenya = ix.quotes.get('q-kenya-oguna')!;
    expect(kenya.text).toBe('we have not gone through our processes and laws for endorsing this declaration');
    expect(kenya.text).not.toMatch(/\[/);
    // Where it was shortened is said with words the research holds, nothing more.
    expect(kenya.note).toMatch(/^Shortened: /);
    expect(kenya.note).toContain('“after Cabinet approval, and ratification by the National Assembly”');
    expect(kenya.note).not.toContain('While we are listed');
  });

  it('a copy of the same article is marked as a copy and never cited as a second source beside it', () => {
    expect(ix.sources.get('js_difesa')!.copyOf).toBeTruthy();
    expect(ix.sources.get('js_hill')!.copyOf).toMatch(/staging host/);
    for (const e of dataset.events) {
      const all = [e.sourceId, ...(e.moreSourceIds ?? [])];
      expect(all.includes('js_difesa') && all.includes('seed_002'), `${e.declarationId} ${e.country}`).toBe(false);
    }
  });

  it('the Euro Weekly News report has its own source row, cited where it is named', () => {
    expect(ix.sources.get('dfi_euroweekly')).toMatchObject({
      publisher: 'Euro Weekly News',
      date: '2022-04-29',
      url: 'https://euroweeklynews.com/2022/04/29/russia-and-china-refuse-to-sign-declaration-for-the-future-of-the-internet-proposed-by-us-and-eu/',
    });
    for (const c of ['NGA', 'PHL', 'TUR']) expect(eventOf('dfi-2022', c, 'not-signed').moreSourceIds).toContain('dfi_euroweekly');
    // Its headline has China and Russia refusing, other press accounts not invited: the notes say so.
    for (const c of ['CHN', 'RUS']) {
      const e = eventOf('dfi-2022', c, 'not-signed');
      expect(e.moreSourceIds).toContain('dfi_euroweekly');
      expect(e.note).toMatch(/Euro Weekly News .* refusing .* not invited/);
    }
  });

  it('Estonia’s 2018 Paris Call signing rests on a launch report, not an article about Uzbekistan', () => {
    expect(eventOf('paris-call-2018', 'EST').sourceId).toBe('pc_lediligent');
    expect(eventOf('paris-call-2018', 'UZB').sourceId).toBe('pc_tashkent');
  });
});

describe('one rule for headline counts', () => {
  it('the Paris Call’s "51 countries" at launch and the 2022 declaration’s "61 nations" are consistent, not conflicts', () => {
    const paris = ix.declarations.get('paris-call-2018')!;
    const h51 = paris.headlineCounts.find((h) => h.states === 51)!;
    expect(headlineVerdict(h51, countsAt(ix, 'paris-call-2018', h51.asOf)).agreement).toBe('consistent');
    const dfi = ix.declarations.get('dfi-2022')!;
    const h61 = dfi.headlineCounts.find((h) => h.states === 61)!;
    expect(headlineVerdict(h61, countsAt(ix, 'dfi-2022', h61.asOf)).agreement).toBe('consistent');
  });

  it('a count of a day after our data end is never judged against our last day (states may have joined since)', () => {
    expect(checkHeadline(ix, 'dfi-2022', { states: 66, asOf: '2023-05-01' })).toEqual({ agreement: 'later', words: 'reported after our data end (31 Dec 2022)' });
    expect(checkHeadline(ix, 'dfi-2022', { states: 61, asOf: '2022-04-28' }).agreement).toBe('consistent');
  });
});

// The third audit (data findings): words the sources do not print are never given as theirs.
describe('quotes and quoted words are the sources’ own', () => {
  it('Iran: the IELR blog’s own words; no ZDNet sentence the research does not hold', () => {
    const iran = eventOf('paris-call-2018', 'IRN', 'refused');
    expect(iran).toMatchObject({ sourceId: 'pc_ielr', wording: '“has refused to sign”' });
    expect(iran.note).toContain('“US, along with China, Russia, and Iran, has refused to sign”');
    expect(iran.note).not.toMatch(/active cyber units|summarised, not quoted/);
  });

  it('North Korea: no words are put in ZDNet’s mouth; the main source is the one that names it', () => {
    const prk = eventOf('paris-call-2018', 'PRK', 'not-signed');
    expect(prk).toMatchObject({ sourceId: 'pc_telecompaper', datedBy: 'cited-report', wording: 'did not sign' });
    // The source is named once, beside the words; what dates it is said apart (the note names Axios).
    expect(prk.note).toMatch(/citing Axios/);
    expect(prk.moreSourceIds).toContain('pc_zdnet');
    expect(prk.note).not.toMatch(/active cyber units|“didn't sign the pact”/);
  });

  it('the Kenyan spokesperson’s words are cited to the report that prints them', () => {
    expect(ix.quotes.get('q-kenya-oguna')).toMatchObject({ sourceId: 'dfi_kenya_denial' });
    expect(ix.sources.get('dfi_kenya_denial')!.url).toBe('https://tech-space.africa/kenya-distances-itself-from-us-list-promoting-free-internet/');
  });

  it('no word of a summary is in quotation marks unless a source prints it (the Paris Call’s “hacking back”)', () => {
    expect(ix.declarations.get('paris-call-2018')!.summary).not.toContain('“hack-backs”');
  });
});

describe('dates no more precise than their sources', () => {
  it('the 2015 GGE report: adopted on or before the document’s date (agreed in June 2015, day not found)', () => {
    const gge = events('gge-2015');
    expect(gge).toHaveLength(20);
    for (const e of gge) {
      expect(e, e.country).toMatchObject({ date: '2015-07-22', precision: 'on-or-before', earliest: null });
      expect(e.note, e.country).toMatch(/June 2015.*exact day was not found.*date of UN document A\/70\/174/);
      expect(e.note, e.country).toMatch(/could re-read neither/);
    }
    // No window before the launch: the members count as having adopted it from the launch, and
    // the legend offers no "Date uncertain" it could never show.
    expect(countsAt(ix, 'gge-2015', '2015-07-22')).toMatchObject({ signed: 20, uncertain: 0 });
    expect(statusAt(ix, 'gge-2015', 'BRA', '2015-07-22').reason).toBe('Adopted on or before 22 Jul 2015; exact date not known.');
    expect(legendStatuses(ix.declarations.get('gge-2015')!, gge)).not.toContain('uncertain');
  });

  it('El Salvador: the date_signed the website’s repository once recorded, with its caveat', () => {
    const slv = eventOf('paris-call-2018', 'SLV');
    expect(slv).toMatchObject({ date: '2019-10-17', precision: 'on-or-before', earliest: '2019-10-10', sourceId: 'pc_repo' });
    expect(slv.note).toMatch(/date_signed of 10 Oct 2019/);
    expect(slv.note).toMatch(/all 34 supporters added in the same commit/);
    expect(slv.note).not.toMatch(/No source found gives the day/);
  });

  it('Guatemala, Suriname, the Central African Republic: the date_signed was written a day ahead, and the note says so', () => {
    for (const c of ['GTM', 'SUR', 'CAF']) expect(eventOf('paris-call-2018', c).note, c).toMatch(/written on 11 Nov 2019, a day ahead.*Paris Peace Forum/);
  });

  it('the seed articles carry no reliable date: none is called a launch-day report, and an inferred year is said to be inferred', () => {
    for (const e of dataset.events) expect(e.note, `${e.declarationId} ${e.country}`).not.toMatch(/launch-day news report/i);
    const talks = dataset.context.find((c) => c.id === 'cybercrime-talks-2022')!;
    expect(talks.summary).toMatch(/“May 30” without a year; 2022 is inferred/);
  });
});

describe('copies of the 2022 launch-day list are marked, and never cited beside the original', () => {
  it('Malwarebytes, Dellyranks and the defense-arab.com post are copies; only Senegal’s row (whose original is gone) cites them beside each other', () => {
    for (const id of ['dfi_malwarebytes', 'dfi_dellyranks', 'dfi_defensearab']) expect(ix.sources.get(id)!.copyOf, id).toMatch(/launch-day list/);
    for (const e of dataset.events) {
      const all = [e.sourceId, ...(e.moreSourceIds ?? [])];
      if (!all.includes('dfi_wh_factsheet')) continue;
      for (const copy of ['dfi_malwarebytes', 'dfi_dellyranks']) expect(all, `${e.declarationId} ${e.country}`).not.toContain(copy);
    }
    expect(eventOf('dfi-2022', 'SEN').moreSourceIds).toContain('dfi_malwarebytes');
  });
});

describe('verbatim wording where the research holds it', () => {
  it('India: MediaNama’s own words, quoted', () => {
    expect(eventOf('dfi-2022', 'IND', 'not-signed').wording).toBe('“has not signed”');
  });
});

describe('context events say no more than their sources', () => {
  it('the 2010 GGE report: the 15 members come from the UNODA fact sheet; nothing says it was the first, or by consensus', () => {
    const gge2010 = dataset.context.find((c) => c.id === 'gge-2010-report')!;
    expect(gge2010.sourceId).toBe('cyberpolicyportal_factsheet');
    expect(`${gge2010.title} ${gge2010.summary}`).not.toMatch(/\bfirst\b|consensus/i);
    expect(gge2010.summary).toMatch(/15 states/);
  });
});
