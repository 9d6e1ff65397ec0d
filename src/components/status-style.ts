// How a status looks, shared by the map and the legend so a swatch is exactly what the map draws:
// colour from a themable custom property, and a pattern on top for uncertain (fine hatching),
// disputed (cross-hatching), refused (bold hatching), not-signed (stripes) and not-member (dots),
// so colour is never the only cue.
// Pattern ids carry a per-instance prefix: two maps on one page never share an id.
import { css, svg, unsafeCSS, type CSSResult, type SVGTemplateResult } from 'lit';
import { allRampFor, PALETTE, PATTERNED_STATUSES, type PatternedStatus } from '../lib/palette';
import { STATUSES, type Status } from '../lib/types';
import { fallbackVar, themeVar } from './theme';

/**
 * Categories drawn beyond the statuses (the compare and change views, a lazy chunk): their
 * pattern defs, the variables naming those patterns, and their fill rules. The map, the legend
 * and the table take one as `extraStyle`.
 */
export interface ExtraStyle {
  defs: (prefix: string) => SVGTemplateResult;
  vars: (prefix: string) => string;
  sheet: CSSResult;
}

/** Adds a stylesheet to a shadow root once (constructable: allowed under a strict CSP, unlike a `<style>`). */
export function adoptOnce(root: Node | null, style: CSSResult | undefined): void {
  const sheet = style?.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const { light, dark } = PALETTE;

/**
 * Most declarations the "all declarations" view shades apart (fill rules exist for 0..this). The
 * number itself is the dataset's: `allRampVars` hands each count its colour.
 */
export const MAX_ALL_VIEW_STEPS = 12;

/** A status's colour: the page's `--cdm-color-<status>` (on the element or any ancestor), else the default for the scheme. */
export const statusColor = (s: Status): string => themeVar(`--cdm-color-${s}`).cssText;
/**
 * A page's `--cdm-all-<n>` wins; else the ramp for the dataset's number of declarations
 * (allRampVars, on the element's inner .shell); else, for a map or legend on its own, the
 * five-declaration ramp.
 */
export const allRampColor = (n: number): string =>
  `var(--cdm-all-${n}, ${fallbackVar(`--_all-${n}`, light.allRamp[n] ?? light.allRamp[0], dark.allRamp[n] ?? dark.allRamp[0])})`;

/**
 * The ramp for `declarations` declarations, each count's colour light and dark, as private custom
 * properties (`--_all-<n>`; never the documented `--cdm-all-<n>`, which a page sets on any
 * ancestor): bind it on the element that holds the maps and legends (`.style=${…}`, CSSOM, so a
 * strict CSP allows it).
 */
export function allRampVars(declarations: number): string {
  const dark = allRampFor(PALETTE.dark, declarations);
  return allRampFor(PALETTE.light, declarations).map((c, k) => `--_all-${k}: light-dark(${c}, ${dark[k]})`).join('; ');
}

export const PATTERNED: readonly Status[] = PATTERNED_STATUSES;

let instanceCount = 0;
/** A prefix for ids that is unique in the page (ids inside each instance stay distinct). */
export function uniquePrefix(name: string): string {
  instanceCount += 1;
  return `${name}-${instanceCount}`;
}

export const patternId = (prefix: string, s: Status): string => `${prefix}-pattern-${s}`;

/**
 * `<pattern>` elements for the patterned statuses. `scale` lets the map keep the hatching the
 * same size on screen at any zoom (pass 1 / screen-pixels-per-unit).
 */
export function statusPatternDefs(prefix: string, scale = 1): SVGTemplateResult {
  const t = (angle: number) => `rotate(${angle}) scale(${scale})`;
  return svg`
    <pattern id=${patternId(prefix, 'uncertain')} class="pattern pattern-uncertain" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${t(-45)}>
      <rect width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6" stroke-width="1.6"></line>
    </pattern>
    <pattern id=${patternId(prefix, 'disputed')} class="pattern pattern-disputed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${t(45)}>
      <rect width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6" stroke-width="1.2"></line><line x1="0" y1="0" x2="6" y2="0" stroke-width="1.2"></line>
    </pattern>
    <pattern id=${patternId(prefix, 'refused')} class="pattern pattern-refused" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform=${t(45)}>
      <rect width="5" height="5"></rect><line x1="0" y1="0" x2="0" y2="5" stroke-width="2"></line>
    </pattern>
    <pattern id=${patternId(prefix, 'not-signed')} class="pattern pattern-not-signed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${t(0)}>
      <rect width="6" height="6"></rect><line x1="0" y1="1" x2="6" y2="1" stroke-width="1.4"></line>
    </pattern>
    <pattern id=${patternId(prefix, 'not-member')} class="pattern pattern-not-member" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform=${t(0)}>
      <rect width="5" height="5"></rect><circle cx="2.5" cy="2.5" r="1"></circle>
    </pattern>`;
}

/**
 * Which pattern each status uses, for the element holding the shapes. Bind it as a property,
 * `.style=${…}` (CSSOM cssText), never as a `style` attribute, which a strict CSP blocks.
 */
export function patternVars(prefix: string): string {
  return PATTERNED.map((s) => `--_fill-${s}: url(#${patternId(prefix, s)})`).join('; ');
}

const statusRules = STATUSES.map((s) =>
  PATTERNED.includes(s)
    ? `[data-status='${s}'] { fill: var(--_fill-${s}, ${statusColor(s)}); }`
    : `[data-status='${s}'] { fill: ${statusColor(s)}; }`,
).join('\n');

const rampRules = Array.from({ length: MAX_ALL_VIEW_STEPS + 1 }, (_, n) => `[data-signed-count='${n}'] { fill: ${allRampColor(n)}; }`).join('\n');

const patternRules = PATTERNED.map(
  (s) => `
  .pattern-${s} rect { fill: ${statusColor(s)}; stroke: none; }
  .pattern-${s} line { stroke: ${themeVar(`--cdm-pattern-ink-${s as PatternedStatus}`)}; }
  .pattern-${s} circle { fill: ${themeVar(`--cdm-pattern-ink-${s as PatternedStatus}`)}; stroke: none; }`,
).join('\n');

/** Fill rules for `data-status` / `data-signed-count`, the pattern inks, the out-of-flow `<svg class="defs">`. */
export const statusFillStyles: CSSResult = css`
  svg.defs { position: absolute; }
  ${unsafeCSS(statusRules)}
  ${unsafeCSS(rampRules)}
  ${unsafeCSS(patternRules)}
`;

/** One legend swatch: a small square drawn with the same fill rules as the map. */
export function swatch(attr: 'data-status' | 'data-signed-count', value: string): SVGTemplateResult {
  return attr === 'data-status'
    ? svg`<rect class="swatch" width="18" height="14" rx="2" data-status=${value}></rect>`
    : svg`<rect class="swatch" width="18" height="14" rx="2" data-signed-count=${value}></rect>`;
}

/** Screen-reader-only text. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

