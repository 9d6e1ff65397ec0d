// <cdm-map>: the SVG choropleth. Draws the precomputed atlas paths once per atlas, then only
// touches the `data-status` / `data-signed-count` attribute of countries whose category changed,
// so scrubbing the timeline costs a handful of attribute writes. Owns zoom and pan (d3-zoom),
// pointer (hover tooltip, tap to select) and keyboard access (one tab stop, arrow keys move
// between countries, Enter selects, Escape clears, a polite live region says where you are).
import { mapStyles } from './cdm-map-styles';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ZoomTransform } from './map-zoom';
import { CountryLayer, type MapCategoryAttr } from './map-country-layer';
import { MapZoomController } from '../controllers/map-zoom-controller';
import { cdmEvent } from './events';
import { adoptOnce, uniquePrefix, type ExtraStyle } from './status-style';
import type { CompiledAtlas, Iso3 } from '../lib/types';
import { sortByName } from '../lib/country-names';
import { placeBeside } from '../lib/tooltip-position';
import { TypeaheadBuffer, typeaheadIndex } from '../lib/typeahead';
import { normalizeName } from '../lib/countries';
import { mapKeyCommand } from '../lib/map-keys';
import { RECORD_CLOSED, RECORD_OPEN } from '../lib/record-words';
import { MAX_ZOOM, zoomToBounds } from '../lib/zoom';
import { zoomControlsView } from './map-zoom-view';
import { mapSvgView } from './map-svg-view';
import { pickState, TOUCH_REACH_PX } from '../lib/hit-test';
import { visibleFromTransform, type VisibleArea } from '../lib/visible-area';

/** Visible marker radius for small states, in CSS px whatever the map size or zoom. */
export const MARKER_RADIUS_PX = 4;
/** Invisible hit radius around a marker, in CSS px: a 14 px target (the floor is 8 x 8). */
export const MARKER_HIT_RADIUS_PX = 7;

export { WHEEL_HINT_MS, ZOOM_TRANSITION_MS } from '../controllers/map-zoom-controller';
export type { MapCategoryAttr } from './map-country-layer';

/**
 * The map drawing. Internal to `<cyber-declarations-map>` but usable alone.
 *
 * @fires cdm-country-select - the reader clicked or tapped a country, pressed Enter on it, or Escape to clear
 * @csspart frame - the box around the map
 * @csspart zoom-controls - the + / − / reset buttons
 * @csspart tooltip - the hover / tap tooltip
 */
export class CdmMap extends LitElement {
  static override properties = {
    atlas: { attribute: false },
    categories: { attribute: false },
    categoryAttr: { attribute: false },
    selected: { attribute: false },
    highlight: { attribute: false },
    countryName: { attribute: false },
    describe: { attribute: false },
    label: { type: String },
    summary: { type: String },
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
    locale: { type: String },
    extraStyle: { attribute: false },
    _focused: { state: true },
    _tip: { state: true },
  };

  /** The compiled atlas (paths in atlas pixel space). */
  declare atlas: CompiledAtlas | null;
  /** Category per country (a status, or a count of signed declarations); null = no colours. Read as
   *  immutable: a new map for new colours (the same map handed over again holds the same ones). */
  declare categories: ReadonlyMap<Iso3, string> | null;
  /** Which attribute carries the category. */
  declare categoryAttr: MapCategoryAttr;
  /** How categories beyond the statuses look (compare and change views); null when none are shown. */
  declare extraStyle: ExtraStyle | null;
  declare selected: Iso3 | null;
  /** A category whose countries stand out while the others dim (legend hover/focus). */
  declare highlight: string | null;
  declare countryName: (iso3: Iso3) => string;
  /** Status in words for tooltips and announcements ("Paris Call, signed, on 12 Nov 2018"). */
  declare describe: (iso3: Iso3) => string;
  /** Accessible name of the map. */
  declare label: string;
  /** Text summary of the current view (declaration, date, counts). */
  declare summary: string;
  declare reducedMotion: boolean;
  declare locale: string;
  declare _focused: Iso3 | null;
  /** The country under the pointer, where the pointer is and the frame's size (CSS px). */
  declare _tip: { iso3: Iso3; x: number; y: number; w: number; h: number } | null;

