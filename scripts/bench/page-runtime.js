// Injected into every bench page before its own scripts run (Playwright addInitScript), as plain
// JavaScript so no bundler helper leaks into the page. It defines `window.__bench`: a deep query
// across shadow roots (open or closed: attachShadow is wrapped to keep every root), the moment the
// first complete map appears, and the step / play / mount loops the bench drives.
(() => {
  // Every shadow root ever attached, weakly (the bench must not keep unmounted elements alive).
  const rootRefs = [];
  let firstMapAt = null;
  let observer = null;
  const OBSERVE = { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-country'] };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    rootRefs.push(new WeakRef(root));
    if (observer && firstMapAt === null) observer.observe(root, OBSERVE); // done once the map is complete
    return root;
  };

  /** Connected shadow roots, dropping the ones that were collected. */
  function liveRoots() {
    const out = [];
    for (let i = rootRefs.length - 1; i >= 0; i--) {
      const root = rootRefs[i].deref();
      if (!root) rootRefs.splice(i, 1);
      else if (root.host.isConnected) out.push(root);
    }
    return out;
  }

  /** Is `node` inside `scope`, crossing shadow boundaries? */
  function composedContains(scope, node) {
    for (let n = node; n; n = n.parentNode ?? n.host) if (n === scope) return true;
    return false;
  }

  /** Every element matching `selector` under `scope` (document or an element), through shadow roots. */
  function deepQueryAll(scope, selector) {
    const out = [...scope.querySelectorAll(selector)];
    for (const root of liveRoots()) {
      if (scope === document || composedContains(scope, root.host)) out.push(...root.querySelectorAll(selector));
    }
    return out;
  }

  const MIN_SHAPES = 100; // a world map has ~170+ states; fewer means it is not drawn yet

  /** Map marks are SVG elements carrying data-country; complete when each has a data-status. */
  function mapState(root = document) {
    const marks = deepQueryAll(root, '[data-country]').filter((el) => el instanceof SVGElement);
    const colored = marks.filter((el) => el.hasAttribute('data-status')).length;
    return { marks: marks.length, colored, complete: marks.length >= MIN_SHAPES && colored === marks.length };
  }

  /** Could these mutations have completed the map? Only new SVG nodes or status attributes can. */
  function mayComplete(records) {
    for (const r of records) {
      if (r.type === 'attributes') return true;
      for (const node of r.addedNodes) if (node instanceof SVGElement || node.querySelector?.('svg')) return true;
    }
    return false;
  }

  function checkFirstMap(records) {
    if (firstMapAt !== null) return;
    // The full check walks every shadow root: run it only when it can succeed, so the instrument
    // does not add its own work to a page that renders in many small batches.
    if (records && !mayComplete(records)) return;
    if (mapState().complete) {
      firstMapAt = performance.now();
      observer?.disconnect();
      // Tell the bench (a Playwright binding: polling from Node would inject its script mid-load).
      window.__benchFirstMap?.(firstMapAt);
    }
  }
  observer = new MutationObserver(checkFirstMap);
  const start = () => {
    observer.observe(document, OBSERVE);
    // A slow safety net for a change the observer could miss; a per-frame full check would put
    // the instrument's own work on the main thread while the page loads.
    const poll = () => { checkFirstMap(null); if (firstMapAt === null) setTimeout(poll, 250); };
    setTimeout(poll, 250);
  };
  start();

  function findTarget(selector) {
    const el = deepQueryAll(document, selector)[0];
    if (!el) throw new Error(`no <${selector}> in the page`);
    return el;
  }

  /** Lit-like elements (anything with updateComplete) at and under `el`. */
  function updatables(el) {
    return [el, ...deepQueryAll(el, '*')].filter((e) => e.updateComplete && typeof e.updateComplete.then === 'function');
  }

  /** Resolves once `el` and every element under it have finished their pending updates. */
  async function settle(list) {
    for (let round = 0; round < 20; round++) {
      await Promise.all(list.map((e) => e.updateComplete));
      if (!list.some((e) => e.isUpdatePending)) return;
    }
  }

  function cycler(dates) {
    let i = 0;
    let dir = 1;
    return () => {
      if (i + dir < 0 || i + dir >= dates.length) dir = -dir;
      i += dir;
      return dates[i];
    };
  }

  const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(q * s.length))];
  };
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));

  async function prepare({ selector, declaration, date }) {
    const el = findTarget(selector);
    if (declaration) el.declaration = declaration;
    if (date) el.date = date;
    let list = updatables(el);
    await settle(list);
    for (let i = 0; i < 120 && !mapState(el).complete; i++) await frame();
    list = updatables(el);
    return { ...mapState(el), updatables: list.map((e) => e.localName) };
  }

  /** Sets `date` and resolves, once every update has settled, with when it started. */
  async function step(el, list, date) {
    const t0 = performance.now();
    el.date = date;
    await settle(list);
    return t0;
  }

  /**
   * `count` steps, one per frame. Script: date set to every update settled. Frame: the same
   * start to a message posted from that rAF callback, which runs after the frame's style,
   * layout and paint (a double rAF would add the wait for the next vsync).
   */
  async function steps({ selector, dates, count }) {
    const el = findTarget(selector);
    const list = updatables(el);
    const next = cycler(dates);
    const channel = new MessageChannel();
    const script = [];
    const full = [];
    for (let k = 0; k < count; k++) {
      const date = next();
      await new Promise((done) => requestAnimationFrame(async () => {
        const t0 = await step(el, list, date);
        script.push(performance.now() - t0);
        channel.port1.onmessage = () => { full.push(performance.now() - t0); done(); };
        channel.port2.postMessage(0);
      }));
    }
    return { script, full };
  }

  /**
   * `count` steps back to back, each in its own task with no frame or idle time in between:
   * the same work as `steps` with warm CPU caches (after an idle frame they are cold).
   */
  async function warmSteps({ selector, dates, count }) {
    const el = findTarget(selector);
    const list = updatables(el);
    const next = cycler(dates);
    const channel = new MessageChannel();
    const warm = [];
    for (let k = 0; k < count; k++) {
      const date = next();
      await new Promise((done) => {
        channel.port1.onmessage = async () => {
          const t0 = await step(el, list, date);
          warm.push(performance.now() - t0);
          done();
        };
        channel.port2.postMessage(0);
      });
    }
    return { warm };
  }

  /** `count` steps back to back with no frame in between (for heap growth). */
  async function fastSteps({ selector, dates, count }) {
    const el = findTarget(selector);
    const list = updatables(el);
    const next = cycler(dates);
    for (let k = 0; k < count; k++) {
      el.date = next();
      await settle(list);
      if (k % 250 === 249) await new Promise((ok) => setTimeout(ok, 0)); // let the page breathe
    }
    return true;
  }

  /** Change the date once per animation frame for `ms`; frame intervals from rAF timestamps. */
  async function play({ selector, dates, ms, drive = true }) {
    const el = findTarget(selector);
    const next = cycler(dates);
    const stamps = [];
    await new Promise((done) => {
      let t0 = null;
      const tick = (ts) => {
        stamps.push(ts);
        t0 ??= ts;
        if (ts - t0 >= ms) return done();
        if (drive) el.date = next();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { intervals };
  }

  /** Mount a copy of the page's element `n` times, wait for its complete map, unmount. */
  async function mountCycles({ selector, n, timeoutMs = 10000 }) {
    const template = findTarget(selector);
    const host = document.createElement('div');
    document.body.append(host);
    let slowest = 0;
    for (let k = 0; k < n; k++) {
      const el = document.createElement(template.localName);
      for (const { name, value } of template.attributes) el.setAttribute(name, value);
      host.append(el);
      const t0 = performance.now();
      while (!mapState(el).complete) {
        if (performance.now() - t0 > timeoutMs) throw new Error(`mounted <${el.localName}> never drew a complete map (${JSON.stringify(mapState(el))})`);
        await frame();
      }
      slowest = Math.max(slowest, performance.now() - t0);
      el.remove();
    }
    host.remove();
    return { slowest };
  }

  /** What the map shows now: data-country -> data-status. */
  function shownStatuses({ selector }) {
    const el = findTarget(selector);
    const out = {};
    for (const mark of deepQueryAll(el, '[data-country]')) {
      if (mark instanceof SVGElement) out[mark.getAttribute('data-country')] = mark.getAttribute('data-status');
    }
    return out;
  }

  /** DOM mutations per step, to see whether a step touches only what changed. */
  async function mutationsPerStep({ selector, dates, count }) {
    const el = findTarget(selector);
    const list = updatables(el);
    const next = cycler(dates);
    const counts = { attributes: 0, added: 0, removed: 0, text: 0 };
    const mo = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') counts.attributes++;
        else if (r.type === 'characterData') counts.text++;
        else { counts.added += r.addedNodes.length; counts.removed += r.removedNodes.length; }
      }
    });
    const opts = { subtree: true, childList: true, attributes: true, characterData: true };
    mo.observe(el, opts);
    for (const root of liveRoots()) if (composedContains(el, root.host)) mo.observe(root, opts);
    for (let k = 0; k < count; k++) {
      el.date = next();
      await settle(list);
      await Promise.resolve();
    }
    mo.disconnect();
    for (const key of Object.keys(counts)) counts[key] /= count;
    return counts;
  }

  function loadTimes(patterns) {
    const entries = performance.getEntriesByType('resource');
    const out = {};
    for (const [key, re] of Object.entries(patterns)) {
      const hit = entries.filter((e) => new RegExp(re).test(e.name));
      out[key] = hit.length ? Math.max(...hit.map((e) => e.responseEnd)) : null;
    }
    return out;
  }

  window.__bench = {
    deepQueryAll, mapState, prepare, steps, warmSteps, fastSteps, play, mountCycles, shownStatuses,
    mutationsPerStep, loadTimes, quantile,
    get firstMapAt() { return firstMapAt; },
  };
})();
