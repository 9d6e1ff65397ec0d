// Shared by the accessibility tests: axe-core over an element (it sees into open shadow roots),
// and media emulation (colour scheme, reduced motion) through the Chrome DevTools Protocol, which
// Vitest's Playwright provider exposes as cdp().
import { cdp } from 'vitest/browser';

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
