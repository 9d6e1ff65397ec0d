// Opening presentation mode from the explorer page, the two ways a presenter does: the Present
// button (a user gesture: real full screen) and a shared `?present=<step>` link (no gesture: the
// browser would refuse full screen and log a warning, so it is not asked; the overlay fills the
// window). Either way Escape returns focus to the Present button.
// The URL test comes first: this file's frame has no user activation until a userEvent call.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-briefing-bar';
import type { CdmBriefingBar } from '../../src/components/cdm-briefing-bar';
import type { CdmPresentation } from '../../src/components/cdm-presentation';
import { buildTour } from '../../src/lib/tour';
import type { Dataset } from '../../src/lib/types';
import { DATASET, readyExplorer, unmountAll, until } from './explorer-helpers';

const startUrl = location.href;
const requestFullscreen = Element.prototype.requestFullscreen;
let fullscreenRequests = 0;
let bar: CdmBriefingBar | null = null;

beforeEach(() => {
  fullscreenRequests = 0;
  // Counts the requests and still makes them: the browser decides as it would.
  Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
    fullscreenRequests++;
    return requestFullscreen.call(this, options);
  };
});

afterEach(async () => {
  Element.prototype.requestFullscreen = requestFullscreen;
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  document.querySelectorAll('body > cdm-presentation').forEach((p) => p.remove());
  bar?.remove();
  bar = null;
  unmountAll();
  history.replaceState(null, '', startUrl);
});

async function explorerWithBar(): Promise<{ bar: CdmBriefingBar; button: HTMLButtonElement }> {
  await readyExplorer({ id: 'presented' });
  bar = document.createElement('cdm-briefing-bar');
  bar.setAttribute('for', 'presented');
  document.body.append(bar);
  await bar.updateComplete;
  return { bar, button: bar.shadowRoot!.querySelector<HTMLButtonElement>('button[part="present"]')! };
}

const presentation = () => document.querySelector<CdmPresentation>('body > cdm-presentation');

test('a ?present= link opens the step in the window without asking for full screen; Escape returns focus to Present', async () => {
  expect(navigator.userActivation.isActive, 'no user gesture yet in this frame').toBe(false);
  history.replaceState(null, '', `${location.pathname}?present=3`);
  const { bar, button } = await explorerWithBar();
  const el = await until(() => (presentation()?.open ? presentation() : null), 'presentation mode to open');
  await el.updateComplete;
  const total = buildTour((await (await fetch(DATASET)).json()) as Dataset).length;
  await expect.poll(() => el.shadowRoot!.querySelector('.counter')?.textContent?.trim()).toBe(`3 / ${total}`);

  // Asking without a gesture is what logs "Failed to execute 'requestFullscreen'…".
  expect(fullscreenRequests).toBe(0);
  expect(document.fullscreenElement).toBeNull();
  const box = el.getBoundingClientRect();
  expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, window.innerWidth, window.innerHeight]);

  await userEvent.keyboard('{Escape}');
  await expect.poll(() => el.open).toBe(false);
  await expect.poll(() => bar.shadowRoot!.activeElement).toBe(button);
});

test('the Present button (a user gesture) opens real full screen; Escape leaves it and returns focus to the button', async () => {
  const { bar, button } = await explorerWithBar();
  await userEvent.click(button);
  const el = await until(presentation, 'presentation mode to open');
  await expect.poll(() => document.fullscreenElement).toBe(el);
  expect(fullscreenRequests).toBe(1);

  await userEvent.keyboard('{Escape}');
  await expect.poll(() => document.fullscreenElement).toBeNull();
  expect(el.open).toBe(false);
  // Full screen makes the rest of the page inert, so this only works once it has ended.
  await expect.poll(() => bar.shadowRoot!.activeElement).toBe(button);
});
