import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { PLAY_STEP_MS, PlaybackController } from '../controllers/playback-controller';
import { formatDay, isIsoDate } from '../lib/dates';
import { TIMELINE_END, TIMELINE_START, nextStop, previousStop, type TimelineStop } from '../lib/timeline';
import {
  addMonths,
  clampDate,
  dateAtIndex,
  dayCount,
  dayIndex,
  estimateLabelWidth,
  layoutLabels,
  positionOf,
  shortStopLabel,
  yearTicks,
  type YearTick,
} from '../lib/timeline-scale';
import type { IsoDate } from '../lib/types';
import { cdmEvent } from './events';

/** Rows of stop labels above the track; stops whose label fits in none keep their mark. */
const LABEL_ROWS = 2;
/** Font size of stop labels in px (also used to estimate their width for thinning). */
const LABEL_FONT_PX = 12;
/** Free space between two labels in one row, px. */
const LABEL_GAP_PX = 6;
/** Months moved by PageUp / PageDown. */
const PAGE_MONTHS = 1;
/** Months moved by Shift+PageUp / Shift+PageDown. */
const SHIFT_PAGE_MONTHS = 12;
/** Narrowest space per year label, px; below it only every second (third...) year is labelled. */
const MIN_YEAR_LABEL_PX = 40;
/** Label priority: lower wins a row. */
const KIND_PRIORITY: Record<TimelineStop['kind'], number> = { launch: 0, change: 1, context: 2 };

/** All stops that fall on one date, drawn as one mark. */
interface StopGroup {
  date: IsoDate;
  stops: TimelineStop[];
  /** The most prominent kind on that date (launch > change > context). */
  kind: TimelineStop['kind'];
  position: number;
  title: string;
}

interface PlacedLabel {
  group: StopGroup;
  text: string;
  row: number;
  left: number;
}

/**
 * A timeline from `start` to `end` with a mark at every stop (declaration launches, later joins
 * and changes, context events). Built on a native `<input type="range">`, one step per day, so
 * it keeps the browser's keyboard handling and slider semantics; arrow keys step from stop to
 * stop, PageUp/PageDown by a month (with Shift a year), Home/End to the ends.
 *
 * @fires cdm-date-change - `{date}` when the reader drags, steps, clicks a mark or plays; never
 *   when `date` is set from outside.
 * @csspart controls - the row of buttons and the date readout
 * @csspart button - every button (previous, play, next)
 * @csspart previous - the "previous event" button
 * @csspart play - the play / pause button
 * @csspart next - the "next event" button
 * @csspart readout - the current date and the event on it
 * @csspart track - the area holding labels, marks, slider and axis
 * @csspart slider - the native range input
 * @csspart mark - each stop mark (also `mark-launch`, `mark-change`, `mark-context`)
 * @csspart label - each visible stop label
 * @csspart axis - the year axis under the slider
 * @cssproperty --cdm-accent - slider thumb, progress and focus ring colour
 * @cssproperty --cdm-timeline-launch - launch marks and labels
 * @cssproperty --cdm-timeline-change - change marks
 * @cssproperty --cdm-timeline-context - context marks
 * @cssproperty --cdm-muted - axis and secondary text
 * @cssproperty --cdm-font-family - font family
 * @cssproperty --cdm-muted-text - secondary text
 */
export class CdmTimeline extends LitElement {
  // Static properties, not decorators: the embed then carries no decorator helpers.
  static override properties = {
    stops: { attribute: false },
    date: {},
    start: {},
    end: {},
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
    disabled: { type: Boolean, reflect: true },
    playStepMs: { type: Number, attribute: 'play-step-ms' },
    axisWidth: { state: true },
  };

  /** Stops to mark and to step through (any order; same-day stops share a mark). */
  stops: TimelineStop[] = [];
  /** The selected date (`YYYY-MM-DD`); shown clamped to [start, end]. */
  date: IsoDate = TIMELINE_START;
  start: IsoDate = TIMELINE_START;
  end: IsoDate = TIMELINE_END;
  /** Play jumps from stop to stop, never glides. The OS preference is honoured as well. */
  reducedMotion = false;
  disabled = false;
  /** Milliseconds per stop during playback. */
  playStepMs = PLAY_STEP_MS;

  private axisWidth = 0;

  private groups: StopGroup[] = [];
  /** Index of each group by its date: the readout and the current mark in one lookup. */
  private groupIndex = new Map<IsoDate, number>();
  private stopDates: IsoDate[] = [];
  /** Stops inside [start, end], by date: what next / previous step through. */
  private sortedStops: TimelineStop[] = [];
  private labels: PlacedLabel[] = [];
  private ticks: YearTick[] = [];
  private shownDate: IsoDate = TIMELINE_START;
  private pendingDate: IsoDate | null = null;
  private pendingFrame: number | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** The group whose mark and label carry the `current` class (-1: none); see markCurrent. */
  private markedIndex = -1;
  private marksDirty = true;
  /** The rendered marks, by group index, and each group's labels (see markCurrent). */
  private markEls: HTMLElement[] = [];
  private labelEls: HTMLElement[][] = [];

