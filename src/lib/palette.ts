// Status colours for light and dark schemes, and the sequential ramp of the "all declarations"
// view. Chosen from the Okabe-Ito / ColorBrewer families so they stay apart for the common forms
// of colour blindness (blue against vermillion), and every fill keeps at least 3:1 contrast
// against the sea it sits on (WCAG 1.4.11). A pattern backs up colour wherever two statuses are
// alike: fine hatching (uncertain), cross-hatching (disputed), bold hatching (refused), stripes
// (did not sign, refused's lighter sibling), dots (not-member against absent).
import type { Status } from './types';

export type ColorScheme = 'light' | 'dark';

/** Statuses drawn with a pattern over their colour, so that colour is never the only cue. */
export const PATTERNED_STATUSES = ['uncertain', 'disputed', 'refused', 'not-signed', 'not-member'] as const;
export type PatternedStatus = (typeof PATTERNED_STATUSES)[number];

export interface SchemePalette {
  /** Fill of the sphere (the sea): the background every status is measured against. */
  sea: string;
  /** Page / card background around the map. */
  background: string;
  /** Land that is none of our states. */
  otherLand: string;
  /** Country borders. */
  border: string;
  text: string;
  status: Record<Status, string>;
  /** Pattern ink drawn over the status colour (hatching, dots). */
  patternInk: Record<PatternedStatus, string>;
  /**
   * "All declarations" view for five declarations: index = number signed (0..5); 0 = absent grey.
   * Any other number of declarations gets a ramp between the same ends (see allRampFor).
   */
  allRamp: readonly [string, string, string, string, string, string];
}

/** The lowest contrast any fill may have against the sea (WCAG 2 non-text contrast). */
export const MIN_FILL_CONTRAST = 3;

export const PALETTE: Record<ColorScheme, SchemePalette> = {
  light: {
    sea: '#f3f6f9',
    background: '#ffffff',
    otherLand: '#d9dde2',
    border: '#ffffff',
    text: '#1d232a',
    status: {
      signed: '#1c5fa8',
      uncertain: '#4f8fcc',
      disputed: '#8e5bb5',
      refused: '#c55300',
      'not-signed': '#c77a35',
      absent: '#878d94',
      'not-member': '#6a7077',
    },
    patternInk: { uncertain: '#ffffff', disputed: '#ffffff', refused: '#ffffff', 'not-signed': '#ffffff', 'not-member': '#c9ced4' },
    allRamp: ['#878d94', '#5a8ec3', '#3f7bbb', '#2763a6', '#154c8c', '#08356e'],
  },
  dark: {
    sea: '#141a21',
    background: '#0e1217',
    otherLand: '#2a3139',
    border: '#141a21',
    text: '#e6eaee',
    status: {
      signed: '#8cc3f7',
      uncertain: '#4a86c4',
      disputed: '#b48cdb',
      refused: '#e0702c',
      'not-signed': '#c98b4a',
      absent: '#7a8189',
      'not-member': '#646b73',
    },
    patternInk: { uncertain: '#141a21', disputed: '#141a21', refused: '#141a21', 'not-signed': '#141a21', 'not-member': '#8a9199' },
    allRamp: ['#7a8189', '#3d6e9f', '#4a85c0', '#5f9cd8', '#86b8ea', '#b5d5f6'],
  },
};

function channel(hex2: string): number {
  const c = parseInt(hex2, 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CSS custom property that themes a status colour (`--cdm-color-signed`). */
export function statusColorVar(status: Status): string {
  return `--cdm-color-${status}`;
}

const hexChannels = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const toHex = (channels: number[]): string => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The "all declarations" ramp for `n` declarations: n + 1 colours, index = number signed; 0 is
 * the palette's grey, 1..n run evenly along its five blues (for five, exactly the palette's).
 * The number of declarations is data, so the ramp follows it.
 */
export function allRampFor(p: SchemePalette, n: number): string[] {
  const blues = p.allRamp.slice(1);
  const ramp = [p.allRamp[0]];
  for (let k = 1; k <= n; k++) {
    const at = n === 1 ? blues.length - 1 : ((k - 1) / (n - 1)) * (blues.length - 1);
    const i = Math.min(Math.floor(at), blues.length - 2);
    const t = at - i;
    const [a, b] = [hexChannels(blues[i]!), hexChannels(blues[i + 1]!)];
    ramp.push(toHex(a.map((c, j) => c + (b[j]! - c) * t)));
  }
  return ramp;
}
