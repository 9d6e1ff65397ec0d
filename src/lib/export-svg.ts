// A standalone SVG of the current view, for slides and articles: title, "as of" line, the map
// (the atlas's precomputed path strings, coloured and patterned by status), a legend with labels
// and counts, and the source line with the dataset version. Every word is a real <text> element
// in a generic font family, so the file needs no web font and never loses its provenance.
// Pure: the caller supplies the statuses (from the status queries) and gets a string back.
import { allRampFor, PALETTE, PATTERNED_STATUSES, type ColorScheme, type PatternedStatus, type SchemePalette } from './palette';
import { timelineRange } from './dataset-index';
import { ALL_VIEW_NOTE, allLegendLabel } from './view-model';
import { legendStatuses } from './legend-entries';
import { countsPhrase, LEGEND_ORDER, statusDefinition, statusLabel } from './status-words';
import { shownSourceIds, sourceLine } from './source-credits';
import { STATUSES, type CompiledAtlas, type Dataset, type Declaration, type DeclarationId, type Iso3, type IsoDate, type Status } from './types';

/** Legend order: the same order as the map's own legend. */
export const EXPORT_STATUS_ORDER: readonly Status[] = LEGEND_ORDER;

const isPatterned = (s: Status): s is PatternedStatus => (PATTERNED_STATUSES as readonly Status[]).includes(s);

/** Fonts: generic families only, so the file renders the same with no network. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Layout constants, in output pixels at the default 960 px width.
const MARGIN = 24;
const TITLE_PX = 24;
const SUBTITLE_PX = 16;
const LEGEND_PX = 14;
const SOURCE_PX = 12;
const SWATCH = 16;
const LINE = 1.35;
/**
 * Glyph advance widths in em by kind of character, from DejaVu Sans, the widest common font behind
 * `system-ui`/`sans-serif` (Linux): lines wrapped for it fit in narrower fonts too. Used to wrap
 * text without a text engine; bold is about a tenth wider.
 */
