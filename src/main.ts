// The explorer page (index.html): the map with its view in the address bar, the briefing tools
// (Present, exports) and "Embed this view". The tools live in the page, not in the element, so
// the newsroom embed stays light.
import './components/cyber-declarations-map';
import './components/cdm-briefing-bar';
import type { CyberDeclarationsMap } from './components/cyber-declarations-map';
import type { CdmEmbedCode } from './components/cdm-embed-code';

const map = document.querySelector<CyberDeclarationsMap>('cyber-declarations-map');
const embedCode = document.querySelector<CdmEmbedCode>('cdm-embed-code');
const embedButton = document.querySelector<HTMLButtonElement>('#embed-this-view');

embedButton?.addEventListener('click', async () => {
  if (!map || !embedCode) return;
  // The dialog's code arrives on the first click: the page neither downloads nor renders it
  // while the map loads. Importing defines the element, which upgrades the one in the page.
  await import('./components/cdm-embed-code');
  // The view the reader sees (fallbacks applied, date clamped), defaults left out of the snippet.
  const view = map.viewState;
  embedCode.state = {
    declaration: view.declaration,
    date: view.date,
    country: view.country,
    view: view.view === 'all' ? 'all' : null,
    display: view.display === 'table' ? 'table' : null,
    datasetVersion: map.loadedDatasetVersion,
  };
  embedCode.show();
});
