// The element's themable custom properties with their defaults, light and dark, generated from
// the tested palette (src/lib/palette.ts). Set on the mediator's :host: a host page overrides any
// of them with an ordinary rule (`cyber-declarations-map { --cdm-color-signed: #005a9c }`), since
// page rules win over :host rules. Children only read them (with light fallbacks).
import { css, unsafeCSS, type CSSResult } from 'lit';
import { PALETTE, PATTERNED_STATUSES, type SchemePalette } from '../lib/palette';
import { STATUSES } from '../lib/types';

function vars(p: SchemePalette, scheme: 'light' | 'dark'): string {
  const lines = [
    `--cdm-background: ${p.background}`,
    `--cdm-sea: ${p.sea}`,
    `--cdm-other-land: ${p.otherLand}`,
    `--cdm-no-data: ${p.otherLand}`,
    `--cdm-border: ${p.border}`,
    `--cdm-text: ${p.text}`,
    `--cdm-muted-text: ${scheme === 'light' ? '#4f5862' : '#aab3bd'}`,
    `--cdm-control-border: ${scheme === 'light' ? '#8a9199' : '#6c757f'}`,
    `--cdm-control-hover: ${scheme === 'light' ? '#e8edf2' : '#252d36'}`,
    `--cdm-focus: ${scheme === 'light' ? '#b8570b' : '#ffb066'}`,
    `--cdm-warning-text: ${scheme === 'light' ? '#a33e00' : '#ffa066'}`,
    `--cdm-timeline-launch: ${p.text}`,
    `--cdm-timeline-change: ${scheme === 'light' ? '#5b6b7f' : '#9fb0c4'}`,
    `--cdm-timeline-context: ${scheme === 'light' ? '#a0561c' : '#f0a060'}`,
    `--cdm-selected: ${scheme === 'light' ? '#111820' : '#ffffff'}`,
    `--cdm-accent: ${p.status.signed}`,
    `--cdm-tooltip-background: ${scheme === 'light' ? '#1d232a' : '#e6eaee'}`,
    `--cdm-tooltip-text: ${scheme === 'light' ? '#ffffff' : '#141a21'}`,
    `--cdm-swatch-border: ${scheme === 'light' ? 'rgb(0 0 0 / 0.25)' : 'rgb(255 255 255 / 0.3)'}`,
    ...STATUSES.map((s) => `--cdm-color-${s}: ${p.status[s]}`),
    ...PATTERNED_STATUSES.map((s) => `--cdm-pattern-ink-${s}: ${p.patternInk[s]}`),
  ];
  return lines.map((l) => `${l};`).join('\n');
}

/** Custom property defaults on :host, switching with the reader's colour scheme. */
export const themeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(vars(PALETTE.light, 'light'))}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(vars(PALETTE.dark, 'dark'))}
      color-scheme: dark;
    }
  }
`;