const GLYPH_EM: ReadonlyArray<readonly [RegExp, number]> = [
  [/[ijlI.,:;'’‘!| ]/, 0.32],
  [/[ftr()[\]/-]/, 0.42],
  [/[mwMW@%—]/, 0.98],
  [/[A-Z]/, 0.79],
];
const OTHER_GLYPH_EM = 0.64;
const BOLD_WIDTH = 1.1;
const MARKER_RADIUS = 4;

export type PatternKind = 'hatch' | 'hatch-fine' | 'cross' | 'stripes' | 'dots' | null;

/** One legend entry and the fill every country with this key gets. */
export interface ExportLegendEntry {
  key: string;
  label: string;
  /** What the entry means (the legend's definition); slides print it under the label. */
  definition?: string;
  count: number | null;
  fill: string;
  pattern: PatternKind;
  patternInk: string;
}

/** Everything the SVG shows, already worded. */
export interface ExportSvgSpec {
  atlas: CompiledAtlas;
  title: string;
  /** The "as of" line ("As of 12 Nov 2018: 31 signed, 9 refused"). */
  subtitle: string;
  legend: ExportLegendEntry[];
  /** Legend key of each country drawn; countries without one are drawn as other land. */
  keyOf: ReadonlyMap<Iso3, string>;
  /** Lines under the legend that define its terms ("Refused: ..."), may be empty. */
  notes: string[];
  /** "Sources: ... · cyber-declarations-map dataset <version>". */
  sourceLine: string;
  palette: SchemePalette;
  /** The part of the atlas the reader sees (zoom), in atlas pixels; whole map when absent. */
  view?: { x: number; y: number; w: number; h: number };
  /** The chosen country, outlined as on screen. */
  selected?: Iso3 | null;
  /** States marked for a briefing step, outlined too. */
  highlighted?: readonly Iso3[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Estimated width of `text` at `px` (never less than DejaVu Sans's), for wrapping and legend layout. */
export function estimateTextWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += GLYPH_EM.find(([kind]) => kind.test(ch))?.[1] ?? OTHER_GLYPH_EM;
  return em * px * (bold ? BOLD_WIDTH : 1);
}

/** Splits `text` into lines no wider than `width` (estimated), breaking at spaces. */
export function wrapText(text: string, px: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(longer, px, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 100) / 100;
const patternId = (key: string) => `cdm-export-pattern-${key.replace(/[^a-z0-9-]/gi, '_')}`;

/** Id suffix of the map's own patterns, drawn in the map's units (see mapSvg). */
const MAP_PATTERN = '-map';

/**
 * A legend entry's pattern: 8 px tiles `scale` user units to the px: in the map, whose units
 * follow the reader's zoom, `scale` is the map's units per px, so the hatching stays as fine as
 * on screen and in the legend's swatches.
 */
export function patternDef(entry: ExportLegendEntry, scale = 1, suffix = ''): string {
  const id = patternId(entry.key) + suffix;
  const base = `<rect width="8" height="8" fill="${escapeXml(entry.fill)}"/>`;
  const ink = escapeXml(entry.patternInk);
  const open = (rotate: number) => {
    const t = `${scale === 1 ? '' : `scale(${Math.round(scale * 1e4) / 1e4})`}${rotate ? ` rotate(${rotate})` : ''}`.trim();
    return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"${t ? ` patternTransform="${t}"` : ''}>${base}`;
  };
  switch (entry.pattern) {
    case 'hatch':
      return `${open(45)}<line x1="0" y1="0" x2="0" y2="8" stroke="${ink}" stroke-width="3"/></pattern>`;
    case 'hatch-fine':
      return `${open(-45)}<line x1="0" y1="0" x2="0" y2="8" stroke="${ink}" stroke-width="1.5"/></pattern>`;
    case 'cross':
      return `${open(45)}<line x1="0" y1="0" x2="0" y2="8" stroke="${ink}" stroke-width="1.5"/><line x1="0" y1="0" x2="8" y2="0" stroke="${ink}" stroke-width="1.5"/></pattern>`;
    case 'stripes':
      return `${open(0)}<line x1="0" y1="1.5" x2="8" y2="1.5" stroke="${ink}" stroke-width="1.8"/></pattern>`;
    case 'dots':
      return `${open(0)}<circle cx="4" cy="4" r="1.4" fill="${ink}"/></pattern>`;
    default:
      return '';
  }
}

export const fillOf = (entry: ExportLegendEntry, suffix = '') => (entry.pattern ? `url(#${patternId(entry.key)}${suffix})` : escapeXml(entry.fill));

export function textLines(lines: string[], x: number, y: number, px: number, attrs: string): string {
  return lines
    .map((l, i) => `<text x="${round(x)}" y="${round(y + i * px * LINE)}" font-size="${px}"${attrs}>${escapeXml(l)}</text>`)
    .join('\n');
}

/**
 * The map of a spec as an <svg> placed at x, y in a box of w x h: the reader's zoom (spec.view)
 * fitted into the box and clipped to it, the chosen and highlighted states outlined on top.
 */
export function mapSvg(spec: ExportSvgSpec, x: number, y: number, w: number, h: number): string {
  const { atlas, palette } = spec;
  const v = spec.view ?? { x: 0, y: 0, w: atlas.width, h: atlas.height };
  const entries = new Map(spec.legend.map((e) => [e.key, e]));
  const shapes: string[] = [];
  const markers: string[] = [];
  const outlines: string[] = [];
  const outlined = new Set([...(spec.highlighted ?? []), ...(spec.selected ? [spec.selected] : [])]);
  // Strokes and markers keep their on-screen size whatever the zoom.
  const unit = v.w / w;
  for (const c of atlas.countries) {
    const key = spec.keyOf.get(c.id);
    const entry = key === undefined ? undefined : entries.get(key);
    const fill = entry ? fillOf(entry, MAP_PATTERN) : escapeXml(palette.otherLand);
    const status = key === undefined ? '' : ` data-key="${escapeXml(key)}"`;
    const mark = outlined.has(c.id) ? ` data-highlighted=""` : '';
    if (c.d) {
      shapes.push(`<path d="${escapeXml(c.d)}" fill="${fill}" data-country="${escapeXml(c.id)}"${status}${mark}/>`);
      if (mark) outlines.push(`<path d="${escapeXml(c.d)}"/>`);
    }
    if (c.marker) {
      // Small states: a circle that can be seen at world scale, outlined so it stands off the sea.
      const [mx, my] = c.marker;
      markers.push(
        `<circle cx="${round(mx)}" cy="${round(my)}" r="${round(MARKER_RADIUS * unit)}" fill="${fill}" stroke="${escapeXml(palette.text)}" stroke-opacity="0.6" stroke-width="${round(0.75 * unit)}" data-country="${escapeXml(c.id)}"${status}${mark}/>`,
      );
      if (mark) outlines.push(`<circle cx="${round(mx)}" cy="${round(my)}" r="${round((MARKER_RADIUS + 3) * unit)}"/>`);
    }
  }
  return (
    `<svg class="map" x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" viewBox="${round(v.x)} ${round(v.y)} ${round(v.w)} ${round(v.h)}" preserveAspectRatio="xMidYMid meet">` +
    `<defs>${spec.legend.map((e) => patternDef(e, unit, MAP_PATTERN)).join('')}</defs>` +
    // The sea as the explorer draws it: the whole map box.
    `<rect x="${round(v.x)}" y="${round(v.y)}" width="${round(v.w)}" height="${round(v.h)}" fill="${escapeXml(palette.sea)}"/>` +
    (atlas.otherLand ? `<path d="${escapeXml(atlas.otherLand)}" fill="${escapeXml(palette.otherLand)}"/>` : '') +
    `<g stroke="${escapeXml(palette.border)}" stroke-width="${round(0.5 * unit)}" stroke-linejoin="round">${shapes.join('')}</g>` +
    `<g>${markers.join('')}</g>` +
    (outlines.length > 0
      ? `<g class="outlines" fill="none" stroke-linejoin="round"><g stroke="${escapeXml(palette.background)}" stroke-width="${round(5 * unit)}">${outlines.join('')}</g>` +
        `<g stroke="${escapeXml(palette.text)}" stroke-width="${round(2.5 * unit)}">${outlines.join('')}</g></g>`
      : '') +
    `</svg>`
  );
}

/** Composes the standalone SVG document (with XML declaration) for a spec. */
export function composeExportSvg(spec: ExportSvgSpec): string {
  const { atlas, palette } = spec;
  const width = atlas.width + 2 * MARGIN;
  const inner = atlas.width;
  let y = MARGIN + TITLE_PX;
  const parts: string[] = [];

  const titleLines = wrapText(spec.title, TITLE_PX, inner, true);
  parts.push(textLines(titleLines, MARGIN, y, TITLE_PX, ` font-weight="700" class="title"`));
  y += (titleLines.length - 1) * TITLE_PX * LINE + SUBTITLE_PX * 1.6;
  const subLines = wrapText(spec.subtitle, SUBTITLE_PX, inner);
  parts.push(textLines(subLines, MARGIN, y, SUBTITLE_PX, ` class="as-of"`));
  y += (subLines.length - 1) * SUBTITLE_PX * LINE + SUBTITLE_PX * 0.8;

  // The map, in atlas pixel space, shifted below the heading.
  const mapTop = y;
  parts.push(mapSvg(spec, MARGIN, mapTop, atlas.width, atlas.height));
  y = mapTop + atlas.height + MARGIN;

  // Legend: swatch, label and count, flowing left to right and wrapping.
  const legendParts: string[] = [];
  let x = MARGIN;
  const rowHeight = Math.max(SWATCH, LEGEND_PX) * 1.6;
  for (const e of spec.legend) {
    const text = e.count === null ? e.label : `${e.label} (${e.count})`;
    const itemWidth = SWATCH + 8 + estimateTextWidth(text, LEGEND_PX) + 24;
    if (x > MARGIN && x + itemWidth > MARGIN + inner) {
      x = MARGIN;
      y += rowHeight;
    }
    legendParts.push(
      `<g class="legend-item" data-key="${escapeXml(e.key)}">` +
        `<rect x="${round(x)}" y="${round(y - SWATCH + 3)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${fillOf(e)}" stroke="${escapeXml(palette.text)}" stroke-opacity="0.35"/>` +
        `<text x="${round(x + SWATCH + 8)}" y="${round(y)}" font-size="${LEGEND_PX}">${escapeXml(text)}</text></g>`,
    );
    x += itemWidth;
  }
  parts.push(`<g class="legend">${legendParts.join('')}</g>`);
  y += rowHeight;

  for (const note of spec.notes) {
    const lines = wrapText(note, SOURCE_PX, inner);
    parts.push(textLines(lines, MARGIN, y, SOURCE_PX, ` class="note"`));
    y += lines.length * SOURCE_PX * LINE;
  }
  if (spec.notes.length > 0) y += SOURCE_PX * 0.6;
  const sourceLines = wrapText(spec.sourceLine, SOURCE_PX, inner);
  parts.push(textLines(sourceLines, MARGIN, y, SOURCE_PX, ` class="source" fill-opacity="0.8"`));
  const height = Math.ceil(y + (sourceLines.length - 1) * SOURCE_PX * LINE + MARGIN);

  return svgDocument(spec, width, height, parts);
}

/**
 * The standalone SVG file around an export's parts: size, font, title and description (for
 * screen readers and file browsers), the legend's patterns and the background. Shared by the
 * figure and the 16:9 slide, so both files carry the same metadata.
 */
export function svgDocument(spec: ExportSvgSpec, width: number, height: number, parts: readonly string[]): string {
  const { palette } = spec;
  const defs = spec.legend.map((e) => patternDef(e)).filter(Boolean).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}" fill="${escapeXml(palette.text)}">\n` +
    `<title>${escapeXml(spec.title)}</title>\n` +
    `<desc>${escapeXml(`${spec.subtitle}. ${spec.sourceLine}`)}</desc>\n` +
    (defs ? `<defs>${defs}</defs>\n` : '') +
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>\n` +
    parts.join('\n') +
    `\n</svg>\n`
  );
}

/**
 * "Sources: Org A (12 Nov 2018), Paper B · cyber-declarations-map dataset <version>": publishers
 * and dates, never headlines, of the evidence the image shows on `date` (null: every declaration).
 */
export function exportSourceLine(dataset: Dataset, declarations: readonly DeclarationId[] | null, date: IsoDate): string {
  return sourceLine(dataset, shownSourceIds(dataset, declarations, date));
}

/** "12 Nov 2018", locale-independent so an export reads the same everywhere. */
export function exportDay(date: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${months[Number(m) - 1] ?? '?'} ${y}`;
}

const STATUS_PATTERN: Record<Status, PatternKind> = {
  signed: null,
  uncertain: 'hatch-fine',
  disputed: 'cross',
  refused: 'hatch',
  'not-signed': 'stripes',
  absent: null,
  'not-member': 'dots',
};

export interface DeclarationExportInput {
  atlas: CompiledAtlas;
  dataset: Dataset;
  declaration: Declaration;
  date: string;
  /** Status of each state at `date` (from the status queries); empty before the launch. */
  statuses: ReadonlyMap<Iso3, Status>;
  scheme?: ColorScheme;
}

/** The spec for one declaration as of a date: statuses coloured, legend with counts. */
export function declarationExportSpec(input: DeclarationExportInput): ExportSvgSpec {
  const { declaration, date, statuses } = input;
  const palette = PALETTE[input.scheme ?? 'light'];
  const launched = date >= declaration.launch;
  const counts = new Map<Status, number>();
  for (const s of statuses.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  // The explorer's own legend entries (legend-entries.ts): the statuses this declaration's
  // evidence can give, so the export never lists a status the map cannot show.
  const shown = launched ? legendStatuses(declaration, input.dataset.events.filter((e) => e.declarationId === declaration.id)) : [];
  const legend: ExportLegendEntry[] = shown.map((s) => ({
    key: s,
    label: statusLabel(s, declaration.verb),
    definition: statusDefinition(s, declaration),
    count: counts.get(s) ?? 0,
    fill: palette.status[s],
    pattern: STATUS_PATTERN[s],
    patternInk: isPatterned(s) ? palette.patternInk[s] : palette.text,
  }));
  const day = exportDay(date);
  let subtitle: string;
  if (!launched) {
    subtitle = `As of ${day}: not launched yet (launched ${exportDay(declaration.launch)})`;
  } else {
    // The same words as the map's "as of" line.
    const record = Object.fromEntries(STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<Status, number>;
    subtitle = `As of ${day}: ${countsPhrase(record, declaration)}`;
  }
  return {
    atlas: input.atlas,
    title: declaration.title,
    subtitle,
    legend,
    keyOf: launched ? statuses : new Map(),
    notes: launched
      ? [
          declaration.membership === 'closed' && declaration.eligibility ? `Who could take part: ${declaration.eligibility}` : '',
          counts.has('refused') && declaration.refusedMeans ? `Refused: ${declaration.refusedMeans}` : '',
        ].filter(Boolean)
      : [],
    sourceLine: exportSourceLine(input.dataset, [declaration.id], date),
    palette,
  };
}

export interface AllViewExportInput {
  atlas: CompiledAtlas;
  dataset: Dataset;
  date: string;
  /** Number of declarations each state had signed as of `date` (0..the dataset's number). */
  signedCounts: ReadonlyMap<Iso3, number>;
  scheme?: ColorScheme;
}

/** "2015–2022": the years of the dataset's timeline. */
function yearSpan(dataset: Dataset): string {
  const { start, end } = timelineRange(dataset);
  return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
}

/** The spec for the "all declarations" view: states shaded by how many they had signed. */
export function allViewExportSpec(input: AllViewExportInput): ExportSvgSpec {
  const palette = PALETTE[input.scheme ?? 'light'];
  const ramp = allRampFor(palette, input.dataset.declarations.length);
  const max = ramp.length - 1;
  const tally = new Map<number, number>();
  const keyOf = new Map<Iso3, string>();
  for (const [iso3, n] of input.signedCounts) {
    const k = Math.max(0, Math.min(max, n));
    tally.set(k, (tally.get(k) ?? 0) + 1);
    keyOf.set(iso3, `signed-${k}`);
  }
  const legend: ExportLegendEntry[] = ramp.map((fill, k) => ({
    key: `signed-${k}`,
    label: allLegendLabel(k, max),
    count: tally.get(k) ?? 0,
    fill,
    pattern: null,
    patternInk: palette.text,
  }));
  return {
    atlas: input.atlas,
    title: `Cyberspace declarations taken part in, ${yearSpan(input.dataset)}`,
    subtitle: `As of ${exportDay(input.date)}: how many of the ${max} declarations each state had taken part in`,
    legend,
    keyOf,
    notes: [ALL_VIEW_NOTE],
    sourceLine: exportSourceLine(input.dataset, null, input.date),
    palette,
  };
}

/** File name for a download of the current view ("paris-call-2018_2019-12-31.svg"). */
export function exportFileName(view: string, date: string, extension: string): string {
  return `${view.replace(/[^a-z0-9-]/gi, '_')}_${date.replace(/[^0-9-]/g, '')}.${extension}`;
}
