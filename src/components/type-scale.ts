// The element's type scale: every piece of its text is set in one of a few sizes and two weights.
// Besides a calmer page, it makes the first view faster: on Linux each new pair of size and weight
// costs the browser a font lookup of 1-2 ms in the layout after the first map (28 such pairs cost
// about 30 ms in the explorer's first view before this scale), so a new size or weight is a cost,
// not a free nuance. test/browser/type-scale.test.ts counts them.
import { css, unsafeCSS } from 'lit';

/** The scale's steps, as factors of the size their text sits in (the test checks text against these). */
export const TYPE_SCALE = {
  /** Of the element's own size: the text of the toolbar and of every panel (legend, timeline, sidebar). */
  panel: 0.93,
  /** Of a panel's text: captions, field labels, notes, dates, speakers (12 px at the smallest element). */
  small: 0.86,
  /** Of a panel's text: the sidebar's heading. */
  title: 1.3,
  /** Of the element's own size: the article layout's title. */
  headline: 1.2,
} as const;
/** In px: text placed by measure (the timeline's labels and axis) and the map's reset button. */
export const MEASURED_TEXT_PX = 12;
/** In px: the map's zoom buttons' + and −, sized to their 32 px buttons. */
export const ZOOM_GLYPH_PX = 18;
export const FIXED_SIZES_PX = [MEASURED_TEXT_PX, ZOOM_GLYPH_PX] as const;

const { panel, small, title, headline } = TYPE_SCALE;
export const PANEL_SIZE = unsafeCSS(`${panel}em`);
export const SMALL_SIZE = unsafeCSS(`${small}em`);
/** The panels' small size for text set directly in the element, outside any panel. */
export const SMALL_OUTSIDE_PANELS = unsafeCSS(`calc(${panel}em * ${small})`);
export const TITLE_SIZE = unsafeCSS(`${title}em`);
export const HEADLINE_SIZE = unsafeCSS(`${headline}em`);
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
