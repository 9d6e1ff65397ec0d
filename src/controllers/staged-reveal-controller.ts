// Reveals what is below the first map in stages, one per painted frame: the first map waits for
// nothing but the atlas and the dataset, then the legend, the timeline and the sidebar's data
// each follow a frame later, in a task of their own. Drawn in one task, they held a phone's main
// thread for ~200 ms (Lighthouse's simulated phone), and a tap then waited for all of them.
// `ready` settles at each stage; updateComplete waits for the last one. What a stage can work out
// before it is drawn (`prepare`) runs in a task of its own just before it, so the stage's own task
// only draws.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest wait for a stage, if no frame is painted (a hidden tab paints none). */
export const STAGE_FALLBACK_MS = 100;

export class StagedRevealController<Stage extends string> implements ReactiveController {
  /** How many of the stages are shown; all of them before `start` and after the last stage. */
  private shownCount: number;
  /** Settles when the next stage is shown; null when every stage is. */
  ready: Promise<void> | null = null;
  /** Ends the wait now, showing every stage (and cancels its frame and timers). */
  private finish: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** In the order they are shown. */
    private readonly stages: readonly Stage[],
    /** Work for a stage, done in the task before it is shown (skipped if the wait ends early: the host then does it as it draws). */
    private readonly prepare: Partial<Record<Stage, () => void>> = {},
  ) {
    this.shownCount = stages.length;
    host.addController(this);
  }

  shows(stage: Stage): boolean {
    return this.stages.indexOf(stage) < this.shownCount;
  }

  /** Hides every stage and shows them again one by one (a reload while pending restarts). */
  start(): void {
    this.finish?.();
    this.shownCount = 0;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    let frame = 0;
    let timer = 0;
    let fallback = 0;
    let settle = () => {};
    this.ready = new Promise<void>((resolve) => (settle = resolve));
    const clear = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
      this.finish = null;
    };
    const showNext = () => {
      if (this.finish !== finish) return;
      clear();
      this.shownCount += 1;
      if (this.shownCount < this.stages.length) this.scheduleNext();
      else this.ready = null;
      this.host.requestUpdate();
      settle();
    };
    const finish = () => {
      clear();
      this.shownCount = this.stages.length;
      this.ready = null;
      settle();
    };
    this.finish = finish;
    const prepare = this.prepare[this.stages[this.shownCount]!];
    let prepared = !prepare;
    const prepareThenShow = () => {
      if (this.finish !== finish) return;
      if (prepared) return showNext();
      prepared = true;
      prepare!();
      clearTimeout(timer);
      timer = window.setTimeout(showNext);
    };
    // A timeout queued from a frame callback runs after that frame is painted; the second
    // timeout covers pages that paint no frames.
    frame = requestAnimationFrame(() => (timer = window.setTimeout(prepareThenShow)));
    fallback = window.setTimeout(prepareThenShow, STAGE_FALLBACK_MS);
  }

  /** No frame or timer of a removed element stays pending (nor keeps it alive). */
  hostDisconnected(): void {
    this.finish?.();
  }
}
