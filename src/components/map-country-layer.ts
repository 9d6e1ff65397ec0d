// The countries of <cdm-map> as plain SVG nodes, built once per atlas outside Lit's templates (200
// paths in a template would be diffed on every timeline step). After the build only attributes
// change: the category of the countries whose category changed, the highlight, the selection and
// the two outline rings (selected, keyboard focus).
import type { CompiledAtlas, Iso3 } from '../lib/types';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type MapCategoryAttr = 'data-status' | 'data-signed-count';

/** An SVG element with its attributes. */
export function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export interface CountryNodes {
  id: Iso3;
  nodes: SVGElement[];
  shape: SVGPathElement | null;
  marker: SVGGElement | null;
}

/** The country elements of one atlas, outside the page: its shapes, its markers, and both by country. */
interface BuiltCountries {
  shapes: DocumentFragment;
  markers: DocumentFragment;
  entries: CountryNodes[];
}

function createCountryNodes(atlas: CompiledAtlas): BuiltCountries {
  const shapes = document.createDocumentFragment();
  const markers = document.createDocumentFragment();
  const entries: CountryNodes[] = [];
  for (const c of atlas.countries) {
    const entry: CountryNodes = { id: c.id, nodes: [], shape: null, marker: null };
    if (c.d) {
      const path = svgNode('path', { class: 'shape', d: c.d, 'data-country': c.id });
      shapes.append(path);
      entry.shape = path;
      entry.nodes.push(path);
    }
    if (c.marker) {
      const g = svgNode('g', { class: 'marker', 'data-country': c.id, transform: `translate(${c.marker[0]},${c.marker[1]})` });
      g.append(svgNode('circle', { class: 'hit' }), svgNode('circle', { class: 'dot' }));
      markers.append(g);
      entry.marker = g;
      entry.nodes.push(g);
    }
    entries.push(entry);
  }
  return { shapes, markers, entries };
}

/** Country elements made ahead of the first map, by atlas; the first map of that atlas takes them. */
const prebuilt = new WeakMap<CompiledAtlas, BuiltCountries>();

function takePrebuilt(atlas: CompiledAtlas): BuiltCountries | undefined {
  const built = prebuilt.get(atlas);
  prebuilt.delete(atlas);
  return built;
}

/**
 * Makes the country elements of `atlas` now, for the first map that draws it. Called in a task of
 * its own while the rest of the first view is worked out: the ~250 elements and their outlines
 * are a good part of the first map's work, which then only puts them in place.
 */
export function prebuildCountryNodes(atlas: CompiledAtlas): void {
  if (!prebuilt.has(atlas)) prebuilt.set(atlas, createCountryNodes(atlas));
}

export class CountryLayer {
  private byId = new Map<Iso3, CountryNodes>();
  /** The same entries in atlas order, and the category last written to each (same index). */
  private entries: CountryNodes[] = [];
  private applied: (string | null)[] = [];
  private appliedAttr: MapCategoryAttr | null = null;
  /** Each categories map's values in atlas order (see valuesInOrder). */
  private valuesCache = new WeakMap<ReadonlyMap<Iso3, string>, (string | null)[]>();

  get(iso3: Iso3): CountryNodes | undefined {
    return this.byId.get(iso3);
  }

  /**
   * Puts the country elements for `atlas` in the two layers, replacing what was there: the ones
   * `prebuildCountryNodes` made for it if no map has taken them yet, else new ones.
   */
  build(atlas: CompiledAtlas, shapesLayer: Element, markersLayer: Element): void {
    const built = takePrebuilt(atlas) ?? createCountryNodes(atlas);
    shapesLayer.replaceChildren(built.shapes);
    markersLayer.replaceChildren(built.markers);
    this.entries = built.entries;
    this.byId = new Map(built.entries.map((e) => [e.id, e]));
    this.applied = built.entries.map(() => null);
    this.appliedAttr = null;
    this.valuesCache = new WeakMap();
  }

  /** Writes the category attribute only where it changed since the last step. */
  applyCategories(attr: MapCategoryAttr, categories: ReadonlyMap<Iso3, string> | null): void {
    const other: MapCategoryAttr = attr === 'data-status' ? 'data-signed-count' : 'data-status';
    const modeChanged = this.appliedAttr !== attr;
    this.appliedAttr = attr;
    const values = this.valuesInOrder(categories);
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

  /** Countries in `highlight`'s category stand out (class `lit`); the svg says which category. */
  applyHighlight(svgEl: SVGSVGElement, highlight: string | null, categories: ReadonlyMap<Iso3, string> | null): void {
    if (highlight === null || !categories) {
      svgEl.removeAttribute('data-highlight');
      return;
    }
    svgEl.setAttribute('data-highlight', highlight);
    for (const entry of this.entries) {
      const lit = categories.get(entry.id) === highlight;
      for (const node of entry.nodes) node.classList.toggle('lit', lit);
    }
  }

  applySelected(selected: Iso3 | null): void {
    for (const entry of this.entries) {
      for (const node of entry.nodes) node.toggleAttribute('data-selected', entry.id === selected);
    }
  }

  /**
   * Outline on top of everything, so a selected or focused border is never hidden by a neighbour.
   * `markerRadius` is the ring's radius around a marker, in atlas units.
   */
  drawRing(layer: Element, kind: 'selected' | 'focus', iso3: Iso3 | null, markerRadius: number): void {
    layer.querySelectorAll(`.ring.${kind}`).forEach((n) => n.remove());
    const entry = iso3 ? this.byId.get(iso3) : undefined;
    if (!entry) return;
    if (entry.shape) layer.append(svgNode('path', { class: `ring ${kind}`, d: entry.shape.getAttribute('d') ?? '' }));
    if (entry.marker) {
      layer.append(svgNode('circle', { class: `ring ${kind} marker-ring`, transform: entry.marker.getAttribute('transform') ?? '', r: String(markerRadius) }));
    }
  }
}
