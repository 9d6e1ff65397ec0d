// <cdm-embed-code>: the "Embed this view" dialog. Given the explorer's current state it shows the
// copy-paste code twice: a module script plus <cyber-declarations-map> (for pages that take HTML),
// and an <iframe> of the embed page (for CMSs that only take iframes). Copy uses the Clipboard API;
// where that is refused (no permission, insecure context) the code is selected for Ctrl+C.
// The snippet text itself is built by the pure src/lib/embed-snippets.ts.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { DEFAULT_FRAME_HEIGHT, DEFAULT_FRAME_TITLE, embedUrlsFor, explorerViewUrl, frameLang, frameUrl, iframeSnippet, scriptSnippet, type EmbedState } from '../lib/embed-snippets';
import { CONTROL_NAMES, type ControlName } from '../lib/controls';
import { DEFAULT_LAYOUT, type Layout } from '../lib/layout';

/** The preview's two widths: a phone, and an article's column (the dialog's width is sized for it, in its styles). */
const PHONE_PX = 375 as const;
const COLUMN_PX = 680 as const;

/** What the reader of the dialog chooses; both snippets and the preview follow. */
export interface EmbedChoices {
  /** Controls shown; all of them = the element's default (no `controls` attribute). */
  controls: ControlName[];
  /** Pin the dataset version now loaded (when known). */
  pin: boolean;
  /** The frame follows its content (resizer script) or keeps a fixed height. */
  resize: boolean;
  /** The frame's height: fixed, or before its first message. */
  height: number;
  /** The frame's accessible title. */
  title: string;
  /** Width of the live preview: a phone or an article column. */
  previewWidth: typeof PHONE_PX | typeof COLUMN_PX;
  /** The element's layout: an article-sized figure (its default) or the full explorer. */
  layout: Layout;
  /** Zoom to the chosen country on load, rather than only outlining it. */
  zoom: boolean;
  /** The article's language, for the iframe's names ('' = English; the element reads its page's). */
  lang: string;
}

const CONTROL_LABELS: Record<ControlName, string> = {
  picker: 'Declaration picker',
  search: 'Country search',
  display: 'Map / Table switch',
  timeline: 'Timeline',
  legend: 'Legend',
  sidebar: 'Sidebar (facts, sources, country record)',
};

type SnippetKind = 'script' | 'iframe';

/**
 * The "Embed this view" dialog of the explorer.
 *
 * @csspart dialog - the native `<dialog>` box
 * @csspart code - each read-only code box
 * @csspart copy-button - each Copy button
 * @csspart close-button - the Close button
 * @cssproperty --cdm-embed-font - font of the dialog text (default: inherited)
 * @cssproperty --cdm-embed-code-font - font of the code boxes (default: monospace)
 * @cssproperty --cdm-embed-background - dialog background (default: Canvas)
 * @cssproperty --cdm-embed-color - dialog text colour (default: CanvasText)
 */
export class CdmEmbedCode extends LitElement {
  static override properties = {
    state: { attribute: false },
    scriptUrl: { type: String, attribute: 'script-url' },
    pageUrl: { type: String, attribute: 'page-url' },
    explorerUrl: { type: String, attribute: 'explorer-url' },
    open: { type: Boolean, reflect: true },
    choices: { attribute: false },
    _copied: { state: true },
  };

  /** The view to embed (declaration, date, country, view, controls, dataset version). */
  declare state: EmbedState;
  /** URL of the embed module; default: `embed/cyber-declarations-map.js` beside the explorer. */
  declare scriptUrl: string;
  /** URL of the iframe embed page; default: `embed.html` beside the explorer. */
  declare pageUrl: string;
  /** URL of the explorer, where the element's fallback link leads; default: this page's folder. */
  declare explorerUrl: string;
  /** Whether the dialog is shown (modal). */
  declare open: boolean;
  declare _copied: { kind: SnippetKind; how: 'copied' | 'selected' } | null;
  /** The configurator's choices (see EmbedChoices). */
  declare choices: EmbedChoices;

