// The legend's compact form (rows of swatch, word and count; the definitions still read out): on
// a narrow legend, unless it asks for its definitions, and wherever it is told to be compact. The
// same rules twice behind two selectors, so written once here. A file of its own: the build leaves
// the css`` templates of a file that uses unsafeCSS as written (minify-template-literals.ts), and
// the legend's own styles are minified that way.
import { unsafeCSS, type CSSResult } from 'lit';

/** The compact legend's rules, each selector behind `prefix`. */
function compactRules(p: string): string {
  return `${p}ul{display:flex;flex-wrap:wrap;gap:0 2px}${p}button{display:flex;align-items:center;gap:6px;width:auto}${p}svg.sw{margin:0}${p}.count{min-width:2.2ch}` +
    `${p}h2,${p}.definition{position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden;white-space:nowrap}${p}.note{margin-top:2px}`;
}

export const legendCompactStyles: CSSResult = unsafeCSS(
  `@container (max-width:560px){${compactRules(':host(:not([definitions])) ')}}${compactRules(':host([compact]) ')}`,
);
