// The 16:9 export: the same view as a slide, 1920 x 1080 (rasterised at 1920 or 3840 px wide).
// Title and "as of" line on top, the map as large as fits on the left (with the reader's zoom,
// chosen country and highlighted states), the legend with every entry's definition on the right,
// the source line (publishers and dates, dataset version) along the bottom. Pure.
import { escapeXml, fillOf, mapSvg, svgDocument, textLines, wrapText, type ExportSvgSpec } from './export-svg';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const M = 64;
const TITLE = 56;
const SUB = 34;
const LABEL = 28;
const DEF = 21;
const SOURCE = 22;
const LEGEND_W = 500;
const SWATCH = 28;
const LINE = 1.3;

/** Composes the 1920 x 1080 slide SVG for a spec; nothing is drawn outside it. */
export function composeSlideSvg(spec: ExportSvgSpec): string {
  const { palette } = spec;
  const inner = SLIDE_WIDTH - 2 * M;
  const parts: string[] = [];
  const title = wrapText(spec.title, TITLE, inner, true).slice(0, 1);
  parts.push(textLines(title, M, M + TITLE * 0.8, TITLE, ` font-weight="700" class="title"`));
  const sub = wrapText(spec.subtitle, SUB, inner).slice(0, 1);
  parts.push(textLines(sub, M, M + TITLE * 0.8 + SUB * 1.6, SUB, ` class="as-of"`));

  const sourceLines = wrapText(spec.sourceLine, SOURCE, inner).slice(0, 2);
  const sourceTop = SLIDE_HEIGHT - M - (sourceLines.length - 1) * SOURCE * LINE;
  parts.push(textLines(sourceLines, M, sourceTop, SOURCE, ` class="source" fill-opacity="0.85"`));

  const top = M + TITLE * 0.8 + SUB * 1.6 + SUB;
  const bottom = sourceTop - SOURCE * 1.8;
  const mapW = inner - LEGEND_W - 40;
  const mapH = bottom - top;
  const view = spec.view ?? { x: 0, y: 0, w: spec.atlas.width, h: spec.atlas.height };
  const scale = Math.min(mapW / view.w, mapH / view.h);
  const w = view.w * scale;
  const h = view.h * scale;
  parts.push(mapSvg(spec, M, top + (mapH - h) / 2, w, h));

  // Legend: swatch, label and count, the definition under it.
  const lx = SLIDE_WIDTH - M - LEGEND_W;
  const items: string[] = [];
  const blocks = spec.legend.map((e) => ({ e, lines: e.definition ? wrapText(e.definition, DEF, LEGEND_W - SWATCH - 14).slice(0, 4) : [] }));
  const heightOf = (b: (typeof blocks)[number]) => LABEL * LINE + b.lines.length * DEF * LINE + 16;
  let y = top + Math.max(0, (mapH - blocks.reduce((sum, b) => sum + heightOf(b), 0)) / 2) + LABEL;
  for (const { e, lines } of blocks) {
    const label = e.count === null ? e.label : `${e.label}  ${e.count}`;
    items.push(
      `<g class="legend-item" data-key="${escapeXml(e.key)}">` +
        `<rect x="${lx}" y="${y - SWATCH + 4}" width="${SWATCH}" height="${SWATCH}" rx="3" fill="${fillOf(e)}" stroke="${escapeXml(palette.text)}" stroke-opacity="0.4"/>` +
        `<text x="${lx + SWATCH + 14}" y="${y}" font-size="${LABEL}" font-weight="700">${escapeXml(label)}</text>` +
        textLines(lines, lx + SWATCH + 14, y + DEF * 1.35, DEF, ` class="definition" fill-opacity="0.85"`) +
        `</g>`,
    );
    y += heightOf({ e, lines });
  }
  parts.push(`<g class="legend">${items.join('')}</g>`);

  return svgDocument(spec, SLIDE_WIDTH, SLIDE_HEIGHT, parts);
}
