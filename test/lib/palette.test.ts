import { describe, expect, test } from 'vitest';
import { contrastRatio, MIN_FILL_CONTRAST, PALETTE, relativeLuminance } from '../../src/lib/palette';
import { STATUSES } from '../../src/lib/types';

describe('contrastRatio', () => {
  test('black on white is 21:1 and a colour against itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  test('matches a known WCAG value (#767676 on white is 4.54:1)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  test('rejects a colour it cannot read', () => {
    expect(() => relativeLuminance('blue')).toThrow(/#rrggbb/);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  const p = PALETTE[scheme];
  describe(`${scheme} scheme`, () => {
    test.each(STATUSES)(`%s has at least 3:1 contrast against the sea`, (status) => {
      expect(contrastRatio(p.status[status], p.sea)).toBeGreaterThanOrEqual(MIN_FILL_CONTRAST);
    });
    test('every step of the all-declarations ramp has at least 3:1 against the sea', () => {
      for (const c of p.allRamp) expect(contrastRatio(c, p.sea), c).toBeGreaterThanOrEqual(MIN_FILL_CONTRAST);
    });
    test('the ramp is monotonic in lightness (more signed = further from the sea)', () => {
      const steps = p.allRamp.slice(1).map((c) => contrastRatio(c, p.sea));
      for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    });
    test('statuses are distinct colours', () => {
      expect(new Set(Object.values(p.status)).size).toBe(STATUSES.length);
    });
    test('signed and refused differ in lightness as well as hue (safe without colour vision)', () => {
      expect(contrastRatio(p.status.signed, p.status.refused)).toBeGreaterThan(1.1);
    });
  });
}
