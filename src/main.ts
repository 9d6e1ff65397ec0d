// The explorer page (index.html): the map with its view in the address bar, the briefing tools
// (Present, exports) and "Embed this view". The tools live in the page, not in the element, so
// the newsroom embed stays light.
// The page's own text paints before the map's code is even fetched: the element's module loads
// just after the first frame, the briefing tools as below.
await firstContentfulPaint();
void import('./components/cyber-declarations-map');
// While that code downloads, the engine's locale data loads (see locale-data.ts): made later,
// once the map's files have arrived, it would delay the first map.
setTimeout(preloadLocaleData);
import { preloadLocaleData } from './lib/locale-data';
import type { CyberDeclarationsMap } from './components/cyber-declarations-map';
import { PRESENT_PARAM } from './lib/present-param';
import type { CdmEmbedCode } from './components/cdm-embed-code';
import { fitMapToWindow } from './window-fit';

const map = document.querySelector<CyberDeclarationsMap>('cyber-declarations-map');
const embedCode = document.querySelector<CdmEmbedCode>('cdm-embed-code');
const embedButton = document.querySelector<HTMLButtonElement>('#embed-this-view');
if (map) fitMapToWindow(map);

// On a phone the tools wait behind one disclosure button (index.html hides the panel below
// 600 px unless it is open): Escape or a tap on the map closes it, and focus goes back to the
// button only when it was inside the panel.
const toggle = document.querySelector<HTMLButtonElement>('#tools-toggle');
const panel = document.querySelector<HTMLElement>('#tools-panel');
const bar = document.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('cdm-briefing-bar');

// The briefing tools (Present, the exports): on a wider screen at once, their buttons being in
// the header; on a phone, where they wait in the closed menu, when the reader first opens it (or
// at once for a link that opens presentation mode), so their code is not evaluated in the middle
// of the phone's first view. The width is the one at which explorer.css folds the tools into
// the menu (a phone, or a short screen such as a phone on its side).
const FOLDED = matchMedia('(max-width: 599px), (max-height: 500px) and (orientation: landscape)');
let tools: Promise<void> | null = null;
function loadTools(): Promise<void> {
  return (tools ??= import('./components/cdm-briefing-bar').then(
    async () => void (await bar?.updateComplete),
    (error: unknown) => {
      // Said in the menu, in words: an empty menu would look like a broken page.
      const said = Object.assign(document.createElement('p'), {
        className: 'load-error',
        textContent: `Present and the exports could not load: ${error instanceof Error ? error.message : String(error)}`,
      });
      said.setAttribute('role', 'alert');
      bar?.after(said);
    },
  ));
}
if (!FOLDED.matches || new URLSearchParams(location.search).has(PRESENT_PARAM)) void loadTools();
FOLDED.addEventListener('change', () => void (FOLDED.matches || loadTools()));

function setToolsOpen(open: boolean, focus = false): void {
  if (!toggle || !panel) return;
  const hadFocus = panel.contains(document.activeElement);
  toggle.setAttribute('aria-expanded', String(open));
  panel.classList.toggle('open', open);
  if (open) {
    void loadTools().then(() => {
      if (focus && panel.classList.contains('open')) bar?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
    });
  }
  if (!open && hadFocus) toggle.focus();
}
toggle?.addEventListener('click', () => setToolsOpen(toggle.getAttribute('aria-expanded') !== 'true', true));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && toggle?.getAttribute('aria-expanded') === 'true' && (panel?.contains(document.activeElement) || document.activeElement === toggle)) {
    setToolsOpen(false);
    toggle.focus();
  }
});
// The tap that closes the menu does only that, as a menu's outside tap does: its click would
// otherwise pick the state under the finger and open a record the reader did not ask for.
let closingTap = false;
document.addEventListener('pointerdown', (e) => {
  closingTap = toggle?.getAttribute('aria-expanded') === 'true' && e.target instanceof Element && !!e.target.closest('main, h1, header.page > p');
  if (closingTap) setToolsOpen(false);
}, true);
document.addEventListener('click', (e) => {
  if (!closingTap) return;
  closingTap = false;
  e.preventDefault();
  e.stopPropagation();
}, true);
document.addEventListener('keydown', () => (closingTap = false), true);

let embedError: HTMLElement | null = null;
embedButton?.addEventListener('click', async () => {
  if (!map || !embedCode) return;
  // The dialog's code arrives on the first click: the page neither downloads nor renders it
  // while the map loads. Importing defines the element, which upgrades the one in the page.
  embedError?.remove();
  try {
    await import('./components/cdm-embed-code');
  } catch (error) {
    // Said beside the button, in words: a dead button would look like the reader's mistake.
    embedError = Object.assign(document.createElement('span'), {
      className: 'load-error',
      textContent: `The embed code could not load: ${error instanceof Error ? error.message : String(error)}`,
    });
    embedError.setAttribute('role', 'alert');
    embedButton?.after(embedError);
    return;
  }
  // The view the reader sees (fallbacks applied, date clamped), defaults left out of the snippet.
  const view = map.viewState;
  embedCode.state = {
    declaration: view.declaration,
    date: view.date,
    country: view.country,
    view: view.view === 'declaration' ? null : view.view,
    with: view.with,
    from: view.from,
    display: view.display === 'table' ? 'table' : null,
    datasetVersion: map.loadedDatasetVersion,
  };
  embedCode.show();
});

/** Settles once the browser reports the page's first contentful paint (a hidden tab paints none: at most half a second). */
function firstContentfulPaint(): Promise<void> {
  return new Promise((painted) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(painted));
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(fallback);
      painted();
    };
    const observer = new PerformanceObserver((list) => void (list.getEntriesByName('first-contentful-paint').length && done()));
    observer.observe({ type: 'paint', buffered: true });
    const fallback = setTimeout(done, 500);
  });
}
