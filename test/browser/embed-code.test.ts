// "Embed this view" (<cdm-embed-code>) in real Chromium: the dialog opens modal, shows both
// snippets for the given state, copies through the Clipboard API, and selects the code when
// the clipboard is refused.
import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cdm-embed-code';
import type { CdmEmbedCode } from '../../src/components/cdm-embed-code';

const STATE = { declaration: 'paris-call-2018', date: '2018-11-12', country: 'USA', datasetVersion: 'v1' };

async function fixture(): Promise<CdmEmbedCode> {
  const el = document.createElement('cdm-embed-code');
  el.state = STATE;
  el.scriptUrl = 'https://maps.example/embed/cyber-declarations-map.js';
  el.pageUrl = 'https://maps.example/embed.html';
  el.explorerUrl = 'https://maps.example/';
  document.body.append(el);
  el.show();
  await el.updateComplete;
  return el;
}

function parts(el: CdmEmbedCode) {
  const root = el.shadowRoot!;
  return {
    dialog: root.querySelector('dialog')!,
    script: root.querySelector<HTMLTextAreaElement>('textarea[data-kind="script"]')!,
    iframe: root.querySelector<HTMLTextAreaElement>('textarea[data-kind="iframe"]')!,
    copyScript: root.querySelector<HTMLButtonElement>('button[data-copy="script"]')!,
    copyIframe: root.querySelector<HTMLButtonElement>('button[data-copy="iframe"]')!,
    statuses: [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent?.trim() ?? ''),
  };
}

const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
afterEach(() => {
  document.body.replaceChildren();
  if (realClipboard) Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
  delete (navigator as unknown as Record<string, unknown>).clipboard;
});

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

test('opens as a modal dialog with both snippets for the current state', async () => {
  const el = await fixture();
  const { dialog, script, iframe } = parts(el);
  expect(dialog.open).toBe(true);
  expect(dialog.matches(':modal')).toBe(true);
  expect(script.value).toBe(
    '<script type="module" src="https://maps.example/embed/cyber-declarations-map.js"></script>\n' +
      '<cyber-declarations-map declaration="paris-call-2018" date="2018-11-12" country="USA" dataset-version="v1" explorer-url="https://maps.example/">\n' +
      '  <a href="https://maps.example/?declaration=paris-call-2018&amp;date=2018-11-12&amp;country=USA">Map: which states signed the international declarations on cyberspace</a>' +
      ' (interactive map: if it does not appear here, follow the link)\n</cyber-declarations-map>',
  );
  expect(iframe.value).toContain('<iframe src="https://maps.example/embed.html?declaration=paris-call-2018&amp;date=2018-11-12&amp;country=USA&amp;dataset-version=v1"');
});

test('follows state changes while open', async () => {
  const el = await fixture();
  el.state = { declaration: 'g7-2021' };
  await el.updateComplete;
  expect(parts(el).script.value).toContain('<cyber-declarations-map declaration="g7-2021" explorer-url="https://maps.example/">\n  <a href="https://maps.example/?declaration=g7-2021">');
});

test('Copy writes the snippet through the Clipboard API and says so', async () => {
  const writeText = vi.fn(async () => {});
  stubClipboard(writeText);
  const el = await fixture();
  parts(el).copyIframe.click();
  await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  expect(writeText).toHaveBeenCalledWith(el.iframeCode);
  await el.updateComplete;
  expect(parts(el).statuses).toEqual(['', 'Copied to the clipboard.']);
});

test('when the clipboard is refused, Copy selects the code instead', async () => {
  stubClipboard(async () => {
    throw new DOMException('denied', 'NotAllowedError');
  });
  const el = await fixture();
  const { copyScript, script } = parts(el);
  copyScript.click();
  await vi.waitFor(() => expect(parts(el).statuses[0]).toMatch(/press Ctrl\+C/));
  expect(el.shadowRoot!.activeElement).toBe(script);
  expect(script.selectionStart).toBe(0);
  expect(script.selectionEnd).toBe(script.value.length);
});

