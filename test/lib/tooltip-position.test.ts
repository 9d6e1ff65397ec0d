import { describe, expect, test } from 'vitest';
import { TOOLTIP_MARGIN, placeBeside } from '../../src/lib/tooltip-position';

describe('placeBeside', () => {
  test('after the pointer where it fits', () => {
    expect(placeBeside(100, 60, 400, 14)).toBe(114);
  });
  test('before the pointer near the end (above it near the bottom, left of it near the right)', () => {
    expect(placeBeside(380, 60, 400, 14)).toBe(380 - 14 - 60);
    expect(placeBeside(700, 200, 800, 12)).toBe(700 - 12 - 200);
  });
  test('never outside the frame, even where it fits on neither side of the pointer', () => {
    for (let at = 0; at <= 100; at += 2) {
      const start = placeBeside(at, 70, 100, 14);
      expect(start).toBeGreaterThanOrEqual(TOOLTIP_MARGIN);
      expect(start + 70).toBeLessThanOrEqual(100 - TOOLTIP_MARGIN);
    }
  });
  test('a tooltip larger than the frame starts at the margin', () => {
    expect(placeBeside(50, 500, 300, 12)).toBe(TOOLTIP_MARGIN);
  });
});
