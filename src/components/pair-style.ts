// How the compare and change categories look, in the lazy chunk of those views: fills from
// themable custom properties (`--cdm-color-both`, …, light and dark defaults from the tested
// palette), bold hatching for the first declaration alone, dots for the second alone (unlike the
// fine hatching of `uncertain`), thin stripes for "already signed". `uncertain` is drawn by the status rules of status-style.ts.
// The map, the legend and the table take these as their `extraStyle` (pattern defs, the
// variables naming them, one stylesheet), so the core module carries none of it.
import { css, svg, unsafeCSS, type CSSResult, type SVGTemplateResult } from 'lit';
import type { ExtraStyle } from './status-style';
import { PAIR_COLORED, PAIR_PALETTE, PAIR_PATTERNED, type PairPalette, type PairPatterned } from '../lib/compare-palette';

const light = PAIR_PALETTE.light;
const color = (c: (typeof PAIR_COLORED)[number]): string => `var(--cdm-color-${c}, ${light.fill[c]})`;
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
  .pattern-${c} line { stroke: var(--cdm-pattern-ink-${c}, ${light.ink[c]}); }
  .pattern-${c} circle { fill: var(--cdm-pattern-ink-${c}, ${light.ink[c]}); stroke: none; }`,
).join('\n');

function themeVars(p: PairPalette): string {
  return [...PAIR_COLORED.map((c) => `--cdm-color-${c}: ${p.fill[c]};`), ...PAIR_PATTERNED.map((c) => `--cdm-pattern-ink-${c}: ${p.ink[c]};`)].join('\n');
}

/**
 * The custom properties' defaults, light and dark, for the mediator's :host (a page rule still
 * wins over them, as for the status colours).
 */
export const pairThemeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(themeVars(light))}
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(themeVars(PAIR_PALETTE.dark))}
    }
  }
`;

export const pairStyle: ExtraStyle = {
  defs,
  vars,
  sheet: css`
    ${unsafeCSS(fillRules)}
    ${unsafeCSS(inkRules)}
  `,
};