  protected readonly uid = uniquePrefix('cdm-map');
  private readonly layer = new CountryLayer();
  private builtFor: CompiledAtlas | null = null;
  /** Countries in keyboard order (by name), sorted on the first key press (the first map need not wait). */
  private orderCache: Iso3[] | null = null;
  /** Zoom and pan, from their own chunk (map-zoom.ts), loaded as soon as the map is drawn. */
  private readonly zoom = new MapZoomController(this);
  private unitsPerPx = 1;
  /** The zoom scale the markers and hatching were last sized for. */
  private scaledFor = 1;
  /** The map's width in CSS px, as the ResizeObserver last reported it. */
  private renderedWidth = 0;
  private resizeObserver: ResizeObserver | null = null;
  private readonly typed = new TypeaheadBuffer();
  private closed = false; // Escape has just closed a record: said, whichever state the cursor is on
  private left: Iso3 | null = null; // where the cursor was when the map lost the focus

  constructor() {
    super();
    this.atlas = null;
    this.categories = null;
    this.categoryAttr = 'data-status';
    this.selected = null;
    this.highlight = null;
    this.countryName = (iso3) => iso3;
    this.describe = () => '';
    this.label = 'World map';
    this.summary = '';
    this.reducedMotion = false;
    this.locale = 'en';
    this.extraStyle = null;
    this._focused = null;
    this._tip = null;
  }

  // Status fills come last: they override the no-data fill at equal specificity.
  static override styles = mapStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    // Markers and hatching keep their size in CSS px, so they follow the rendered width.
    // The observer also gives the first size (after layout, before paint): measuring here with
    // getBoundingClientRect would force a synchronous layout in the first render.
    this.resizeObserver = new ResizeObserver((entries) => {
      this.renderedWidth = entries[entries.length - 1]!.contentRect.width;
      this.rescale();
    });
    if (this.hasUpdated) this.attachObservers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  private get svgEl(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.map');
  }

  /** What the zoom controller zooms (see ZoomableMap). */
  zoomTarget(): { svg: SVGSVGElement; width: number; height: number } | null {
    const svg = this.svgEl;
    return svg && this.atlas ? { svg, width: this.atlas.width, height: this.atlas.height } : null;
  }

  private attachObservers(): void {
    const svgEl = this.svgEl;
    if (!svgEl || !this.atlas) return;
    this.resizeObserver?.observe(svgEl);
    void this.zoom.ensure();
  }

  /** Done when the map has rendered and its zoom has arrived (tests and hosts can zoom then). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.zoom.loading) await this.zoom.loading;
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('atlas') || changed.has('countryName') || changed.has('locale')) this.orderCache = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('extraStyle') && this.extraStyle) {
      adoptOnce(this.renderRoot, this.extraStyle.sheet);
      this.rescale(); // its patterns, new in the defs, take the hatching size too
    }
    if (changed.has('atlas') && this.atlas !== this.builtFor) {
      const shapes = this.renderRoot.querySelector('g.shapes');
      const markers = this.renderRoot.querySelector('g.markers');
      if (this.atlas && shapes && markers) this.layer.build(this.atlas, shapes, markers);
      this.builtFor = this.atlas;
      this.attachObservers();
      this.rescale();
    }
    if (changed.has('categories') || changed.has('categoryAttr') || changed.has('atlas')) {
      this.layer.applyCategories(this.categoryAttr, this.categories);
      if (this._tip) this.requestUpdate();
    }
    const svgEl = this.svgEl;
    if (svgEl && (changed.has('highlight') || changed.has('categories') || changed.has('atlas'))) {
      this.layer.applyHighlight(svgEl, this.highlight, this.categories);
    }
    // A chosen country is outlined, never zoomed to: the world stays in view (issue 16); zooming
    // in is the reader's choice (the record's "Zoom to" button, the zoom controls).
    if (changed.has('selected') || changed.has('atlas')) {
      this.layer.applySelected(this.selected);
      this.drawRing('selected', this.selected);
    }
    if (changed.has('_focused') || changed.has('atlas')) this.drawRing('focus', this._focused);
    if (changed.has('_tip')) this.placeTip();
  }

  /**
   * Puts the tooltip beside the pointer and inside the frame, which clips it. It has to be
   * rendered to be measured, so this runs after render, and only when the pointer moved or
   * tapped (never on a timeline step, which changes its text but not where it points).
   */
  private placeTip(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const tip = this._tip;
    if (!el || !tip) return;
    el.style.left = `${placeBeside(tip.x, el.offsetWidth, tip.w, 12)}px`;
    el.style.top = `${placeBeside(tip.y, el.offsetHeight, tip.h, 14)}px`;
  }

