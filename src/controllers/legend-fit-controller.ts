// A slide's legend shows each entry's definition where they fit in its row, and its compact form
// (swatch, word and count; the definitions still read out) where they do not: with a reader's own
// text spacing (WCAG 1.4.12), say. An audience cannot scroll a legend whose last entries fell
// below its edge. Each step and each new size tries the full form first; a later growth of the
// legend's text (a reader's style sheet applied after the slide was drawn) folds it the frame after.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;
interface Legend extends HTMLElement {
  updateComplete: Promise<boolean>;
}

export class LegendFitController implements ReactiveController {
  /** The legend is drawn compact: its definitions did not fit. */
  compact = false;
  private readonly observer = new ResizeObserver((entries) => this.observed(entries));
  /** The legend's list: it grows with its text while the legend's box stays in its row. */
  private observedList: Element | null = null;
  private frame = 0;
  /** The next frame tries the full legend again (the host was resized), rather than only folding. */
  private refitDue = false;
  private hostWidth = 0;
  private hostHeight = 0;

  constructor(
    private readonly host: Host,
    private readonly legend: () => Legend | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observedList = null;
    cancelAnimationFrame(this.frame);
  }

  private observeList(): void {
    const list = this.legend()?.shadowRoot?.querySelector('ul') ?? null;
    if (list === this.observedList) return;
    if (this.observedList) this.observer.unobserve(this.observedList);
    if (list) this.observer.observe(list);
    this.observedList = list;
  }

  /** A new step or screen: the full legend again, folded before it is painted if it overflows. */
  async refit(): Promise<void> {
    if (this.compact) {
      this.compact = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    await this.legend()?.updateComplete;
    this.observeList();
    this.foldIfOverflowing();
  }

  private observed(entries: ResizeObserverEntry[]): void {
    const own = entries.find((e) => e.target === this.host);
    if (own && (own.contentRect.width !== this.hostWidth || own.contentRect.height !== this.hostHeight)) this.refitDue = true;
    if (own) [this.hostWidth, this.hostHeight] = [own.contentRect.width, own.contentRect.height];
    // Changed here, in the observer's callback, the legend would resize again in the same frame
    // (a "ResizeObserver loop" error): the next frame does it.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const refit = this.refitDue;
      this.refitDue = false;
      if (refit) void this.refit();
      else this.foldIfOverflowing();
    });
  }

  /** Only ever folds: unfolding is refit's, so a fold that shrinks the legend cannot undo itself. */
  private foldIfOverflowing(): void {
    const legend = this.legend();
    if (this.compact || !legend || legend.scrollHeight <= legend.clientHeight + 1) return;
    this.compact = true;
    this.host.requestUpdate();
  }
}
