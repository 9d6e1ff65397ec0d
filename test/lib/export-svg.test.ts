import { describe, expect, it } from 'vitest';
import {
  allViewExportSpec,
  composeExportSvg,
  declarationExportSpec,
  escapeXml,
  exportFileName,
  exportSourceLine,
  wrapText,
  estimateTextWidth,
} from '../../src/lib/export-svg';
import type { Iso3, Status } from '../../src/lib/types';
import { fixtureAtlas, fixtureDataset } from './briefing-fixture';

/** The text content of every <text> element, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

const paris = fixtureDataset.declarations.find((d) => d.id === 'paris-call-2018')!;
const statuses = new Map<Iso3, Status>([
  ['FRA', 'signed'],
  ['DEU', 'signed'],
  ['USA', 'refused'],
  ['CHN', 'refused'],
  ['AUS', 'refused'],
  ['NZL', 'uncertain'],
  ['MLT', 'uncertain'],
  ['KEN', 'absent'],
  ['JPN', 'absent'],
]);

describe('composeExportSvg for a declaration', () => {
  const svg = composeExportSvg(
    declarationExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: paris, date: '2019-01-31', statuses }),
  );
  const words = texts(svg);

  it('has the title, the "as of" line with counts and the date, as text', () => {
    expect(words).toContain('Paris Call (full title)');
    expect(words).toContain('As of 31 Jan 2019: 2 signed, 2 may have signed (date uncertain), 3 refused');
  });

  it('has a legend entry with label and count for each status shown', () => {
    expect(words).toContain('Signed (2)');
    expect(words).toContain('Date uncertain (2)');
    expect(words).toContain('Refused (3)');
    expect(words).toContain('No record (2)');
    // An open declaration with nobody "not a member" has no such entry.
    expect(words.some((w) => w.startsWith('Not a member'))).toBe(false);
  });

  it('ends with the source line naming publishers and the dataset version', () => {
    const source = words.filter((_w, i) => i >= words.findIndex((x) => x.startsWith('Sources:'))).join(' ');
    expect(source).toBe('Sources: Org A (16 Sep 2019), Paper B (12 Nov 2018) · cyber-declarations-map dataset 2022-12-31+abc123');
  });

  it('draws every atlas country, shapes and markers, with its data-country', () => {
    for (const c of fixtureAtlas.countries) expect(svg).toContain(`data-country="${c.id}"`);
    expect(svg).toMatch(/<circle[^>]*data-country="MLT"/);
  });

  it('backs refused and uncertain with patterns, not colour alone', () => {
    expect(svg).toMatch(/<pattern id="cdm-export-pattern-refused"/);
    expect(svg).toMatch(/<pattern id="cdm-export-pattern-uncertain"/);
    expect(svg).toMatch(/<path d="[^"]+" fill="url\(#cdm-export-pattern-refused-map\)" data-country="USA"/);
  });

  it('is a standalone document: namespace, size, generic fonts, no external references', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1008" height="\d+"/);
    expect(svg).toContain('sans-serif');
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
  });

  it('defines what "refused" means for this declaration', () => {
    expect(words.join(' ')).toContain('Refused: A cited source reports the state declining.');
  });
});

describe('before the launch', () => {
  it('says the declaration was not launched yet and colours nobody', () => {
    const svg = composeExportSvg(
      declarationExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: paris, date: '2018-01-01', statuses: new Map() }),
    );
    expect(texts(svg)).toContain('As of 1 Jan 2018: not launched yet (launched 12 Nov 2018)');
    expect(svg).not.toContain('data-key=');
  });
});

describe('closed groups', () => {
  it('shows "not a member" and who could sign', () => {
    const g7 = fixtureDataset.declarations.find((d) => d.id === 'g7-2021')!;
    const st = new Map<Iso3, Status>([['FRA', 'signed'], ['KEN', 'not-member']]);
    const svg = composeExportSvg(declarationExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: g7, date: '2021-05-01', statuses: st }));
    expect(texts(svg)).toContain('Not a member (1)');
    expect(texts(svg)).toContain('Who could take part: Any state');
    expect(svg).toMatch(/<pattern id="cdm-export-pattern-not-member"/);
  });
});

describe('the "all declarations" view', () => {
  it('has a ramp legend with counts', () => {
    const counts = new Map<Iso3, number>([['FRA', 3], ['USA', 3], ['KEN', 0]]);
    const svg = composeExportSvg(allViewExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, date: '2022-12-31', signedCounts: counts }));
    const words = texts(svg);
    // The fixture has three declarations: the ramp counts to three (declarations are data).
    // The screen's legend, word for word (one wording: the view model's), and its note.
    expect(words).toContain('All 3 (2)');
    expect(words).toContain('1 of 3 (0)');
    expect(words).toContain('None (1)');
    expect(words.join(' ')).not.toMatch(/signed/i);
    expect(words.join(' ')).toContain('counted where its date is certain by the day shown');
    expect(words.join(' ')).toContain('As of 31 Dec 2022');
  });
});

describe('hostile text', () => {
  it('escapes markup in titles and sources', () => {
    const spec = declarationExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: { ...paris, title: '<script>alert(1)</script> & "x"' }, date: '2019-01-31', statuses });
    const svg = composeExportSvg(spec);
    expect(svg).not.toContain('<script>');
    expect(texts(svg)).toContain('<script>alert(1)</script> & "x"');
  });
  it('escapeXml drops characters XML forbids', () => {
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });
});

describe('helpers', () => {
  it('wrapText keeps lines under the width and loses no word', () => {
    const text = 'Sources: one two three four five six seven eight nine ten eleven twelve thirteen';
    const lines = wrapText(text, 12, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(120);
    // Bold is wider, so it wraps sooner.
    expect(wrapText(text, 12, 120, true).length).toBeGreaterThanOrEqual(lines.length);
    expect(estimateTextWidth('mW', 10)).toBeGreaterThan(estimateTextWidth('il', 10) * 2);
  });
  it('exportSourceLine for all declarations names every cited publisher once', () => {
    expect(exportSourceLine(fixtureDataset, null, '2022-12-31')).toBe('Sources: Org A (16 Sep 2019), Paper B (12 Nov 2018) · cyber-declarations-map dataset 2022-12-31+abc123');
  });
  it('exportFileName is safe for any file system', () => {
    expect(exportFileName('paris-call-2018', '2019-12-31', 'svg')).toBe('paris-call-2018_2019-12-31.svg');
    expect(exportFileName('../x y', '2019-12-31', 'png')).toBe('___x_y_2019-12-31.png');
  });
});

// The exports of a whole view, from the same status queries the map draws with.
import { viewCsv, viewFileName, viewSvg } from '../../src/lib/export-view';
import { signedCountsAt } from '../../src/lib/all-view';
import { indexDataset } from '../../src/lib/dataset-index';
import { existsSync, readFileSync } from 'node:fs';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';

describe('viewSvg / viewCsv on the fixture', () => {
  it('exports the declaration view with statuses from the status queries', () => {
    const svg = viewSvg({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: 'paris-call-2018', date: '2021-12-01', view: 'declaration' });
    // USA refused at launch, signed 10 Nov 2021.
    expect(svg).toMatch(/data-country="USA" data-key="signed"/);
    expect(svg).toMatch(/data-country="CHN" data-key="refused"/);
  });
  it('exports the all view and the CSV', () => {
    expect(texts(viewSvg({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: 'paris-call-2018', date: '2022-12-31', view: 'all' })).join(' ')).toContain('As of 31 Dec 2022');
    const csv = viewCsv({ dataset: fixtureDataset, declaration: 'paris-call-2018', date: '2021-12-01', view: 'declaration' });
    expect(csv.split('\r\n')[0]!.startsWith('declaration_id,declaration,as_of')).toBe(true);
    expect(viewFileName({ declaration: 'dfi-2022', date: '2022-12-31', view: 'all' }, 'svg')).toBe('all-declarations_2022-12-31.svg');
    // A file name tells files apart: the chosen country, a slide and its width; a CSV is never a slide.
    const base = { declaration: 'paris-call-2018', date: '2018-11-12', view: 'declaration' } as const;
    expect(viewFileName({ ...base, country: 'USA' }, 'png')).toBe('paris-call-2018_USA_2018-11-12.png');
    expect(viewFileName({ ...base, layout: 'slide' }, 'csv')).toBe('paris-call-2018_2018-11-12.csv');
    expect(viewFileName({ ...base, layout: 'slide' }, 'svg')).toBe('paris-call-2018_2018-11-12_16x9.svg');
    expect(viewFileName({ ...base, layout: 'slide' }, 'png', 3840)).toBe('paris-call-2018_2018-11-12_16x9_3840.png');
    expect(viewFileName({ ...base, layout: 'slide' }, 'png', 1920)).toBe('paris-call-2018_2018-11-12_16x9_1920.png');
  });
  it("the all view's CSV holds every declaration's rows, and each state's signed rows add up to its count on the map", () => {
    const date = '2022-12-31';
    const csv = viewCsv({ dataset: fixtureDataset, declaration: 'paris-call-2018', date, view: 'all' });
    const [header, ...lines] = csv.trimEnd().split('\r\n').map((l) => l.split(','));
    const col = (name: string) => header!.indexOf(name);
    expect(new Set(lines.map((l) => l[col('declaration_id')]))).toEqual(new Set(fixtureDataset.declarations.map((d) => d.id)));
    expect(lines).toHaveLength(fixtureDataset.declarations.length * fixtureDataset.countries.length);
    const counts = signedCountsAt(indexDataset(fixtureDataset), date);
    for (const c of fixtureDataset.countries) {
      const signed = lines.filter((l) => l[col('country_iso3')] === c.iso3 && l[col('status')] === 'signed').length;
      expect(signed, c.iso3).toBe(counts.get(c.iso3) ?? 0);
    }
  });
});

const REAL_ATLAS = 'public/generated/atlas.json';
const REAL_DATASET = 'public/generated/dataset.json';
describe.skipIf(!existsSync(REAL_ATLAS) || !existsSync(REAL_DATASET))('viewSvg on the real atlas and dataset', () => {
  it('draws every atlas state with a status and names the sources and version', () => {
    const atlas = JSON.parse(readFileSync(REAL_ATLAS, 'utf8')) as CompiledAtlas;
    const dataset = JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset;
    const svg = viewSvg({ atlas, dataset, declaration: 'paris-call-2018', date: '2018-11-12', view: 'declaration' });
    const drawn = [...svg.matchAll(/data-country="([A-Z]{3})"( data-key="([a-z-]+)")?/g)];
    expect(new Set(drawn.map((m) => m[1]))).toEqual(new Set(atlas.countries.map((c) => c.id)));
    expect(svg).toMatch(/data-country="USA" data-key="refused"/);
    expect(svg).toMatch(/data-country="FRA" data-key="signed"/);
    const words = texts(svg).join(' ');
    expect(words).toContain(`cyber-declarations-map dataset ${dataset.version}`);
    expect(words).toContain('As of 12 Nov 2018');
  });
});

describe('source credits', () => {
  it('names publishers with their dates, never a headline, and counts the rest', async () => {
    const { publisherCredits, sourceDay } = await import('../../src/lib/source-credits');
    const sources = new Map([
      ['a', { id: 'a', title: 'Headline A', publisher: 'Pub A', date: '2019-09', url: null, seed: null, copyOf: null }],
      ['b', { id: 'b', title: 'Headline B', publisher: '', date: '2020', url: null, seed: null, copyOf: null }],
      ['c', { id: 'c', title: 'Headline C', publisher: 'Pub C', date: '', url: null, seed: null, copyOf: null }],
    ]);
    expect(publisherCredits(sources, ['a', 'a', 'b', 'c'])).toBe('Pub A (Sep 2019), Pub C and 1 more');
    expect(publisherCredits(sources, ['a', 'c'], 1)).toBe('Pub A (Sep 2019) and 1 more');
    expect(publisherCredits(sources, ['a', 'b', 'c'])).not.toContain('Headline');
    expect(sourceDay('2015-07-22')).toBe('22 Jul 2015');
  });
});

describe('a zoomed view', () => {
  // The reader zoomed in 4x: the exported map shows a quarter of the atlas's width.
  const statuses = new Map<Iso3, Status>([['FRA', 'refused'], ['KEN', 'not-signed']]);
  const paris = fixtureDataset.declarations.find((d) => d.id === 'paris-call-2018')!;
  const spec = (view?: { x: number; y: number; w: number; h: number }) =>
    ({ ...declarationExportSpec({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: paris, date: '2019-01-31', statuses }), view });
  /** The period, in the image's px, of the pattern that fills FRA. */
  function periodPx(svg: string): number {
    const map = svg.slice(svg.indexOf('<svg class="map"'));
    const viewBoxW = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(map)![1]);
    const width = Number(/ width="([\d.]+)"/.exec(map)![1]);
    const id = /data-country="FRA"/.test(map) ? /<path d="[^"]*" fill="url\(#([^)]+)\)" data-country="FRA"/.exec(map)![1] : '';
    const def = new RegExp(`<pattern id="${id}"[^>]*>`).exec(svg)![0];
    const scale = Number(/scale\(([\d.]+)\)/.exec(def)?.[1] ?? '1');
    return (8 * scale * width) / viewBoxW;
  }

  it('keeps the hatching as fine as on screen (and as in the legend), whatever the zoom', () => {
    const whole = composeExportSvg(spec());
    const zoomed = composeExportSvg(spec({ x: 100, y: 50, w: fixtureAtlas.width / 4, h: fixtureAtlas.height / 4 }));
    expect(periodPx(whole)).toBeCloseTo(8, 1);
    expect(periodPx(zoomed)).toBeCloseTo(8, 1);
  });
});
