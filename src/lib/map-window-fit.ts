// How wide the explorer's map may be so that it and everything under it down to the timeline's
// end fit the window (src/window-fit.ts applies it). Pure: boxes in, a width out.

/** A box as getBoundingClientRect gives it (only what the fit reads). */
export interface Box {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Never narrower, px. At 560 px and under the map puts its zoom buttons in a row under it
 * (cdm-map's container query), which changes its shape: the fit would have an answer each side.
 * Where even this leaves the timeline no room, the timeline starts lower and the reader scrolls.
 */
export const MIN_MAP_WIDTH_PX = 561;
/** Room left under the timeline's years, px. */
export const MARGIN_BELOW_PX = 12;

/**
 * The map's width, px, that lets `map` and what is under it down to `last` fit a window
 * `windowHeight` tall, the page scrolled by `scrollY`. The map keeps its frame's proportions, and
 * what is above and under it does not depend on its width, so the answer is the same once applied.
 */
export function fittedMapWidth(map: Box, last: Box, scrollY: number, windowHeight: number): number {
  const above = map.top + scrollY;
  const below = last.bottom - map.bottom + MARGIN_BELOW_PX;
  const height = windowHeight - above - below;
  return Math.max(MIN_MAP_WIDTH_PX, Math.floor((height * map.width) / map.height));
}