  private drawRing(kind: 'selected' | 'focus', iso3: Iso3 | null): void {
    const rings = this.renderRoot.querySelector('g.rings');
    if (rings) this.layer.drawRing(rings, kind, iso3, (MARKER_RADIUS_PX + 3) * this.screenUnit());
  }

  /** Atlas units per CSS pixel at the current size and zoom. */
  private screenUnit(): number {
    return this.unitsPerPx / this.zoom.k;
  }

  /** Keeps markers, their hit areas and the hatching at a fixed size on screen (size from the ResizeObserver). */
  private rescale(): void {
    if (!this.svgEl || !this.atlas) return;
    if (this.renderedWidth > 0) this.unitsPerPx = this.atlas.width / this.renderedWidth;
    const u = this.screenUnit();
    this.scaledFor = this.zoom.k;
    const radii = [['circle.dot', MARKER_RADIUS_PX], ['circle.hit', MARKER_HIT_RADIUS_PX], ['.marker-ring', MARKER_RADIUS_PX + 3]] as const;
    for (const [selector, px] of radii) this.renderRoot.querySelectorAll(selector).forEach((c) => c.setAttribute('r', String(px * u)));
    this.renderRoot.querySelectorAll('pattern').forEach((p) => {
      const angle = /rotate\((-?\d+)\)/.exec(p.getAttribute('patternTransform') ?? '')?.[1] ?? '0';
      p.setAttribute('patternTransform', `rotate(${angle}) scale(${u})`);
    });
  }

  /** Called by the zoom controller on every change of the transform. */
  onTransform(transform: ZoomTransform & { toString(): string }, byReader: boolean): void {
    this.renderRoot.querySelector('g.zoom-layer')?.setAttribute('transform', transform.toString());
    // Panning keeps the scale: markers and hatching only need resizing when it changes.
    if (transform.k !== this.scaledFor) this.rescale();
    if (this._tip && byReader) this._tip = null;
  }

  /** Back to the whole world. */
  resetZoom(): void {
    this.zoom.transformTo({ k: 1, x: 0, y: 0 });
  }

  /** Centres and enlarges a country (bounds from the atlas), keeping its neighbours in view; only
   *  when the reader asks (the record's "Zoom to" button). */
  zoomToCountry(iso3: Iso3): void {
    const c = this.atlas?.countries.find((x) => x.id === iso3);
    if (!c || !this.atlas) return;
    this.zoom.transformTo(zoomToBounds(c.bounds, this.atlas.width, this.atlas.height));
  }

  private countryAt(target: EventTarget | null): Iso3 | null {
    const el = target instanceof Element ? target.closest('[data-country]') : null;
    return el?.getAttribute('data-country') ?? null;
  }

  private select(iso3: Iso3 | null): void {
    this.dispatchEvent(cdmEvent('cdm-country-select', { country: iso3 }));
  }

  /** The state a real click or tap means (see src/lib/hit-test): a finger reaches 20 px. Where
   *  states under it are too close to tell apart, the map zooms in around it instead (undefined). */
  private pick(e: PointerEvent): Iso3 | null | undefined {
    const m = this.renderRoot.querySelector<SVGGElement>('.zoom-layer')?.getScreenCTM();
    const svgEl = this.svgEl;
    if (!m || !svgEl || !e.isTrusted || !this.atlas) return this.countryAt(e.target);
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    if (this.renderRoot.querySelector<SVGPathElement>('.other-land')?.isPointInFill(p)) return null;
    const hit = pickState(this.atlas.countries, {
      x: p.x,
      y: p.y,
      unit: this.screenUnit(),
      dotPx: MARKER_RADIUS_PX,
      reachPx: e.pointerType === 'mouse' ? MARKER_HIT_RADIUS_PX : TOUCH_REACH_PX,
      inside: (id) => !!this.layer.get(id)?.shape?.isPointInFill(p),
    });
    if (hit.zoom === 1) return hit.id;
    // Zoom in around the finger: the point under it stays under it.
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(svgEl.getScreenCTM()!.inverse());
    const k = Math.min(MAX_ZOOM, this.zoom.k * hit.zoom);
    this.zoom.transformTo({ k, x: at.x - k * p.x, y: at.y - k * p.y });
    return undefined;
  }

