// Holds something back until just after the host's next frame is painted: the first map waits for
// nothing but the atlas and the dataset, and what is below it (the timeline, the legend, the
// sidebar's data) follows a frame later. `ready` settles then (updateComplete can wait for it).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest wait, if no frame is painted (a hidden tab paints none). */
export const AFTER_PAINT_FALLBACK_MS = 100;

export class AfterFirstPaintController implements ReactiveController {
  /** True from `start` until just after the next painted frame. */
  pending = false;
  /** Settles when `pending` ends; null when nothing is held back. */
  ready: Promise<void> | null = null;
  /** Ends the wait now (and cancels its frame and timers); null when none is pending. */
  private finish: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts holding back (again: a reload while the previous wait was pending ends that one). */
  start(): void {
    this.finish?.();
    this.pending = true;
    this.ready = new Promise((resolve) => {
      let frame = 0;
      let timer = 0;
      let fallback = 0;
      const run = () => {
        if (this.finish !== run) return;
        this.finish = null;
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        clearTimeout(fallback);
        this.pending = false;
        this.ready = null;
        this.host.requestUpdate();
        resolve();
      };
      this.finish = run;
      // A timeout queued from a frame callback runs after that frame is painted; the second
      // timeout covers pages that paint no frames.
      frame = requestAnimationFrame(() => (timer = window.setTimeout(run)));
      fallback = window.setTimeout(run, AFTER_PAINT_FALLBACK_MS);
    });
  }

  /** No frame or timer of a removed element stays pending (nor keeps it alive). */
  hostDisconnected(): void {
    this.finish?.();
  }
}