  constructor() {
    super();
    this.state = {};
    const defaults = embedUrlsFor(document.baseURI);
    this.scriptUrl = defaults.scriptUrl;
    this.pageUrl = defaults.pageUrl;
    this.explorerUrl = defaults.viewUrl;
    this.open = false;
    this._copied = null;
    this.choices = { controls: [...CONTROL_NAMES], pin: true, resize: true, height: DEFAULT_FRAME_HEIGHT, title: DEFAULT_FRAME_TITLE, previewWidth: COLUMN_PX, layout: DEFAULT_LAYOUT, zoom: false, lang: '' };
  }

  /** The view with the choices applied: what both snippets and the preview show. */
  get chosenState(): EmbedState {
    const all = this.choices.controls.length === CONTROL_NAMES.length;
    return {
      ...this.state,
      controls: all ? null : CONTROL_NAMES.filter((c) => this.choices.controls.includes(c)).join(' '),
      datasetVersion: this.choices.pin ? (this.state.datasetVersion ?? null) : null,
      layout: this.choices.layout === DEFAULT_LAYOUT ? null : this.choices.layout,
      zoomToCountry: this.choices.zoom && !!this.state.country,
      lang: this.choices.lang,
    };
  }

  private choose(patch: Partial<EmbedChoices>): void {
    this.choices = { ...this.choices, ...patch };
    this._copied = null;
  }

  private toggleControl(name: ControlName, on: boolean): void {
    const set = new Set(this.choices.controls);
    if (on) set.add(name);
    else set.delete(name);
    this.choose({ controls: CONTROL_NAMES.filter((c) => set.has(c)) });
  }

