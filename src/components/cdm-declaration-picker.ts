// <cdm-declaration-picker>: a native <select> of the five declarations plus the "all
// declarations" view. Native, so keyboard, screen readers and touch work as the platform does.
import { LitElement, css, html } from 'lit';
import { uniquePrefix } from './status-style';
import type { DeclarationId } from '../lib/types';

export type PickerValue = DeclarationId | 'all';

/** Internal event: the reader picked a declaration or the all-declarations view. */
export const PICKER_CHANGE_EVENT = 'cdm-picker-change';
export type PickerChangeEvent = CustomEvent<{ value: PickerValue }>;

export interface PickerOption {
  id: DeclarationId;
  label: string;
}

/** Value of the option for the view that counts all five declarations. */
export const ALL_VIEW_VALUE = 'all';

export class CdmDeclarationPicker extends LitElement {
  static override properties = {
    options: { attribute: false },
    value: { type: String },
  };

  declare options: PickerOption[];
  declare value: PickerValue;
  private readonly uid = uniquePrefix('cdm-picker');

  constructor() {
    super();
    this.options = [];
    this.value = 'paris-call-2018';
  }

  static override styles = css`
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
      font-size: 0.8em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--cdm-muted-text, #4f5862);
    }
    select {
      font: inherit;
      font-size: 1em;
      max-width: 100%;
      padding: 6px 8px;
      min-height: 36px;
      color: inherit;
      background: var(--cdm-background, #ffffff);
      border: 1px solid var(--cdm-control-border, #8a9199);
      border-radius: 4px;
    }
    select:focus-visible {
      outline: 3px solid var(--cdm-focus, #b8570b);
      outline-offset: 1px;
    }
  `;

  private onChange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as PickerValue;
    this.value = value;
    this.dispatchEvent(new CustomEvent(PICKER_CHANGE_EVENT, { detail: { value }, bubbles: true, composed: false }));
  }

  protected override render() {
    const id = `${this.uid}-select`;
    return html`
      <label for=${id}>Declaration</label>
      <select id=${id} @change=${this.onChange} .value=${this.value}>
        ${this.options.map((o) => html`<option value=${o.id} ?selected=${o.id === this.value}>${o.label}</option>`)}
        <option value=${ALL_VIEW_VALUE} ?selected=${this.value === ALL_VIEW_VALUE}>All declarations (how many each state signed)</option>
      </select>
    `;
  }
}

if (!customElements.get('cdm-declaration-picker')) customElements.define('cdm-declaration-picker', CdmDeclarationPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-declaration-picker': CdmDeclarationPicker;
  }
  interface HTMLElementEventMap {
    'cdm-picker-change': PickerChangeEvent;
  }
}
