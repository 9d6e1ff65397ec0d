// Issue 7, lifecycle: adding and removing the element 100 times (loaded or still loading, with and
// without sync-url, after keys, zoom, playback and search) leaves no listeners on window,
// document or media queries, no pending timers or frames, and no connected observers behind.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CdmTimeline } from '../../src/components/cdm-timeline';
import { countryNode, mapOf, mountExplorer, part, settle, unmountAll, until } from './explorer-helpers';

const CYCLES = 100;

/** Live registrations made after `install()`, by kind. */
class Tracker {
  listeners = new Map<string, { target: string; type: string }>();
  timeouts = new Set<number>();
  intervals = new Set<number>();
  frames = new Set<number>();
  observers = new Map<object, string>();
  private restore: Array<() => void> = [];

  private patch<T extends object, K extends keyof T>(obj: T, key: K, make: (orig: T[K]) => T[K]): void {
    const orig = obj[key];
    obj[key] = make(orig);
    this.restore.push(() => (obj[key] = orig));
  }

  install(): void {
    const self = this;
    const ids = new WeakMap<object, number>();
    let next = 0;
    const idOf = (o: object) => {
      if (!ids.has(o)) ids.set(o, ++next);
      return ids.get(o)!;
    };
    const watched = (t: EventTarget) => (t === window ? 'window' : t === document ? 'document' : t instanceof MediaQueryList ? `media ${t.media}` : null);
    const key = (t: EventTarget, type: string, l: unknown, o: unknown) => {
      const capture = typeof o === 'boolean' ? o : !!(o as AddEventListenerOptions | undefined)?.capture;
      return `${idOf(t)}|${type}|${capture}|${idOf(l as object)}`;
    };
    // Patched on the objects themselves: the test runner may give window its own wrappers.
    for (const obj of [window, document, MediaQueryList.prototype] as EventTarget[]) {
      this.patch(obj, 'addEventListener', (orig) =>
        function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) {
          const where = watched(this);
          // `once` listeners and signal-bound ones clean themselves up; the rest must be removed.
          const selfCleaning = typeof o === 'object' && (o.once || o.signal);
          if (where && l && !selfCleaning) self.listeners.set(key(this, type, l, o), { target: where, type });
          return orig.call(this, type, l, o);
        } as typeof orig,
      );
      this.patch(obj, 'removeEventListener', (orig) =>
        function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) {
          if (l) self.listeners.delete(key(this, type, l, o));
          return orig.call(this, type, l, o);
        } as typeof orig,
      );
    }
    this.patch(window, 'setTimeout', (orig) =>
      ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id: number = orig(
          (...a: unknown[]) => {
            self.timeouts.delete(id);
            if (typeof fn === 'function') fn(...a);
          },
          ms,
          ...args,
        );
        self.timeouts.add(id);
        return id;
      }) as typeof orig,
    );
    this.patch(window, 'clearTimeout', (orig) => ((id?: number) => (self.timeouts.delete(id!), orig(id))) as typeof orig);
    this.patch(window, 'setInterval', (orig) =>
      ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id = orig(fn, ms, ...args);
        self.intervals.add(id);
        return id;
      }) as typeof orig,
    );
    this.patch(window, 'clearInterval', (orig) => ((id?: number) => (self.intervals.delete(id!), orig(id))) as typeof orig);
    this.patch(window, 'requestAnimationFrame', (orig) =>
      ((fn: FrameRequestCallback) => {
        const id = orig((t) => {
          self.frames.delete(id);
          fn(t);
        });
        self.frames.add(id);
        return id;
      }) as typeof orig,
    );
    this.patch(window, 'cancelAnimationFrame', (orig) => ((id: number) => (self.frames.delete(id), orig(id))) as typeof orig);
    for (const Ctor of [ResizeObserver, MutationObserver, IntersectionObserver] as Array<{ prototype: object; name: string }>) {
      const proto = Ctor.prototype as { observe: (...a: unknown[]) => void; disconnect: () => void; unobserve?: (t: unknown) => void };
      const targets = new WeakMap<object, Set<unknown>>();
      this.patch(proto, 'observe', (orig) =>
        function (this: object, target: unknown, ...rest: unknown[]) {
          const set = targets.get(this) ?? new Set();
          set.add(target);
          targets.set(this, set);
          self.observers.set(this, Ctor.name);
          return orig.call(this, target, ...rest);
        },
      );
      this.patch(proto, 'disconnect', (orig) =>
        function (this: object) {
          targets.delete(this);
          self.observers.delete(this);
          return orig.call(this);
        },
      );
      if (proto.unobserve) {
        this.patch(proto as Required<typeof proto>, 'unobserve', (orig) =>
          function (this: object, target: unknown) {
            const set = targets.get(this);
            set?.delete(target);
            if (set && set.size === 0) self.observers.delete(this);
            return orig.call(this, target);
          },
        );
      }
    }
  }

  uninstall(): void {
    for (const r of this.restore.reverse()) r();
    this.restore = [];
  }

  report() {
    const count = (xs: Iterable<{ target: string; type: string } | string>) => {
      const out: Record<string, number> = {};
      for (const x of xs) {
        const k = typeof x === 'string' ? x : `${x.target} ${x.type}`;
        out[k] = (out[k] ?? 0) + 1;
      }
      return out;
    };
    return {
      listeners: count(this.listeners.values()),
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      frames: this.frames.size,
      observers: count(this.observers.values()),
    };
  }
}

