import { describe, expect, test } from 'vitest';
import { typeaheadIndex } from '../../src/lib/typeahead';

const names = ['afghanistan', 'france', 'uganda', 'ukraine', 'united states', 'zimbabwe'];

describe('typeaheadIndex', () => {
  test('a prefix finds the first name that starts with it', () => {
    expect(typeaheadIndex(names, 'fra', -1)).toBe(1);
    expect(typeaheadIndex(names, 'united s', -1)).toBe(4);
  });
  test('a longer prefix may stay on the current item ("f", then "fr")', () => {
    expect(typeaheadIndex(names, 'fr', 1)).toBe(1);
  });
  test('the same letter again moves on to the next name with it, wrapping around', () => {
    expect(typeaheadIndex(names, 'u', -1)).toBe(2);
    expect(typeaheadIndex(names, 'u', 2)).toBe(3);
    expect(typeaheadIndex(names, 'uu', 3)).toBe(4);
    expect(typeaheadIndex(names, 'u', 4)).toBe(2);
    // A lone match stays put.
    expect(typeaheadIndex(names, 'z', 5)).toBe(5);
  });
  test('a letter searches after the current item, not from the top', () => {
    expect(typeaheadIndex(names, 'u', 0)).toBe(2);
    expect(typeaheadIndex(names, 'a', 5)).toBe(0);
  });
  test('no match, no input or no names: -1', () => {
    expect(typeaheadIndex(names, 'q', 0)).toBe(-1);
    expect(typeaheadIndex(names, '', 0)).toBe(-1);
    expect(typeaheadIndex([], 'a', -1)).toBe(-1);
  });
});
