// The explorer page (index.html): the map with its view in the address bar, the briefing tools
// (Present, exports) and "Embed this view". The tools live in the page, not in the element, so
// the newsroom embed stays light.
// The page's own text paints before the map's code is even fetched: the element's module and the
// briefing tools load just after the first frame.
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
void import('./components/cyber-declarations-map');
void import('./components/cdm-briefing-bar');
import type { CyberDeclarationsMap } from './components/cyber-declarations-map';
import type { CdmEmbedCode } from './components/cdm-embed-code';

const map = document.querySelector<CyberDeclarationsMap>('cyber-declarations-map');
const embedCode = document.querySelector<CdmEmbedCode>('cdm-embed-code');
const embedButton = document.querySelector<HTMLButtonElement>('#embed-this-view');

// On a phone the tools wait behind one disclosure button (index.html hides the panel below
// 600 px unless it is open): Escape or a tap on the map closes it, and focus goes back to the
// button only when it was inside the panel.
const toggle = document.querySelector<HTMLButtonElement>('#tools-toggle');
const panel = document.querySelector<HTMLElement>('#tools-panel');
function setToolsOpen(open: boolean, focus = false): void {
  if (!toggle || !panel) return;
  const hadFocus = panel.contains(document.activeElement);
  toggle.setAttribute('aria-expanded', String(open));
  panel.classList.toggle('open', open);
  if (open && focus) panel.querySelector<HTMLElement>('cdm-briefing-bar')?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
  if (!open && hadFocus) toggle.focus();
}
toggle?.addEventListener('click', () => setToolsOpen(toggle.getAttribute('aria-expanded') !== 'true', true));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && toggle?.getAttribute('aria-expanded') === 'true' && (panel?.contains(document.activeElement) || document.activeElement === toggle)) {
    setToolsOpen(false);
    toggle.focus();
  }
});
document.addEventListener('pointerdown', (e) => {
  if (e.target instanceof Element && e.target.closest('main, h1, header.page > p')) setToolsOpen(false);
});

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
