// The 16:9 slide from the real atlas and dataset: every text complete (no line dropped), and every
// text inside the 1920 x 1080 box, clear of the map and of each other (by the same width estimate
// the wrapping uses).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSlideSvg, SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from '../../src/lib/export-slide';
import { estimateTextWidth } from '../../src/lib/export-svg';
import { viewSpec, type ExportView } from '../../src/lib/export-view';
import { PALETTE } from '../../src/lib/palette';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';
import { fixtureAtlas } from './briefing-fixture';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface SlideText extends Box {
  text: string;
  cls: string;
  group: string;
}

/** Every <text> with its estimated box (DejaVu Sans: ascent about 0.8 em, descent 0.25 em). */
function slideTexts(svg: string): SlideText[] {
  const out: SlideText[] = [];
  // The legend item a text belongs to, so definitions can be read back per entry.
  const re = /<g class="legend-item" data-key="([^"]*)">|<\/g>|<text ([^>]*)>([^<]*)<\/text>/g;
  let group = '';
  for (const m of svg.matchAll(re)) {
    if (m[1] !== undefined) group = m[1];
    else if (m[0] === '</g>') group = '';
    else {
      const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(m[2]!)?.[1];
      const x = Number(attr('x'));
      const y = Number(attr('y'));
      const px = Number(attr('font-size'));
      const text = unescape(m[3]!);
      const width = estimateTextWidth(text, px, attr('font-weight') === '700');
      out.push({ text, cls: attr('class') ?? '', group, left: x, right: x + width, top: y - 0.8 * px, bottom: y + 0.25 * px });
    }
  }
  return out;
}

function mapBox(svg: string): Box {
  const m = /<svg class="map" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
  return { left: x, top: y, right: x + w, bottom: y + h };
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const joined = (list: SlideText[]) => list.map((t) => t.text).join(' ');

const REAL_ATLAS = 'public/generated/atlas.json';
const REAL_DATASET = 'public/generated/dataset.json';

describe.skipIf(!existsSync(REAL_ATLAS) || !existsSync(REAL_DATASET))('composeSlideSvg on the real data', () => {
  const atlas = JSON.parse(readFileSync(REAL_ATLAS, 'utf8')) as CompiledAtlas;
  const dataset = JSON.parse(readFileSync(REAL_DATASET, 'utf8')) as Dataset;
  const views: Array<[string, Omit<ExportView, 'atlas' | 'dataset'>, string[]]> = [
    ['compare', { declaration: 'paris-call-2018', with: 'dfi-2022', view: 'compare', date: '2022-12-31' }, ['Paris Call for Trust and Security in Cyberspace compared with A Declaration for the Future of the Internet', 'as of 31 Dec 2022']],
    ['change', { declaration: 'paris-call-2018', from: '2019-01-01', view: 'change', date: '2022-12-31' }, ['Who joined the Paris Call', '31 Dec 2022']],
    ['GGE', { declaration: 'gge-2015', view: 'declaration', date: '2016-01-01' }, ['Report of the Group of Governmental Experts on', 'As of 1 Jan 2016']],
    ['Joint Statement', { declaration: 'joint-statement-2019', view: 'declaration', date: '2022-12-31' }, ['Advancing Responsible State', 'As of 31 Dec 2022']],
    ['DFI', { declaration: 'dfi-2022', view: 'declaration', date: '2022-12-31' }, ['A Declaration for the Future of the Internet', 'As of 31 Dec 2022']],
    ['DFI before its launch', { declaration: 'dfi-2022', view: 'declaration', date: '2019-01-01' }, ['not launched yet']],
    ['all declarations', { declaration: 'paris-call-2018', view: 'all', date: '2021-06-01' }, ['As of 1 Jun 2021']],
  ];

  for (const [name, view, expected] of views) {
    describe(name, () => {
      const spec = viewSpec({ atlas, dataset, ...view });
      const svg = composeSlideSvg(spec);
      const texts = slideTexts(svg);

      it('prints the title in full', () => {
        expect(joined(texts.filter((t) => t.cls === 'title'))).toBe(spec.title);
      });

      it('prints the "as of" line and the source line in full', () => {
        expect(joined(texts.filter((t) => t.cls === 'as-of'))).toBe(spec.subtitle);
        expect(joined(texts.filter((t) => t.cls === 'source'))).toBe(spec.sourceLine);
        const heading = `${spec.title} ${spec.subtitle}`;
        for (const words of expected) expect(heading).toContain(words);
      });

      it("prints every legend entry's label, count and definition in full", () => {
        if (!name.includes('before')) expect(spec.legend.length).toBeGreaterThan(1);
        for (const e of spec.legend) {
          const item = texts.filter((t) => t.group === e.key);
          // A wrapped label reads back with single spaces.
          const label = joined(item.filter((t) => t.cls !== 'definition')).replace(/\s+/g, ' ');
          expect(label).toBe(e.count === null ? e.label : `${e.label} ${e.count}`);
          expect(joined(item.filter((t) => t.cls === 'definition'))).toBe(e.definition ?? '');
        }
      });

      it('keeps every text inside the slide and its side margins, off the map and off the other texts', () => {
        const map = mapBox(svg);
        expect(map.left).toBeGreaterThanOrEqual(0);
        expect(map.right).toBeLessThanOrEqual(SLIDE_WIDTH);
        expect(map.bottom - map.top).toBeGreaterThan(300);
        for (const t of texts) {
          // Left and right, the margin too: projectors crop the edges.
          expect(t.left, t.text).toBeGreaterThanOrEqual(SLIDE_MARGIN);
          expect(t.right, t.text).toBeLessThanOrEqual(SLIDE_WIDTH - SLIDE_MARGIN);
          expect(t.top, t.text).toBeGreaterThanOrEqual(0);
          expect(t.bottom, t.text).toBeLessThanOrEqual(SLIDE_HEIGHT);
          expect(overlap(t, map), `${t.text} on the map`).toBe(false);
        }
        for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      });
    });
  }
});

describe('composeSlideSvg when the words are far too many for the slide', () => {
  // Seven entries of about 60 words each and a four-line title: the type shrinks, nothing is cut.
  const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
  const spec = {
    atlas: fixtureAtlas,
    title: long(40, 'Declaration'),
    subtitle: `As of 31 Dec 2022: ${long(40, 'state')}`,
    legend: Array.from({ length: 7 }, (_, i) => ({ key: `k${i}`, label: `Entry ${i} ${long(6, 'word')}`, definition: long(60, 'meaning'), count: i, fill: '#888', pattern: null, patternInk: '#000' })),
    keyOf: new Map(),
    notes: [],
    sourceLine: `Sources: ${long(50, 'Publisher')}`,
    palette: PALETTE.light,
  };
  const svg = composeSlideSvg(spec);
  const texts = slideTexts(svg);

  it('prints every text in full, inside the slide and off the other texts', () => {
    expect(joined(texts.filter((t) => t.cls === 'title'))).toBe(spec.title);
    expect(joined(texts.filter((t) => t.cls === 'as-of'))).toBe(spec.subtitle);
    expect(joined(texts.filter((t) => t.cls === 'source'))).toBe(spec.sourceLine);
    for (const e of spec.legend) expect(joined(texts.filter((t) => t.group === e.key && t.cls === 'definition'))).toBe(e.definition);
    for (const t of texts) {
      expect(t.right, t.text).toBeLessThanOrEqual(SLIDE_WIDTH - SLIDE_MARGIN);
      expect(t.bottom, t.text).toBeLessThanOrEqual(SLIDE_HEIGHT);
    }
    for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
  });
});
