// <cdm-declaration-picker>: a native <select> of the five declarations plus the "all
// declarations" view. Native, so keyboard, screen readers and touch work as the platform does.
import { LitElement, css, html } from 'lit';
import { fieldStyles } from './field-styles';
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
    this.value = '';
  }

  static override styles = [
    fieldStyles,
    css`
      select {
        max-width: 100%;
      }
    `,
  ];

  private onChange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as PickerValue;
    this.value = value;
    this.dispatchEvent(new CustomEvent(PICKER_CHANGE_EVENT, { detail: { value }, bubbles: true, composed: false }));
  }

  protected override render() {
    const id = `${this.uid}-select`;
    return html`
      <label for=${id}>Declaration</label>
      <select class="field" id=${id} @change=${this.onChange} .value=${this.value}>
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
