// <cdm-country-search>: find a country by name or alias ("South Korea", "Czech Republic",
// "Türkiye"). An ARIA 1.2 combobox: suggestions as you type, arrow keys through them, Enter picks,
// Escape closes. Picking fires the public `cdm-country-select` (a reader's action).
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldStyles } from './field-styles';
import { cdmEvent } from './events';
import { uniquePrefix, visuallyHidden } from './status-style';
import { RECORD_OPEN } from '../lib/record-words';
import type { Iso3 } from '../lib/types';
import { SMALL_SIZE } from './type-scale';
import { themeVar } from './theme';

/** How many suggestions the list shows. */
export const SEARCH_SUGGESTIONS = 8;

export interface SearchMatch {
  iso3: Iso3;
  name: string;
}

/**
 * @fires cdm-country-select - the reader picked a country from the suggestions
 */
export class CdmCountrySearch extends LitElement {
  static override properties = {
    search: { attribute: false },
    resolve: { attribute: false },
    chosenName: { attribute: false },
    _query: { state: true },
    _matches: { state: true },
    _active: { state: true },
    _open: { state: true },
    _message: { state: true },
    _picked: { state: true },
  };

  /** Matches for a query, best first. */
  declare search: (query: string, limit: number) => SearchMatch[];
  /** Exact match of a name, alias or code, for Enter without picking a suggestion. */
  declare resolve: (text: string) => SearchMatch | null;
  /** Name of the country whose record is open ('' for none): the box shows it, so it never names
   *  a country that was closed or replaced by a pick on the map, the sidebar or Back. */
  declare chosenName: string;
  declare _query: string;
  declare _matches: SearchMatch[];
  declare _active: number;
  declare _open: boolean;
  declare _message: string;
  /** What a pick said: the state's name and its status when it was picked (not updated by a step). */
  declare _picked: { name: string; words: string } | null;

  private readonly uid = uniquePrefix('cdm-search');
  /** The names' language, for their tags (the box's own words are English); set with `search`. */
  nameLang = 'en';
  /** The state's status in words, as the map's cursor says it; set with `search`. */
  describe: (iso3: Iso3) => string = () => '';
  /** A pick opens the state's record (the element shows a sidebar); set with `search`. */
  recordOpens = false;

  constructor() {
    super();
    this.search = () => [];
    this.resolve = () => null;
    this.chosenName = '';
    this._query = '';
    this._matches = [];
    this._active = -1;
    this._open = false;
    this._message = '';
    this._picked = null;
  }

  static override styles = [
    fieldStyles,
    visuallyHidden,
    css`
    :host {
      position: relative;
    }
    input {
      width: 100%;
      min-width: 12em;
    }
    ul {
      position: absolute;
      z-index: 5;
      top: 100%;
      left: 0;
      right: 0;
      margin: 2px 0 0;
      padding: 4px 0;
      list-style: none;
      background: ${themeVar('--cdm-background')};
      border: 1px solid ${themeVar('--cdm-control-border')};
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
      max-height: 18em;
      overflow: auto;
    }
    li {
      padding: 6px 10px;
      cursor: pointer;
    }
    li[aria-selected='true'] {
      background: ${themeVar('--cdm-control-hover')};
      outline: 2px solid ${themeVar('--cdm-focus')};
      outline-offset: -2px;
    }
    .message {
      font-size: ${SMALL_SIZE};
      color: ${themeVar('--cdm-muted-text')};
      min-height: 0;
    }
  `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('chosenName') && this.chosenName !== this._query) {
      this._query = this.chosenName;
      this._open = false;
      this._matches = [];
      this._active = -1;
      this._message = '';
      this._picked = null;
    }
  }

  /** On a short screen the list runs below it: the page follows the active match. */
  protected override updated(): void {
    this.renderRoot.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
  }

  private onInput(e: Event): void {
    this._query = (e.target as HTMLInputElement).value;
    this._picked = null;
    this._matches = this._query.trim() ? this.search(this._query, SEARCH_SUGGESTIONS) : [];
    this._active = this._matches.length ? 0 : -1;
    this._open = this._matches.length > 0;
    this._message = this._query.trim() && !this._matches.length ? `No country matches “${this._query.trim()}”.` : '';
  }

  private pick(match: SearchMatch): void {
    this._query = match.name;
    this._open = false;
    this._matches = [];
    this._active = -1;
    this._message = '';
    const words = this.describe(match.iso3);
    this._picked = { name: match.name, words: `${words ? `: ${words}` : ''}${this.recordOpens ? RECORD_OPEN : '.'}` };
    this.dispatchEvent(cdmEvent('cdm-country-select', { country: match.iso3 }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this._matches.length;
    switch (e.key) {
      case 'ArrowDown':
        if (!n) return;
        this._open = true;
        this._active = (this._active + 1) % n;
        break;
      case 'ArrowUp':
        if (!n) return;
        this._open = true;
        this._active = (this._active - 1 + n) % n;
        break;
      case 'Enter': {
        const chosen = (this._open && this._matches[this._active]) || this.resolve(this._query) || this._matches[0];
        if (chosen) this.pick(chosen);
        else if (this._query.trim()) this._message = `No country matches “${this._query.trim()}”.`;
        break;
      }
      case 'Escape':
        if (!this._open) return;
        this._open = false;
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  protected override render() {
    const inputId = `${this.uid}-input`;
    const listId = `${this.uid}-list`;
    const optionId = (i: number) => `${this.uid}-option-${i}`;
    const open = this._open && this._matches.length > 0;
    return html`
      <label for=${inputId}>Find a country</label>
      <input
        class="field"
        id=${inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        placeholder="Name or alias"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${open && this._active >= 0 ? optionId(this._active) : ''}
        .value=${live(this._query)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() => (this._open = false)}
      />
      <ul id=${listId} role="listbox" aria-label="Matching countries" ?hidden=${!open}>
        ${open
          ? this._matches.map(
              (m, i) =>
                html`<li
                  id=${optionId(i)}
                  role="option"
                  lang=${this.nameLang}
                  aria-selected=${i === this._active ? 'true' : 'false'}
                  data-country=${m.iso3}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.pick(m)}
                >
                  ${m.name}
                </li>`,
            )
          : nothing}
      </ul>
      <span class="message" role="status">${this._message}</span>
      <span class="visually-hidden" role="status">${this._picked ? html`<span lang=${this.nameLang}>${this._picked.name}</span>${this._picked.words}` : nothing}</span>
    `;
  }
}

if (!customElements.get('cdm-country-search')) customElements.define('cdm-country-search', CdmCountrySearch);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-country-search': CdmCountrySearch;
  }
}
