// Loads the atlas and the dataset of <cyber-declarations-map>: once per pair of URLs (maps on one
// page share each fetch, see load-assets.ts), again when the URLs change or the reader retries,
// and never for an element that left the page (its load is aborted).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadAssets } from '../lib/load-assets';
import type { CompiledAtlas, Dataset } from '../lib/types';

/** Resolves in a later task (the browser may paint and handle input in between). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; atlas: CompiledAtlas; dataset: Dataset }
  | { status: 'error'; message: string };

export interface AssetUrls {
  atlas: string;
  dataset: string;
}

export class AssetLoadController implements ReactiveController {
  private abort: AbortController | null = null;
  /** The URLs loaded or loading now; empty before the first load, after a removal or a retry. */
  private key = '';

  constructor(
    host: ReactiveControllerHost,
    /** Every change of the load's state (the host keeps it as reactive state). */
    private readonly onState: (state: LoadState) => void,
  ) {
    host.addController(this);
  }

  /** Whether a load has started for the element as it is now (false: call `load`). */
  get started(): boolean {
    return this.key !== '';
  }

  /** Loads `urls` (resolved against the page) unless they are what is loaded or loading now. */
  load(urls: AssetUrls): void {
    const key = `${urls.atlas}\n${urls.dataset}`;
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.onState({ status: 'loading' });
    const base = document.baseURI;
    loadAssets(new URL(urls.atlas, base).href, new URL(urls.dataset, base).href, { signal: abort.signal })
      // A task of its own for the first map: the files' parsing and checks end the task they
      // arrived in, so a phone's main thread is never held for both at once.
      .then(async ({ atlas, dataset }) => {
        await nextTask();
        if (!abort.signal.aborted) this.onState({ status: 'ready', atlas, dataset });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        console.warn(`<cyber-declarations-map>: ${message}`);
        this.onState({ status: 'error', message });
      });
  }

  /** Forgets the loaded URLs, so the next `load` fetches again. */
  reset(): void {
    this.key = '';
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.key = '';
  }
}
