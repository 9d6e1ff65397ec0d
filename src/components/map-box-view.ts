// The two small parts around <cyber-declarations-map>'s map: the Map / Table switch above it and,
// before a declaration's launch, the notice over its blank map. Template functions (as
// article-view.ts), not elements: each has a few inputs and no state of its own.
import { html, type TemplateResult } from 'lit';
import { formatDay } from '../lib/dates';
import type { Declaration, IsoDate } from '../lib/types';
import type { DisplayMode } from '../lib/view-state';

/** The Map / Table switch. */
export function displayToggle(display: DisplayMode, showAs: (display: DisplayMode) => void): TemplateResult {
  return html`<div class="display-toggle" part="display-toggle" role="group" aria-label="Show as">
    <button type="button" aria-pressed=${display === 'map' ? 'true' : 'false'} @click=${() => showAs('map')}>Map</button>
    <button type="button" aria-pressed=${display === 'table' ? 'true' : 'false'} @click=${() => showAs('table')}>Table</button>
  </div>`;
}

/** Over the blank map before `decl`'s launch on `date`: says so, with a button to its launch. */
export function notLaunchedNotice(decl: Declaration, date: IsoDate, jumpToLaunch: () => void): TemplateResult {
  return html`<div class="not-launched">
    <div>
      <p>The ${decl.shortName} had not been launched yet on ${formatDay(date)}.</p>
      <button type="button" class="action" @click=${jumpToLaunch}>Jump to its launch (${formatDay(decl.launch)})</button>
    </div>
  </div>`;
}
