// <cdm-embed-code>: the "Embed this view" dialog. Given the explorer's current state it shows the
// copy-paste code twice: a module script plus <cyber-declarations-map> (for pages that take HTML),
// and an <iframe> of the embed page (for CMSs that only take iframes). Copy uses the Clipboard API;
// where that is refused (no permission, insecure context) the code is selected for Ctrl+C.
// The snippet text itself is built by the pure src/lib/embed-snippets.ts.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { embedUrlsFor, explorerViewUrl, iframeSnippet, scriptSnippet, type EmbedState } from '../lib/embed-snippets';

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

  constructor() {
    super();
    this.state = {};
    const defaults = embedUrlsFor(document.baseURI);
    this.scriptUrl = defaults.scriptUrl;
    this.pageUrl = defaults.pageUrl;
    this.explorerUrl = defaults.viewUrl;
    this.open = false;
    this._copied = null;
  }

  static override styles = css`
    :host { display: contents; }
    dialog {
      box-sizing: border-box;
      width: min(44em, calc(100vw - 2em));
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
    .actions { display: flex; justify-content: flex-end; margin-top: 1em; }
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
    return scriptSnippet(this.scriptUrl, this.state, explorerViewUrl(this.explorerUrl, this.state));
  }

  get iframeCode(): string {
    return iframeSnippet(this.pageUrl, this.state);
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
        <p>Paste one of these into your page. Both show this declaration, date and country.</p>
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
