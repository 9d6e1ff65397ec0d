// Styles of <cdm-presentation>: a 16:9 slide. On a landscape screen the rows and the legend's
// column have fixed sizes in em (and em follows only the screen's width), so the map's box is the
// same on every step whatever the caption, legend or title; on portrait screens the legend goes
// under the map.
import { css } from 'lit';
import { themeVar } from './theme';

export const presentationStyles = css`
  :host {
    display: none;
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    box-sizing: border-box;
    padding: clamp(12px, 2vh, 32px) clamp(16px, 2.5vw, 48px);
    background: var(--cdm-presentation-background, #ffffff);
    color: var(--cdm-presentation-color, #1d232a);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    /* Large type: readable from the back of a room on a projector (28 px on a 1920 px screen). */
    font-size: clamp(16px, 1.45vw, 44px);
    line-height: 1.25;
    outline: none;
  }
  :host([open]) {
    display: grid;
    /* minmax(0, 1fr), not auto: an auto track grows to the map's min-content width. */
    grid-template-columns: minmax(0, 1fr) 14.5em;
    grid-template-rows: 3.3em minmax(0, 1fr) 3.3em 1.2em;
    grid-template-areas: 'header header' 'map legend' 'footer footer' 'source source';
    gap: 0.4em 1em;
  }
  @media (max-aspect-ratio: 4/3) {
    :host([open]) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto auto;
      grid-template-areas: 'header' 'map' 'legend' 'footer' 'source';
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      background: var(--cdm-presentation-background, #0e1217);
      color: var(--cdm-presentation-color, #e6eaee);
    }
    button:focus-visible {
      outline-color: ${themeVar('--cdm-focus', 'dark')};
    }
  }
  header {
    grid-area: header;
    min-width: 0;
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1em;
  }
  header > div {
    flex: 1 1 auto;
    min-width: 0;
  }
  h1,
  .counts,
  .source {
    margin: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  h1 {
    font-size: 1.6em;
    line-height: 1.2;
    font-weight: 700;
  }
  .date {
    font-size: 1.4em;
    font-weight: 600;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .counts {
    font-size: 1em;
  }
  .map-area {
    grid-area: map;
    /* A size container: the map reads the space it has, not the space its content asks for. */
    container-type: size;
    min-height: 0;
    min-width: 0;
    display: grid;
    place-items: center;
  }
  .map-wrap {
    /* As large as the area allows at the atlas's aspect ratio, never cropped. */
    width: min(100cqw, 100cqh * var(--map-w) / var(--map-h));
    aspect-ratio: var(--map-w) / var(--map-h);
  }
  cdm-slide-map::part(zoom-controls) {
    display: none;
  }
  /* The slide's map and legend keep the light palette in either scheme, as they always have: their
     defaults are light-dark() (theme.ts), and the page this element sits in may be dark. */
  cdm-slide-map,
  cdm-legend {
    color-scheme: light;
  }
  cdm-legend {
    grid-area: legend;
    min-height: 0;
    overflow: hidden;
    align-self: center;
    font: 500 0.68em/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: inherit;
    --cdm-text: currentColor;
    --cdm-muted-text: currentColor;
  }
  .loading {
    grid-area: map;
    align-self: center;
    justify-self: center;
  }
  footer {
    grid-area: footer;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: 0.5em 1em;
    border-top: 2px solid currentColor;
    padding-top: 0.3em;
  }
  @media (max-aspect-ratio: 4/3) {
    footer {
      flex-wrap: wrap;
    }
  }
  .caption {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-size: 1.15em;
    line-height: 1.2;
    font-weight: 500;
    overflow-wrap: break-word;
  }
  .counter {
    margin-left: auto;
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .source {
    grid-area: source;
    font-size: 0.68em;
    line-height: 1.6;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  button {
    font: inherit;
    font-size: 0.7em;
    min-width: 2.6em;
    min-height: 2.2em;
    padding: 0.2em 0.6em;
    border: 1px solid currentColor;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    cursor: pointer;
    opacity: 0.75;
  }
  button:hover,
  button:focus-visible {
    opacity: 1;
  }
  button:focus-visible {
    outline: 3px solid ${themeVar('--cdm-focus', 'light')};
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.3;
    cursor: default;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    grid-area: map;
    align-self: center;
    justify-self: center;
    max-width: 40em;
  }
`;
