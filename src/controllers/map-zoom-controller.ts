// Zoom and pan of <cdm-map>: loads the zoom chunk (d3-zoom) once the map is drawn, asks the map
// whether a gesture may zoom (cooperative gestures: in an article the page keeps plain wheel and
// one-finger drags, and a plain wheel shows a "Ctrl + scroll" hint instead), animates the buttons'
// and keys' moves unless motion is unwelcome, and lets go of everything when the map leaves.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapZoom, ZoomTransform } from '../components/map-zoom';

/** Time for zoom moves when motion is welcome. */
export const ZOOM_TRANSITION_MS = 450;
/** How long the "Ctrl + scroll to zoom" hint stays after a plain wheel over the map. */
export const WHEEL_HINT_MS = 1500;

export interface ZoomableMap extends ReactiveControllerHost {
  readonly isConnected: boolean;
  /** The svg to zoom and its size in atlas units, or null while there is nothing drawn. */
  zoomTarget(): { svg: SVGSVGElement; width: number; height: number } | null;
  readonly reducedMotion: boolean;
  /** Every change of the transform; `byReader` when a gesture (not a button or a call) made it. */
  onTransform(transform: ZoomTransform & { toString(): string }, byReader: boolean): void;
}

export class MapZoomController implements ReactiveController {
  /** The current scale (1: the whole world). */
  k = 1;
  /** Whether the "Ctrl + scroll" hint shows. */
  hint = false;
  /** Its words ("Use Ctrl + scroll to zoom the map"), from the zoom chunk that shows it. */
  hintText = '';
  private zoomer: MapZoom | null = null;
  private load: Promise<MapZoom | null> | null = null;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ZoomableMap) {
    host.addController(this);
  }

  /** Whether zoom has arrived and is attached. */
  get ready(): boolean {
    return this.zoomer !== null;
  }

  /** The load in flight, if any (the map's updateComplete waits for it). */
  get loading(): Promise<MapZoom | null> | null {
    return this.load;
  }

  /** Loads zoom and pan once (the chunk is shared by every map on the page) and attaches them. */
  ensure(): Promise<MapZoom | null> {
    // Started from a resolved promise, so that even an import that throws at once (a blocked or
    // missing chunk) is a rejection here, never an error in the map's update: the map stays drawn.
    return (this.load ??= Promise.resolve()
      .then(() => import('../components/map-zoom'))
      .then(({ MapZoom, wheelHintText }) => {
        const target = this.host.zoomTarget();
        if (!target || !this.host.isConnected) return (this.load = null);
        this.hintText = wheelHintText();
        this.zoomer = new MapZoom({
          ...target,
          accepts: (e) => {
            if (e.type === 'wheel') return e.ctrlKey || e.metaKey || !this.showHint();
            if (e.type.startsWith('touch')) return e.touches.length >= 2;
            return !e.ctrlKey && !e.button;
          },
          onZoom: (t, byReader) => {
            this.k = t.k;
            this.host.onTransform(t, byReader);
          },
        });
        return this.zoomer;
      })
      .catch((error: unknown) => {
        console.warn(`<cdm-map>: zoom is not available (${error instanceof Error ? error.message : String(error)}).`);
        return null;
      }));
  }

  /** Zooms by `factor` about the centre. */
  scaleBy(factor: number): void {
    const ms = this.host.reducedMotion ? 0 : ZOOM_TRANSITION_MS / 2;
    void this.ensure().then((z) => z?.scaleBy(factor, ms));
  }

  /** Moves to a transform. */
  transformTo(t: ZoomTransform): void {
    const ms = this.host.reducedMotion ? 0 : ZOOM_TRANSITION_MS;
    void this.ensure().then((z) => z?.transformTo(t, ms));
  }

  /** Shows the hint for a moment; returns true so the filter can refuse the wheel. */
  private showHint(): true {
    this.hint = true;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, WHEEL_HINT_MS);
    return true;
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    if (this.hint) {
      this.hint = false;
      this.host.requestUpdate();
    }
    this.zoomer?.detach();
    this.zoomer = null;
    this.load = null;
  }
}
