import { describe, expect, test } from 'vitest';
import { TOOLTIP_MARGIN, TOOLTIP_OFFSET_X, TOOLTIP_OFFSET_Y, placeTooltip } from '../../src/lib/tooltip-position';

const frame = { frameWidth: 800, frameHeight: 400 };
const tip = { width: 200, height: 60 };

describe('placeTooltip', () => {
  test('below and to the right of the pointer where it fits', () => {
    expect(placeTooltip({ x: 100, y: 100, ...tip, ...frame })).toEqual({ left: 100 + TOOLTIP_OFFSET_X, top: 100 + TOOLTIP_OFFSET_Y });
  });
  test('above the pointer near the bottom, left of it near the right edge', () => {
    expect(placeTooltip({ x: 700, y: 380, ...tip, ...frame })).toEqual({ left: 700 - TOOLTIP_OFFSET_X - 200, top: 380 - TOOLTIP_OFFSET_Y - 60 });
  });
  test('never outside the frame, even where it fits on neither side of the pointer', () => {
    const small = { frameWidth: 300, frameHeight: 100 };
    for (let x = 0; x <= 300; x += 10) {
      for (let y = 0; y <= 100; y += 5) {
        const p = placeTooltip({ x, y, width: 220, height: 70, ...small });
        expect(p.left).toBeGreaterThanOrEqual(TOOLTIP_MARGIN);
        expect(p.left + 220).toBeLessThanOrEqual(300 - TOOLTIP_MARGIN);
        expect(p.top).toBeGreaterThanOrEqual(TOOLTIP_MARGIN);
        expect(p.top + 70).toBeLessThanOrEqual(100 - TOOLTIP_MARGIN);
      }
    }
  });
  test('a tooltip larger than the frame starts at its top-left margin', () => {
    expect(placeTooltip({ x: 50, y: 50, width: 500, height: 500, frameWidth: 300, frameHeight: 100 })).toEqual({ left: TOOLTIP_MARGIN, top: TOOLTIP_MARGIN });
  });
  test('an unmeasured frame leaves the tooltip beside the pointer', () => {
    expect(placeTooltip({ x: 10, y: 20, width: 0, height: 0, frameWidth: 0, frameHeight: 0 })).toEqual({ left: 10 + TOOLTIP_OFFSET_X, top: 20 + TOOLTIP_OFFSET_Y });
  });
});
