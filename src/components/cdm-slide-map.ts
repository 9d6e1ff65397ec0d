// <cdm-slide-map>: the map of a presentation slide. The explorer's own <cdm-map> (same shapes,
// colours, patterns and data-status hooks) plus what a briefing needs on top: the states a
// step is about outlined and marked `data-highlighted` on their shape or marker, and the states
// its caption names labelled where there is room. It lives in the presentation's chunk, so the
// embed's core module does not carry it.
import { css, type PropertyValues } from 'lit';
import { CdmMap, MARKER_RADIUS_PX } from './cdm-map';
import { placeLabels, type Box } from '../lib/label-placement';
import { estimateTextWidth } from '../lib/export-svg';
import type { Iso3 } from '../lib/types';
import { themeVar } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
        stroke: var(--cdm-highlight, light-dark(#111820, #ffffff));
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
    // On a slide the keys step the slides and the caption speaks for the map: a picture, not the
    // explorer's map with its own keys (and its help text about them).
    const viewport = this.renderRoot.querySelector('.viewport');
    viewport?.setAttribute('tabindex', '-1');
    viewport?.setAttribute('role', 'img');
    viewport?.setAttribute('aria-describedby', `${this.uid}-summary`);
    if (changed.has('highlighted') || changed.has('labelled') || changed.has('atlas') || changed.has('countryName') || changed.has('locale')) this.drawMarks();
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
    // Labels, in the caption's order, where they hide no small marked state (label-placement.ts).
    // The element's font size: on a slide, its smallest text, which scales with the slide.
    const px = parseFloat(getComputedStyle(this).fontSize) || 16;
    const size = px * unit;
    const targets = new Map([...wanted].map((iso3) => [iso3, this.targetOf(iso3, unit)] as const));
    // A marked state smaller than a short name would vanish under one.
    const obstacles = [...targets.values()].filter((b): b is Box => !!b && b.w * b.h < 8 * size * size * 1.2);
    const requests = this.labelled.flatMap((iso3) => {
      const target = targets.get(iso3) ?? this.targetOf(iso3, unit);
      return target ? [{ key: iso3, target, w: estimateTextWidth(this.countryName(iso3), size, true), h: size * 1.2 }] : [];
    });
    for (const { key, box } of placeLabels(requests, obstacles, { x: 0, y: 0, w: this.atlas.width, h: this.atlas.height }, 3 * unit)) {
      const text = svgEl('text', { x: String(box.x + box.w / 2), y: String(box.y + size), 'text-anchor': 'middle', 'font-size': String(size), 'data-label-for': key });
      text.textContent = this.countryName(key);
      text.setAttribute('lang', this.locale);
      layer.append(text);
    }
  }

  /** What a state's label marks: its marker's ring, or its shape's box. */
  private targetOf(iso3: Iso3, unit: number): Box | null {
    const marker = this.atlas?.countries.find((c) => c.id === iso3)?.marker;
    if (marker) {
      const r = (MARKER_RADIUS_PX + 3) * unit;
      return { x: marker[0] - r, y: marker[1] - r, w: 2 * r, h: 2 * r };
    }
    const shape = this.renderRoot.querySelector<SVGPathElement>(`path.shape[data-country="${iso3}"]`);
    if (!shape) return null;
    const b = shape.getBBox();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
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
