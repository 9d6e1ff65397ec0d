import { describe, expect, test } from 'vitest';
import { PAIR_COLORED, PAIR_PALETTE, PAIR_PATTERNED } from '../../src/lib/compare-palette';
import { CHANGE_CATEGORIES, COMPARE_CATEGORIES } from '../../src/lib/compare-view';
import { contrastRatio, MIN_FILL_CONTRAST, PALETTE } from '../../src/lib/palette';

test('every compare and change category but uncertain has a colour (uncertain keeps the status colour)', () => {
  expect(new Set([...COMPARE_CATEGORIES, ...CHANGE_CATEGORIES].filter((c) => c !== 'uncertain'))).toEqual(new Set(PAIR_COLORED));
});

for (const scheme of ['light', 'dark'] as const) {
  const p = PAIR_PALETTE[scheme];
  const sea = PALETTE[scheme].sea;
  describe(`${scheme} scheme`, () => {
    test.each(PAIR_COLORED)('%s has at least 3:1 contrast against the sea', (c) => {
      expect(contrastRatio(p.fill[c], sea)).toBeGreaterThanOrEqual(MIN_FILL_CONTRAST);
    });
    test('the compare categories are distinct colours, and so are the change ones', () => {
      expect(new Set(['both', 'first-only', 'second-only', 'neither'].map((c) => p.fill[c as 'both']).concat(PALETTE[scheme].status.uncertain)).size).toBe(5);
      expect(new Set(['joined', 'already-signed', 'not-joined'].map((c) => p.fill[c as 'joined']).concat(PALETTE[scheme].status.uncertain)).size).toBe(4);
    });
    test('"both" differs in lightness from either declaration alone (safe without colour vision)', () => {
      expect(contrastRatio(p.fill.both, p.fill['first-only'])).toBeGreaterThan(1.5);
      expect(contrastRatio(p.fill.both, p.fill['second-only'])).toBeGreaterThan(1.5);
    });
    test('pattern ink stands out from the fill it is drawn over', () => {
      for (const c of PAIR_PATTERNED) expect(contrastRatio(p.ink[c], p.fill[c]), c).toBeGreaterThanOrEqual(MIN_FILL_CONTRAST);
    });
  });
}
