// <cdm-sidebar>'s styles, in a module of their own so the element's file holds its behaviour.
import { css } from 'lit';
import { statusFillStyles, visuallyHidden } from './status-style';
import { SMALL_SIZE, STRONG_WEIGHT, TITLE_SIZE, strongText } from './type-scale';
import { themeVar } from './theme';

export const sidebarStyles = [
    statusFillStyles,
    strongText,
    visuallyHidden,
    css`
      :host {
        /* Layout and style containment: text that changes on every timeline step stays inside. */
        contain: layout style;
        --_accent: ${themeVar('--cdm-accent')};
        --_muted: ${themeVar('--cdm-muted-text')};
        display: block;
        font-family: var(--cdm-font-family, system-ui, sans-serif);
        line-height: 1.5;
        font-size: 0.95em;
        overflow-wrap: anywhere;
        min-width: 0;
      }
      /* The parts that never change with the date are layers of their own, so a timeline step
         repaints the counts, not every line of the quotes and sources around them. */
      article > :not(.counts),
      .headline {
        position: relative;
      }
      .defs {
        position: absolute;
        width: 0;
        height: 0;
      }
      .body {
        max-width: 40em;
      }
      h2 {
        font-size: ${TITLE_SIZE};
        line-height: 1.25;
        margin: 0 0 0.4em;
        text-wrap: balance;
      }
      h3 {
        font-size: 1em;
        margin: 1.4em 0 0.4em;
      }
      p {
        margin: 0 0 0.6em;
      }
      .kicker {
        text-transform: uppercase;
        letter-spacing: 0.06em;
        font-size: ${SMALL_SIZE};
        font-weight: ${STRONG_WEIGHT};
        color: var(--_muted);
        margin: 0 0 0.2em;
      }
      .meta,
      .muted {
        color: var(--_muted);
      }
      a {
        color: var(--_accent);
        text-underline-offset: 2px;
      }
      a:hover {
        text-decoration-thickness: 2px;
      }
      :is(a, button, h2):focus-visible {
        outline: 3px solid ${themeVar('--cdm-focus')};
        outline-offset: 2px;
        border-radius: 2px;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: ${STRONG_WEIGHT};
        margin-top: 0.5em;
      }
      dd {
        margin: 0.15em 0 0;
      }
      ul,
      ol {
        padding: 0;
        margin: 0;
        list-style: none;
      }
      .headline li,
      .non-state li {
        margin: 0.35em 0;
      }
      .headline-group {
        padding: 0.1em 0 0.2em 0.7em;
        border-left: 3px solid color-mix(in srgb, currentColor 15%, transparent);
      }
      .headline-date {
        margin: 0;
        font-size: ${SMALL_SIZE};
        font-weight: ${STRONG_WEIGHT};
        color: var(--_muted);
      }
      .unlinked {
        font-style: italic;
      }
      .count-list {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2em 0.9em;
      }
      .count {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
      }
      .swatch {
        flex: none;
        vertical-align: -2px;
        margin-right: 0.3em;
      }
      .count .swatch {
        margin-right: 0;
      }
      .swatch rect {
        stroke: color-mix(in srgb, currentColor 40%, transparent);
        stroke-width: 1;
      }
      .flag {
        color: ${themeVar('--cdm-warning-text')};
        font-size: ${SMALL_SIZE};
      }
      .ours {
        margin: 0.3em 0 0;
        font-size: ${SMALL_SIZE};
        font-weight: ${STRONG_WEIGHT};
      }
      .country-head {
        display: flex;
        align-items: flex-start;
        justify-content: space-between;
        gap: 0.5em;
      }
      .close,
      .zoom {
        flex: none;
        min-height: 36px;
        border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
        border-radius: 6px;
        background: transparent;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      .close {
        width: 44px;
        height: 44px;
        display: inline-flex;
        align-items: center;
        justify-content: center;
      }
      .zoom {
        margin-top: 0.5em;
        padding: 4px 12px;
      }
      .zoom:hover,
      .close:hover {
        background: color-mix(in srgb, currentColor 8%, transparent);
      }
      .close svg {
        width: 16px;
        height: 16px;
        stroke: currentColor;
        stroke-width: 2;
        stroke-linecap: round;
      }
      .record > li {
        padding: 0.75em 0;
        border-top: 1px solid color-mix(in srgb, currentColor 15%, transparent);
      }
      .record h3 {
        margin: 0 0 0.25em;
      }
      /* Compare view: the two declarations' entries side by side. */
      .side-by-side {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
        column-gap: 1em;
      }
      .pair-line {
        font-weight: ${STRONG_WEIGHT};
      }
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 0.4em;
        margin-bottom: 0.3em;
      }
      .status .swatch {
        margin-right: 0;
      }
      .reason {
        font-size: ${SMALL_SIZE};
      }
      .evidence {
        font-size: ${SMALL_SIZE};
        border-left: 3px solid color-mix(in srgb, currentColor 15%, transparent);
        padding-left: 0.7em;
      }
      .evidence > li {
        margin: 0.3em 0;
      }
      .event > span {
        display: block;
      }
      .event-what {
        font-weight: ${STRONG_WEIGHT};
      }
      .note {
        color: var(--_muted);
      }
      .later {
        margin: 0.4em 0 0;
        font-size: ${SMALL_SIZE};
      }
      .quote {
        margin: 0.8em 0;
        /* A quote far from the screen (a phone shows the sidebar under the map) is laid out and
           painted when the reader scrolls near it, not with the first view. */
        content-visibility: auto;
        contain-intrinsic-size: auto 8em;
      }
      @media print {
        .quote {
          content-visibility: visible;
        }
        /* Buttons do nothing on paper. */
        .close,
        .zoom {
          display: none;
        }
      }
      blockquote {
        margin: 0;
        padding: 0.1em 0 0.1em 0.9em;
        border-left: 3px solid var(--_accent);
        /* Quotes are set in a serif, unless the host gives the element a font of its own. */
        font-family: var(--cdm-font-family, Georgia, 'Times New Roman', serif);
      }
      blockquote p {
        margin: 0;
      }
      figcaption {
        margin-top: 0.3em;
        padding-left: 0.9em;
        font-size: ${SMALL_SIZE};
        color: var(--_muted);
      }
      .quote-about {
        margin: 0 0 0.2em;
        font-size: ${SMALL_SIZE};
        font-weight: ${STRONG_WEIGHT};
        color: var(--_muted);
      }
      figcaption .speaker {
        display: block;
        font-weight: ${STRONG_WEIGHT};
        color: inherit;
      }
      .source-meta {
        color: var(--_muted);
      }
      .missing {
        color: ${themeVar('--cdm-warning-text')};
      }
    `,
  ];
