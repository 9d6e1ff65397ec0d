// How the compare and change categories look, in the lazy chunk of those views: fills from
// themable custom properties (`--cdm-color-both`, …, read with their light and dark defaults from
// the tested palette as the fallback, as theme.ts does for the statuses, so a page's value on the
// element or any ancestor wins), bold hatching for the first declaration alone, dots for the
// second alone (unlike the fine hatching of `uncertain`), thin stripes for "already signed".
// `uncertain` is drawn by the status rules of status-style.ts.
// The map, the legend and the table take these as their `extraStyle` (pattern defs, the
// variables naming them, one stylesheet), so the core module carries none of it.
import { css, svg, unsafeCSS, type SVGTemplateResult } from 'lit';
import type { ExtraStyle } from './status-style';
import { fallbackVar } from './theme';
import { PAIR_COLORED, PAIR_PALETTE, PAIR_PATTERNED, type PairPatterned } from '../lib/compare-palette';

const { light, dark } = PAIR_PALETTE;
const color = (c: (typeof PAIR_COLORED)[number]): string => fallbackVar(`--cdm-color-${c}`, light.fill[c], dark.fill[c]).cssText;
const ink = (c: PairPatterned): string => fallbackVar(`--cdm-pattern-ink-${c}`, light.ink[c], dark.ink[c]).cssText;
const patternId = (prefix: string, c: PairPatterned): string => `${prefix}-pattern-${c}`;

function defs(prefix: string): SVGTemplateResult {
  return svg`
    <pattern id=${patternId(prefix, 'first-only')} class="pattern pattern-first-only" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6" stroke-width="1.8"></line>
    </pattern>
    <pattern id=${patternId(prefix, 'second-only')} class="pattern pattern-second-only" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
      <rect width="5" height="5"></rect><circle cx="2.5" cy="2.5" r="1.1"></circle>
    </pattern>
    <pattern id=${patternId(prefix, 'already-signed')} class="pattern pattern-already-signed" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(90)">
      <rect width="7" height="7"></rect><line x1="0" y1="0" x2="0" y2="7" stroke-width="1.2"></line>
    </pattern>`;
}

function vars(prefix: string): string {
  return PAIR_PATTERNED.map((c) => `--_fill-${c}: url(#${patternId(prefix, c)})`).join('; ');
}

const patterned: readonly string[] = PAIR_PATTERNED;
const fillRules = PAIR_COLORED.map((c) =>
  patterned.includes(c) ? `[data-status='${c}'] { fill: var(--_fill-${c}, ${color(c)}); }` : `[data-status='${c}'] { fill: ${color(c)}; }`,
).join('\n');
const inkRules = PAIR_PATTERNED.map(
  (c) => `.pattern-${c} rect { fill: ${color(c)}; stroke: none; }
  .pattern-${c} line { stroke: ${ink(c)}; }
  .pattern-${c} circle { fill: ${ink(c)}; stroke: none; }`,
).join('\n');

export const pairStyle: ExtraStyle = {
  defs,
  vars,
  sheet: css`
    ${unsafeCSS(fillRules)}
    ${unsafeCSS(inkRules)}
  `,
};
