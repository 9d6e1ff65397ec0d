// <cdm-declaration-picker>: a native <select> of the five declarations plus the "all
// declarations" view, and beside it "Compare with": nothing, an earlier date (the change view:
// who joined), or another declaration (the compare view). Native, so keyboard, screen readers
// and touch work as the platform does.
import { LitElement, css, html, nothing } from 'lit';
import { fieldStyles } from './field-styles';
import { uniquePrefix } from './status-style';
import type { DeclarationId } from '../lib/types';

export type PickerValue = DeclarationId | 'all';
/** "Compare with": '' (nothing), `change` (an earlier date), or a declaration. */
export type CompareValue = '' | 'change' | DeclarationId;

/** Internal event: the reader picked a declaration or the all-declarations view, or what to compare with. */
export const PICKER_CHANGE_EVENT = 'cdm-picker-change';
export type PickerChangeEvent = CustomEvent<{ value: PickerValue } | { compare: CompareValue }>;

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
    compare: { type: String },
  };

  declare options: PickerOption[];
  declare value: PickerValue;
  /** What the declaration is compared with; the second select is left out in the all view. */
  declare compare: CompareValue;
  private readonly uid = uniquePrefix('cdm-picker');

  constructor() {
    super();
    this.options = [];
    this.value = '';
    this.compare = '';
  }

  static override styles = [
    fieldStyles,
    css`
      :host {
        flex-direction: row;
        flex-wrap: wrap;
        gap: 4px 12px;
      }
      /* Each select fills its line: where the two do not fit side by side, both take the width. */
      :host > span {
        display: inline-flex;
        flex: 1 1 auto;
        flex-direction: column;
        gap: 2px;
        min-width: 0;
      }
      select {
        max-width: 100%;
      }
      /* A phone on its side: the two side by side (the element's toolbar is one row there). */
      @media (max-height: 500px) and (orientation: landscape) {
        :host {
          flex-wrap: nowrap;
        }
      }
    `,
  ];

  private onChange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as PickerValue;
    this.value = value;
    this.dispatchEvent(new CustomEvent(PICKER_CHANGE_EVENT, { detail: { value }, bubbles: true, composed: false }));
  }

  private onCompare(e: Event): void {
    const compare = (e.target as HTMLSelectElement).value as CompareValue;
    this.compare = compare;
    this.dispatchEvent(new CustomEvent(PICKER_CHANGE_EVENT, { detail: { compare }, bubbles: true, composed: false }));
  }

  protected override render() {
    const id = `${this.uid}-select`;
    const cid = `${this.uid}-compare`;
    const c = this.compare;
    return html`
      <span>
        <label for=${id}>Declaration</label>
        <select class="field" id=${id} @change=${this.onChange} .value=${this.value}>
          ${this.options.map((o) => html`<option value=${o.id} ?selected=${o.id === this.value}>${o.label}</option>`)}
          <option value=${ALL_VIEW_VALUE} ?selected=${this.value === ALL_VIEW_VALUE}>All declarations (count per state)</option>
        </select>
      </span>
      ${this.value === ALL_VIEW_VALUE
        ? nothing
        : html`<span>
            <label for=${cid}>Compare with</label>
            <select class="field" id=${cid} @change=${this.onCompare} .value=${c}>
              <option value="" ?selected=${c === ''}>Nothing</option>
              <option value="change" ?selected=${c === 'change'}>An earlier date (who joined)</option>
              ${this.options.filter((o) => o.id !== this.value).map((o) => html`<option value=${o.id} ?selected=${o.id === c}>${o.label}</option>`)}
            </select>
          </span>`}
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
