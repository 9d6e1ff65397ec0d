// The explorer page's own script (src/main.ts) on the page's markup: the Embed dialog's code is
// not loaded with the page, and the first click on "Embed this view" loads it and opens it on the
// view shown.
import { expect, test } from 'vitest';
import { ATLAS, DATASET, countryNode, until } from './explorer-helpers';
import { versionedDatasetFileName } from '../../src/lib/asset-defaults';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';

test('"Embed this view" loads the dialog on the first click and fills it with the view shown', async () => {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div id="page"><button type="button" id="embed-this-view">Embed this view</button><cdm-embed-code></cdm-embed-code>
     <cyber-declarations-map id="map" atlas-src="${ATLAS}" dataset-src="${DATASET}" declaration="g7-2021" date="2021-12-31"></cyber-declarations-map></div>`,
  );
  try {
    await import('../../src/main');
    const map = document.querySelector<CyberDeclarationsMap>('#map')!;
    await until(() => countryNode(map, 'JPN'), 'the map to draw');
    expect(customElements.get('cdm-embed-code')).toBeUndefined();

    document.querySelector<HTMLButtonElement>('#embed-this-view')!.click();
    const dialog = await until(() => document.querySelector('cdm-embed-code')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog to open');
    const snippets = [...dialog.querySelectorAll('textarea')].map((t) => t.value);
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toContain('<cyber-declarations-map declaration="g7-2021" date="2021-12-31"');
    expect(snippets[1]).toContain('embed.html?declaration=g7-2021&amp;date=2021-12-31');
    // Both snippets pin the dataset shown; the pinned file must exist on the explorer's own host,
    // beside the newest one, or the iframe snippet opens on an error.
    const version = map.loadedDatasetVersion!;
    expect(snippets[1]).toContain(`dataset-version=${version}`);
    const pinned = await fetch(DATASET.replace(/dataset\.json$/, versionedDatasetFileName(version)));
    expect(pinned.ok).toBe(true);
    expect(((await pinned.json()) as { version: string }).version).toBe(version);
  } finally {
    document.querySelector<HTMLDialogElement>('cdm-embed-code')?.shadowRoot?.querySelector('dialog')?.close();
    document.querySelector('#page')?.remove();
  }
});