describe('lifecycle', () => {
  const tracker = new Tracker();
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => {
    tracker.uninstall();
    vi.restoreAllMocks();
    unmountAll();
  });

  test(`adding and removing the element ${CYCLES} times leaves nothing behind`, async () => {
    tracker.install();
    let usedSyncUrl = 0;
    let interacted = 0;
    let peakPopstate = 0;
    let peakObservers = 0;
    let peakMedia = 0;
    for (let i = 0; i < CYCLES; i++) {
      const attrs: Record<string, string> = { declaration: i % 3 ? 'paris-call-2018' : 'dfi-2022', date: '2022-04-28' };
      if (i % 2 === 0) {
        attrs['sync-url'] = '';
        usedSyncUrl++;
      }
      const el = mountExplorer(attrs);
      // Registered once the URL's code is there (it loads on first use): counted again once loaded.
      const popstate = () => [...tracker.listeners.values()].filter((l) => l.type === 'popstate').length;
      peakPopstate = Math.max(peakPopstate, popstate());
      if (i % 4 !== 3) {
        // Loaded, then used: keys on the map, a zoom glide, playback, search, a legend hover.
        await until(() => countryNode(el, 'FRA'), 'the map');
        await settle(el);
        peakPopstate = Math.max(peakPopstate, popstate());
        peakObservers = Math.max(peakObservers, tracker.observers.size);
        peakMedia = Math.max(peakMedia, [...tracker.listeners.values()].filter((l) => l.target.startsWith('media')).length);
        if (i % 5 === 0) {
          interacted++;
          mapOf(el).shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
          await userEvent.keyboard('{ArrowRight}{ArrowRight}+');
          const timeline = part(el, 'cdm-timeline') as CdmTimeline;
          timeline.play();
          const search = part(el, 'cdm-country-search')!.shadowRoot!.querySelector('input')!;
          await userEvent.fill(search, 'mal');
          el.setAttribute('country', 'MLT');
          await settle(el);
        }
      }
      // Removed at once in one cycle of four: while still loading.
      el.parentElement!.remove();
    }
    unmountAll();
    // One-shot timers, frames and zoom glides started just before removal run out on their own:
    // wait until nothing is left (vi.waitFor polls on timers the tracker does not see); a leak
    // never runs out, and the wait then fails with what was left.
    const NOTHING_LEFT = { listeners: {}, timeouts: 0, intervals: 0, frames: 0, observers: {} };
    let left = tracker.report();
    await vi.waitFor(() => expect((left = tracker.report())).toEqual(NOTHING_LEFT), { timeout: 3000, interval: 50 }).catch(() => undefined);
    tracker.uninstall();
    console.info(`lifecycle: ${CYCLES} cycles (${usedSyncUrl} with sync-url, ${interacted} with interaction), peak popstate listeners ${peakPopstate}, peak observers ${peakObservers}, peak media-query listeners ${peakMedia}, left: ${JSON.stringify(left)}`);
    // The instrumentation sees the element's own registrations while it is on the page.
    expect(peakPopstate, 'popstate listeners while connected').toBeGreaterThan(0);
    expect(peakObservers, 'observers while connected').toBeGreaterThan(0);
    expect(peakMedia, 'media-query listeners while connected').toBeGreaterThan(0);
    expect(left).toEqual(NOTHING_LEFT);
  }, 120_000);

  test('the tracker catches a leak (a listener and an observer left on purpose)', () => {
    const t = new Tracker();
    t.install();
    const leak = () => {};
    window.addEventListener('popstate', leak);
    new ResizeObserver(() => {}).observe(document.body);
    const id = setTimeout(() => {}, 60_000);
    const report = t.report();
    clearTimeout(id);
    window.removeEventListener('popstate', leak);
    t.uninstall();
    expect(report).toMatchObject({ listeners: { 'window popstate': 1 }, timeouts: 1, observers: { ResizeObserver: 1 } });
  });
});
