// <cdm-slide-map>: the map of a presentation slide. The explorer's own <cdm-map> (same shapes,
// colours, patterns and data-status hooks) plus what a briefing needs on top: the states a
// step is about outlined and marked `data-highlighted` on their shape or marker, and the states
// its caption names labelled where there is room. It lives in the presentation's chunk, so the
// embed's core module does not carry it.
import { css, type PropertyValues } from 'lit';
import { CdmMap, MARKER_RADIUS_PX } from './cdm-map';
import { estimateTextWidth } from '../lib/export-svg';
import type { Iso3 } from '../lib/types';
import { themeVar } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * A map with highlighted and labelled states, for slides.
 */
export class CdmSlideMap extends CdmMap {
  static override properties = {
    ...CdmMap.properties,
    highlighted: { attribute: false },
    labelled: { attribute: false },
  };

  /** States outlined and marked `data-highlighted`. */
  declare highlighted: readonly Iso3[];
  /** States whose names are written on the map where there is room (a subset of `highlighted`). */
  declare labelled: readonly Iso3[];

  private resizeFrame = 0;
  private readonly onResize = () => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.drawMarks());
  };

  constructor() {
    super();
    this.highlighted = [];
    this.labelled = [];
  }

  static override styles = [
    ...CdmMap.styles,
    css`
      .marks {
        pointer-events: none;
      }
      .marks .outline {
        fill: none;
        stroke: var(--cdm-highlight, #111820);
        stroke-width: 3px;
        vector-effect: non-scaling-stroke;
        stroke-linejoin: round;
      }
      .marks .outline-halo {
        fill: none;
        stroke: ${themeVar('--cdm-background')};
        stroke-width: 6px;
        vector-effect: non-scaling-stroke;
        stroke-linejoin: round;
      }
      .marks text {
        font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
        font-weight: 700;
        fill: ${themeVar('--cdm-text')};
        stroke: ${themeVar('--cdm-background')};
        stroke-width: 0.25em;
        stroke-linejoin: round;
        paint-order: stroke;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.resizeFrame);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('highlighted') || changed.has('labelled') || changed.has('atlas') || changed.has('countryName')) this.drawMarks();
  }

  /** Marks, outlines and labels; called after every change of the highlighted states and on resize. */
  private drawMarks(): void {
    const root = this.renderRoot;
    const zoomLayer = root.querySelector('g.zoom-layer');
    const svg = root.querySelector<SVGSVGElement>('svg.map');
    if (!zoomLayer || !svg || !this.atlas) return;
    const wanted = new Set(this.highlighted);
    root.querySelectorAll('[data-country]').forEach((node) => node.toggleAttribute('data-highlighted', wanted.has(node.getAttribute('data-country')!)));
    let layer = zoomLayer.querySelector('g.marks');
    if (!layer) {
      layer = document.createElementNS(SVG_NS, 'g');
      layer.setAttribute('class', 'marks');
      zoomLayer.append(layer);
    }
    layer.replaceChildren();
    const width = svg.getBoundingClientRect().width;
    const unit = width > 0 ? this.atlas.width / width : 1;
    const outlines: SVGElement[] = [];
    const halos: SVGElement[] = [];
    for (const iso3 of wanted) {
      const shape = root.querySelector<SVGPathElement>(`path.shape[data-country="${iso3}"]`);
      const marker = root.querySelector<SVGGElement>(`g.marker[data-country="${iso3}"]`);
      if (shape) {
        for (const [list, cls] of [[halos, 'outline-halo'], [outlines, 'outline']] as const) list.push(svgEl('path', { class: cls, d: shape.getAttribute('d') ?? '' }));
      }
      if (marker) {
        const r = String((MARKER_RADIUS_PX + 3) * unit);
        for (const [list, cls] of [[halos, 'outline-halo'], [outlines, 'outline']] as const) list.push(svgEl('circle', { class: cls, r, transform: marker.getAttribute('transform') ?? '' }));
      }
    }
    layer.append(...halos, ...outlines);
    // Labels, greedily, in the caption's order: one that would cover another or leave the map is left out.
    // The element's font size: on a slide, its smallest text, which scales with the slide.
    const px = parseFloat(getComputedStyle(this).fontSize) || 16;
    const size = px * unit;
    const placed: Box[] = [];
    for (const iso3 of this.labelled) {
      const anchor = this.anchorOf(iso3, unit);
      if (!anchor) continue;
      const name = this.countryName(iso3);
      const w = estimateTextWidth(name, size, true);
      const box: Box = { x: anchor.x - w / 2, y: anchor.y - size, w, h: size * 1.2 };
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.w <= this.atlas.width && box.y + box.h <= this.atlas.height;
      if (!inside || placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      const text = svgEl('text', { x: String(anchor.x), y: String(anchor.y), 'text-anchor': 'middle', 'font-size': String(size), 'data-label-for': iso3 });
      text.textContent = name;
      layer.append(text);
    }
  }

  /** Where a state's label goes: above its marker, or at the middle of its shape's box. */
  private anchorOf(iso3: Iso3, unit: number): { x: number; y: number } | null {
    const marker = this.atlas?.countries.find((c) => c.id === iso3)?.marker;
    if (marker) return { x: marker[0], y: marker[1] - (MARKER_RADIUS_PX + 6) * unit };
    const shape = this.renderRoot.querySelector<SVGPathElement>(`path.shape[data-country="${iso3}"]`);
    if (!shape) return null;
    const b = shape.getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
}

function svgEl(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

if (!customElements.get('cdm-slide-map')) customElements.define('cdm-slide-map', CdmSlideMap);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-slide-map': CdmSlideMap;
  }
}