test('Close and Escape close the dialog and clear `open`', async () => {
  const el = await fixture();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="close-button"]')!.click();
  await el.updateComplete;
  expect(el.open).toBe(false);
  expect(parts(el).dialog.open).toBe(false);
  el.show();
  await el.updateComplete;
  expect(parts(el).dialog.open).toBe(true);
  await userEvent.keyboard('{Escape}');
  await vi.waitFor(() => expect(el.open).toBe(false));
  expect(parts(el).dialog.open).toBe(false);
});

// The configurator (issue 16, item 4): every choice shows in both snippets (where it applies to
// both) and in the live preview, whose frame is the iframe snippet's page.
test('every configurator choice is reflected in both snippets and the preview', async () => {
  const el = await fixture();
  const root = el.shadowRoot!;
  const codes = () => ({ script: parts(el).script.value, iframe: parts(el).iframe.value });
  const preview = () => root.querySelector<HTMLIFrameElement>('iframe[part="preview"]')!;
  const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;

  // Defaults: every control (no attribute), the data pinned, a resizing frame.
  expect(codes().script).not.toContain('controls=');
  expect(codes().script).toContain('dataset-version="v1"');
  expect(codes().iframe).toContain('dataset-version=v1');
  expect(codes().iframe).toContain('<script>');
  expect(preview().src).toBe('https://maps.example/embed.html?declaration=paris-call-2018&date=2018-11-12&country=USA&dataset-version=v1');

  // Controls: unticking the sidebar and the picker lists the rest, in both snippets and the preview.
  await userEvent.click(input('input[data-control="sidebar"]'));
  await userEvent.click(input('input[data-control="picker"]'));
  await el.updateComplete;
  expect(codes().script).toContain('controls="search display timeline legend"');
  expect(codes().iframe).toContain('controls=search+display+timeline+legend');
  expect(preview().src).toContain('controls=search+display+timeline+legend');
  // None at all: the map alone (an empty list, not the default).
  for (const name of ['search', 'display', 'timeline', 'legend']) await userEvent.click(input(`input[data-control="${name}"]`));
  await el.updateComplete;
  expect(codes().script).toContain('controls=""');
  expect(codes().iframe).toContain('controls=&amp;');

  // Pinning: unticked, neither snippet names a version.
  await userEvent.click(input('input[data-choice="pin"]'));
  await el.updateComplete;
  expect(codes().script).not.toContain('dataset-version');
  expect(codes().iframe).not.toContain('dataset-version');
  expect(preview().src).not.toContain('dataset-version');

  // Title of the frame.
  await userEvent.fill(input('input[data-choice="title"]'), 'Who signed the Paris Call');
  await el.updateComplete;
  expect(codes().iframe).toContain('title="Who signed the Paris Call"');

  // Height: fixed at 720 px, no resizer script; back to resizing brings the script back.
  await userEvent.click(input('input[data-choice="fixed"]'));
  await userEvent.fill(input('input[data-choice="height"]'), '720');
  await el.updateComplete;
  expect(codes().iframe).toContain('height="720"');
  expect(codes().iframe).not.toContain('<script>');
  await userEvent.click(input('input[data-choice="resize"]'));
  await el.updateComplete;
  expect(codes().iframe).toContain('<script>');
  expect(codes().iframe).toContain('height="720"');

  // Layout: the article (default) writes nothing; the explorer is named in both and the preview.
  expect(codes().script).not.toContain('layout=');
  expect(codes().iframe).not.toContain('layout=');
  await userEvent.click(input('input[data-choice="explorer"]'));
  await el.updateComplete;
  expect(codes().script).toContain(' layout="explorer"');
  expect(codes().iframe).toContain('layout=explorer');
  expect(preview().src).toContain('layout=explorer');
  await userEvent.click(input('input[data-choice="article"]'));
  await el.updateComplete;
  expect(codes().script).not.toContain('layout=');
  expect(codes().iframe).not.toContain('layout=');

  // Highlight (default) or zoom to the chosen country: a bare attribute, an empty query parameter.
  expect(codes().script).not.toContain('zoom-to-country');
  expect(codes().iframe).not.toContain('zoom-to-country');
  await userEvent.click(input('input[data-choice="zoom"]'));
  await el.updateComplete;
  expect(codes().script).toMatch(/ zoom-to-country[ >]/);
  expect(codes().iframe).toContain('zoom-to-country=');
  expect(preview().src).toContain('zoom-to-country=');
  // The script snippet names the explorer its credit line links back to.
  expect(codes().script).toContain(' explorer-url="https://maps.example/"');

  // The page's language, which the frame cannot read: the iframe and the preview take it, the
  // element reads its page's own; a malformed tag is left out, and said so.
  expect(codes().iframe).not.toContain('lang=');
  await userEvent.fill(input('input[data-choice="lang"]'), 'fr');
  await el.updateComplete;
  expect(codes().iframe).toContain('&amp;lang=fr"');
  expect(preview().src).toMatch(/[?&]lang=fr$/);
  expect(codes().script).not.toMatch(/\blang/);
  for (const bad of ['french!', 'French']) {
    await userEvent.fill(input('input[data-choice="lang"]'), bad);
    await el.updateComplete;
    expect(codes().iframe, bad).not.toContain('lang=');
    expect(root.querySelector('[data-note="lang"]')!.textContent, bad).toMatch(/not a language tag/);
    expect(input('input[data-choice="lang"]').getAttribute('aria-invalid'), bad).toBe('true');
    // Marked as well as said: its border is not the valid field's.
    expect(getComputedStyle(input('input[data-choice="lang"]')).borderTopColor, bad).toBe('rgb(197, 34, 31)');
  }
  await userEvent.fill(input('input[data-choice="lang"]'), '');
  await el.updateComplete;
  expect(input('input[data-choice="lang"]').getAttribute('aria-invalid')).toBe('false');

  // The preview at phone width.
  await userEvent.click(root.querySelector<HTMLButtonElement>('button[data-preview="375"]')!);
  await el.updateComplete;
  expect(preview().getBoundingClientRect().width).toBe(375);
  expect(root.querySelector('button[data-preview="375"]')!.getAttribute('aria-pressed')).toBe('true');
});