  private readonly playback = new PlaybackController(this, {
    onDate: (date) => this.commit(date),
  });

  get playing(): boolean {
    return this.playback.playing;
  }

  /** Starts playback from the current date (from the first stop when at or past the last). */
  play(): void {
    if (this.disabled || this.stopDates.length === 0) return;
    this.playback.stepMs = this.playStepMs;
    this.playback.reducedMotion = this.prefersReducedMotion();
    let ahead = this.stopDates.filter((d) => d > this.shownDate);
    if (ahead.length === 0) {
      const [first, ...rest] = this.stopDates;
      this.commit(first!);
      ahead = rest;
    }
    this.playback.play(this.shownDate, ahead);
  }

  pause(): void {
    this.playback.pause();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = null;
    this.pendingDate = null;
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host page can set anything: impossible dates fall back to the defaults instead of throwing.
    if (!isIsoDate(this.start)) this.start = TIMELINE_START;
    if (!isIsoDate(this.end) || this.end < this.start) this.end = this.start > TIMELINE_END ? this.start : TIMELINE_END;
    if (changed.has('stops') || changed.has('start') || changed.has('end')) {
      if (changed.has('stops') && this.playback.playing) this.playback.pause();
      this.groups = this.groupStops();
      this.groupIndex = new Map(this.groups.map((g, i) => [g.date, i]));
      this.sortedStops = this.groups.flatMap((g) => g.stops);
      this.stopDates = this.groups.map((g) => g.date);
      this.ticks = yearTicks(this.start, this.end);
    }
    if (changed.has('disabled') && this.disabled) this.playback.pause();
    this.shownDate = isIsoDate(this.date) ? clampDate(this.date, this.start, this.end) : this.start;
    // Labels, marks and ticks do not depend on the date: laid out again only when they change.
    const layoutChanged = changed.has('stops') || changed.has('start') || changed.has('end') || (changed as Map<PropertyKey, unknown>).has('axisWidth');
    if (layoutChanged) this.labels = this.placeLabels();
    if (layoutChanged || changed.has('disabled')) this.marksDirty = true;
  }

  protected override updated(): void {
    this.markCurrent();
  }

  /**
   * Moves the `current` class to the mark and label of the shown date. The marks are rendered
   * once per layout (a timeline step would otherwise diff every mark and label again), so this
   * toggles two classes instead, and only when the current stop changes.
   */
  private markCurrent(): void {
    const index = this.groupIndex.get(this.shownDate) ?? -1;
    if (!this.marksDirty && index === this.markedIndex) return;
    if (this.marksDirty) {
      // Marks and labels were rendered again: look them up once, then every step touches only
      // the previous and the new current ones.
      this.marksDirty = false;
      this.markEls = [...this.renderRoot.querySelectorAll<HTMLElement>('.marks > .mark')];
      const labels = this.renderRoot.querySelectorAll<HTMLElement>('.labels > .label');
      this.labelEls = this.groups.map(() => []);
      labels.forEach((l, i) => {
        const at = this.labels[i] ? this.groupIndex.get(this.labels[i]!.group.date) : undefined;
        if (at !== undefined) this.labelEls[at]!.push(l);
      });
      this.markEls.forEach((m) => m.classList.remove('current'));
      labels.forEach((l) => l.classList.remove('current'));
    } else this.setCurrent(this.markedIndex, false);
    this.markedIndex = index;
    this.setCurrent(index, true);
  }

  private setCurrent(index: number, on: boolean): void {
    if (index < 0) return;
    this.markEls[index]?.classList.toggle('current', on);
    for (const l of this.labelEls[index] ?? []) l.classList.toggle('current', on);
  }

