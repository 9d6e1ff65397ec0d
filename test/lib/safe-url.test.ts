import { describe, expect, test } from 'vitest';
import { isSafeHttpUrl, safeHttpUrl } from '../../src/lib/safe-url';

describe('safeHttpUrl', () => {
  test('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://pariscall.international/en/')).toBe('https://pariscall.international/en/');
    expect(safeHttpUrl('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c');
    expect(safeHttpUrl('  https://example.org/x  ')).toBe('https://example.org/x');
  });

  test('normalises the scheme case', () => {
    expect(safeHttpUrl('HTTPS://Example.org/')).toBe('https://example.org/');
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'https://',
    'https:',
    '',
    '   ',
  ])('rejects %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
    expect(isSafeHttpUrl(raw)).toBe(false);
  });

  test('rejects null and undefined (URL unknown)', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
