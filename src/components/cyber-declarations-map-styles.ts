// <cyber-declarations-map>'s styles, in a module of their own so the element's file holds its behaviour.
import { css } from 'lit';
import { visuallyHidden } from './status-style';
import { themeStyles, themeVar } from './theme';
import { printStyles } from './print-styles';
import { PANEL_SIZE, STRONG_WEIGHT, strongText } from './type-scale';

export const cyberDeclarationsMapStyles = [
    themeStyles,
    visuallyHidden,
    strongText,
    css`
      :host {
        display: block;
        /* The type's size (below) follows this element's width, not the screen's. */
        container-type: inline-size;
        /* A container has no width of its own: in a flex row it would shrink to its padding. */
        flex: 1 1 100%;
        min-width: 0;
        color: ${themeVar('--cdm-text')};
        background: ${themeVar('--cdm-background')};
        font-family: var(--cdm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
        text-align: start;
      }
      :host([hidden]) {
        display: none;
      }
      .shell {
        /* Inherited text properties are set again here, not only on :host: a host page's rules
           (a careless '* { letter-spacing: …; color: … }', an RTL article) apply to the host
           element itself and would be inherited into every shadow tree below. */
        font-family: var(--cdm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
        color: ${themeVar('--cdm-text')};
        font-style: normal;
        font-weight: 400;
        letter-spacing: normal;
        word-spacing: normal;
        text-transform: none;
        text-indent: 0;
        text-align: start;
        text-shadow: none;
        white-space: normal;
        direction: ltr;
        container-type: inline-size;
        /* Type grows with the element (the host, the nearest container): 15 px in a phone's or an
           article's column, up to 20 px across a 2560 px screen. */
        font-size: clamp(15px, 13px + 0.3cqi, 20px);
        line-height: 1.45;
        padding: 12px;
        box-sizing: border-box;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: flex-end;
        margin-bottom: 8px;
      }
      .toolbar > * {
        flex: 1 1 14em;
        max-width: 28em;
        font-size: ${PANEL_SIZE};
      }
      /* A wide element (a laptop's explorer): the pickers side by side and the search beside
         them, one row, so the map and its timeline share the first screen. */
      @container (min-width: 1000px) {
        .toolbar > :first-child {
          flex: 9 1 33em;
          max-width: 56em;
        }
      }
      /* A phone on its side: the pickers and the search on one row where the choices fit whole
         (the two pickers side by side), the map higher on the screen; narrower, two rows. */
      @media (max-height: 500px) and (orientation: landscape) {
        .toolbar > * {
          max-width: none;
        }
        .toolbar > :first-child {
          flex: 9 1 33em;
        }
      }
      .as-of {
        /* Layout and style containment: text that changes on every timeline step stays inside. */
        contain: layout style;
        margin: 0 0 8px;
        min-height: 1.45em;
      }
      .body {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 16px;
      }
      /* Two columns only when there is a sidebar to put in the second. */
      @container (min-width: 880px) {
        .body.with-sidebar {
          grid-template-columns: minmax(0, 1fr) clamp(300px, 30%, 520px);
          align-items: start;
        }
        cdm-sidebar {
          position: sticky;
          top: 8px;
          max-height: calc(100vh - 16px);
          overflow: auto;
        }
      }
      .main {
        display: flex;
        flex-direction: column;
        gap: 12px;
        min-width: 0;
      }
      .map-box {
        position: relative;
      }
      .map-box[hidden] {
        display: none;
      }
      .display-toggle {
        display: flex;
        align-self: flex-start;
      }
      .display-toggle button {
        font: inherit;
        font-size: ${PANEL_SIZE};
        min-height: 36px;
        padding: 4px 16px;
        border: 1px solid ${themeVar('--cdm-control-border')};
        background: ${themeVar('--cdm-background')};
        color: ${themeVar('--cdm-text')};
        cursor: pointer;
      }
      .display-toggle button:first-child {
        border-radius: 4px 0 0 4px;
      }
      .display-toggle button:last-child {
        border-radius: 0 4px 4px 0;
        border-left: none;
      }
      .display-toggle button[aria-pressed='true'] {
        background: ${themeVar('--cdm-accent')};
        border-color: ${themeVar('--cdm-accent')};
        color: ${themeVar('--cdm-background')};
        font-weight: ${STRONG_WEIGHT};
      }
      .display-toggle button:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 2px;
      }
      .not-launched {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        pointer-events: none;
      }
      .not-launched > div {
        pointer-events: auto;
        max-width: 28em;
        margin: 12px;
        padding: 12px 16px;
        border-radius: 6px;
        background: ${themeVar('--cdm-background')};
        border: 1px solid ${themeVar('--cdm-control-border')};
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.15);
        text-align: center;
      }
      .not-launched p {
        margin: 0 0 8px;
      }
      /* On a phone the map is too short for the notice: it goes under the map instead of over it
         (and over the zoom buttons). The map takes the whole width. */
      @container (max-width: 599px) {
        .map-box {
          margin: 0 -12px;
        }
        /* The pickers take the whole width, one under the other, so a long declaration's name is
           not cut off; the search box follows on a row of its own. */
        .toolbar > * {
          flex-basis: 100%;
        }
        .not-launched {
          position: static;
        }
        .not-launched > div {
          max-width: none;
          margin: 8px 0 0;
          box-shadow: none;
        }
      }
      button.action {
        font: inherit;
        font-size: ${PANEL_SIZE};
        min-height: 36px;
        padding: 6px 14px;
        border-radius: 4px;
        border: 1px solid ${themeVar('--cdm-accent')};
        background: ${themeVar('--cdm-accent')};
        color: ${themeVar('--cdm-background')};
        cursor: pointer;
      }
      button.action:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 2px;
      }
      .placeholder {
        position: relative;
        aspect-ratio: 960 / 422;
        border-radius: 6px;
        background: ${themeVar('--cdm-sea')};
        display: grid;
        place-items: center;
        text-align: center;
        padding: 16px;
        box-sizing: border-box;
      }
      .placeholder p {
        margin: 0 0 10px;
        max-width: 36em;
      }
      .error {
        border: 2px solid ${themeVar('--cdm-color-refused')};
      }
      cdm-legend,
      cdm-timeline,
      cdm-sidebar {
        font-size: ${PANEL_SIZE};
      }
    `,
    // Last, so that on paper the map, legend and current sidebar content win over screen layout.
    printStyles,
  ];
