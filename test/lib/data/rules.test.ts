// One fixture per validation rule: test/fixtures/data/<rule>/ holds the file(s) that replace the
// real ones in data/; each must produce exactly its message, at its line and column.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataDir } from '../../../scripts/build-data';
import { formatIssue } from '../../../src/lib/data/issues';

/** A fixed today: messages about dates after today must not change with the clock. */
const TODAY = '2030-01-01';

function problems(rule: string): string[] {
  const { dataset, issues } = compileDataDir('data', `test/fixtures/data/${rule}`, { today: TODAY });
  expect(dataset).toBeNull();
  return issues.map(formatIssue);
}

const at = (rule: string, file = 'endorsements.csv') => `test/fixtures/data/${rule}/${file}`;

describe('data validation rules (fixtures)', () => {
  it('unknown country or alias, with a suggestion (an alias like "Czech Republic" resolves)', () => {
    expect(problems('unknown-country')).toEqual([
      `${at('unknown-country')}:3:2: unknown country 'Czech Rep.'; did you mean CZE Czechia?`,
    ]);
  });

  it('unknown source id', () => {
    expect(problems('unknown-source')).toEqual([`${at('unknown-source')}:2:8: unknown source 'pc_repoo'; did you mean pc_repo?`]);
  });

  it('unknown quote id', () => {
    expect(problems('unknown-quote')).toEqual([
      `${at('unknown-quote')}:2:10: unknown quote 'q-kenya-spokesman'; add it to data/quotes.csv or fix the id`,
    ]);
  });

  it('malformed or impossible date', () => {
    expect(problems('bad-date')).toEqual([
      `${at('bad-date')}:2:4: '2019-02-30' is not a real day (Feb 2019 has 28 days); write a real date as YYYY-MM-DD`,
      `${at('bad-date')}:3:4: '12/11/2018' is not a date in the form YYYY-MM-DD; write a real date as YYYY-MM-DD`,
    ]);
  });

  it('an event before its declaration was launched', () => {
    expect(problems('before-launch')).toEqual([
      `${at('before-launch')}:2:4: date 2018-11-11 is before the launch of paris-call-2018 (2018-11-12); fix the date or the declaration`,
    ]);
  });

  it('duplicate rows for the same declaration, country and date (names and codes alike)', () => {
    expect(problems('duplicate-row')).toEqual([
      `${at('duplicate-row')}:4:2: duplicate row: NOR signed dfi-2022 on 2022-11-02 is already on line 2; delete one of them`,
    ]);
  });

  it('contradictory rows for the same declaration, country and date', () => {
    expect(problems('contradictory-row')).toEqual([
      `${at('contradictory-row')}:3:2: contradicts line 2: USA cannot be both refused and signed for paris-call-2018 on 2018-11-12; keep the row the sources support`,
    ]);
  });

  it('a status outside the allowed set', () => {
    expect(problems('bad-status')).toEqual([`${at('bad-status')}:2:3: status 'maybe' is not allowed; use signed, refused or not-signed`]);
  });

  it('an empty required field', () => {
    expect(problems('empty-required')).toEqual([
      `${at('empty-required')}:2:8: empty required field 'source'; give the id of the source in data/sources.csv`,
    ]);
  });

  it('a quote used with the wrong declaration', () => {
    expect(problems('quote-wrong-declaration')).toEqual([
      `${at('quote-wrong-declaration')}:2:10: quote 'q-macron' belongs to paris-call-2018, not dfi-2022; use a quote about dfi-2022 or fix the quote's declaration`,
    ]);
  });

  it('an unknown declaration id', () => {
    expect(problems('unknown-declaration')).toEqual([
      `${at('unknown-declaration')}:2:1: unknown declaration 'paris-call-2019'; use one of gge-2015, paris-call-2018, joint-statement-2019, g7-2021, dfi-2022, or add a row for it to data/declarations.csv`,
    ]);
  });

  it('a URL that is not http(s) (quoted cut at 60 characters, like every cell)', () => {
    const file = at('bad-url', 'declarations.csv');
    expect(problems('bad-url')).toEqual([
      `${file}:2:6: 'documents-dds-ny.un.org/doc/UNDOC/GEN/N15/228/35/PDF/N152283… (65 characters)' is not an http(s) URL; write the full address starting with https:// or leave it empty if none is known`,
      `${file}:5:6: 'ftp://www.g8.utoronto.ca/ict/2021-digital-tech-declaration.h… (63 characters)' is not an http(s) URL; write the full address starting with https:// or leave it empty if none is known`,
    ]);
  });

  it('an event for a state outside a closed group', () => {
    expect(problems('not-member')).toEqual([
      `${at('not-member')}:2:2: BRA Brazil is not a member of g7-2021 (a closed group); remove the row or fix the country`,
    ]);
  });

  it('precision values and the dates they need', () => {
    expect(problems('bad-precision')).toEqual([
      `${at('bad-precision')}:2:5: precision 'exact' is not allowed; use day, month or on-or-before`,
      `${at('bad-precision')}:3:4: precision month needs the month's first day as date (2022-01-01); write that day and keep precision month`,
      `${at('bad-precision')}:4:6: earliest is only for precision on-or-before or month; clear it for an exact day`,
    ]);
  });

  it('a CSV syntax error names the line where the broken record starts', () => {
    expect(problems('bad-csv')).toEqual([
      `${at('bad-csv', 'context-events.csv')}:2:4: quoted field is never closed (missing "); close the quote, and write a quote inside a quoted field as ""`,
    ]);
  });

  it('every record with the wrong number of fields at once, each with the fix for its cause, and the other rows still checked', () => {
    const file = at('field-counts');
    const expected = `expected 13 fields (declaration,country,status,date,precision,earliest,disputed,source,also,quote,wording,dated_by,note)`;
    expect(problems('field-counts')).toEqual([
      `${file}:2: ${expected} but found 12: a cell is missing; add it (an empty cell is nothing between two commas)`,
      `${file}:3:2: unknown country 'Czech Rep.'; did you mean CZE Czechia?`,
      `${file}:4: ${expected} but found 15: a cell holds a comma, or there is one comma too many; put a cell that holds a comma in double quotes ("a, b")`,
      `${file}:5: ${expected} but found 1: this line uses ';' between columns; use commas`,
    ]);
  });

  it('one stray comma in declarations.csv is one problem, not one per row that names a declaration', () => {
    const file = at('declarations-broken', 'declarations.csv');
    expect(problems('declarations-broken')).toEqual([
      `${file}:5: expected 13 fields (id,title,short_name,launch,venue,text_url,summary,membership,eligibility,members,refused_means,verb,default) but found 14: a cell holds a comma, or there is one comma too many; put a cell that holds a comma in double quotes ("a, b")`,
    ]);
  });

  it('a verb the texts cannot be built from ("endorsed" would read "Endorseded")', () => {
    expect(problems('bad-verb')).toEqual([`${at('bad-verb', 'declarations.csv')}:6:12: verb 'endorsed' is not allowed; use adopt, sign, endorse or join`]);
  });

  it('a refusal where refused_means still says no state refused', () => {
    expect(problems('refused-means-stale')).toEqual([
      `${at('refused-means-stale')}:2:3: a refused row for dfi-2022, whose refused_means (data/declarations.csv, line 6) says no state was reported as refusing; rewrite refused_means to say what "refused" means for it`,
    ]);
  });

  it('a headline count dated before its declaration or after today', () => {
    const file = at('headline-dates', 'headline-counts.csv');
    expect(problems('headline-dates')).toEqual([
      `${file}:2:4: as_of 2022-01-01 is before the launch of dfi-2022 (2022-04-28); fix the date or the declaration`,
      `${file}:3:4: as_of 2031-05-01 is after today (2030-01-01); fix the date`,
    ]);
  });

  it('a non-state endorser of a kind the sidebar does not know', () => {
    expect(problems('bad-kind')).toEqual([
      `${at('bad-kind', 'non-state-endorsers.csv')}:2:3: kind 'Companies' is not allowed; use EU institution, companies or civil society organisations`,
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const file = at('all-at-once');
    expect(problems('all-at-once')).toEqual([
      `${file}:2:2: unknown country 'Czech Rep.'; did you mean CZE Czechia?`,
      `${file}:3:3: status 'maybe' is not allowed; use signed, refused or not-signed`,
      `${file}:3:4: '2019-02-30' is not a real day (Feb 2019 has 28 days); write a real date as YYYY-MM-DD`,
      `${file}:3:8: unknown source 'pc_nope'; add it to data/sources.csv or fix the id`,
      `${file}:3:10: unknown quote 'q-nope'; add it to data/quotes.csv or fix the id`,
      `${file}:4:8: empty required field 'source'; give the id of the source in data/sources.csv`,
    ]);
  });

  it('a refused row whose wording does not say refusal fails, with the fix', () => {
    expect(problems('wording-refused')).toEqual([
      `${at('wording-refused')}:3:11: wording '“didn't sign the pact either”' does not say refused, declined or rejected; make the row not-signed, or quote the words of a source that reports a refusal`,
    ]);
  });

  it('a not-signed row needs the source’s words; launch-list dating needs the launch; signed rows carry no wording', () => {
    expect(problems('wording-missing')).toEqual([
      `${at('wording-missing')}:2:11: a not-signed row needs what its source reports in wording: its own words in typographic quotes (e.g. “have refused to sign”), or a short summary where they were not recorded`,
      `${at('wording-missing')}:3:12: dated_by launch-list means the launch list dates the event, but the date 2022-05-01 is not the launch (2022-04-28); date the row at the launch or clear dated_by`,
      `${at('wording-missing')}:4:11: wording is only for refused or not-signed rows; clear it (put what a reader should know in note)`,
    ]);
  });

  it('countries.csv: every problem at once, in the same file:line:column: message; fix format', () => {
    const file = at('countries-all-at-once', 'countries.csv');
    expect(problems('countries-all-at-once')).toEqual([
      `${file}:46:1: iso3 'DE' is not three capital letters; write the ISO alpha-3 code (e.g. FRA)`,
      `${file}:86:5: un_member 'maybe' is not allowed; use yes or no`,
    ]);
  });

  it('a UTF-8 byte order mark is accepted silently', () => {
    const { dataset, issues } = compileDataDir('data', 'test/fixtures/data/utf8-bom');
    expect(issues).toEqual([]);
    expect(dataset?.events.length).toBe(compileDataDir('data').dataset?.events.length);
  });

  it('a UTF-16 file, with or without its byte order mark', () => {
    expect(problems('utf16')).toEqual([`${at('utf16', 'countries.csv')}:1: is UTF-16; save it as UTF-8 (in a spreadsheet: CSV UTF-8)`]);
    expect(problems('utf16-no-bom')).toEqual([`${at('utf16-no-bom', 'quotes.csv')}:1: is UTF-16; save it as UTF-8 (in a spreadsheet: CSV UTF-8)`]);
  });

  it('a Latin-1 file: the line of the first byte that is not UTF-8, and what it was', () => {
    expect(problems('latin1')).toEqual([
      `${at('latin1', 'countries.csv')}:35: is not UTF-8 (line 35 has a byte that is not UTF-8: 0xF4, Latin-1 'ô'); save it as UTF-8`,
    ]);
  });

  it("a ';'- or tab-separated file", () => {
    expect(problems('separator')).toEqual([
      `${at('separator', 'quotes.csv')}:1: uses tabs between columns; use commas (save it as CSV, comma-separated)`,
      `${at('separator', 'sources.csv')}:1: uses ';' between columns; use commas (save it as CSV, comma-separated)`,
    ]);
  });

  it('a folder where a file should be', () => {
    const file = at('folder', 'quotes.csv');
    expect(problems('folder')).toEqual([
      `${file}:1: is a folder, not a file; move the folder away and create ${file} with the header id,text,speaker,role,source,declaration,countries,note`,
    ]);
  });

  it('a NUL in a note, and FRA\\0 as a country', () => {
    const file = at('control-character');
    expect(problems('control-character')).toEqual([
      `${file}:3:13: has a control character (U+0000) in column note; delete it`,
      `${file}:5:2: has a control character (U+0000) in column country; delete it`,
    ]);
  });

  it('a title made only of a zero-width space', () => {
    expect(problems('invisible-only')).toEqual([
      `${at('invisible-only', 'context-events.csv')}:2:4: column title is empty but for invisible characters (U+200B); delete them, then write the value or leave the cell empty`,
    ]);
  });

  it('an unclosed quote is reported where it opens, not where a later quote closes it', () => {
    expect(problems('unclosed-quote')).toEqual([
      `${at('unclosed-quote', 'sources.csv')}:2:2: quoted field is never closed (missing "): it runs on to line 4; close the quote on this line, and write a quote inside a quoted field as ""`,
    ]);
  });

  it('endorsement and context events after the timeline ends or after today', () => {
    expect(problems('after-end')).toEqual([
      `${at('after-end', 'context-events.csv')}:3:2: date 2023-06-01 is after the end of the timeline (2022-12-31, the end of the year of the latest launch or event); fix the date, or add the declaration or events it belongs with first`,
      `${at('after-end')}:4:4: date 2099-01-01 is after today (2030-01-01); fix the date`,
    ]);
  });

  it('a 1 MiB cell is cut in its message (and gets no quadratic "did you mean")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-cell-'));
    try {
      const huge = 'Frnace'.repeat(Math.ceil((1 << 20) / 6));
      const lines = readFileSync('data/endorsements.csv', 'utf8').split('\n');
      lines[1] = lines[1]!.replace(',BLR,', `,${huge},`);
      writeFileSync(join(dir, 'endorsements.csv'), lines.join('\n'));
      const { dataset, issues } = compileDataDir('data', dir);
      expect(dataset).toBeNull();
      const file = relative(process.cwd(), join(dir, 'endorsements.csv'));
      expect(issues.map(formatIssue)).toEqual([
        `${file}:2:2: unknown country '${huge.slice(0, 60)}… (${huge.length} characters)'; use an ISO alpha-3 code, or a name or alias from data/countries.csv`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
