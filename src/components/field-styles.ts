// The look shared by the toolbar's labelled fields (declaration picker, country search): one
// caption above one control, the same height, border and focus ring, so the two line up.
import { css } from 'lit';
import { SMALL_SIZE, STRONG_WEIGHT } from './type-scale';

export const fieldStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
    font-family: var(--cdm-font-family, system-ui, sans-serif);
    line-height: 1.3;
    color: var(--cdm-text, #1d232a);
    min-width: 0;
  }
  label {
    font-size: ${SMALL_SIZE};
    font-weight: ${STRONG_WEIGHT};
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--cdm-muted-text, #4f5862);
  }
  .field {
    font: inherit;
    font-size: 1em;
    box-sizing: border-box;
    min-height: 36px;
    padding: 6px 8px;
    color: inherit;
    background: var(--cdm-background, #ffffff);
    border: 1px solid var(--cdm-control-border, #8a9199);
    border-radius: 4px;
  }
  .field:focus-visible {
    outline: 3px solid var(--cdm-focus, #b8570b);
    outline-offset: 1px;
  }
`;
