// <cdm-map>: the SVG choropleth. Draws the precomputed atlas paths once per atlas, then only
// touches the `data-status` / `data-signed-count` attribute of countries whose category changed,
// so scrubbing the timeline costs a handful of attribute writes. Owns zoom and pan (d3-zoom),
// pointer (hover tooltip, tap to select) and keyboard access (one tab stop, arrow keys move
// between countries, Enter selects, Escape clears, a polite live region says where you are).
import { mapStyles } from './cdm-map-styles';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import type { MapZoom, ZoomTransform } from './map-zoom';
import { cdmEvent } from './events';
import { patternVars, statusPatternDefs, uniquePrefix } from './status-style';
import type { CompiledAtlas, Iso3 } from '../lib/types';
import { sortByName } from '../lib/country-names';
import { safeLocale } from '../lib/locale';
import { placeBeside } from '../lib/tooltip-position';
import { TYPEAHEAD_MS, typeaheadIndex } from '../lib/typeahead';
import { MAX_ZOOM, ZOOM_STEP, zoomToBounds } from '../lib/zoom';
import { pickState, TOUCH_REACH_PX } from '../lib/hit-test';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Visible marker radius for small states, in CSS px whatever the map size or zoom. */
export const MARKER_RADIUS_PX = 4;
/** Invisible hit radius around a marker, in CSS px: a 14 px target (the floor is 8 x 8). */
export const MARKER_HIT_RADIUS_PX = 7;
/** Time for zoom moves when motion is welcome. */
export const ZOOM_TRANSITION_MS = 450;
/** How long the "Ctrl + scroll to zoom" hint stays after a plain wheel over the map. */
export const WHEEL_HINT_MS = 1500;

let macKnown: boolean | undefined;
/** Asked once: navigator.userAgentData is slow to read, and render runs on every timeline step. */
const isMac = (): boolean =>
  (macKnown ??= /Mac|iP(hone|ad|od)/.test((navigator as { userAgentData?: { platform: string } }).userAgentData?.platform ?? navigator.platform));

export type MapCategoryAttr = 'data-status' | 'data-signed-count';

/** An SVG element with its attributes: countries and rings are built outside Lit's templates. */
function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