  private renderChoices() {
    const c = this.choices;
    const badLang = c.lang.trim() !== '' && !frameLang(c.lang);
    const height = (e: Event) => {
      const n = Math.round(Number((e.target as HTMLInputElement).value));
      if (Number.isFinite(n) && n >= 200 && n <= 4000) this.choose({ height: n });
    };
    return html`<div class="choices">
      <fieldset>
        <legend>Controls</legend>
        ${CONTROL_NAMES.map(
          (name) => html`<label><input type="checkbox" data-control=${name} .checked=${c.controls.includes(name)}
            @change=${(e: Event) => this.toggleControl(name, (e.target as HTMLInputElement).checked)} /> ${CONTROL_LABELS[name]}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>Layout</legend>
        <label><input type="radio" name="layout" data-choice="article" .checked=${c.layout === 'article'} @change=${() => this.choose({ layout: 'article' })} /> Article: about one screen tall, sources and quotes one tap away</label>
        <label><input type="radio" name="layout" data-choice="explorer" .checked=${c.layout === 'explorer'} @change=${() => this.choose({ layout: 'explorer' })} /> Explorer: everything open, the sidebar beside or under the map</label>
        <label><input type="checkbox" data-choice="zoom" .checked=${c.zoom} ?disabled=${!this.state.country}
          @change=${(e: Event) => this.choose({ zoom: (e.target as HTMLInputElement).checked })} />
          ${this.state.country ? 'Zoom to the chosen country' : 'Zoom to a chosen country (choose one on the map first)'}; otherwise it is outlined and the whole world stays in view</label>
      </fieldset>
      <fieldset>
        <legend>Frame and data</legend>
        <label>Title of the frame <input type="text" data-choice="title" .value=${c.title}
          @input=${(e: Event) => this.choose({ title: (e.target as HTMLInputElement).value.trim() || DEFAULT_FRAME_TITLE })} /></label>
        <label><input type="radio" name="height" data-choice="resize" .checked=${c.resize} @change=${() => this.choose({ resize: true })} /> Height follows the content (adds a short script)</label>
        <label><input type="radio" name="height" data-choice="fixed" .checked=${!c.resize} @change=${() => this.choose({ resize: false })} /> Fixed height</label>
        <label>Height in px <input type="number" min="200" max="4000" step="10" data-choice="height" .value=${String(c.height)} @input=${height} /></label>
        <label>Language of your page, for the iframe’s country names (fr, de, pt-BR; empty: English)
          <input type="text" data-choice="lang" autocomplete="off" spellcheck="false" .value=${c.lang} aria-invalid=${badLang ? 'true' : 'false'}
            aria-describedby="embed-lang-note" @input=${(e: Event) => this.choose({ lang: (e.target as HTMLInputElement).value })} /></label>
        <p id="embed-lang-note" class="note" data-note="lang">${badLang
          ? `“${c.lang.trim()}” is not a language tag the browser knows (fr, de, pt-BR): the frame names the states in English.`
          : 'The web component reads your page’s own language.'}</p>
        <label><input type="checkbox" data-choice="pin" .checked=${c.pin} ?disabled=${!this.state.datasetVersion}
          @change=${(e: Event) => this.choose({ pin: (e.target as HTMLInputElement).checked })} />
          Pin the data${this.state.datasetVersion ? html` (version ${this.state.datasetVersion})` : ''}: the article keeps showing the data it was written with</label>
      </fieldset>
    </div>`;
  }

  private renderPreview() {
    const w = this.choices.previewWidth;
    return html`<div class="preview-head">
        <h3 id="embed-preview-label">Preview</h3>
        <div role="group" aria-label="Preview width">
          ${([PHONE_PX, COLUMN_PX] as const).map(
            (px) => html`<button type="button" data-preview=${px} aria-pressed=${w === px ? 'true' : 'false'} @click=${() => this.choose({ previewWidth: px })}>
              ${px === PHONE_PX ? 'Phone' : 'Column'} (${px} px)
            </button>`,
          )}
        </div>
      </div>
      <div class="preview" .style=${`--w:${w}px`}>
        <!-- Out of the Tab order: a keyboard went through the whole map in it (and Escape, inside
             the frame, never reached this dialog) before the code and its Copy buttons. -->
        <iframe part="preview" tabindex="-1" title=${`Preview: ${this.choices.title}`} src=${frameUrl(this.pageUrl, this.chosenState)} loading="lazy"></iframe>
      </div>`;
  }

  static override styles = css`
    :host { display: contents; }
    dialog {
      box-sizing: border-box;
      /* Wide enough for the column preview at its real width (COLUMN_PX, plus the padding and two
         borders), where the screen allows. Written out: a binding would keep these styles unminified. */
      width: min(max(44em, calc(680px + 2.5em + 4px)), calc(100vw - 2em));
      max-height: calc(100vh - 2em);
      padding: 1em 1.25em;
      border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      border-radius: 8px;
      font: var(--cdm-embed-font, inherit);
      background: var(--cdm-embed-background, Canvas);
      color: var(--cdm-embed-color, CanvasText);
    }
    dialog::backdrop { background: rgb(0 0 0 / 0.4); }
    h2 { margin: 0 0 0.5em; font-size: 1.2em; }
    h3 { margin: 1em 0 0.25em; font-size: 1em; }
    p { margin: 0.25em 0; }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 6.5em;
      resize: vertical;
      font: 0.85em/1.4 var(--cdm-embed-code-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
      padding: 0.5em;
    }
    .row { display: flex; gap: 0.5em; align-items: center; margin-top: 0.25em; }
    button { font: inherit; padding: 0.35em 0.9em; min-height: 2.25em; cursor: pointer; }
    .status { min-height: 1.4em; font-size: 0.9em; }
    .note { font-size: 0.9em; }
    .actions { display: flex; justify-content: flex-end; margin-top: 1em; }
    .choices { display: flex; flex-wrap: wrap; gap: 0.5em 1em; }
    fieldset { flex: 1 1 16em; margin: 0.5em 0 0; border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 6px; }
    fieldset label { display: block; margin: 0.2em 0; }
    input[type='text'] { width: 100%; box-sizing: border-box; font: inherit; }
    /* A border, so the focus ring (an outline) still shows on it. */
    input[aria-invalid='true'] { border: 2px solid #c5221f; }
    input[type='number'] { width: 6em; font: inherit; }
    .preview-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5em 1em; }
    .preview-head button[aria-pressed='true'] { font-weight: 600; outline: 2px solid currentColor; }
    /* The frame at its real width, as tall as the box (it scrolls inside, as a fixed-height frame
       in an article does); sideways only on a screen narrower than the column. */
    .preview { overflow: auto hidden; border: 1px dashed color-mix(in srgb, currentColor 35%, transparent); }
    .preview iframe { width: var(--w); height: 24em; border: 0; display: block; }
    button:focus-visible, textarea:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
  `;

  /** Opens the dialog (same as setting `open`). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog (same as clearing `open`). */
  close(): void {
    this.open = false;
  }

  get scriptCode(): string {
    const state = this.chosenState;
    return scriptSnippet(this.scriptUrl, state, explorerViewUrl(this.explorerUrl, state), this.explorerUrl);
  }

  get iframeCode(): string {
    const { title, height, resize } = this.choices;
    return iframeSnippet(this.pageUrl, this.chosenState, { title, height, resizer: resize });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
    if (!this.open) this._copied = null;
  }

  private async copy(kind: SnippetKind): Promise<void> {
    const text = kind === 'script' ? this.scriptCode : this.iframeCode;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      this._copied = { kind, how: 'copied' };
    } catch {
      // Refused or unavailable: select the code so Ctrl+C / Cmd+C copies it.
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-kind="${kind}"]`);
      box?.focus();
      box?.select();
      this._copied = { kind, how: 'selected' };
    }
  }

  private statusFor(kind: SnippetKind): string {
    if (this._copied?.kind !== kind) return '';
    return this._copied.how === 'copied' ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (Cmd+C on a Mac) to copy.';
  }

  private snippet(kind: SnippetKind, heading: string, help: string, code: string) {
    const id = `embed-${kind}`;
    return html`
      <h3 id=${`${id}-label`}>${heading}</h3>
      <p id=${`${id}-help`}>${help}</p>
      <textarea
        part="code"
        data-kind=${kind}
        readonly
        spellcheck="false"
        aria-labelledby=${`${id}-label`}
        aria-describedby=${`${id}-help`}
        .value=${code}
        @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
      ></textarea>
      <div class="row">
        <button part="copy-button" type="button" data-copy=${kind} @click=${() => this.copy(kind)}>Copy ${kind === 'script' ? 'script code' : 'iframe code'}</button>
        <span class="status" role="status">${this.statusFor(kind)}</span>
      </div>
    `;
  }

  override render() {
    return html`
      <dialog part="dialog" aria-labelledby="embed-title" @close=${() => (this.open = false)}>
        <h2 id="embed-title">Embed this view</h2>
        <p>Paste one of these into your page. Both show this declaration, date and country, with the choices below.</p>
        ${this.renderChoices()} ${this.open ? this.renderPreview() : ''}
        ${this.snippet(
          'script',
          'As a web component',
          'For pages that accept HTML and scripts: one module script, then the map element. It sizes itself to your column.',
          this.scriptCode,
        )}
        ${this.snippet(
          'iframe',
          'As an iframe',
          'For systems that only accept iframes. The frame reports its height (Datawrapper, pym.js and AMP formats); the short script after it resizes the frame on pages without such a resizer.',
          this.iframeCode,
        )}
        <div class="actions">
          <button part="close-button" type="button" @click=${() => this.close()}>Close</button>
        </div>
      </dialog>
    `;
  }
}

if (!customElements.get('cdm-embed-code')) customElements.define('cdm-embed-code', CdmEmbedCode);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-embed-code': CdmEmbedCode;
  }
}
