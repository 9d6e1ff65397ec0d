// The element's `sync-url`, with the URL code (UrlSyncController) loaded the first time a page asks
// for it: an article never does, so the embed's core module does not carry it.
import type { ReactiveControllerHost } from 'lit';
import type { ParseOptions, UrlState } from '../lib/url-state';
import type { ViewAttributes } from '../lib/view-state';
import type { ChangeKind, UrlSyncController } from './url-sync-controller';

type Host = ReactiveControllerHost & ViewAttributes & { syncUrl: boolean };

export class LazyUrlSync {
  private sync: UrlSyncController | null = null;
  /** Settles once the URL's view is on the host (the element's first update waits for it). */
  ready: Promise<void> | null = null;

  constructor(
    private readonly host: Host,
    private readonly warn: (message: string) => void,
    private readonly options: () => ParseOptions,
  ) {}

  /** Follows the host's `sync-url`, restoring the URL's view when `restore` (on connecting). */
  follow(restore: boolean): void {
    if (!this.host.syncUrl && !this.sync) return;
    this.ready = (this.ready ?? import('./url-sync-controller').then(({ UrlSyncController }) => {
      this.sync = new UrlSyncController(this.host, this.warn, this.options);
    }))
      .then(() => {
        this.sync!.enabled = this.host.syncUrl;
        if (restore && this.host.syncUrl) this.sync!.restore();
      })
      .catch((error: unknown) => this.warn(`the page URL cannot be followed: ${String(error)}`));
  }

  get stale(): boolean {
    return this.sync?.stale ?? false;
  }

  correct(state: UrlState): void {
    this.sync?.correct(state);
  }

  write(state: UrlState, kind: ChangeKind): void {
    this.sync?.write(state, kind);
  }
}
