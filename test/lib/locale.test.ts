import { describe, expect, test } from 'vitest';
import { safeLocale } from '../../src/lib/locale';

describe('safeLocale', () => {
  test('valid tags come back canonical', () => {
    expect(safeLocale('en')).toBe('en');
    expect(safeLocale('de-at')).toBe('de-AT');
  });
  test('an underscore is read as a hyphen ("en_US" from a host page)', () => {
    expect(safeLocale('en_US')).toBe('en-US');
    expect(() => 'FRA'.toLocaleLowerCase(safeLocale('en_US'))).not.toThrow();
  });
  test('empty, missing or impossible tags fall back', () => {
    expect(safeLocale('')).toBe('en');
    expect(safeLocale(undefined)).toBe('en');
    expect(safeLocale('!!not a locale')).toBe('en');
    expect(safeLocale('x', 'fr')).toBe('fr');
  });
});
