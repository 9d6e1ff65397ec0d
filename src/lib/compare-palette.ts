// Colours of the compare and change views, light and dark, in their own module so the embed's
// core never carries them. The compare palette diverges: the first declaration alone in orange,
// the second alone in blue (apart for the common forms of colour blindness), both in a dark ink
// that stands out from either, neither in the grey of "no record". The change palette makes the
// newcomers the strongest colour (green) and mutes those already in. Patterns back up colour
// (pair-style.ts draws them): bold hatching for the first declaration alone, dots for the second
// alone, thin stripes for "already signed". `uncertain` keeps the colour and fine
// hatching it has in every view. Every fill keeps 3:1 against the sea (test/lib/compare-palette.test.ts).
import type { ChangeCategory, CompareCategory } from './compare-view';
import type { ColorScheme } from './palette';

/** The categories with colours of their own (`uncertain` is the status's). */
export type PairColored = Exclude<CompareCategory | ChangeCategory, 'uncertain'>;
export const PAIR_COLORED = ['both', 'first-only', 'second-only', 'neither', 'joined', 'already-signed', 'not-joined'] as const satisfies readonly PairColored[];

/** Drawn with hatching over their colour, so colour is never the only cue. */
export const PAIR_PATTERNED = ['first-only', 'second-only', 'already-signed'] as const satisfies readonly PairColored[];
export type PairPatterned = (typeof PAIR_PATTERNED)[number];

export interface PairPalette {
  fill: Record<PairColored, string>;
  ink: Record<PairPatterned, string>;
}

export const PAIR_PALETTE: Record<ColorScheme, PairPalette> = {
  light: {
    fill: {
      both: '#3a2f73',
      'first-only': '#c05a00',
      'second-only': '#1f6fb2',
      neither: '#878d94',
      joined: '#00805c',
      'already-signed': '#40597a',
      'not-joined': '#878d94',
    },
    ink: { 'first-only': '#ffffff', 'second-only': '#ffffff', 'already-signed': '#ffffff' },
  },
  dark: {
    fill: {
      both: '#e6ddff',
      'first-only': '#f09a4a',
      'second-only': '#5fa8ec',
      neither: '#7a8189',
      joined: '#3ec79a',
      'already-signed': '#a9bcd6',
      'not-joined': '#7a8189',
    },
    ink: { 'first-only': '#141a21', 'second-only': '#141a21', 'already-signed': '#141a21' },
  },
};
