// Loads the atlas and the dataset of <cyber-declarations-map>: once per pair of URLs (maps on one
// page share each fetch, see load-assets.ts), again when the URLs change or the reader retries,
// and never for an element that left the page (its load is aborted). What the element derives
// once per dataset (`prepare`), and what its first view can make ahead (`ahead`: the map's
// country elements from the atlas, the first view's model from the dataset), are worked out here,
// each in a task of its own and each as soon as its file is here, while the other file may still
// be on its way: on a phone the files' checks, that derivation, those elements and the first map
// each hold the main thread for a while, and one after the other in a single task after the last
// file they would block a tap for all of them and hold back the first map.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { startAssetLoads } from '../lib/load-assets';
import { nextTask } from '../lib/next-task';
import type { CompiledAtlas, Dataset } from '../lib/types';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; atlas: CompiledAtlas; dataset: Dataset; prepared: T }
  | { status: 'error'; message: string };

export interface AssetUrls {
  atlas: string;
  dataset: string;
}

/** What the loader works out for the element, and when. */
export interface LoadSteps<T> {
  /** Work that needs neither file, each step in a task of its own while they download. */
  whileLoading?: readonly (() => void)[];
  /** What the element derives once per dataset, in a task of its own once the dataset is here. */
  prepare: (dataset: Dataset) => T;
  /** Work for the first view that can be done before it, each step in a task of its own. */
  ahead?: {
    /** From the atlas alone: run as soon as the atlas is here, whether or not the dataset is. */
    atlas?: readonly ((atlas: CompiledAtlas) => void)[];
    /** From what `prepare` made: run right after it. */
    data?: readonly ((prepared: T) => void)[];
  };
}

export class AssetLoadController<T> implements ReactiveController {
  private abort: AbortController | null = null;
  /** The URLs loaded or loading now; empty before the first load, after a removal or a retry. */
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected?: boolean },
    private readonly steps: LoadSteps<T>,
    /** Every change of the load's state (the host keeps it as reactive state). */
    private readonly onState: (state: LoadState<T>) => void,
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
    // While the files are on their way the main thread has nothing else to do.
    for (const step of this.steps.whileLoading ?? []) setTimeout(() => abort.signal.aborted || step());
    const base = document.baseURI;
    const loads = startAssetLoads(new URL(urls.atlas, base).href, new URL(urls.dataset, base).href, { signal: abort.signal });
    /** Each step in a task of its own; false once the load was given up on. */
    const inTasks = async <A>(steps: readonly ((arg: A) => void)[] | undefined, arg: A): Promise<boolean> => {
      for (const step of steps ?? []) {
        await nextTask();
        if (abort.signal.aborted) return false;
        step(arg);
      }
      return !abort.signal.aborted;
    };
    const atlasDone = loads.atlas.then(async (atlas) => ({ atlas, going: await inTasks(this.steps.ahead?.atlas, atlas) }));
    const dataDone = loads.dataset.then(async (dataset) => {
      await nextTask();
      if (abort.signal.aborted) return null;
      const prepared = this.steps.prepare(dataset);
      return (await inTasks(this.steps.ahead?.data, prepared)) ? { dataset, prepared } : null;
    });
    Promise.all([atlasDone, dataDone])
      .then(async ([{ atlas, going }, data]) => {
        if (!going || !data) return;
        await nextTask();
        if (!abort.signal.aborted) this.onState({ status: 'ready', atlas, ...data });
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
    // Moved to another parent (removed and put back in the same task), it keeps its load and its map.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.abort?.abort();
      this.abort = null;
      this.key = '';
    });
  }
}
