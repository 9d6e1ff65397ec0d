// What the element prepares while its files download, when the main thread has nothing else to
// do. Lit parses an element's styles into a CSSStyleSheet the first time an element of its kind
// is drawn: for the first view's elements that was inside the first map's task (2-5 ms here).
import type { LitElement } from 'lit';
import { preloadLocaleData } from '../lib/locale-data';

/** Makes the style sheets of the Lit elements defined as `tags` (each is made once; later calls cost nothing). */
export function prepareStyleSheets(tags: readonly string[]): void {
  for (const tag of tags) {
    const element = customElements.get(tag) as typeof LitElement | undefined;
    // The getter makes the sheet and keeps it on the CSSResult, which is what Lit adopts later.
    for (const style of element?.elementStyles ?? []) if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
  }
}

/** The elements of the first view, drawn with the first map or a frame after it (the sidebar is a chunk of its own). */
const FIRST_VIEW_ELEMENTS = ['cdm-map', 'cdm-declaration-picker', 'cdm-country-search', 'cdm-legend', 'cdm-timeline'];

/** What <cyber-declarations-map> does while its files download (see AssetLoadController), each a task of its own. */
export const WHILE_FILES_LOAD = [
  // The engine's locale data, which the first sorted list of names would load (a no-op on the
  // explorer page, which loaded it while this code downloaded).
  preloadLocaleData,
  () => prepareStyleSheets(FIRST_VIEW_ELEMENTS),
];
