// The look shared by the toolbar's labelled fields (declaration picker, country search): one
// caption above one control, the same height, border and focus ring, so the two line up.
import { css } from 'lit';
import { SMALL_SIZE, STRONG_WEIGHT } from './type-scale';
import { themeVar } from './theme';

export const fieldStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
    font-family: var(--cdm-font-family, system-ui, sans-serif);
    line-height: 1.3;
    color: ${themeVar('--cdm-text')};
    min-width: 0;
  }
  label {
    font-size: ${SMALL_SIZE};
    font-weight: ${STRONG_WEIGHT};
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: ${themeVar('--cdm-muted-text')};
  }
  .field {
    font: inherit;
    font-size: 1em;
    box-sizing: border-box;
    min-height: 36px;
    padding: 6px 8px;
    color: inherit;
    background: ${themeVar('--cdm-background')};
    border: 1px solid ${themeVar('--cdm-control-border')};
    border-radius: 4px;
  }
  .field:focus-visible {
    outline: 3px solid ${themeVar('--cdm-focus')};
    outline-offset: 1px;
  }
`;
