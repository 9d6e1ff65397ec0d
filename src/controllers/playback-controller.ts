// Plays the timeline through its stops: for each stop it glides to that date (or, with reduced
// motion, jumps there), lingers so the reader can take the map in, then goes on, and it stops at
// the last stop. Time-based behaviour lives here, not in the element, so every timer and frame
// request has one owner that cancels it on pause and when the host leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IsoDate } from '../lib/types';
import { interpolateDate } from '../lib/timeline-scale';

/** Time spent on each stop during playback: long enough to read the map and the label. */
export const PLAY_STEP_MS = 1200;
/** Share of each step spent gliding to the stop; the rest is a pause on it. */
export const PLAY_GLIDE_SHARE = 0.4;

export interface PlaybackCallbacks {
  /** A new date to show (the host updates itself and tells the page: playback is a user action). */
  onDate(date: IsoDate): void;
  /** Playback ended, at the last stop or because it was paused. */
  onStop?(): void;
}

export class PlaybackController implements ReactiveController {
  /** Milliseconds per stop; tests shorten it. */
  stepMs = PLAY_STEP_MS;
  /** Jump stop to stop with no in-between frames. */
  reducedMotion = false;

  private readonly host: ReactiveControllerHost;
  private readonly callbacks: PlaybackCallbacks;
  private targets: IsoDate[] = [];
  private current: IsoDate = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private _playing = false;

  constructor(host: ReactiveControllerHost, callbacks: PlaybackCallbacks) {
    this.host = host;
    this.callbacks = callbacks;
    host.addController(this);
  }

  get playing(): boolean {
    return this._playing;
  }

  /**
   * Starts playing from `from` through `targets` (stop dates, ascending, all after `from`).
   * With no targets there is nothing to play and nothing happens.
   */
  play(from: IsoDate, targets: readonly IsoDate[]): void {
    this.cancelTimers();
    this.targets = [...targets];
    this.current = from;
    if (this.targets.length === 0) {
      this.finish();
      return;
    }
    this._playing = true;
    this.host.requestUpdate();
    this.advance();
  }

  /** Stops where it is. Safe to call when not playing. */
  pause(): void {
    if (!this._playing) return;
    this.cancelTimers();
    this.finish();
  }

  hostDisconnected(): void {
    this.cancelTimers();
    this._playing = false;
  }

  private advance(): void {
    const target = this.targets.shift();
    if (target === undefined) {
      this.finish();
      return;
    }
    if (this.reducedMotion) {
      this.arrive(target, this.stepMs);
      return;
    }
    const from = this.current;
    const glideMs = this.stepMs * PLAY_GLIDE_SHARE;
    let startedAt: number | null = null;
    const tick = (now: number): void => {
      startedAt ??= now;
      const fraction = glideMs <= 0 ? 1 : (now - startedAt) / glideMs;
      if (fraction >= 1) {
        this.frame = null;
        this.arrive(target, this.stepMs - glideMs);
        return;
      }
      const date = interpolateDate(from, target, fraction);
      if (date !== this.current) {
        this.current = date;
        this.callbacks.onDate(date);
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** On a stop: show it, then linger before the next one (or end at the last). */
  private arrive(target: IsoDate, lingerMs: number): void {
    if (target !== this.current) {
      this.current = target;
      this.callbacks.onDate(target);
    }
    if (this.targets.length === 0) {
      this.finish();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.advance();
    }, lingerMs);
  }

  private finish(): void {
    this._playing = false;
    this.targets = [];
    this.host.requestUpdate();
    this.callbacks.onStop?.();
  }

  private cancelTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
  }
}
