// Checks on a data file before and beside its CSV syntax: the encoding of its bytes, and cells
// that look empty or fine in an editor but are not (control characters, invisible-only text).
// Each returns what the file or cell is and how to fix it, in the build's message format.

/** Longest piece of a cell a message quotes: a 1 MiB cell is never echoed whole. */
export const CLIP_LENGTH = 60;

/** `text` as a message may quote it: at most CLIP_LENGTH characters, then "…". */
export function clip(text: string): string {
  return text.length <= CLIP_LENGTH ? text : `${text.slice(0, CLIP_LENGTH)}… (${text.length} characters)`;
}

/** Longest text a "did you mean" compares: an edit distance on a 1 MiB cell would take minutes. */
export const SUGGEST_LENGTH = 64;

export interface FileProblem {
  line: number;
  message: string;
}

/** True when most of the first bytes alternate with NULs: UTF-16 without a byte order mark. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 256) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  return Math.max(even, odd) > (n / 2) * 0.4;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when no sequence starts with it. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Made on first use: a module-level decoder would be a side effect no bundle could drop. */
let strictDecoder: TextDecoder | undefined;
const strict = (): TextDecoder => (strictDecoder ??= new TextDecoder('utf-8', { fatal: true }));

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict().decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The line and byte of the first byte that is not UTF-8 (the bytes are known to hold one). */
function firstBadByte(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const n = sequenceLength(byte);
    if (n === 0 || !isUtf8(bytes.subarray(i, i + n))) return { line, byte };
    if (byte === 0x0a) line += 1;
    i += n;
  }
  return { line, byte: bytes[bytes.length - 1] ?? 0 };
}

/** The file's text, or why its bytes are not UTF-8 text (a UTF-8 byte order mark is fine). */
export function decodeDataFile(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
    return { problem: { line: 1, message: 'is UTF-16; save it as UTF-8 (in a spreadsheet: CSV UTF-8)' } };
  }
  try {
    return { text: strict().decode(bytes) };
  } catch {
    const { line, byte } = firstBadByte(bytes);
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const latin1 = byte >= 0xa0 ? `, Latin-1 '${String.fromCharCode(byte)}'` : '';
    return {
      problem: { line, message: `is not UTF-8 (line ${line} has a byte that is not UTF-8: ${hex}${latin1}); save it as UTF-8` },
    };
  }
}

/** Zero-width and byte-order-mark characters: a cell made of them only looks empty. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
/** C0 controls and DEL; tab, line feed and carriage return are text (a quoted cell may span lines). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a cell's characters are wrong whatever the column means, or null. */
export function cellProblem(value: string, column: string): string | null {
  const control = CONTROL.exec(value);
  if (control) return `has a control character (${codePoint(control[0])}) in column ${column}; delete it`;
  const invisible = value.match(INVISIBLE);
  if (invisible && value.replace(INVISIBLE, '').trim() === '') {
    const which = [...new Set(invisible)].map(codePoint).join(', ');
    return `column ${column} is empty but for invisible characters (${which}); delete them, then write the value or leave the cell empty`;
  }
  return null;
}

/** The fix for a file that is missing or not a file: what to create. */
export function createFix(file: string, columns: readonly string[]): string {
  return `create ${file} with the header ${columns.join(',')}`;
}
