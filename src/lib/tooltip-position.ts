// Where a pointer tooltip goes, one axis at a time: after the pointer (below, to the right) by
// preference, before it where that does not fit, and never outside the frame that clips it.

/** Space kept between the tooltip and the frame's edges, px. */
export const TOOLTIP_MARGIN = 4;

/**
 * The tooltip's start (left or top, px from the frame's start) on one axis, for a pointer at
 * `at`, a tooltip of `size`, a frame of `room` and a `gap` to the pointer. A tooltip larger
 * than the frame starts at the margin.
 */
export function placeBeside(at: number, size: number, room: number, gap: number): number {
  const last = room - size - TOOLTIP_MARGIN;
  return Math.max(TOOLTIP_MARGIN, Math.min(at + gap <= last ? at + gap : at - gap - size, last));
}