  protected override render() {
    const max = dayCount(this.start, this.end);
    const value = dayIndex(this.start, this.shownDate);
    const here = this.groups[this.groupIndex.get(this.shownDate) ?? -1];
    const hereText = here ? here.stops.map((s) => s.label).join('; ') : '';
    // stopDates is sorted: some stop lies before the shown date iff the first does.
    const prevDisabled = this.disabled || !(this.stopDates.length > 0 && this.stopDates[0]! < this.shownDate);
    const nextDisabled = this.disabled || this.shownDate >= this.end;
    const playing = this.playback.playing;
    return html`
      <div class="controls" part="controls">
        <button part="button previous" type="button" aria-label="Previous event" title="Previous event"
          ?disabled=${prevDisabled} @click=${this.onPrevious}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 3 5.5 8l5 5" /></svg>
        </button>
        <button part="button play" class="play" type="button" aria-pressed=${playing ? 'true' : 'false'}
          ?disabled=${this.disabled || this.stopDates.length === 0} @click=${this.onPlay}>
          ${playing
            ? html`<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="4" y="3" width="3" height="10" /><rect x="9" y="3" width="3" height="10" /></svg>Pause`
            : html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3v10l8-5z" /></svg>Play`}
        </button>
        <button part="button next" type="button" aria-label="Next event" title="Next event"
          ?disabled=${nextDisabled} @click=${this.onNext}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m5.5 3 5 5-5 5" /></svg>
        </button>
        <p class="readout" part="readout">
          <span class="readout-date">${formatDay(this.shownDate)}</span>${hereText
            ? html`<span class="readout-event" title=${hereText}>${hereText}</span>`
            : nothing}
        </p>
      </div>
      <div class="track" part="track">
        <div class="labels" aria-hidden="true" .style=${`--rows:${LABEL_ROWS}`}>
          ${guard([this.labels], () =>
            this.labels.map(
              (l) => html`<span part="label label-${l.group.kind}" class="label ${l.group.kind}"
                .style=${`left:${l.left}px;bottom:${l.row * 1.5}em`} title=${l.group.title}>${l.text}</span>`,
            ),
          )}
        </div>
        <div class="marks" aria-hidden="true">
          ${guard([this.groups, this.disabled], () =>
            this.groups.map(
              (g) => html`<button type="button" tabindex="-1" part="mark mark-${g.kind}" class="mark ${g.kind}"
                .style=${`left:${g.position * 100}%`} title=${g.title} ?disabled=${this.disabled}
                @click=${() => this.userSetDate(g.date)} @contextmenu=${(e: Event) => (e.preventDefault(), this.userSetDate(g.date))}></button>`,
            ),
          )}
        </div>
        <input part="slider" type="range" min="0" max=${max} step="1" .value=${live(String(value))}
          .style=${`--progress:${max === 0 ? 0 : value / max}`}
          aria-label="Date" aria-valuetext=${hereText ? `${formatDay(this.shownDate)}: ${hereText}` : formatDay(this.shownDate)}
          ?disabled=${this.disabled}
          @input=${this.onInput} @change=${this.onChange} @keydown=${this.onKeydown}
          @pointerdown=${this.onPointerDown} />
        <div class="axis" part="axis" aria-hidden="true">
          ${guard([this.ticks, this.axisWidth], () => {
            const every = this.yearLabelEvery();
            return this.ticks.map(
              (t, i) => html`<span class="tick" .style=${`left:${t.position * 100}%`}>${i % every === 0 ? t.year : ''}</span>`,
            );
          })}
        </div>
      </div>
    `;
  }

  // ---- user actions ---------------------------------------------------------------------

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.playback.pause();
    const date = dateAtIndex(this.start, Number(input.value));
    this.date = date;
    this.pendingDate = date;
    // Dragging fires many input events per frame; the map needs at most one date per frame.
    this.pendingFrame ??= requestAnimationFrame(() => this.flushPending());
  }

  private onChange(): void {
    this.flushPending();
  }

  private onPointerDown(): void {
    this.playback.pause();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.disabled) return;
    let target: IsoDate | null = null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        target = this.nextDate();
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        target = this.previousDate();
        break;
      case 'PageUp':
        target = addMonths(this.shownDate, e.shiftKey ? SHIFT_PAGE_MONTHS : PAGE_MONTHS);
        break;
      case 'PageDown':
        target = addMonths(this.shownDate, -(e.shiftKey ? SHIFT_PAGE_MONTHS : PAGE_MONTHS));
        break;
      case 'Home':
        target = this.start;
        break;
      case 'End':
        target = this.end;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.userSetDate(clampDate(target, this.start, this.end));
  }

  private onPrevious(): void {
    this.userSetDate(this.previousDate());
  }

  private onNext(): void {
    this.userSetDate(this.nextDate());
  }

  private onPlay(): void {
    if (this.playback.playing) this.playback.pause();
    else this.play();
  }

  // ---- helpers --------------------------------------------------------------------------

  /** The first stop after the shown date; the end when there is none. */
  private nextDate(): IsoDate {
    return nextStop(this.sortedStops, this.shownDate)?.date ?? this.end;
  }

  /** The last stop before the shown date; the start when there is none. */
  private previousDate(): IsoDate {
    return previousStop(this.sortedStops, this.shownDate)?.date ?? this.start;
  }

  /** A discrete user choice of date: stops playback, updates, tells the page. */
  private userSetDate(date: IsoDate): void {
    if (this.disabled) return;
    this.playback.pause();
    this.commit(date);
  }

  /** Shows `date` and fires cdm-date-change if it differs from what is shown. */
  private commit(date: IsoDate): void {
    this.cancelPending();
    if (date === this.shownDate && date === this.date) return;
    this.date = date;
    this.shownDate = date;
    this.dispatchEvent(cdmEvent('cdm-date-change', { date }));
  }

  private flushPending(): void {
    const date = this.pendingDate;
    this.cancelPending();
    if (date !== null) this.dispatchEvent(cdmEvent('cdm-date-change', { date }));
  }

  private cancelPending(): void {
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = null;
    this.pendingDate = null;
  }

  private prefersReducedMotion(): boolean {
    return this.reducedMotion || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  }

  private observeSize(): void {
    const marks = this.renderRoot.querySelector('.marks');
    if (!marks || this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.axisWidth) this.axisWidth = width;
    });
    this.resizeObserver.observe(marks);
  }

  /** Label every n-th year so year labels never run into each other on narrow screens. */
  private yearLabelEvery(): number {
    if (this.axisWidth <= 0 || this.ticks.length === 0) return 1;
    const perYear = this.axisWidth / (this.ticks.length + 1);
    return Math.max(1, Math.ceil(MIN_YEAR_LABEL_PX / perYear));
  }

  private groupStops(): StopGroup[] {
    const byDate = new Map<IsoDate, TimelineStop[]>();
    for (const stop of this.stops ?? []) {
      if (!isIsoDate(stop.date) || stop.date < this.start || stop.date > this.end) continue;
      const list = byDate.get(stop.date);
      if (list) list.push(stop);
      else byDate.set(stop.date, [stop]);
    }
    return [...byDate.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, stops]) => {
        const sorted = [...stops].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
        return {
          date,
          stops: sorted,
          kind: sorted[0]!.kind,
          position: positionOf(this.start, this.end, date),
          title: `${formatDay(date)}: ${sorted.map((s) => s.label).join('; ')}`,
        };
      });
  }

  private placeLabels(): PlacedLabel[] {
    if (this.axisWidth <= 0 || this.groups.length === 0) return [];
    const texts = this.groups.map((g) => shortStopLabel(g.stops[0]!));
    const placements = layoutLabels(
      this.groups.map((g, i) => ({
        x: g.position * this.axisWidth,
        width: estimateLabelWidth(texts[i]!, LABEL_FONT_PX) + (g.kind === 'launch' ? 8 : 0),
        // No boost for the current stop: the readout above already names it, and launches,
        // the landmarks of the story, should not jump off the axis as the reader moves.
        priority: KIND_PRIORITY[g.kind],
      })),
      { axisWidth: this.axisWidth, rows: LABEL_ROWS, gap: LABEL_GAP_PX },
    );
    const out: PlacedLabel[] = [];
    placements.forEach((p, i) => {
      if (p.visible) out.push({ group: this.groups[i]!, text: texts[i]!, row: p.row, left: p.left });
    });
    return out;
  }

  static override styles = css`
    :host {
      --_accent: var(--cdm-accent, light-dark(#1f5fbf, #8cc3f7));
      --_launch: var(--cdm-timeline-launch, currentColor);
      --_change: var(--cdm-timeline-change, light-dark(#5b6b7f, #9fb0c4));
      --_context: var(--cdm-timeline-context, light-dark(#a0561c, #f0a060));
      --_muted: var(--cdm-muted-text, light-dark(#4f5862, #aab3bd));
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
      font-weight: 600;
    }
    :is(button, input):focus-visible {
      outline: 3px solid var(--_accent);
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
      /* The date's line (1.05em x 1.3) and two lines of 1.3em. */
      height: 3.97em;
      margin: 0 0 0 0.5em;
      line-height: 1.3;
    }
    .readout-date {
      display: block;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      font-size: 1.05em;
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
      font-size: ${LABEL_FONT_PX}px;
    }
    .label {
      position: absolute;
      white-space: nowrap;
      line-height: 1.5em;
      color: var(--_muted);
    }
    .label.launch {
      color: var(--_launch);
      font-weight: 700;
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
      touch-action: none;
    }
    /* --progress is set on the input itself, not on the track: a step then restyles the slider
       alone instead of every mark and label that would inherit it. */
    input[type='range']::-webkit-slider-runnable-track {
      height: 4px;
      border-radius: 2px;
      background: linear-gradient(
        to right,
        var(--_accent) calc(var(--progress) * 100%),
        color-mix(in srgb, currentColor 25%, transparent) calc(var(--progress) * 100%)
      );
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
      font-size: 12px;
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
    }
  `;
}

// Guarded so that two builds of the embed on one page do not throw "already defined".
if (!customElements.get('cdm-timeline')) customElements.define('cdm-timeline', CdmTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-timeline': CdmTimeline;
  }
}
