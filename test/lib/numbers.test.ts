import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatCount } from '../../src/lib/numbers';

describe('formatCount', () => {
  test('groups digits by three, as English readers write counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-4321)).toBe('-4,321');
  });

  test('writes every whole count as Intl.NumberFormat("en") does', () => {
    const intl = new Intl.NumberFormat('en');
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === intl.format(n)));
  });
});
