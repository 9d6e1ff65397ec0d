// <cdm-map>'s styles, in a module of their own so the element's file holds its behaviour.
import { css } from 'lit';
import { statusFillStyles, visuallyHidden } from './status-style';
import { MEASURED_TEXT_PX, PANEL_SIZE, STRONG_WEIGHT, ZOOM_GLYPH_PX } from './type-scale';
import { themeVar } from './theme';

export const mapStyles = [
    visuallyHidden,
    css`
      :host {
        /* The map paints inside its box: text changing around it does not reach into it. */
        contain: content;
        display: block;
        position: relative;
        color: inherit;
        container-type: inline-size;
      }
      .frame {
        position: relative;
        border-radius: 6px;
        overflow: hidden;
        background: ${themeVar('--cdm-sea')};
      }
      .viewport {
        display: block;
        outline: none;
        border-radius: 6px;
      }
      /* An outline, painted over the drawing (an inset shadow was painted under it, hidden once zoomed). */
      .viewport:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: -3px;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
        /* One finger scrolls the page; two fingers reach d3-zoom (see the zoom filter). */
        touch-action: pan-x pan-y;
        user-select: none;
        -webkit-user-select: none;
        cursor: grab;
      }
      svg:active {
        cursor: grabbing;
      }
      .sphere {
        fill: ${themeVar('--cdm-sea')};
        stroke: none;
      }
      .other-land {
        fill: ${themeVar('--cdm-other-land')};
        stroke: none;
        pointer-events: none;
      }
      .shape,
      .marker .dot {
        fill: ${themeVar('--cdm-other-land')};
        stroke: ${themeVar('--cdm-border')};
        stroke-width: 0.6px;
        vector-effect: non-scaling-stroke;
        stroke-linejoin: round;
        cursor: pointer;
      }
      .marker .dot {
        fill: inherit;
        stroke-width: 1.2px;
      }
      .marker {
        fill: ${themeVar('--cdm-other-land')};
        cursor: pointer;
      }
      .marker .hit {
        fill: transparent;
        stroke: none;
        pointer-events: all;
      }
      svg[data-highlight] [data-country] {
        opacity: 0.22;
      }
      svg[data-highlight] [data-country].lit {
        opacity: 1;
      }
      .ring {
        fill: none;
        pointer-events: none;
        vector-effect: non-scaling-stroke;
        stroke-linejoin: round;
      }
      .ring.selected {
        stroke: ${themeVar('--cdm-selected')};
        stroke-width: 2.5px;
      }
      .ring.focus {
        stroke: ${themeVar('--cdm-focus')};
        stroke-width: 3px;
        stroke-dasharray: 5 3;
        /* A hard edge of the page's colour round each dash: it stands out on a state of its own hue (refused). */
        --_e: ${themeVar('--cdm-background')};
        filter: drop-shadow(1px 0 var(--_e)) drop-shadow(-1px 0 var(--_e)) drop-shadow(0 1px var(--_e)) drop-shadow(0 -1px var(--_e));
      }
      .zoom-controls {
        position: absolute;
        right: 8px;
        top: 8px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .zoom-controls button {
        all: unset;
        box-sizing: border-box;
        width: 32px;
        height: 32px;
        display: grid;
        place-items: center;
        font: ${STRONG_WEIGHT} ${ZOOM_GLYPH_PX}px/1 var(--cdm-font-family, system-ui, sans-serif);
        color: ${themeVar('--cdm-text')};
        background: ${themeVar('--cdm-background')};
        border: 1px solid ${themeVar('--cdm-control-border')};
        border-radius: 4px;
        cursor: pointer;
      }
      .zoom-controls button:hover {
        background: ${themeVar('--cdm-control-hover')};
      }
      .zoom-controls button:focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 1px;
      }
      .zoom-controls .reset {
        font-size: ${MEASURED_TEXT_PX}px;
      }
      /* On a phone no corner of the map is free of land: the buttons go in a row under it. */
      @container (max-width: 560px) {
        .zoom-controls {
          position: static;
          flex-direction: row;
          justify-content: flex-end;
          padding: 4px;
        }
      }
      /* Placed by placeTip from its measured size: its width must not depend on where it is
         (an absolute box narrows near the right edge), hence max-content within a maximum. */
      .tooltip {
        position: absolute;
        z-index: 2;
        width: max-content;
        max-width: min(260px, 100% - 8px);
        padding: 6px 8px;
        border-radius: 4px;
        background: ${themeVar('--cdm-tooltip-background')};
        color: ${themeVar('--cdm-tooltip-text')};
        font: ${PANEL_SIZE}/1.35 var(--cdm-font-family, system-ui, sans-serif);
        pointer-events: none;
        box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
      }
      .tooltip strong {
        display: block;
        font-weight: ${STRONG_WEIGHT};
      }
      .wheel-hint {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        padding: 1em;
        text-align: center;
        font: ${STRONG_WEIGHT} 1em/1.3 var(--cdm-font-family, system-ui, sans-serif);
        color: #fff;
        background: rgb(0 0 0 / 0.45);
        pointer-events: none;
        opacity: 0;
        transition: opacity 0.3s;
      }
      .wheel-hint.shown {
        opacity: 1;
      }
      .wheel-hint.still {
        transition: none;
      }
      @media (prefers-reduced-motion: reduce) {
        .wheel-hint {
          transition: none;
        }
      }
    `,
    statusFillStyles,
  ];
