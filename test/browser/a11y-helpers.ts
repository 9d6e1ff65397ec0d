// Shared by the accessibility tests: axe-core over an element (it sees into open shadow roots),
// and media emulation (colour scheme, reduced motion) through the Chrome DevTools Protocol, which
// Vitest's Playwright provider exposes as cdp().
import { cdp, page } from 'vitest/browser';

/** axe-core violations inside `node`, one line each: "rule-id: target, target". */
export async function axeViolations(node: Element | Document): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const result = await axe.run(node as Element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export type MediaFeature = { name: 'prefers-color-scheme' | 'prefers-reduced-motion' | 'forced-colors'; value: string };

/** Emulates media features (and, if given, the media type: `print`) for the whole page (matchMedia and CSS @media both follow). */
export async function emulateMedia(features: MediaFeature[], media: '' | 'print' = ''): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media, features });
}

export async function resetMedia(): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
}

/** Pixels of `el`'s box, as rendered (a screenshot read back into a canvas). */
export async function pixels(el: Element): Promise<{ at(x: number, y: number): [number, number, number]; width: number; height: number }> {
  // Not saved to a file, the screenshot comes back as the PNG's base64 text.
  const taken: unknown = await page.screenshot({ element: el, base64: true, save: false });
  const base64 = typeof taken === 'string' ? taken : (taken as { base64: string }).base64;
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
  const ink = canvas.getContext('2d')!;
  ink.drawImage(image, 0, 0);
  const data = ink.getImageData(0, 0, image.width, image.height).data;
  return { width: image.width, height: image.height, at: (x, y) => [data[(y * image.width + x) * 4]!, data[(y * image.width + x) * 4 + 1]!, data[(y * image.width + x) * 4 + 2]!] };
}

/** The text spacing WCAG 1.4.12 asks content to survive, as a reader's own style sheet sets it:
 *  adopt it in each shadow root to be tested (a document's sheets do not reach into them). */
export function readerTextSpacing(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  return sheet;
}
