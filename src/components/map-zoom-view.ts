// The map's zoom buttons and its wheel hint: the zoom's part of <cdm-map>'s template.
import { html } from 'lit';
import { ZOOM_STEP } from '../lib/zoom';
import type { MapZoomController } from '../controllers/map-zoom-controller';

export function zoomControlsView(zoom: MapZoomController, resetZoom: () => void, reducedMotion: boolean) {
  return html`<div class="zoom-controls" part="zoom-controls">
      <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => zoom.scaleBy(ZOOM_STEP)}>+</button>
      <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => zoom.scaleBy(1 / ZOOM_STEP)}>−</button>
      <button type="button" class="reset" aria-label="Show the whole world" title="Show the whole world" @click=${resetZoom}>⟲</button>
    </div>
    <div class="wheel-hint ${zoom.hint ? 'shown' : ''} ${reducedMotion ? 'still' : ''}" part="wheel-hint" aria-hidden="true">
      ${zoom.hintText}
    </div>`;
}
