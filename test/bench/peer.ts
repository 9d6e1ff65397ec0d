// The bench's peer: the choropleth a newsroom developer would write with Observable Plot.
// `Plot.geo` over world-atlas 110m features, a fill per country from the same status query our
// element uses, the whole plot redrawn on every date change. Wrapped in a tiny custom element
// with the same `declaration` / `date` properties and `updateComplete` as ours, so the bench
// drives both the same way; each path gets data-country / data-status (after Plot renders, as
// ours has them) so "complete map" means the same thing on both sides.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { indexDataset } from '../../src/lib/dataset-index';
import { statusesAt } from '../../src/lib/status';
import { PALETTE } from '../../src/lib/palette';
import type { Dataset, DeclarationId, Iso3, Status } from '../../src/lib/types';

/** world-atlas countries-110m.json, copied beside this page by the peer build. */
const ATLAS_URL = new URL('countries-110m.json', document.baseURI).href;
/** The same dataset file our explorer loads (served from dist/generated/). */
const DATASET_URL = new URL('../generated/dataset.json', document.baseURI).href;
const WIDTH = 960;
const OTHER = 'other';

interface PeerData {
  ix: ReturnType<typeof indexDataset>;
  features: Feature<Geometry, { name: string }>[];
  /** iso3 of each feature, by index ("other" for land no dataset country claims). */
  iso3: (Iso3 | typeof OTHER)[];
}

let data: Promise<PeerData> | null = null;

function loadData(): Promise<PeerData> {
  data ??= Promise.all([
    fetch(ATLAS_URL).then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>),
    fetch(DATASET_URL).then((r) => r.json() as Promise<Dataset>),
  ]).then(([world, dataset]) => {
    const features = feature(world, world.objects.countries).features as Feature<Geometry, { name: string }>[];
    const byNumeric = new Map(dataset.countries.filter((c) => c.numeric).map((c) => [c.numeric, c.iso3]));
    return {
      ix: indexDataset(dataset),
      features,
      iso3: features.map((f) => byNumeric.get(String(f.id ?? '')) ?? OTHER),
    };
  });
  return data;
}

const colors = PALETTE.light.status;
const DOMAIN = [...(Object.keys(colors) as Status[]), OTHER];
const RANGE = [...Object.values(colors), PALETTE.light.otherLand];

class PlotPeerMap extends HTMLElement {
  static observedAttributes = ['declaration', 'date'];
  #declaration: DeclarationId = 'paris-call-2018';
  #date = '2019-12-31';
  #data: PeerData | null = null;

  get declaration(): DeclarationId { return this.#declaration; }
  set declaration(value: DeclarationId) { this.#declaration = value; this.#plot(); }
  get date(): string { return this.#date; }
  set date(value: string) { this.#date = value; this.#plot(); }
  /** Plot draws synchronously: by the time a setter returns, the map is up to date. */
  get updateComplete(): Promise<boolean> { return Promise.resolve(true); }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (value === null) return;
    if (name === 'declaration') this.declaration = value as DeclarationId;
    else this.date = value;
  }

  connectedCallback(): void {
    void loadData().then((d) => { this.#data = d; this.#plot(); });
  }

  #plot(): void {
    const d = this.#data;
    if (!d || !this.isConnected) return;
    const statuses = statusesAt(d.ix, this.#declaration, this.#date);
    const statusOf = d.iso3.map((iso3) => (iso3 === OTHER ? OTHER : statuses.get(iso3) ?? 'absent'));
    const svg = Plot.plot({
      width: WIDTH,
      projection: { type: 'equal-earth', domain: { type: 'Sphere' } },
      color: { domain: DOMAIN, range: RANGE },
      marks: [
        Plot.sphere({ fill: PALETTE.light.sea, stroke: 'none' }),
        Plot.geo(d.features, { fill: (_f: unknown, i: number) => statusOf[i], stroke: 'white', strokeWidth: 0.5 }),
      ],
    });
    // The countries are the last geo mark (the sphere is the first); paths follow data order.
    const paths = [...svg.querySelectorAll('g[aria-label="geo"]')].pop()?.querySelectorAll('path') ?? [];
    paths.forEach((path, i) => {
      path.setAttribute('data-country', d.iso3[i] ?? OTHER);
      path.setAttribute('data-status', statusOf[i] ?? OTHER);
    });
    this.replaceChildren(svg);
  }
}

customElements.define('plot-peer-map', PlotPeerMap);
