// Zoom and pan for <cdm-map>, with d3-zoom (and the d3-selection and d3-transition it brings) in a
// chunk of its own: the map is drawn without it, and it arrives just after the first map. What it
// needs of the map comes through `MapZoomHost`; the map keeps its own state (the scale, hints).
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { MAX_ZOOM, MIN_ZOOM } from '../lib/zoom';

/** What a plain wheel over the map shows (its words come with zoom, the only code that shows them). */
export const wheelHintText = (): string =>
  `Use ${/Mac|iP(hone|ad|od)/.test((navigator as { userAgentData?: { platform: string } }).userAgentData?.platform ?? navigator.platform) ? '⌘' : 'Ctrl'} + scroll to zoom the map`;

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export interface MapZoomHost {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** Whether an input event may zoom or pan (cooperative gestures: the page keeps plain wheel). */
  accepts(event: MouseEvent & WheelEvent & TouchEvent): boolean;
  /** Every change of the transform; `byReader` when a gesture (not a button or a call) made it. */
  onZoom(transform: ZoomTransform & { toString(): string }, byReader: boolean): void;
}

export class MapZoom {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;

  constructor(private readonly host: MapZoomHost) {
    const { width, height } = host;
    this.behavior = zoom<SVGSVGElement, unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((e: MouseEvent & WheelEvent & TouchEvent) => host.accepts(e))
      // d3's default, with one mouse-wheel notch capped at ×1.4.
      .wheelDelta((e: WheelEvent) => {
        const d = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * 10;
        return Math.max(-0.5, Math.min(0.5, d));
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => host.onZoom(event.transform, event.sourceEvent != null));
    select(host.svg).call(this.behavior).on('dblclick.zoom', null);
  }

  /** Zooms by `factor` about the centre, animated over `ms` (0: at once). */
  scaleBy(factor: number, ms: number): void {
    const target = ms > 0 ? select(this.host.svg).transition().duration(ms) : select(this.host.svg);
    this.behavior.scaleBy(target as never, factor);
  }

  /** Moves to a transform, animated over `ms` (0: at once). */
  transformTo(t: ZoomTransform, ms: number): void {
    const transform = zoomIdentity.translate(t.x, t.y).scale(t.k);
    if (ms > 0) this.behavior.transform(select(this.host.svg).transition().duration(ms) as never, transform);
    else this.behavior.transform(select(this.host.svg), transform);
  }

  detach(): void {
    select(this.host.svg).on('.zoom', null);
  }
}
