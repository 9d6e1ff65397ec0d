// The element's themable custom properties and their defaults, light and dark, in one table
// generated from the tested palette (src/lib/palette.ts; the status colours and pattern inks from
// it too). Nothing declares them: every rule that draws with one reads it with its default as the
// var() fallback, written by themeVar: `${themeVar('--cdm-focus')}` gives
// `var(--cdm-focus, light-dark(#b8570b, #ffb066))`. So a page sets any of them on the element or on
// any ancestor (`.article { --cdm-color-signed: #005a9c }`) and the inherited value wins; with
// nothing set, light-dark() picks the reader's scheme, which `color-scheme: light dark` on the
// element's :host (themeStyles) passes to every child. A declaration of a --cdm-* name on the
// element or in its shadow trees would beat every ancestor's value: read them, never set them.
// (The compare and change colours do the same in their chunk, pair-style.ts; the "all
// declarations" ramp in status-style.ts.)
import { css, unsafeCSS, type CSSResult } from 'lit';
import { PALETTE, type ColorScheme, type PatternedStatus } from '../lib/palette';
import type { Status } from '../lib/types';

const { light: L, dark: D } = PALETTE;

/** Every themed property's default, [light, dark]. */
const DEFAULTS = {
  '--cdm-background': [L.background, D.background],
  '--cdm-sea': [L.sea, D.sea],
  '--cdm-other-land': [L.otherLand, D.otherLand],
  '--cdm-border': [L.border, D.border],
  '--cdm-text': [L.text, D.text],
  '--cdm-muted-text': ['#4f5862', '#aab3bd'],
  '--cdm-control-border': ['#8a9199', '#6c757f'],
  '--cdm-control-hover': ['#e8edf2', '#252d36'],
  '--cdm-focus': ['#b8570b', '#ffb066'],
  '--cdm-warning-text': ['#a33e00', '#ffa066'],
  '--cdm-timeline-launch': [L.text, D.text],
  '--cdm-timeline-change': ['#5b6b7f', '#9fb0c4'],
  '--cdm-timeline-context': ['#a0561c', '#f0a060'],
  '--cdm-selected': ['#111820', '#ffffff'],
  '--cdm-accent': [L.status.signed, D.status.signed],
  '--cdm-tooltip-background': ['#1d232a', '#e6eaee'],
  '--cdm-tooltip-text': ['#ffffff', '#141a21'],
  '--cdm-swatch-border': ['rgb(0 0 0 / 0.25)', 'rgb(255 255 255 / 0.3)'],
} as const;

export type ThemeProperty = keyof typeof DEFAULTS | `--cdm-color-${Status}` | `--cdm-pattern-ink-${PatternedStatus}`;

const defaults = (name: ThemeProperty): readonly [string, string] => {
  if (name in DEFAULTS) return DEFAULTS[name as keyof typeof DEFAULTS];
  const [, kind, key] = /^--cdm-(color|pattern-ink)-(.+)$/.exec(name)!;
  return kind === 'color' ? [L.status[key as Status], D.status[key as Status]] : [L.patternInk[key as PatternedStatus], D.patternInk[key as PatternedStatus]];
};

/**
 * `var(<name>, <default>)`: the default is `light-dark(<light>, <dark>)`, or one scheme's colour
 * for a reader whose colour scheme is not the element's (a dialog outside it, picking the scheme
 * with a media query of its own).
 */
export const fallbackVar = (name: string, light: string, dark: string, scheme?: ColorScheme): CSSResult =>
  unsafeCSS(`var(${name}, ${scheme ? (scheme === 'light' ? light : dark) : light === dark ? light : `light-dark(${light}, ${dark})`})`);

/** A themed property read with its default, e.g. `${themeVar('--cdm-focus')}` in a css`` template. */
export const themeVar = (name: ThemeProperty, scheme?: ColorScheme): CSSResult => fallbackVar(name, ...defaults(name), scheme);

/**
 * The element's scheme: the reader's, light or dark (its children inherit it, and every
 * light-dark() default above picks its colour by it).
 */
export const themeStyles: CSSResult = css`
  :host {
    color-scheme: light dark;
  }
`;
