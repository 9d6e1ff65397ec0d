// The element's toolbar: the declaration picker and the country search, each where `controls`
// shows it. A template function (as map-box-view.ts), with no state of its own.
import { html, nothing } from 'lit';
import { ALL_VIEW_VALUE, type PickerChangeEvent } from './cdm-declaration-picker';
import type { ExplorerData, ExplorerView } from '../lib/explorer-view';
import type { ViewState } from '../lib/view-state';
import type { ControlName } from '../lib/controls';

export function toolbarView(
  show: (control: ControlName) => boolean,
  data: ExplorerData,
  s: ViewState,
  v: ExplorerView,
  onPickerChange: (e: PickerChangeEvent) => void,
) {
  if (!show('picker') && !show('search')) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${show('picker')
      ? html`<cdm-declaration-picker
          .options=${data.pickerOptions}
          .value=${s.view === 'all' ? ALL_VIEW_VALUE : s.declaration}
          .compare=${s.view === 'change' ? 'change' : s.view === 'compare' ? (s.with ?? '') : ''}
          @cdm-picker-change=${onPickerChange}
        ></cdm-declaration-picker>`
      : nothing}
    ${show('search')
      ? html`<cdm-country-search
          .search=${data.search.search}
          .resolve=${data.search.resolve}
          .chosenName=${s.country ? data.namer(s.country) : ''}
          .nameLang=${data.locale}
          .describe=${v.describe}
          .recordOpens=${show('sidebar')}
        ></cdm-country-search>`
      : nothing}
  </div>`;
}
