// <cdm-timeline>'s styles, in a module of their own so the element's file holds its behaviour.
import { css } from 'lit';
import { MEASURED_TEXT_PX, STRONG_WEIGHT } from './type-scale';
import { themeVar } from './theme';
import { visuallyHidden } from './status-style';

export const timelineStyles = [visuallyHidden, css`
    :host {
      --_accent: ${themeVar('--cdm-accent')};
      --_launch: ${themeVar('--cdm-timeline-launch')};
      --_change: ${themeVar('--cdm-timeline-change')};
      --_context: ${themeVar('--cdm-timeline-context')};
      --_muted: ${themeVar('--cdm-muted-text')};
      --_thumb: 22px;
      display: block;
      font-family: var(--cdm-font-family, system-ui, sans-serif);
      min-width: 0;
    }
    :host([disabled]) {
      opacity: 0.55;
    }
    .controls {
      display: flex;
      align-items: center;
      gap: 0.25em;
      flex-wrap: wrap;
    }
    button {
      font: inherit;
      color: inherit;
      min-width: 44px;
      min-height: 44px;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.35em;
      padding: 0 0.75em;
      border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
      border-radius: 6px;
      background: transparent;
      cursor: pointer;
    }
    button:hover:not(:disabled) {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    button:disabled {
      cursor: default;
      opacity: 0.45;
    }
    button[part~='previous'],
    button[part~='next'] {
      padding: 0;
    }
    button svg {
      width: 16px;
      height: 16px;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .play svg {
      fill: currentColor;
      stroke: none;
    }
    .play {
      min-width: 6.5em;
      font-weight: ${STRONG_WEIGHT};
    }
    :is(button, input):focus-visible {
      outline: 3px solid ${themeVar('--cdm-focus')};
      outline-offset: 2px;
    }
    /* The readout is a box of fixed size (the date, then two lines for the event), whatever the
       date: event text that came and went used to push the slider down under the reader's
       pointer. Its width comes from the flex basis, never from its text, so it also never hops
       between the buttons' row and a row of its own. Strict containment: text that changes on
       every timeline step stays inside. */
    .readout {
      contain: strict;
      flex: 1 1 16em;
      /* The date's line and two lines of the event, in lines: a reader's own line height
         (WCAG 1.4.12 text spacing) grows the box instead of cutting the text. */
      height: 3lh;
      margin: 0 0 0 0.5em;
      line-height: 1.3;
    }
    .readout-date {
      display: block;
      font-weight: ${STRONG_WEIGHT};
      font-variant-numeric: tabular-nums;
    }
    /* What does not fit in two lines ends in an ellipsis; the full text stays in the DOM for
       screen readers (and in the slider's aria-valuetext), and in a title for the mouse. */
    .readout-event {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      color: var(--_muted);
    }
    .track {
      position: relative;
      margin-top: 0.25em;
    }
    /* Labels, marks and axis are inset by half a thumb so their percentages line up with the
       thumb centre, which travels from thumb/2 to width - thumb/2. */
    .labels,
    .marks,
    .axis {
      position: relative;
      margin-inline: calc(var(--_thumb) / 2);
    }
    .labels {
      height: calc(var(--rows) * 1.5em);
      font-size: ${MEASURED_TEXT_PX}px;
    }
    .probe {
      position: absolute;
      visibility: hidden;
      white-space: nowrap;
    }
    .label {
      position: absolute;
      white-space: nowrap;
      line-height: 1.5em;
      color: var(--_muted);
    }
    .label.launch {
      color: var(--_launch);
      font-weight: ${STRONG_WEIGHT};
    }
    .label.context {
      color: var(--_context);
      font-style: italic;
    }
    .label.current {
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    .marks {
      height: 14px;
      margin-bottom: -10px;
      z-index: 1;
    }
    .mark {
      position: absolute;
      bottom: 0;
      min-width: 0;
      min-height: 0;
      width: 9px;
      height: 9px;
      padding: 0;
      border: 0;
      border-radius: 0;
      transform: translateX(-50%);
      background: var(--_change);
      cursor: pointer;
    }
    /* Launches: a tall bar; changes: a short tick; context: a hollow diamond. */
    .mark.launch {
      width: 4px;
      height: 14px;
      background: var(--_launch);
    }
    .mark.change {
      width: 2px;
      height: 9px;
    }
    .mark.context {
      width: 7px;
      height: 7px;
      bottom: 2px;
      background: transparent;
      border: 2px solid var(--_context);
      transform: translateX(-50%) rotate(45deg);
    }
    .mark.current {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    input[type='range'] {
      -webkit-appearance: none;
      appearance: none;
      display: block;
      width: 100%;
      height: 44px;
      margin: 0;
      background: transparent;
      cursor: pointer;
      /* A finger dragging sideways moves the handle; one swiping up or down scrolls the page. */
      touch-action: pan-y;
    }
    /* --progress is set on the input itself, not on the track: a step then restyles the slider
       alone instead of every mark and label that would inherit it. */
    input[type='range']::-webkit-slider-runnable-track {
      height: 4px;
      border-radius: 2px;
      background: linear-gradient(
        to right,
        color-mix(in srgb, currentColor 25%, transparent) calc(var(--from, 0) * 100%),
        var(--_accent) calc(var(--from, 0) * 100%) calc(var(--progress) * 100%),
        color-mix(in srgb, currentColor 25%, transparent) calc(var(--progress) * 100%)
      );
    }
    /* The change view's second handle lies over the first: only its thumb takes the pointer. */
    .sliders {
      position: relative;
    }
    input.from {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    input.from[type='range']::-webkit-slider-runnable-track {
      background: none;
    }
    input.from[type='range']::-webkit-slider-thumb {
      pointer-events: auto;
      background: Canvas;
      border: 4px solid var(--_accent);
      box-shadow: none;
    }
    input.from::-moz-range-track,
    input.from::-moz-range-progress {
      background: none;
    }
    input.from[type='range']::-moz-range-thumb {
      pointer-events: auto;
      background: Canvas;
      border: 4px solid var(--_accent);
    }
    input[type='range']::-webkit-slider-thumb {
      -webkit-appearance: none;
      width: var(--_thumb);
      height: var(--_thumb);
      margin-top: calc(2px - var(--_thumb) / 2);
      border-radius: 50%;
      background: var(--_accent);
      border: 3px solid Canvas;
      box-shadow: 0 0 0 1px var(--_accent);
    }
    input[type='range']::-moz-range-track {
      height: 4px;
      background: color-mix(in srgb, currentColor 25%, transparent);
    }
    input[type='range']::-moz-range-progress {
      height: 4px;
      background: var(--_accent);
    }
    input[type='range']::-moz-range-thumb {
      width: var(--_thumb);
      height: var(--_thumb);
      border-radius: 50%;
      background: var(--_accent);
      border: 3px solid Canvas;
    }
    .axis {
      height: 1.4em;
      margin-top: -10px;
      font-size: ${MEASURED_TEXT_PX}px;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .tick {
      position: absolute;
      top: 0;
      transform: translateX(-50%);
      padding-top: 6px;
    }
    .tick::before {
      content: '';
      position: absolute;
      top: 0;
      left: 50%;
      width: 1px;
      height: 5px;
      background: currentColor;
    }
    @media (forced-colors: active) {
      .mark,
      .mark.launch {
        background: CanvasText;
      }
      /* The track and the handles are backgrounds, which forced colours would paint as the page
         (and a gradient not at all): drawn here in the reader's system colours, kept as given. */
      input[type='range']::-webkit-slider-runnable-track {
        forced-color-adjust: none;
        background: linear-gradient(
          to right,
          GrayText calc(var(--from, 0) * 100%),
          Highlight calc(var(--from, 0) * 100%) calc(var(--progress) * 100%),
          GrayText calc(var(--progress) * 100%)
        );
      }
      input.from[type='range']::-webkit-slider-runnable-track {
        background: none;
      }
      /* One rule per engine: a selector list with a pseudo-element another engine does not know is dropped whole. */
      input[type='range']::-webkit-slider-thumb {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Canvas;
        box-shadow: 0 0 0 1px CanvasText;
      }
      input[type='range']::-moz-range-thumb {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Canvas;
      }
      input.from[type='range']::-webkit-slider-thumb {
        background: Canvas;
        border-color: Highlight;
      }
      input.from[type='range']::-moz-range-thumb {
        background: Canvas;
        border-color: Highlight;
      }
      input[type='range']::-moz-range-track {
        forced-color-adjust: none;
        background: GrayText;
      }
      input[type='range']::-moz-range-progress {
        forced-color-adjust: none;
        background: Highlight;
      }
      .tick::before {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
  `];
