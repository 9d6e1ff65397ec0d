// The 16:9 export: the same view as a slide, 1920 x 1080 (rasterised at 1920 or 3840 px wide).
// Title and "as of" line on top, the map as large as fits on the left (with the reader's zoom,
// chosen country and highlighted states), the legend with every entry's definition on the right,
// the source line (publishers and dates, dataset version) along the bottom. Every text is printed
// in full: the legend widens and its type shrinks, then all the type shrinks, before anything
// would be cut; the map takes the space that is left. Pure.
import { escapeXml, estimateTextWidth, fillOf, mapSvg, svgDocument, textLines, wrapText, type ExportLegendEntry, type ExportSvgSpec } from './export-svg';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
/** The margin every text keeps from the edges (projectors crop). */
export const SLIDE_MARGIN = 64;
const M = SLIDE_MARGIN;
/** Title sizes tried in turn until it takes at most two lines; the last one takes as many as it needs. */
const TITLE_SIZES = [56, 52, 48, 44, 40];
const SUB = 34;
const LABEL = 28;
const DEF = 21;
const SOURCE = 22;
/** Legend widths tried before its type shrinks: the map gives up some width first. */
const LEGEND_WIDTHS = [500, 580, 660];
/** Legend type scales tried in turn; below the last, the type keeps shrinking rather than cut text. */
const LEGEND_SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75];
const SWATCH = 28;
const GAP = 40;
const LINE = 1.3;

/** Whole-slide type scales, tried in turn when the words leave the map too little room. */
const SLIDE_SCALES = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
/** The map's least height before all the type shrinks. */
const MIN_MAP_H = 400;

/** The title's lines and size: up to two lines, smaller type before a third. */
function fitTitle(title: string, width: number, g: number): { lines: string[]; px: number } {
  for (const size of TITLE_SIZES) {
    const lines = wrapText(title, size * g, width, true);
    if (lines.length <= 2) return { lines, px: size * g };
  }
  const px = TITLE_SIZES[TITLE_SIZES.length - 1]! * g;
  return { lines: wrapText(title, px, width, true), px };
}

interface LegendBlock {
  e: ExportLegendEntry;
  label: string[];
  definition: string[];
}

interface LegendLayout {
  width: number;
  scale: number;
  blocks: LegendBlock[];
  height: number;
}

/** The legend's lines at a width and type scale, and the height they take (last gap excluded). */
function legendLayout(legend: readonly ExportLegendEntry[], width: number, scale: number): LegendLayout {
  const label = LABEL * scale;
  const def = DEF * scale;
  const textW = width - SWATCH * scale - 14;
  const blocks = legend.map((e) => {
    const lines = wrapText(e.label, label, textW, true);
    if (e.count !== null) {
      const last = `${lines.pop() ?? ''}  ${e.count}`.trim();
      if (estimateTextWidth(last, label, true) <= textW) lines.push(last);
      else lines.push(...wrapText(last, label, textW, true));
    }
    return { e, label: lines, definition: e.definition ? wrapText(e.definition, def, textW) : [] };
  });
  const height = blocks.reduce((sum, b) => sum + blockHeight(b, scale), 0) - 16 * scale;
  return { width, scale, blocks, height };
}

const blockHeight = (b: LegendBlock, scale: number) => (b.label.length * LABEL + b.definition.length * DEF) * scale * LINE + 16 * scale;

/**
 * The largest-type legend that fits `height` at slide scale `g`: wider first, then smaller type.
 * Null when none does; at the last slide scale the type keeps shrinking instead (never cut).
 */
function fitLegend(legend: readonly ExportLegendEntry[], height: number, g: number, last: boolean): LegendLayout | null {
  for (const scale of LEGEND_SCALES) {
    for (const width of LEGEND_WIDTHS) {
      const layout = legendLayout(legend, width, scale * g);
      if (layout.height <= height) return layout;
    }
  }
  if (!last) return null;
  const width = LEGEND_WIDTHS[LEGEND_WIDTHS.length - 1]!;
  let layout = legendLayout(legend, width, LEGEND_SCALES[LEGEND_SCALES.length - 1]! * g);
  while (layout.height > height && layout.scale > 0.1) layout = legendLayout(legend, width, layout.scale - 0.02);
  return layout;
}

