// <cdm-export-menu>: downloads of the current view: PNG (twice the on-screen size, or a chosen
// width), SVG, and the CSV of the declaration's statuses. Images carry the title, legend, "as of"
// date, source line and dataset version (src/lib/export-svg.ts), so a slide keeps its provenance.
import { LitElement, css, html } from 'lit';
import type { ExportView } from '../lib/export-view';
import type { ColorScheme } from '../lib/palette';
import type { CompiledAtlas, Dataset, DeclarationId, Iso3, IsoDate, ViewMode } from '../lib/types';
import type { ExportFormat, ExportRequest, ExportResult } from '../export/build-export';
import { cdmEvent } from './events';
import { themeVar } from './theme';

export type { ExportDetail, ExportFormat, ExportResult } from '../export/build-export';

/** The code that draws the files, fetched on the first export (the buttons are on the first screen). */
const loadExports = () => import('../export/build-export');

/** PNG widths offered besides "twice the screen". */
export const PNG_WIDTH_CHOICES = [1280, 1920, 3840] as const;
/** 16:9 slides (PNG and SVG): their PNG widths; the height is 9/16 of it. */
export const SLIDE_WIDTH_CHOICES = [1920, 3840] as const;

/**
 * Export buttons for the map's current view.
 *
 * @fires cdm-export - the reader downloaded an export (detail: format, fileName, bytes, width, height)
 * @csspart button - each export button
 * @csspart width - the PNG width chooser
 */
export class CdmExportMenu extends LitElement {
  static override properties = {
    declaration: { type: String },
    date: { type: String },
    view: { type: String },
    with: { type: String },
    from: { type: String },
    atlas: { attribute: false },
    data: { attribute: false },
    atlasSrc: { type: String, attribute: 'atlas-src' },
    datasetSrc: { type: String, attribute: 'dataset-src' },
    screenWidth: { type: Number, attribute: 'screen-width' },
    scheme: { type: String },
    country: { type: String },
    visible: { attribute: false },
    _pngWidth: { state: true },
    _busy: { state: true },
    _error: { state: true },
  };

  declare declaration: DeclarationId;
  declare date: IsoDate;
  declare view: ViewMode;
  /** Compare view: the second declaration. */
  declare with: DeclarationId | null;
  /** Change view: the window's start. */
  declare from: IsoDate | null;
  declare atlas: CompiledAtlas | null;
  /** The dataset (named `data`: `dataset` is the DOM's data-* map on every element). */
  declare data: Dataset | null;
  declare atlasSrc: string | null;
  declare datasetSrc: string | null;
  /** The map's width on screen in CSS px; the default PNG is twice that. 0 = twice the SVG's width. */
  declare screenWidth: number;
  declare scheme: ColorScheme;
  /** The chosen country, outlined in images. */
  declare country: Iso3 | null;
  /** The reader's zoom (visible part of the atlas), or null for the whole map. */
  declare visible: ExportView['visible'];
  /** 0 = twice the screen; otherwise a width in px; negative = a 16:9 slide that wide. */
  declare _pngWidth: number;
  declare _busy: boolean;
  declare _error: string;

  constructor() {
    super();
    // Set by the briefing bar from the map's own view before anything is exported.
    this.declaration = '';
    this.date = '';
    this.view = 'declaration';
    this.with = null;
    this.from = null;
    this.atlas = null;
    this.data = null;
    this.atlasSrc = null;
    this.datasetSrc = null;
    this.screenWidth = 0;
    this.scheme = 'light';
    this.country = null;
    this.visible = null;
    this._pngWidth = 0;
    this._busy = false;
    this._error = '';
  }

  private request(): ExportRequest {
    return {
      atlas: this.atlas, dataset: this.data, atlasSrc: this.atlasSrc, datasetSrc: this.datasetSrc,
      declaration: this.declaration, date: this.date, view: this.view, with: this.with || null, from: this.from || null, scheme: this.scheme,
      country: this.country, visible: this.visible, screenWidth: this.screenWidth, pngChoice: this._pngWidth,
    };
  }

  /** Builds one export without downloading it (what the buttons download). */
  async exportBlob(format: ExportFormat, options: { width?: number; slide?: boolean } = {}): Promise<ExportResult> {
    const { buildExport } = await loadExports();
    return buildExport(this.request(), format, options);
  }

  private async download(format: ExportFormat): Promise<void> {
    this._busy = true;
    this._error = '';
    try {
      const { blob, ...detail } = await this.exportBlob(format);
      (await loadExports()).downloadBlob(blob, detail.fileName);
      this.dispatchEvent(cdmEvent('cdm-export', detail));
    } catch (error) {
      this._error = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this._busy = false;
    }
  }

  static override styles = css`
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      font: inherit;
    }
    button,
    select {
      font: inherit;
      font-size: 0.9em;
      min-height: 2em;
      padding: 0.2em 0.7em;
      border: 1px solid currentColor;
      border-radius: 4px;
      background: transparent;
      color: inherit;
    }
    button {
      cursor: pointer;
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid ${themeVar('--cdm-focus', 'light')};
      outline-offset: 2px;
    }
    button[disabled] {
      opacity: 0.5;
      cursor: progress;
    }
    .label {
      font-weight: 600;
    }
    .error {
      color: ${themeVar('--cdm-warning-text', 'light')};
      flex-basis: 100%;
    }
    /* The theme's dark defaults (themeVar): these tools sit in the page, outside the map and its
       colour scheme, so a media query picks them. */
    @media (prefers-color-scheme: dark) {
      button:focus-visible,
      select:focus-visible {
        outline-color: ${themeVar('--cdm-focus', 'dark')};
      }
      .error {
        color: ${themeVar('--cdm-warning-text', 'dark')};
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `;

  protected override render() {
    return html`
      <span class="label" id="label">Export</span>
      <button part="button png" type="button" ?disabled=${this._busy} aria-describedby="label" @click=${() => this.download('png')}>PNG</button>
      <select part="width" aria-label="PNG size (a 16:9 slide applies to the SVG too)" @change=${(e: Event) => (this._pngWidth = Number((e.target as HTMLSelectElement).value))}>
        <option value="0" ?selected=${this._pngWidth === 0}>2× screen</option>
        ${PNG_WIDTH_CHOICES.map((w) => html`<option value=${w} ?selected=${this._pngWidth === w}>${w} px wide</option>`)}
        ${SLIDE_WIDTH_CHOICES.map((w) => html`<option value=${-w} ?selected=${this._pngWidth === -w}>Slide 16:9, ${w} × ${(w * 9) / 16}</option>`)}
      </select>
      <button part="button svg" type="button" ?disabled=${this._busy} @click=${() => this.download('svg')}>SVG</button>
      <button part="button csv" type="button" ?disabled=${this._busy} title="Statuses, dates, sources and quotes" @click=${() => this.download('csv')}>Data (CSV)</button>
      ${this._error ? html`<span class="error" role="alert">${this._error}</span>` : ''}
    `;
  }
}

if (!customElements.get('cdm-export-menu')) customElements.define('cdm-export-menu', CdmExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-export-menu': CdmExportMenu;
  }
}
