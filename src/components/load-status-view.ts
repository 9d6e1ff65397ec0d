// What <cyber-declarations-map> shows while its atlas and dataset load, or when they cannot:
// a polite status, or an alert that says why with a Retry button, in English whatever the page's language.
import { html } from 'lit';

export function loadingView() {
  return html`<div class="shell" lang="en">
    <div class="placeholder" part="status" role="status">
      <p>Loading the map and the declarations…</p>
    </div>
  </div>`;
}

export function loadErrorView(message: string, retry: () => void) {
  return html`<div class="shell" lang="en">
    <div class="placeholder error" part="error" role="alert">
      <div>
        <p><strong>The map could not be shown.</strong> ${message}</p>
        <button type="button" class="action" @click=${retry}>Retry</button>
      </div>
    </div>
  </div>`;
}