interface CountryNodes {
  id: Iso3;
  nodes: SVGElement[];
  shape: SVGPathElement | null;
  marker: SVGGElement | null;
}

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
    _focused: { state: true },
    _tip: { state: true },
    _hint: { state: true },
  };

  /** The compiled atlas (paths in atlas pixel space). */
  declare atlas: CompiledAtlas | null;
  /**
   * Category per country (a status, or a count of signed declarations); null = no colours.
   * Read as immutable: to change colours, hand over a new map (the same map handed over again
   * is taken to hold the same categories).
   */
  declare categories: ReadonlyMap<Iso3, string> | null;
  /** Which attribute carries the category. */
  declare categoryAttr: MapCategoryAttr;
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
  declare _hint: boolean;

  private readonly uid = uniquePrefix('cdm-map');
  private nodes = new Map<Iso3, CountryNodes>();
  /** The same entries in atlas order, and the category last written to each (same index). */
  private entries: CountryNodes[] = [];
  private applied: (string | null)[] = [];
  /** Each categories map's values in atlas order (see valuesInOrder). */
  private valuesCache = new WeakMap<ReadonlyMap<Iso3, string>, (string | null)[]>();
  private builtFor: CompiledAtlas | null = null;
  /** Countries in keyboard order (by name), sorted on the first key press: collating 200 names
   *  is a few milliseconds the first map need not wait for. */
  private orderCache: Iso3[] | null = null;
  /** Zoom and pan, from their own chunk (map-zoom.ts), loaded as soon as the map is drawn. */
  private zoomer: MapZoom | null = null;
  private zoomLoad: Promise<MapZoom | null> | null = null;
  private zoomK = 1;
  private unitsPerPx = 1;
  /** The map's width in CSS px, as the ResizeObserver last reported it. */
  private renderedWidth = 0;
  private resizeObserver: ResizeObserver | null = null;
  private typeahead = '';
  private typeaheadAt = 0;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;

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
    this._focused = null;
    this._tip = null;
    this._hint = false;
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
    clearTimeout(this.hintTimer);
    this._hint = false;
    this.zoomer?.detach();
    this.zoomer = null;
    this.zoomLoad = null;
  }

  private get svgEl(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.map');
  }

  private attachObservers(): void {
    const svgEl = this.svgEl;
    if (!svgEl || !this.atlas) return;
    this.resizeObserver?.observe(svgEl);
    void this.ensureZoom();
  }

  /** Loads zoom and pan once (the chunk is shared by every map on the page) and attaches them. */
  private ensureZoom(): Promise<MapZoom | null> {
    // Started from a resolved promise, so that even an import that throws at once (a blocked or
    // missing chunk) is a rejection here, never an error in the map's update: the map stays drawn.
    return (this.zoomLoad ??= Promise.resolve().then(() => import('./map-zoom')).then(({ MapZoom }) => {
      const svg = this.svgEl;
      if (!svg || !this.atlas || !this.isConnected) return (this.zoomLoad = null);
      this.zoomer = new MapZoom({
        svg,
        width: this.atlas.width,
        height: this.atlas.height,
        // Cooperative gestures: in an article the page keeps plain wheel and one-finger drags.
        accepts: (e) => {
          if (e.type === 'wheel') return e.ctrlKey || e.metaKey || !this.showWheelHint();
          if (e.type.startsWith('touch')) return e.touches.length >= 2;
          return !e.ctrlKey && !e.button;
        },
        onZoom: (t, byReader) => this.onZoom(t, byReader),
      });
      return this.zoomer;
    }).catch((error: unknown) => {
      console.warn(`<cdm-map>: zoom is not available (${error instanceof Error ? error.message : String(error)}).`);
      return null;
    }));
  }

  /** Done when the map has rendered and its zoom has arrived (tests and hosts can zoom then). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.zoomLoad) await this.zoomLoad;
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('atlas') || changed.has('countryName') || changed.has('locale')) this.orderCache = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('atlas') && this.atlas !== this.builtFor) {
      this.buildCountries();
      this.attachObservers();
      this.rescale();
    }
    if (changed.has('categories') || changed.has('categoryAttr') || changed.has('atlas')) this.applyCategories();
    if (changed.has('highlight') || changed.has('categories') || changed.has('atlas')) this.applyHighlight();
    // A chosen country is outlined, never zoomed to: the world stays in view (issue 16); zooming
    // in is the reader's choice (the record's "Zoom to" button, the zoom controls).
    if (changed.has('selected') || changed.has('atlas')) this.applySelected();
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

  /** Creates the country elements once per atlas; later updates only change attributes. */
  private buildCountries(): void {
    const shapesLayer = this.renderRoot.querySelector('g.shapes');
    const markersLayer = this.renderRoot.querySelector('g.markers');
    if (!shapesLayer || !markersLayer || !this.atlas) return;
    shapesLayer.replaceChildren();
    markersLayer.replaceChildren();
    this.nodes = new Map();
    this.entries = [];
    this.applied = [];
    this.valuesCache = new WeakMap();
    for (const c of this.atlas.countries) {
      const entry: CountryNodes = { id: c.id, nodes: [], shape: null, marker: null };
      if (c.d) {
        const path = svgNode('path', { class: 'shape', d: c.d, 'data-country': c.id });
        shapesLayer.append(path);
        entry.shape = path;
        entry.nodes.push(path);
      }
      if (c.marker) {
        const g = svgNode('g', { class: 'marker', 'data-country': c.id, transform: `translate(${c.marker[0]},${c.marker[1]})` });
        g.append(svgNode('circle', { class: 'hit' }), svgNode('circle', { class: 'dot' }));
        markersLayer.append(g);
        entry.marker = g;
        entry.nodes.push(g);
      }
      this.nodes.set(c.id, entry);
      this.entries.push(entry);
      this.applied.push(null);
    }
    this.builtFor = this.atlas;
  }

  /** Writes the category attribute only where it changed since the last step. */
  private applyCategories(): void {
    const attr = this.categoryAttr;
    const other: MapCategoryAttr = attr === 'data-status' ? 'data-signed-count' : 'data-status';
    const modeChanged = this.appliedAttr !== attr;
    this.appliedAttr = attr;
    const values = this.valuesInOrder(this.categories);
    const { entries, applied } = this;
    for (let i = 0; i < entries.length; i++) {
      const value = values?.[i] ?? null;
      if (!modeChanged && applied[i] === value) continue;
      applied[i] = value;
      for (const node of entries[i]!.nodes) {
        if (modeChanged) node.removeAttribute(other);
        if (value === null) node.removeAttribute(attr);
        else node.setAttribute(attr, value);
      }
    }
    if (this._tip) this.requestUpdate();
  }

  /**
   * The categories in atlas order, worked out once per categories map. The element is handed the
   * same map again for every day of a stretch (and again when the reader scrubs back), so a step
   * compares two flat arrays instead of looking up every country in two maps.
   */
  private valuesInOrder(categories: ReadonlyMap<Iso3, string> | null): (string | null)[] | null {
    if (!categories) return null;
    let values = this.valuesCache.get(categories);
    if (!values) {
      values = this.entries.map((e) => categories.get(e.id) ?? null);
      this.valuesCache.set(categories, values);
    }
    return values;
  }
  private appliedAttr: MapCategoryAttr | null = null;

  private applyHighlight(): void {
    const svgEl = this.svgEl;
    if (!svgEl) return;
    if (this.highlight === null || !this.categories) {
      svgEl.removeAttribute('data-highlight');
      return;
    }
    svgEl.setAttribute('data-highlight', this.highlight);
    for (const [id, entry] of this.nodes) {
      const lit = this.categories.get(id) === this.highlight;
      for (const node of entry.nodes) node.classList.toggle('lit', lit);
    }
  }

  private applySelected(): void {
    for (const entry of this.nodes.values()) {
      for (const node of entry.nodes) node.toggleAttribute('data-selected', entry.id === this.selected);
    }
    this.drawRing('selected', this.selected);
  }

  /** Outline on top of everything, so a selected or focused border is never hidden by a neighbour. */
  private drawRing(kind: 'selected' | 'focus', iso3: Iso3 | null): void {
    const layer = this.renderRoot.querySelector('g.rings');
    if (!layer) return;
    layer.querySelectorAll(`.ring.${kind}`).forEach((n) => n.remove());
    const entry = iso3 ? this.nodes.get(iso3) : undefined;
    if (!entry) return;
    if (entry.shape) layer.append(svgNode('path', { class: `ring ${kind}`, d: entry.shape.getAttribute('d') ?? '' }));
    if (entry.marker) {
      const r = String((MARKER_RADIUS_PX + 3) * this.screenUnit());
      layer.append(svgNode('circle', { class: `ring ${kind} marker-ring`, transform: entry.marker.getAttribute('transform') ?? '', r }));
    }
  }

  /** Atlas units per CSS pixel at the current size and zoom. */
  private screenUnit(): number {
    return this.unitsPerPx / this.zoomK;
  }

  /** Keeps markers, their hit areas and the hatching at a fixed size on screen (size from the ResizeObserver). */
  private rescale(): void {
    if (!this.svgEl || !this.atlas) return;
    if (this.renderedWidth > 0) this.unitsPerPx = this.atlas.width / this.renderedWidth;
    const u = this.screenUnit();
    const radii = [['circle.dot', MARKER_RADIUS_PX], ['circle.hit', MARKER_HIT_RADIUS_PX], ['.marker-ring', MARKER_RADIUS_PX + 3]] as const;
    for (const [selector, px] of radii) this.renderRoot.querySelectorAll(selector).forEach((c) => c.setAttribute('r', String(px * u)));
    this.renderRoot.querySelectorAll('pattern').forEach((p) => {
      const angle = /rotate\((-?\d+)\)/.exec(p.getAttribute('patternTransform') ?? '')?.[1] ?? '0';
      p.setAttribute('patternTransform', `rotate(${angle}) scale(${u})`);
    });
  }

  private onZoom(transform: ZoomTransform & { toString(): string }, byReader: boolean): void {
    const layer = this.renderRoot.querySelector('g.zoom-layer');
    layer?.setAttribute('transform', transform.toString());
    if (transform.k !== this.zoomK) {
      this.zoomK = transform.k;
      this.rescale();
    }
    if (this._tip && byReader) this._tip = null;
  }

  /** Shows the "Ctrl + scroll" hint for a moment; returns true so the filter can refuse the wheel. */
  private showWheelHint(): true {
    this._hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this._hint = false), WHEEL_HINT_MS);
    return true;
  }

  private zoomBy(factor: number): void {
    const ms = this.reducedMotion ? 0 : ZOOM_TRANSITION_MS / 2;
    void this.ensureZoom().then((z) => z?.scaleBy(factor, ms));
  }

  /** Back to the whole world. */
  resetZoom(): void {
    this.zoomTo({ k: 1, x: 0, y: 0 });
  }

  private zoomTo(t: ZoomTransform): void {
    const ms = this.reducedMotion ? 0 : ZOOM_TRANSITION_MS;
    void this.ensureZoom().then((z) => z?.transformTo(t, ms));
  }

  /** Centres and enlarges a country (bounds from the atlas), keeping its neighbours in view; only
   *  when the reader asks (the record's "Zoom to" button). */
  zoomToCountry(iso3: Iso3): void {
    const c = this.atlas?.countries.find((x) => x.id === iso3);
    if (!c || !this.atlas) return;
    this.zoomTo(zoomToBounds(c.bounds, this.atlas.width, this.atlas.height));
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
      inside: (id) => !!this.nodes.get(id)?.shape?.isPointInFill(p),
    });
    if (hit.zoom === 1) return hit.id;
    // Zoom in around the finger: the point under it stays under it.
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(svgEl.getScreenCTM()!.inverse());
    const k = Math.min(MAX_ZOOM, this.zoomK * hit.zoom);
    this.zoomTo({ k, x: at.x - k * p.x, y: at.y - k * p.y });
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
    this._focused = null;
    this.select(iso3);
    // Touch has no hover: the tap shows the same detail the mouse gets on hover.
    if (e.pointerType === 'touch' || e.pointerType === 'pen') this.showTip(iso3, e);
  }

  /** Leaving the map (Tab, or a tap on another control) ends the keyboard cursor and a tapped tooltip. */
  private onBlur(): void {
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
    this._tip = { iso3, x: e.clientX - r.left, y: e.clientY - r.top, w: r.width, h: r.height };
  }

  private get order(): Iso3[] {
    return (this.orderCache ??= this.atlas ? sortByName(this.atlas.countries.map((c) => c.id), this.countryName, this.locale) : []);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.order.length) return;
    const current = this._focused ?? this.selected;
    const index = current ? this.order.indexOf(current) : -1;
    const move = (i: number) => {
      const n = this.order.length;
      this.focusCountry(this.order[((i % n) + n) % n]!);
    };
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(index < 0 ? -1 : index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(-1);
        break;
      case ' ':
        // Mid-way through typing a name ("united s"), a space is part of the name, as in a listbox.
        if (this.typeahead && e.timeStamp - this.typeaheadAt < TYPEAHEAD_MS) {
          this.typeaheadJump(e.key, e.timeStamp);
          break;
        }
        if (!this._focused) return;
        this.select(this._focused);
        break;
      case 'Enter':
        if (!this._focused) return;
        this.select(this._focused);
        break;
      case 'Escape':
        if (!this._focused && !this.selected && !this._tip) return;
        this._tip = null;
        this._focused = null;
        if (this.selected) this.select(null);
        break;
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        break;
      case '-':
        this.zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        this.resetZoom();
        break;
      default:
        if (e.key.length === 1 && /\p{L}/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          this.typeaheadJump(e.key, e.timeStamp);
          break;
        }
        return;
    }
    e.preventDefault();
  }

  /** Typing letters jumps to a country whose name starts with them; the same letter again moves on. */
  private typeaheadJump(key: string, at: number): void {
    this.typeahead = at - this.typeaheadAt < TYPEAHEAD_MS ? this.typeahead + key : key;
    this.typeaheadAt = at;
    const locale = safeLocale(this.locale);
    const lower = (text: string) => text.toLocaleLowerCase(locale);
    const current = this._focused ?? this.selected;
    const index = typeaheadIndex(this.order.map((id) => lower(this.countryName(id))), lower(this.typeahead), current ? this.order.indexOf(current) : -1);
    if (index >= 0) this.focusCountry(this.order[index]!);
  }

  /** Moves the keyboard cursor to a country (no selection): ring, announcement, into view. */
  focusCountry(iso3: Iso3): void {
    this._focused = iso3;
    this._tip = null;
    const c = this.atlas?.countries.find((x) => x.id === iso3);
    const svgEl = this.svgEl;
    if (!c || !svgEl || !this.zoomer || !this.atlas || this.zoomK <= 1) return;
    // Zoomed in: pan so the focused country is in view.
    const t = zoomToBounds(c.bounds, this.atlas.width, this.atlas.height, { maxScale: this.zoomK });
    if (t.k < this.zoomK) return;
    this.zoomTo({ k: this.zoomK, x: this.atlas.width / 2 - this.zoomK * c.centroid[0], y: this.atlas.height / 2 - this.zoomK * c.centroid[1] });
  }

  /** Focusing the element focuses its keyboard surface (the map itself, one tab stop). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.viewport')?.focus(options);
  }

  /** The country the keyboard cursor is on (tests and the host read it). */
  get focusedCountry(): Iso3 | null {
    return this._focused;
  }

  private announcement(): string {
    const id = this._focused;
    if (!id) return '';
    const what = this.describe(id);
    return what ? `${this.countryName(id)}: ${what}` : this.countryName(id);
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
          <svg class="map" viewBox="0 0 ${a.width} ${a.height}" aria-hidden="true" .style=${patternVars(this.uid)}>
            <defs>${statusPatternDefs(this.uid)}</defs>
            <g class="zoom-layer">
              <path class="sphere" d=${a.sphere}></path>
              ${a.otherLand ? svg`<path class="other-land" d=${a.otherLand}></path>` : nothing}
              <g class="shapes"></g>
              <g class="markers"></g>
              <g class="rings"></g>
            </g>
          </svg>
        </div>
        <div class="zoom-controls" part="zoom-controls">
          <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
          <button type="button" class="reset" aria-label="Show the whole world" title="Show the whole world" @click=${() => this.resetZoom()}>
            ⟲
          </button>
        </div>
        ${tip
          ? html`<div class="tooltip" part="tooltip">
              <strong>${this.countryName(tip.iso3)}</strong>${this.describe(tip.iso3)}
            </div>`
          : nothing}
        <div class="wheel-hint ${this._hint ? 'shown' : ''} ${this.reducedMotion ? 'still' : ''}" part="wheel-hint" aria-hidden="true">
          Use ${isMac() ? '⌘' : 'Ctrl'} + scroll to zoom the map
        </div>
        <p id=${summaryId} class="visually-hidden">${this.summary}</p>
        <p id=${helpId} class="visually-hidden">
          Arrow keys move between countries in alphabetical order, or type a name's first letters.
          Enter opens the country's record, Escape closes it. Plus and minus zoom, 0 shows the whole world.
        </p>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
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
