// Styles of <cdm-presentation>: a 16:9 slide. Type is set in em of one size that scales with the
// screen, and every row but the map's has a fixed height in em (two lines of counts, of caption, of
// sources: they wrap, never cut), so the map's box is the same on every step (a reader's own text
// spacing may grow a row). 4:3 screens put the
// legend under the map; portrait phones stack everything and keep the map right under the title.
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
    /* The slide's scheme is the reader's (the media query below), so is its map's and legend's
       (their light-dark() defaults), whatever scheme the page declares. */
    color-scheme: light dark;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    /* The slide's smallest text (definitions, sources, buttons); the rest is set in multiples. It
       scales with the slide (the host is the window): 16 px at 1024 x 768, 18 at 1280 x 720, 24.5
       at 1920 x 1080, readable from the back of a room. */
    font-size: clamp(14px, min(1.5625vw, 2.2727vh), 48px);
    line-height: 1.25;
    outline: none;
    /* Fixed rows, so the map's box is the same on every step: the header holds the title and
       two lines of counts, the footer two lines of caption, the source line two lines. */
    --title-h: calc(1.75em * 1.15);
    --counts-h: calc(1.15em * 1.2 * 2);
    --caption-lines: 2;
    --footer-h: calc(1.25em * 1.2 * var(--caption-lines) + 0.3em + 2px);
    --source-h: calc(1em * 1.25 * 2);
    /* Those heights at least; more only when a reader's own text spacing (WCAG 1.4.12) needs a
       third line, which then takes its room from the map instead of running over it. */
    --header-row: minmax(calc(var(--title-h) + var(--counts-h)), max-content);
    --footer-row: minmax(var(--footer-h), max-content);
    --source-row: minmax(var(--source-h), max-content);
  }
  /* Holds the lang="en" of the slide's words; its children are the host's grid items. */
  .slide {
    display: contents;
  }
  /* A clicker's blank screen: black over everything, the step kept underneath. */
  :host([blank])::after {
    content: '';
    position: fixed;
    inset: 0;
    z-index: 1;
    background: #000;
    forced-color-adjust: none;
  }
  :host([open]) {
    display: grid;
    /* minmax(0, 1fr), not auto: an auto track grows to the map's min-content width. */
    grid-template-columns: minmax(0, 1fr) 24em;
    grid-template-rows: var(--header-row) minmax(0, 1fr) var(--footer-row) var(--source-row);
    grid-template-areas: 'header header' 'map legend' 'footer footer' 'source source';
    gap: 0.4em 1em;
  }
  /* 4:3 and narrower: the legend goes under the map, in a row of fixed height (the map's box the
     same on every step); folded to its compact form, it gives the map the room it no longer needs. */
  @media (max-aspect-ratio: 4/3) {
    :host([open]) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: var(--header-row) minmax(0, 1fr) auto var(--footer-row) var(--source-row);
      grid-template-areas: 'header' 'map' 'legend' 'footer' 'source';
    }
    cdm-legend:not([compact]) {
      height: 17em;
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
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: var(--title-h) auto;
    grid-template-areas: 'title date' 'counts counts';
    column-gap: 1em;
    align-items: baseline;
  }
  /* The counts run under the date too: the longest (a pair's) needs the whole width for two lines. */
  header > div {
    display: contents;
  }
  h1,
  .counts,
  .source {
    margin: 0;
  }
  h1 {
    grid-area: title;
    font-size: 1.75em;
    line-height: 1.15;
    font-weight: 700;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .date {
    grid-area: date;
    font-size: 1.5em;
    line-height: 1.15;
    font-weight: 600;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .counts {
    grid-area: counts;
    font-size: 1.15em;
    line-height: 1.2;
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
  cdm-legend {
    grid-area: legend;
    min-height: 0;
    /* Kept to its row and the gaps round it (0.4em), never over the caption and the buttons: where a
       reader's larger text spacing leaves its definitions no room, it folds to its compact form
       (legend-fit-controller.ts), and a phone on its side scrolls it. */
    max-height: calc(100% + 0.4em);
    overflow: auto;
    align-self: center;
    /* The legend sets its definitions at 0.86 of its size: they come out at the slide's smallest. */
    font: 500 calc(1em / 0.86) / 1.25 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
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
  .caption {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.2;
    font-weight: 500;
    overflow-wrap: break-word;
  }
  .counter {
    margin-left: auto;
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .source {
    grid-area: source;
    line-height: 1.25;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  button {
    font: inherit;
    min-width: 2.4em;
    min-height: 2em;
    padding: 0.1em 0.5em;
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
  /* Portrait: each part in its own row, as tall as its text; the title's row is two lines high
     whatever the title, so the map under it stays put from step to step. The counts go under it.
     So on a screen too short for the fixed rows (400 % zoom of a laptop: 320 x 256), where the
     slide scrolls rather than leave the map no height and the buttons below the screen. */
  @media (max-aspect-ratio: 3/4), (max-aspect-ratio: 4/3) and (max-height: 520px), (max-height: 300px) {
    :host([open]) {
      overflow-y: auto;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
      /* Each row its content's height: the slide scrolls, rather than squeeze one over another. */
      grid-auto-rows: max-content;
      grid-template-areas: 'title' 'date' 'map' 'counts' 'legend' 'footer' 'source';
      align-content: start;
    }
    header {
      display: contents;
    }
    h1 {
      font-size: 1.5em;
      height: calc(1.15em * 2);
      white-space: normal;
    }
    .date {
      font-size: 1.15em;
    }
    .map-area {
      container-type: inline-size;
      aspect-ratio: var(--map-w) / var(--map-h);
    }
    cdm-legend:not([compact]) {
      height: auto;
    }
    footer {
      flex-wrap: wrap;
      /* The buttons stay on the screen as the slide scrolls and its parts change height by step. */
      position: sticky;
      /* Down to the slide's edge, over its padding, so nothing shows under the buttons. */
      bottom: calc(-1 * clamp(12px, 2vh, 32px));
      padding-bottom: clamp(12px, 2vh, 32px);
      background: inherit;
    }
  }
`;
