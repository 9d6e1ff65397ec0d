// Print layout for <cyber-declarations-map>, adopted by the element (`static styles = [...,
// printStyles]`): on paper the map takes the full width, the legend and the current sidebar
// content (declaration facts and quotes, or the chosen country's record) follow in one column,
// and controls that do nothing on paper (picker, search, timeline, the map / table switch, zoom
// buttons) are left out.
// Colours and patterns print as on screen, since status colours carry the meaning.
import { css } from 'lit';

export const printStyles = css`
  @media print {
    :host {
      display: block;
      color: #000;
      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .shell {
      /* A fixed reading size on paper, whatever the screen was. */
      font-size: 11pt;
      padding: 0;
    }
    .toolbar,
    cdm-timeline,
    .display-toggle,
    .not-launched button {
      display: none !important;
    }
    cdm-map::part(zoom-controls),
    cdm-map::part(tooltip) {
      display: none !important;
    }
    .as-of {
      font-size: 13pt;
      margin-bottom: 6pt;
    }
    .body {
      display: block !important;
    }
    .main {
      display: block;
    }
    .map-box,
    cdm-legend {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    cdm-legend {
      margin-top: 8pt;
    }
    cdm-sidebar {
      position: static !important;
      max-height: none !important;
      overflow: visible !important;
      margin-top: 12pt;
      break-before: auto;
    }
  }
`;
