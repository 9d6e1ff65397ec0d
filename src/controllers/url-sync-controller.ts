// Keeps the view in the page URL (`?declaration=…&date=…&country=…&view=…`): sets the host's view
// attributes from it on demand and when back / forward move through history, and writes it after
// the reader acts. A run of date steps (dragging or playing the timeline) shares one history entry, so
// Back returns to where the reader started scrubbing, not one day earlier.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseUrlState, serializeUrlState, type ParseOptions, type UrlState } from '../lib/url-state';
import { VIEW_FIELDS, viewAttributes, type ViewAttributes } from '../lib/view-state';

/** What kind of change made a history entry (stored in history.state). */
export type ChangeKind = 'date' | 'other';
const STATE_KEY = 'cdmChange';

export class UrlSyncController implements ReactiveController {
  /** Whether the host currently syncs with the URL (its `sync-url` attribute). */
  enabled = false;
  /** The view the page's own attributes asked for, before the URL's first restore. */
  private pageView: ViewAttributes | null = null;
  /** The URL holds a value that was ignored (a date that is not a day): put the view shown in its place. */
  stale = false;

  private readonly onPopState = () => {
    if (this.enabled) this.restore();
  };

  constructor(
    private readonly host: ReactiveControllerHost & ViewAttributes,
    private readonly warn: (message: string) => void,
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

  /**
   * The URL's view, over what the page itself set: a parameter the URL leaves out falls back to
   * the page's attribute, so Back to an entry without parameters shows the page's own view again.
   */
  restore(): void {
    const { state, warnings } = parseUrlState(new URLSearchParams(window.location.search), this.options());
    for (const w of warnings) this.warn(w);
    this.stale = warnings.length > 0;
    const page = (this.pageView ??= viewAttributes(this.host));
    for (const f of VIEW_FIELDS) this.host[f] = state[f] ?? page[f];
  }

  /**
   * Puts the view shown in place of bad values in the URL (a fallback, a clamped date), in the same
   * history entry: a reader who copies the link passes on what they see, not the typo.
   */
  correct(state: UrlState): void {
    if (!this.enabled) return;
    this.stale = false;
    const params = serializeUrlState(state, new URLSearchParams(window.location.search));
    history.replaceState(history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
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
