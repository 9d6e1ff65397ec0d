// Loads the compare and change views' chunk (src/components/pair-views.ts) the first time a page
// or a reader asks for one, adopts its colour defaults into the host's shadow root, and asks the
// host to update when it has arrived. Pages that never show these views never download it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExtraStyle } from '../components/status-style';
import type { PairViewModel } from '../lib/compare-view-model';
import type { DatasetIndex } from '../lib/dataset-index';
import type { ViewMode } from '../lib/types';
import type { ViewState } from '../lib/view-state';

export type PairViews = typeof import('../components/pair-views');

export class PairViewsController implements ReactiveController {
  /** The chunk, once it has arrived. */
  views: PairViews | null = null;
  /** Settles when the chunk has arrived (null before it is first asked for). */
  loading: Promise<unknown> | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The compare or change view's model for `s`: null in the other views, and until the chunk has
   * arrived (it is then asked for; the host updates when it is in).
   */
  model(ix: DatasetIndex, s: ViewState): PairViewModel<string> | null {
    if (s.view !== 'compare' && s.view !== 'change') return null;
    const v = this.views;
    if (!v) {
      this.ensure();
      return null;
    }
    if (s.view === 'compare') return s.with ? v.compareViewModel(ix, s.declaration, s.with, s.date) : null;
    return s.from ? v.changeViewModel(ix, s.declaration, s.from, s.date) : null;
  }

  /** How the children draw the categories of `view` (null outside the compare and change views). */
  style(view: ViewMode): ExtraStyle | null {
    return view === 'compare' || view === 'change' ? (this.views?.pairStyle ?? null) : null;
  }

  /** Starts loading the chunk, once. */
  ensure(): void {
    this.loading ??= import('../components/pair-views').then((views) => {
      this.views = views;
      this.host.requestUpdate();
    });
  }
}
