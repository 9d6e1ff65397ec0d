// Exports in real Chromium: the PNG decodes to an image of the expected size (twice the screen,
// or a chosen width) with the map's colours in it; the SVG is well-formed XML whose text holds the
// legend labels, the "as of" date and the source line; the menu's buttons produce the files.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/cdm-export-menu';
import type { CdmExportMenu, ExportDetail } from '../../src/components/cdm-export-menu';
import { svgToPng } from '../../src/export/export-png';
import { PALETTE } from '../../src/lib/palette';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';
import { viewSvg } from '../../src/lib/export-view';
import { fixtureAtlas, fixtureDataset } from '../lib/briefing-fixture';

let atlas: CompiledAtlas;
let dataset: Dataset;
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
  dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
});

async function decode(blob: Blob): Promise<ImageBitmap> {
  expect(blob.type).toBe('image/png');
  return createImageBitmap(blob);
}

function pixel(bitmap: ImageBitmap, x: number, y: number): string {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
}

function svgTexts(svgText: string): string[] {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe('PNG export', () => {
  test('decodes to twice the SVG size by default, with a signed state in the signed colour', async () => {
    const svgText = viewSvg({ atlas: fixtureAtlas, dataset: fixtureDataset, declaration: 'paris-call-2018', date: '2018-11-12', view: 'declaration' });
    const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const w = Number(root.getAttribute('width'));
    const h = Number(root.getAttribute('height'));
    const bitmap = await decode(await svgToPng(svgText));
    expect([bitmap.width, bitmap.height]).toEqual([2 * w, 2 * h]);
    // France (a 50 px box at atlas 100,100) signed at launch: the middle of its box, at 2x.
    const [, tx, ty] = /class="map" x="([\d.]+)" y="([\d.]+)"/.exec(svgText)!.map(Number);
    expect(pixel(bitmap, 2 * (tx! + 125), 2 * (ty! + 125))).toBe(PALETTE.light.status.signed);
    // The page background (top-left margin) is white, not transparent black.
    expect(pixel(bitmap, 4, 4)).toBe('#ffffff');
  });

  test('decodes to a chosen width, keeping the aspect ratio', async () => {
    const svgText = viewSvg({ atlas, dataset, declaration: 'dfi-2022', date: '2022-12-31', view: 'declaration' });
    const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const ratio = Number(root.getAttribute('height')) / Number(root.getAttribute('width'));
    const bitmap = await decode(await svgToPng(svgText, { width: 1920 }));
    expect(bitmap.width).toBe(1920);
    expect(bitmap.height).toBe(Math.round(1920 * ratio));
  });
});

describe('SVG export', () => {
  test('every line of text fits inside the image, in the font this browser picks', () => {
    const views = [...dataset.declarations.map((d) => ({ declaration: d.id, view: 'declaration' as const })), { declaration: 'paris-call-2018' as const, view: 'all' as const }];
    for (const { declaration, view } of views) {
      const svgText = viewSvg({ atlas, dataset, declaration, date: '2022-12-31', view });
      const host = document.createElement('div');
      host.innerHTML = svgText.replace(/^<\?xml[^>]*>\s*/, '');
      document.body.append(host);
      try {
        const svg = host.querySelector('svg')!;
        const width = Number(svg.getAttribute('width'));
        for (const text of svg.querySelectorAll('text')) {
          const right = Number(text.getAttribute('x')) + text.getComputedTextLength();
          expect(right, `${declaration} ${view}: "${text.textContent}"`).toBeLessThanOrEqual(width - 8);
        }
      } finally {
        host.remove();
      }
    }
  });

  test('holds the legend labels with counts, the date and the source line as text', () => {
    const svgText = viewSvg({ atlas, dataset, declaration: 'paris-call-2018', date: '2018-11-12', view: 'declaration' });
    const texts = svgTexts(svgText);
    const all = texts.join('\n');
    expect(texts.some((t) => /^Signed \(\d+\)$/.test(t))).toBe(true);
    expect(texts.some((t) => /^Refused \(\d+\)$/.test(t))).toBe(true);
    expect(texts.some((t) => /^No record \(\d+\)$/.test(t))).toBe(true);
    expect(all).toMatch(/As of 12 Nov 2018: \d+ signed/);
    expect(all).toContain('Sources:');
    expect(all.replace(/\n/g, ' ')).toContain(`cyber-declarations-map dataset ${dataset.version}`);
    const title = dataset.declarations.find((d) => d.id === 'paris-call-2018')!.title;
    expect(all.replace(/\n/g, ' ').startsWith(title)).toBe(true);
  });
});

describe('<cdm-export-menu>', () => {
  let menu: CdmExportMenu;
  afterEach(() => menu?.remove());

  async function mount(): Promise<CdmExportMenu> {
    menu = document.createElement('cdm-export-menu');
    menu.atlas = atlas;
    menu.data = dataset;
    menu.declaration = 'paris-call-2018';
    menu.date = '2021-12-01';
    menu.screenWidth = 700;
    document.body.append(menu);
    await menu.updateComplete;
    return menu;
  }

  test('PNG button: twice the on-screen width, announced with its size', async () => {
    await mount();
    const done = new Promise<ExportDetail>((resolve) => menu.addEventListener('cdm-export', (e) => resolve((e as CustomEvent<ExportDetail>).detail), { once: true }));
    await page.getByRole('button', { name: 'PNG' }).click();
    const detail = await done;
    expect(detail).toMatchObject({ format: 'png', fileName: 'paris-call-2018_2021-12-01.png', width: 1400 });
    const { blob } = await menu.exportBlob('png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(1400);
    expect(bitmap.height).toBe(detail.height);
  });

  test('a chosen width wins over the screen size', async () => {
    await mount();
    await page.getByRole('combobox', { name: 'PNG size' }).selectOptions('1920');
    const { blob, width } = await menu.exportBlob('png');
    expect(width).toBe(1920);
    expect((await createImageBitmap(blob)).width).toBe(1920);
  });

  test('SVG and CSV buttons produce the files of the current view', async () => {
    await mount();
    const svg = await menu.exportBlob('svg');
    expect(svg.fileName).toBe('paris-call-2018_2021-12-01.svg');
    expect(svgTexts(await svg.blob.text()).join(' ')).toContain('As of 1 Dec 2021');
    const csv = await menu.exportBlob('csv');
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    const text = await csv.blob.text(); // (text() drops the BOM)
    expect(text.startsWith('declaration_id,')).toBe(true);
    // The United States signed the Paris Call on 10 Nov 2021.
    expect(text).toMatch(/\r\nparis-call-2018,[^\r\n]*,2021-12-01,USA,[^,]*,signed,/);
  });
});
