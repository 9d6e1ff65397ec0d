// What an article's reader sees of the BUILT embed (issue 16).
//
// Item 5, no words glued together in the embed build. The embed's templates go through
// a minifier (scripts/vite/minify-template-literals.ts) that the dev build never sees; it once cut
// the space before a source's publisher ("the Paris Call(inCyber (FIC))"). This reads the text the
// reader sees in the BUILT embed (through every shadow root, block boundaries as line breaks) in
// the views with the most links and sources, and checks the spacing around every link.
//
// Item 4, the fallback: the snippet of "Embed this view" holds a plain link to the view, which the
// reader sees when the module never loads (404 here) and never sees once the map is drawn.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { scriptSnippet } from '../../src/lib/embed-snippets';
import { buildEmbed, startEmbedSession, waitForMaps, PAGE_HELPERS, type EmbedSession } from './embed-harness';

let session: EmbedSession;
/** A build of its own: other test files build and serve test-results/embed-build meanwhile. */
const OUT_DIR = resolve('test-results/embed-build-article');

beforeAll(async () => {
  buildEmbed(OUT_DIR);
  session = await startEmbedSession(OUT_DIR);
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const VIEWS = [
  { id: 'decl', attrs: 'declaration="paris-call-2018" date="2022-12-31"' },
  { id: 'usa', attrs: 'declaration="paris-call-2018" date="2022-12-31" country="USA"' },
  { id: 'ken', attrs: 'declaration="dfi-2022" date="2022-12-31" country="KEN"' },
  { id: 'g7', attrs: 'declaration="g7-2021" date="2021-12-31"' },
];

/** The rendered text of an element: shadow roots walked, hidden parts skipped, whitespace
 *  collapsed as the browser collapses it, a line break at each block, links in ⟦ ⟧. */
const READ_TEXT = `(host) => {
  const walk = (node) => {
    if (node.nodeType === 3) return node.data.replace(/\\s+/g, ' ');
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    let display = 'contents';
    if (node.nodeType === 1) {
      if (['style', 'script', 'template'].includes(node.localName)) return '';
      display = getComputedStyle(node).display;
      if (display === 'none') return '';
    }
    const kids = node.shadowRoot ? [...node.shadowRoot.childNodes] : node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : [...node.childNodes];
    let text = kids.map(walk).join('');
    if (node.localName === 'a') text = '⟦' + text.trim() + '⟧';
    if (!display.startsWith('inline') && display !== 'contents') text = '\\n' + text + '\\n';
    return text;
  };
  return walk(host).split('\\n').map((l) => l.replace(/ +/g, ' ').trim()).filter(Boolean).join('\\n');
}`;

test('the embed build renders no words glued together around links, sources and their publishers', async () => {
  const page = await session.newPage(1280, 900);
  await page.addInitScript({ content: PAGE_HELPERS });
  session.server.addPage(
    '/glued.html',
    `<!doctype html><html lang="en"><body>${VIEWS.map((v) => `<cyber-declarations-map id="${v.id}" ${v.attrs}></cyber-declarations-map>`).join('')}
     <script type="module" src="/cyber-declarations-map.js"></script></body></html>`,
  );
  await page.goto(new URL('/glued.html', session.server.url).href);
  await waitForMaps(page, VIEWS.map((v) => v.id), 190);
  const problems: string[] = [];
  let links = 0;
  for (const view of VIEWS) {
    // Wait for the sidebar's sources (they follow the first map).
    await page.waitForFunction((id) => (window as unknown as { __cdm: { deepAll(r: Element, s: string): Element[] } }).__cdm.deepAll(document.getElementById(id)!, 'a[part="source-link"]').length > 0, view.id, { timeout: 20_000 });
    const text: string = await page.evaluate(`(${READ_TEXT})(document.getElementById(${JSON.stringify(view.id)}))`);
    for (const line of text.split('\n')) {
      links += (line.match(/⟦/g) ?? []).length;
      // Before a link: start of line, a space or an opening mark. After it: end, space or punctuation.
      for (const m of line.matchAll(/(.)⟦/g)) if (!/[\s(“"‘'—–-]/.test(m[1]!)) problems.push(`${view.id}: "${line}"`);
      for (const m of line.matchAll(/⟧(.)/g)) if (!/[\s,.;:)”"’'—–-]/.test(m[1]!)) problems.push(`${view.id}: "${line}"`);
      // Anywhere: a word run into an opening parenthesis, or a closing one run into a word.
      const plain = line.replace(/[⟦⟧]/g, '');
      if (/[\p{L}\p{N}’”.]\(/u.test(plain) || /\)[\p{L}\p{N}]/u.test(plain)) problems.push(`${view.id}: "${line}"`);
    }
  }
  expect(links, 'links read').toBeGreaterThan(20);
  expect([...new Set(problems)]).toEqual([]);
}, 60_000);

test.each([
  ['the module 404s', '/no-such-folder/cyber-declarations-map.js', true],
  ['the module loads', '/cyber-declarations-map.js', false],
])('the snippet\'s fallback link when %s', async (_when, scriptPath, fallbackShown) => {
  const view = 'https://maps.example/?declaration=paris-call-2018&date=2019-12-31&country=USA';
  const snippet = scriptSnippet(scriptPath, { declaration: 'paris-call-2018', date: '2019-12-31', country: 'USA' }, view);
  const path = `/fallback-${fallbackShown ? 'shown' : 'hidden'}.html`;
  session.server.addPage(path, `<!doctype html><html lang="en"><body><article style="max-width:680px"><p>Text before.</p>${snippet}<p>Text after.</p></article></body></html>`);
  const page = await session.newPage(680, 900);
  await page.addInitScript({ content: PAGE_HELPERS });
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) failed.push(new URL(r.url()).pathname);
  });
  await page.goto(new URL(path, session.server.url).href, { waitUntil: 'load' });
  const link = page.locator('cyber-declarations-map > a');
  if (fallbackShown) {
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('no-such-folder')));
    expect(failed).toContain('/no-such-folder/cyber-declarations-map.js');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(view);
    const box = (await link.boundingBox())!;
    expect(box.width * box.height).toBeGreaterThan(0);
    expect(await page.locator('cyber-declarations-map').innerText()).toMatch(/which states signed .* follow the link/);
  } else {
    await page.locator('cyber-declarations-map').evaluate((el) => (el.id = 'm'));
    await waitForMaps(page, ['m'], 190);
    expect(await link.isVisible()).toBe(false);
    expect(failed).toEqual([]);
  }
  await page.context().close();
}, 60_000);
