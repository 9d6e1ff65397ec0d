// <cdm-map>'s SVG: the sphere, the land outside the dataset's states and the empty layers that
// the country layer (map-country-layer.ts) fills. Drawn again only for a new atlas or extra
// styles; a timeline step recolours the countries in place.
import { html, nothing, svg } from 'lit';
import { patternVars, statusPatternDefs, type ExtraStyle } from './status-style';
import type { CompiledAtlas } from '../lib/types';

export function mapSvgView(a: CompiledAtlas, uid: string, extra: ExtraStyle | null) {
  return html`<svg class="map" viewBox="0 0 ${a.width} ${a.height}" aria-hidden="true" .style=${patternVars(uid) + (extra ? `; ${extra.vars(uid)}` : '')}>
    <defs>${statusPatternDefs(uid)}${extra?.defs(uid) ?? nothing}</defs>
    <g class="zoom-layer">
      <path class="sphere" d=${a.sphere}></path>
      ${a.otherLand ? svg`<path class="other-land" d=${a.otherLand}></path>` : nothing}
      <g class="shapes"></g>
      <g class="markers"></g>
      <g class="rings"></g>
    </g>
  </svg>`;
}
