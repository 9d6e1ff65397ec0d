// Keeps the view in the page URL (`?declaration=…&date=…&country=…&view=…`): reads it on demand,
// writes it after the reader acts, and hands back the state when back / forward move through
// history. A run of date steps (dragging or playing the timeline) shares one history entry, so
// Back returns to where the reader started scrubbing, not one day earlier.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseUrlState, serializeUrlState, type ParsedUrlState, type ParseOptions, type UrlState } from '../lib/url-state';

/** What kind of change made a history entry (stored in history.state). */
export type ChangeKind = 'date' | 'other';
const STATE_KEY = 'cdmChange';

export class UrlSyncController implements ReactiveController {
  /** Whether the host currently syncs with the URL (its `sync-url` attribute). */
  enabled = false;

  private readonly onPopState = () => {
    if (this.enabled) this.onRestore(this.read());
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onRestore: (parsed: ParsedUrlState) => void,
    private readonly options: () => ParseOptions = () => ({}),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  read(): ParsedUrlState {
    return parseUrlState(new URLSearchParams(window.location.search), this.options());
  }

  /** Records the state after a reader's action: a new entry, or the same one for a run of date steps. */
  write(state: UrlState, kind: ChangeKind): void {
    if (!this.enabled) return;
    const params = serializeUrlState(state, new URLSearchParams(window.location.search));
    const url = `${window.location.pathname}?${params.toString()}${window.location.hash}`;
    const previous = (history.state as Record<string, unknown> | null)?.[STATE_KEY];
    const entry = { [STATE_KEY]: kind };
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (kind === 'date' && previous === 'date') history.replaceState(entry, '', url);
    else history.pushState(entry, '', url);
  }
}
