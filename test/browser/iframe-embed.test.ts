// The iframe embed page (embed.html) in real Chromium, framed by this test page as a CMS would
// frame it: it posts its height in the Datawrapper, pym.js and AMP formats, posts a larger one when
// its content grows, and the optional resizer script from the embed snippet sizes the frame.
import { afterEach, expect, test, vi } from 'vitest';
import { RESIZER_SCRIPT } from '../../src/lib/embed-snippets';

interface Received {
  dw: number[];
  pym: number[];
  amp: number[];
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  document.body.replaceChildren();
});

function frame(query: string, width = 800): { iframe: HTMLIFrameElement; got: Received } {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = '200px';
  iframe.style.border = '0';
  const got: Received = { dw: [], pym: [], amp: [] };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow) return;
    const data = event.data as unknown;
    if (typeof data === 'string') {
      const m = /^pymxPYMx(.+)xPYMxheightxPYMx(\d+)$/.exec(data);
      if (m && m[1] === 'pym-child') got.pym.push(Number(m[2]));
    } else if (data && typeof data === 'object') {
      const o = data as Record<string, unknown>;
      const dw = o['datawrapper-height'] as Record<string, number> | undefined;
      if (dw && typeof dw['test-chart'] === 'number') got.dw.push(dw['test-chart']);
      if (o.sentinel === 'amp' && o.type === 'embed-size' && typeof o.height === 'number') got.amp.push(o.height);
    }
  };
  window.addEventListener('message', onMessage);
  cleanups.push(() => window.removeEventListener('message', onMessage));
  iframe.src = `/embed.html?${query}`;
  document.body.append(iframe);
  return { iframe, got };
}

const last = (xs: number[]) => xs[xs.length - 1] ?? 0;

async function rendered(iframe: HTMLIFrameElement): Promise<Element> {
  let map: Element | null = null;
  await vi.waitFor(
    () => {
      map = iframe.contentDocument?.querySelector('cyber-declarations-map') ?? null;
      const shapes = (map?.shadowRoot?.querySelector('cdm-map') as Element | null)?.shadowRoot?.querySelectorAll('[data-status]').length ?? 0;
      expect(shapes).toBeGreaterThan(100);
    },
    { timeout: 20_000, interval: 100 },
  );
  return map!;
}

test('takes its state from the query string', async () => {
  const { iframe } = frame('declaration=g7-2021&date=2021-12-31&country=FRA&id=test-chart');
  const map = await rendered(iframe);
  expect(map.getAttribute('declaration')).toBe('g7-2021');
  expect(map.getAttribute('date')).toBe('2021-12-31');
  expect(map.getAttribute('country')).toBe('FRA');
});

test("the map is the page's main content, for a screen reader that lands in the frame", async () => {
  const { iframe } = frame('declaration=paris-call-2018');
  await rendered(iframe);
  expect(iframe.contentDocument!.querySelector('main > cyber-declarations-map')).not.toBeNull();
  expect(iframe.contentDocument!.querySelectorAll('main')).toHaveLength(1);
});

test('never takes asset URLs from the query string', async () => {
  const { iframe } = frame('declaration=g7-2021&dataset-src=https://evil.example/d.json&atlas-src=https://evil.example/a.json');
  const map = await rendered(iframe);
  expect(map.hasAttribute('dataset-src')).toBe(false);
  expect(map.hasAttribute('atlas-src')).toBe(false);
});

test('posts its content height in all three formats, and a larger one when the content grows', async () => {
  const { iframe, got } = frame('declaration=paris-call-2018&date=2019-12-31&id=test-chart&childId=pym-child');
  await rendered(iframe);
  const doc = iframe.contentDocument!;
  // Settles on the content's height (the page may post smaller ones while it loads)...
  await vi.waitFor(() => expect(last(got.dw)).toBe(Math.ceil(doc.body.getBoundingClientRect().height)), { timeout: 10_000 });
  expect(last(got.dw)).toBeGreaterThan(300);
  // ...and every format carries the same height.
  expect(last(got.pym)).toBe(last(got.dw));
  expect(last(got.amp)).toBe(last(got.dw));

  // Content grows by a known amount: the page reports exactly that much more.
  const before = last(got.dw);
  const grow = doc.createElement('div');
  grow.style.height = '400px';
  doc.body.append(grow);
  await vi.waitFor(() => expect(last(got.dw)).toBe(before + 400), { timeout: 5_000 });
  expect(last(got.pym)).toBe(before + 400);
  expect(last(got.amp)).toBe(before + 400);
});

test('posts a new height when a narrower frame reflows the map', async () => {
  const { iframe, got } = frame('declaration=paris-call-2018&layout=explorer&id=test-chart', 1200);
  await rendered(iframe);
  const doc = iframe.contentDocument!;
  // The wide page settled: the last height posted is its whole content's (the sidebar included).
  await vi.waitFor(() => expect(last(got.dw)).toBe(Math.ceil(doc.body.getBoundingClientRect().height)), { timeout: 10_000 });
  expect(last(got.dw)).toBeGreaterThan(300);
  const wide = last(got.dw);
  iframe.style.width = '360px';
  // The page reflows (a smaller map, the panels stacked under it) to another height, and posts it:
  // the last height posted is the narrow page's whole content again.
  await vi.waitFor(() => {
    const narrow = Math.ceil(doc.body.getBoundingClientRect().height);
    expect(narrow).not.toBe(wide);
    expect(last(got.dw)).toBe(narrow);
  }, { timeout: 10_000 });
});

test('the resizer script from the iframe snippet sizes the frame to the posted height', async () => {
  const holder = document.createElement('div');
  holder.innerHTML = RESIZER_SCRIPT;
  const script = document.createElement('script');
  script.textContent = holder.querySelector('script')!.textContent;
  document.head.append(script);
  cleanups.push(() => script.remove());
  const { iframe, got } = frame('declaration=dfi-2022&id=test-chart');
  await rendered(iframe);
  await vi.waitFor(() => expect(last(got.dw)).toBeGreaterThan(300), { timeout: 10_000 });
  await vi.waitFor(() => expect(iframe.getBoundingClientRect().height).toBe(last(got.dw)));
});

/** Every text of `root` and of the shadow roots under it, in one string (the frame's nodes are of
 *  another realm: tested by node type, not instanceof). */
function deepText(root: Node): string {
  let out = '';
  for (const n of root.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out += (n as Text).data;
    else out += deepText(n) + ((n as Element).shadowRoot ? deepText((n as Element).shadowRoot!) : '');
  }
  return out;
}

test("a French newsroom's frame (lang=fr) names the states in French; a malformed lang is left out", async () => {
  const { iframe } = frame('declaration=paris-call-2018&country=DEU&lang=fr');
  const map = await rendered(iframe);
  expect(map.getAttribute('lang')).toBe('fr');
  await vi.waitFor(() => expect(deepText(map.shadowRoot!)).toContain('Allemagne'), { timeout: 10_000 });

  const bad = frame('declaration=paris-call-2018&country=DEU&lang=fr"><b');
  const english = await rendered(bad.iframe);
  expect(english.hasAttribute('lang')).toBe(false);
  await vi.waitFor(() => expect(deepText(english.shadowRoot!)).toContain('Germany'), { timeout: 10_000 });
});
