// A chunk of the embed that its host loads the first time it is wanted (the data table, the
// sidebar), so embeds that never show it do not download it. Why it did not load is said in its
// place, never thrown from the host's update.
import { html, nothing, type ReactiveControllerHost } from 'lit';

export class LazyChunk {
  /** Settles when the chunk has loaded or failed; null until it is first wanted. */
  loading: Promise<unknown> | null = null;
  /** Why it did not load ('' unless it failed). */
  failure = '';

  /** `what` names the chunk for its failure ("The table could not load: …"). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly what: string,
    private readonly load: () => Promise<unknown>,
  ) {}

  /** Why it did not load, said where the chunk would be (nothing unless it failed). */
  failureView() {
    return this.failure ? html`<p class="load-error" role="alert">${this.failure}</p>` : nothing;
  }

  /** Starts loading, once, the first time `wanted` is true. */
  want(wanted: boolean): void {
    // Started from a resolved promise (as zoom is), so an import that throws at once is a
    // rejection here, said in place of the chunk, never an error in the host's update.
    this.loading ??= wanted
      ? Promise.resolve()
          .then(this.load)
          .catch((error: unknown) => {
            this.failure = `${this.what} could not load: ${error instanceof Error ? error.message : String(error)}`;
            this.host.requestUpdate();
          })
      : null;
  }
}
