// The element's type scale: every piece of its text is set in one of a few sizes and two weights.
// Besides a calmer page, it makes the first view faster: on Linux each new pair of size and weight
// costs the browser a font lookup of 1-2 ms in the layout after the first map (28 such pairs cost
// about 30 ms in the explorer's first view before this scale), so a new size or weight is a cost,
// not a free nuance. test/browser/type-scale.test.ts counts them.
import { css, unsafeCSS } from 'lit';

const PANEL = 0.93;
const SMALL = 0.86;

/** Of the element's own size: the text of the toolbar and of every panel (legend, timeline, sidebar). */
export const PANEL_SIZE = unsafeCSS(`${PANEL}em`);
/** Of a panel's text: captions, field labels, notes, dates, speakers (12 px at the smallest element). */
export const SMALL_SIZE = unsafeCSS(`${SMALL}em`);
/** The same small size for text set directly in the element, outside any panel. */
export const SMALL_OUTSIDE_PANELS = unsafeCSS(`calc(${PANEL}em * ${SMALL})`);
/** Of a panel's text: the sidebar's heading. */
export const TITLE_SIZE = css`1.3em`;
/** The one weight above regular: headings, labels, numbers, the pressed button. */
export const STRONG_WEIGHT = css`600`;
/** Headings and strong text take the scale's weight, not the browser's bold (a weight of its own). */
export const strongText = css`
  h1,
  h2,
  h3,
  strong,
  b,
  th,
  dt {
    font-weight: ${STRONG_WEIGHT};
  }
`;