  private onClick(e: PointerEvent): void {
    const iso3 = this.pick(e);
    if (iso3 === undefined) return;
    if (!iso3) {
      // A tap on the sea puts a tapped tooltip away (a mouse's goes when it leaves the country).
      if (this._tip) this._tip = null;
      return;
    }
    // The pointer takes over: the keyboard's place is forgotten, so closing this record does not
    // bring back a cursor from before.
    this._focused = this.left = null;
    this.select(iso3);
    // Touch has no hover: the tap shows the same detail the mouse gets on hover.
    if (e.pointerType === 'touch' || e.pointerType === 'pen') this.showTip(iso3, e);
  }

  /** Leaving the map (Tab, or a tap on another control) ends the keyboard cursor and a tapped tooltip. */
  private onBlur(): void {
    this.left = this._focused ?? this.left; // back on the map (from its record, say), the arrows go on from there
    this._focused = null;
    this._tip = null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType !== 'mouse') return;
    const iso3 = this.countryAt(e.target);
    if (!iso3) {
      if (this._tip) this._tip = null;
      return;
    }
    this.showTip(iso3, e);
  }

  private showTip(iso3: Iso3, e: MouseEvent): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return;
    const r = frame.getBoundingClientRect();
    // The tip is placed in the frame's own CSS pixels: under a host page's `zoom` the pointer's
    // are zoomed ones (the frame's on-screen width over its own).
    const scale = r.width / ((frame as HTMLElement).offsetWidth || r.width);
    this._tip = { iso3, x: (e.clientX - r.left) / scale, y: (e.clientY - r.top) / scale, w: r.width / scale, h: r.height / scale };
  }

  private get order(): Iso3[] {
    return (this.orderCache ??= this.atlas ? sortByName(this.atlas.countries.map((c) => c.id), this.countryName, this.locale) : []);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const order = this.order;
    if (!order.length) return;
    const current = this._focused ?? this.selected ?? this.left;
    const command = mapKeyCommand(e.key, {
      index: current ? order.indexOf(current) : -1,
      focused: this._focused !== null,
      clearable: this._focused !== null || this.selected !== null || this._tip !== null,
      typing: this.typed.continues(e.timeStamp),
      modified: e.ctrlKey || e.metaKey || e.altKey,
    });
    if (!command) return;
    this._tip = null; // a key moves the cursor (its tooltip comes with it) or the map from under it
    this.closed = false;
    switch (command.kind) {
      case 'move':
        this.focusCountry(order[((command.index % order.length) + order.length) % order.length]!);
        break;
      case 'select':
        if (this._focused) this.select(this._focused);
        break;
      case 'clear':
        // A record open: it closes, and the cursor stays ("Record closed"); then the cursor goes.
        this.closed = !!this.selected;
        if (this.selected) this.select(null);
        else this._focused = null;
        break;
      case 'zoom':
        this.zoom.scaleBy(command.factor);
        break;
      case 'reset-zoom':
        this.resetZoom();
        break;
      case 'type':
        this.typeaheadJump(e.key, e.timeStamp);
        break;
    }
    e.preventDefault();
  }

  /** Typing letters jumps to a country whose name starts with them (accents aside, as in the search); the same letter again moves on. */
  private typeaheadJump(key: string, at: number): void {
    const prefix = this.typed.type(key, at);
    const current = this._focused ?? this.selected;
    const index = typeaheadIndex(this.order.map((id) => normalizeName(this.countryName(id))), normalizeName(prefix), current ? this.order.indexOf(current) : -1);
    if (index >= 0) this.focusCountry(this.order[index]!);
  }

  /** Moves the keyboard cursor to a country (no selection): ring, announcement, into view. */
  focusCountry(iso3: Iso3): void {
    this._focused = iso3;
    this._tip = null;
    const c = this.atlas?.countries.find((x) => x.id === iso3);
    const k = this.zoom.k;
    if (!c || !this.svgEl || !this.atlas) return;
    // Zoomed in: pan so the focused country is in view; no tooltip (left behind as the map glides).
    if (k > 1) {
      const fits = zoomToBounds(c.bounds, this.atlas.width, this.atlas.height, { maxScale: k }).k >= k;
      if (fits) this.zoom.transformTo({ k, x: this.atlas.width / 2 - k * c.centroid[0], y: this.atlas.height / 2 - k * c.centroid[1] });
      return;
    }
    // Its name where it is (a small state's marker sits on its centroid), as the mouse gets on
    // hover: the ring alone does not say which state.
    const [x, y] = c.centroid;
    const m = this.svgEl.querySelector<SVGGElement>('.zoom-layer')!.getScreenCTM()!;
    this.showTip(iso3, { clientX: m.a * x + m.e, clientY: m.d * y + m.f } as MouseEvent);
  }

  /**
   * Back from a record the keyboard went into (the article layout): the map takes the focus and,
   * if its cursor was on that state when it left, puts it back there and says the record closed.
   */
  returnFromRecord(iso3: Iso3 | null): void {
    this.focus({ preventScroll: true });
    if (iso3 && iso3 === this.left) {
      this.focusCountry(iso3);
      this.closed = true;
    }
  }

  /** Focusing the element focuses its keyboard surface (the map itself, one tab stop). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.viewport')?.focus(options);
  }

  /** The country the keyboard cursor is on (tests and the host read it). */
  get focusedCountry(): Iso3 | null {
    return this._focused;
  }

  /** The part of the atlas on screen under the reader's zoom (null: the whole world). */
  get visibleArea(): VisibleArea | null {
    const transform = this.renderRoot?.querySelector('g.zoom-layer')?.getAttribute('transform') ?? null;
    return this.atlas ? visibleFromTransform(transform, this.atlas.width, this.atlas.height) : null;
  }

  private announcement() {
    const id = this._focused;
    if (!id) return '';
    const what = this.describe(id);
    // The name in its own language (the page's), the words in the map's. Enter leaves the focus
    // here: that it opened the record is said too.
    return html`<span lang=${this.locale}>${this.countryName(id)}</span>${what ? `: ${what}` : ''}${id === this.selected ? RECORD_OPEN : this.closed ? RECORD_CLOSED : ''}`;
  }

  protected override render() {
    const a = this.atlas;
    if (!a) return html`<div class="frame" part="frame"></div>`;
    const helpId = `${this.uid}-help`;
    const summaryId = `${this.uid}-summary`;
    const tip = this._tip;
    return html`
      <div class="frame" part="frame">
        <div
          class="viewport"
          tabindex="0"
          role="application"
          aria-roledescription="map"
          aria-label=${this.label}
          aria-describedby="${summaryId} ${helpId}"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @pointermove=${this.onPointerMove}
          @pointerleave=${() => (this._tip = null)}
          @blur=${this.onBlur}
        >
          ${guard([a, this.extraStyle], () => mapSvgView(a, this.uid, this.extraStyle))}
        </div>
        ${zoomControlsView(this.zoom, () => this.resetZoom(), this.reducedMotion)}
        ${tip
          ? html`<div class="tooltip" part="tooltip">
              <strong lang=${this.locale}>${this.countryName(tip.iso3)}</strong>${this.describe(tip.iso3)}
            </div>`
          : nothing}
        <p id=${summaryId} class="visually-hidden">${this.summary}</p>
        <p id=${helpId} class="visually-hidden">
          Arrow keys move between countries in alphabetical order, or type a name's first letters.
          Enter opens the country's record, Escape closes it. Plus and minus zoom, 0 shows the whole world.
        </p>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement()}</div>
      </div>
    `;
  }
}

if (!customElements.get('cdm-map')) customElements.define('cdm-map', CdmMap);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-map': CdmMap;
  }
}