/** Where everything goes at slide scale `g`; null when the map or the legend would not get its room. */
function plan(spec: ExportSvgSpec, g: number, last: boolean) {
  const inner = SLIDE_WIDTH - 2 * M;
  const title = fitTitle(spec.title, inner, g);
  const titleBase = M + title.px * 0.8;
  const subPx = SUB * g;
  const sub = wrapText(spec.subtitle, subPx, inner);
  const subBase = titleBase + (title.lines.length - 1) * title.px * LINE + subPx * 1.6;
  const sourcePx = SOURCE * g;
  const source = wrapText(spec.sourceLine, sourcePx, inner);
  const sourceTop = SLIDE_HEIGHT - M - (source.length - 1) * sourcePx * LINE;
  const top = subBase + (sub.length - 1) * subPx * LINE + subPx;
  const mapH = Math.max(0, sourceTop - sourcePx * 1.8 - top);
  if (mapH < MIN_MAP_H && !last) return null;
  const legend = fitLegend(spec.legend, mapH, g, last);
  if (!legend) return null;
  return { inner, title, titleBase, sub, subPx, subBase, source, sourcePx, sourceTop, top, mapH, legend };
}

/** Composes the 1920 x 1080 slide SVG for a spec; nothing is drawn outside it. */
export function composeSlideSvg(spec: ExportSvgSpec): string {
  const { palette } = spec;
  let p = null;
  for (const [i, g] of SLIDE_SCALES.entries()) if ((p = plan(spec, g, i === SLIDE_SCALES.length - 1))) break;
  const { inner, title, titleBase, sub, subPx, subBase, source, sourcePx, sourceTop, top, mapH, legend } = p!;
  const parts: string[] = [];
  parts.push(textLines(title.lines, M, titleBase, title.px, ` font-weight="700" class="title"`));
  parts.push(textLines(sub, M, subBase, subPx, ` class="as-of"`));
  parts.push(textLines(source, M, sourceTop, sourcePx, ` class="source" fill-opacity="0.85"`));

  const mapW = inner - (spec.legend.length > 0 ? legend.width + GAP : 0);
  const view = spec.view ?? { x: 0, y: 0, w: spec.atlas.width, h: spec.atlas.height };
  const scale = Math.min(mapW / view.w, mapH / view.h);
  const w = view.w * scale;
  const h = view.h * scale;
  parts.push(mapSvg(spec, M + (mapW - w) / 2, top + (mapH - h) / 2, w, h));

  // Legend: swatch, label and count, the definition under it, centred beside the map.
  const s = legend.scale;
  const label = LABEL * s;
  const def = DEF * s;
  const swatch = SWATCH * s;
  const lx = SLIDE_WIDTH - M - legend.width;
  const tx = lx + swatch + 14;
  const items: string[] = [];
  let y = top + Math.max(0, (mapH - legend.height) / 2) + label;
  for (const b of legend.blocks) {
    const defBase = y + (b.label.length - 1) * label * LINE + def * 1.35;
    items.push(
      `<g class="legend-item" data-key="${escapeXml(b.e.key)}">` +
        `<rect x="${lx}" y="${y - swatch + 4 * s}" width="${swatch}" height="${swatch}" rx="3" fill="${fillOf(b.e)}" stroke="${escapeXml(palette.text)}" stroke-opacity="0.4"/>` +
        textLines(b.label, tx, y, label, ` font-weight="700" class="label"`) +
        textLines(b.definition, tx, defBase, def, ` class="definition" fill-opacity="0.85"`) +
        `</g>`,
    );
    y += blockHeight(b, s);
  }
  parts.push(`<g class="legend">${items.join('')}</g>`);

  return svgDocument(spec, SLIDE_WIDTH, SLIDE_HEIGHT, parts);
}