test('on a desktop screen the column preview shows at its real 680 px, with nothing cut off nor scrolled sideways', async () => {
  await page.viewport(1280, 900);
  const el = await fixture();
  const root = el.shadowRoot!;
  const box = root.querySelector<HTMLElement>('.preview')!;
  expect(root.querySelector('button[data-preview="680"]')!.getAttribute('aria-pressed')).toBe('true');
  expect(root.querySelector('iframe[part="preview"]')!.getBoundingClientRect().width).toBe(680);
  expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
});

test('Tab goes from the choices to the code and its Copy buttons without entering the live preview', async () => {
  const el = await fixture();
  el.pageUrl = new URL('/embed.html', location.href).href;
  el.state = { ...STATE, datasetVersion: undefined };
  await el.updateComplete;
  const root = el.shadowRoot!;
  const preview = root.querySelector<HTMLIFrameElement>('iframe[part="preview"]')!;
  // The preview has drawn its map, with a dozen controls of its own a keyboard could get lost in.
  await vi.waitFor(() => expect((preview.contentDocument?.querySelector('cyber-declarations-map') as (Element & { loadStatus?: string }) | null)?.loadStatus).toBe('ready'), { timeout: 15_000 });
  const { copyIframe } = parts(el);
  root.querySelector<HTMLElement>('dialog input, dialog button')!.focus();
  const visited: string[] = [];
  for (let i = 0; i < 40 && root.activeElement !== copyIframe; i++) {
    await userEvent.keyboard('{Tab}');
    visited.push(root.activeElement?.tagName.toLowerCase() ?? String(document.activeElement?.tagName));
  }
  expect(visited).not.toContain('iframe');
  expect(root.activeElement).toBe(copyIframe);
});
