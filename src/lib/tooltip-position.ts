// Where a pointer tooltip goes: below and to the right of the pointer by preference, on the
// other side of the pointer where that does not fit, and never outside the frame that clips it.

/** Gap between the pointer and the tooltip, px. */
export const TOOLTIP_OFFSET_X = 12;
export const TOOLTIP_OFFSET_Y = 14;
/** Space kept between the tooltip and the frame's edges, px. */
export const TOOLTIP_MARGIN = 4;

export interface TooltipInput {
  /** Pointer position relative to the frame, px. */
  x: number;
  y: number;
  /** The tooltip's border-box size, px (0 before it was first measured). */
  width: number;
  height: number;
  /** The frame's size, px (0 when not known yet: no clamping then). */
  frameWidth: number;
  frameHeight: number;
}

/** The tooltip's top-left corner relative to the frame. */
export function placeTooltip(p: TooltipInput): { left: number; top: number } {
  return {
    left: placeOnAxis(p.x, p.width, p.frameWidth, TOOLTIP_OFFSET_X),
    top: placeOnAxis(p.y, p.height, p.frameHeight, TOOLTIP_OFFSET_Y),
  };
}

function placeOnAxis(at: number, size: number, room: number, offset: number): number {
  const after = at + offset;
  if (room <= 0) return after;
  const last = Math.max(TOOLTIP_MARGIN, room - size - TOOLTIP_MARGIN);
  if (after <= last) return after;
  const before = at - offset - size;
  if (before >= TOOLTIP_MARGIN) return before;
  // Fits on neither side of the pointer: the side with more room, pushed inside the frame.
  return at > room / 2 ? TOOLTIP_MARGIN : last;
}
