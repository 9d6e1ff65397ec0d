// Loads the compare and change views' chunk (src/components/pair-views.ts) the first time a page
// or a reader asks for one, adopts its colour defaults into the host's shadow root, and asks the
// host to update when it has arrived. Pages that never show these views never download it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptOnce } from '../components/status-style';

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

  /** Starts loading the chunk, once. */
  ensure(): void {
    this.loading ??= import('../components/pair-views').then((views) => {
      this.views = views;
      adoptOnce(this.host.shadowRoot, views.pairThemeStyles);
      this.host.requestUpdate();
    });
  }
}
