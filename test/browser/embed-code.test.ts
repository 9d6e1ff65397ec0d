// "Embed this view" (<cdm-embed-code>) in real Chromium: the dialog opens modal, shows both
// snippets for the given state, copies through the Clipboard API, and selects the code when
// the clipboard is refused.
import { afterEach, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
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
      '<cyber-declarations-map declaration="paris-call-2018" date="2018-11-12" country="USA" dataset-version="v1">\n' +
      '  <a href="https://maps.example/?declaration=paris-call-2018&amp;date=2018-11-12&amp;country=USA">Map: which states signed the international declarations on cyberspace</a>' +
      ' (interactive map: if it does not appear here, follow the link)\n</cyber-declarations-map>',
  );
  expect(iframe.value).toContain('<iframe src="https://maps.example/embed.html?declaration=paris-call-2018&amp;date=2018-11-12&amp;country=USA&amp;dataset-version=v1"');
});

test('follows state changes while open', async () => {
  const el = await fixture();
  el.state = { declaration: 'g7-2021' };
  await el.updateComplete;
  expect(parts(el).script.value).toContain('<cyber-declarations-map declaration="g7-2021">\n  <a href="https://maps.example/?declaration=g7-2021">');
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
