import { timelineStyles } from './cdm-timeline-styles';
import { MEASURED_TEXT_PX } from './type-scale';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { PLAY_STEP_MS, PlaybackController } from '../controllers/playback-controller';
import { formatDay, isIsoDate } from '../lib/dates';
import { nextStop, previousStop, type TimelineStop } from '../lib/timeline';
import { groupStops, LABEL_ROWS, placeLabels, timelineKeyTarget, yearLabelEvery, type PlacedLabel, type StopGroup } from '../lib/timeline-marks';
import {
  clampDate,
  dateAtIndex,
  dayCount,
  dayIndex,
  estimateLabelWidth,
  yearTicks,
  type YearTick,
} from '../lib/timeline-scale';
import type { IsoDate } from '../lib/types';
import { cdmEvent } from './events';

/** A typical label, measured as the labels are drawn (their font, a reader's own spacing). */
const LABEL_PROBE = '2015 UN GGE report';
/** The range of a timeline nobody has given one: the current year. */
const FALLBACK_START: IsoDate = `${new Date().getUTCFullYear()}-01-01`;
const FALLBACK_END: IsoDate = `${new Date().getUTCFullYear()}-12-31`;

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
    from: {},
    start: {},
    end: {},
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
    disabled: { type: Boolean, reflect: true },
    playStepMs: { type: Number, attribute: 'play-step-ms' },
    axisWidth: { state: true },
    labelScale: { state: true },
  };

  /** Stops to mark and to step through (any order; same-day stops share a mark). */
  declare stops: TimelineStop[];
  /** The selected date (`YYYY-MM-DD`); shown clamped to [start, end]. */
  declare date: IsoDate;
  /**
   * The change view's window start: when set, a second handle chooses it (never after `date`),
   * and `cdm-date-change` carries it as `from`. Null: one handle.
   */
  declare from: IsoDate | null;
  /** The first and last day (the dataset's range, from its owner); the current year until set. */
  declare start: IsoDate;
  declare end: IsoDate;
  /** Play jumps from stop to stop, never glides. The OS preference is honoured as well. */
  declare reducedMotion: boolean;
  declare disabled: boolean;
  /** Milliseconds per stop during playback. */
  declare playStepMs: number;
  declare private axisWidth: number;
  /** The labels' real widths over their estimates, when wider (a reader's letter and word spacing). */
  declare private labelScale: number;

  constructor() {
    super();
    this.stops = [];
    this.date = FALLBACK_END;
    this.from = null;
    this.start = FALLBACK_START;
    this.end = FALLBACK_END;
    this.reducedMotion = false;
    this.disabled = false;
    this.playStepMs = PLAY_STEP_MS;
    this.axisWidth = 0;
    this.labelScale = 1;
  }

  private groups: StopGroup[] = [];
  /** Index of each group by its date: the readout and the current mark in one lookup. */
  private groupIndex = new Map<IsoDate, number>();
  private stopDates: IsoDate[] = [];
  /** Stops inside [start, end], by date: what next / previous step through. */
  private sortedStops: TimelineStop[] = [];
  private labels: PlacedLabel[] = [];
  private ticks: YearTick[] = [];
  private shownDate: IsoDate = FALLBACK_END;
  private shownFrom: IsoDate | null = null;
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
    if (!isIsoDate(this.start)) this.start = FALLBACK_START;
    if (!isIsoDate(this.end) || this.end < this.start) this.end = this.start > FALLBACK_END ? this.start : FALLBACK_END;
    if (changed.has('stops') || changed.has('start') || changed.has('end')) {
      if (changed.has('stops') && this.playback.playing) this.playback.pause();
      this.groups = groupStops(this.stops ?? [], this.start, this.end);
      this.groupIndex = new Map(this.groups.map((g, i) => [g.date, i]));
      this.sortedStops = this.groups.flatMap((g) => g.stops);
      this.stopDates = this.groups.map((g) => g.date);
      this.ticks = yearTicks(this.start, this.end);
    }
    if (changed.has('disabled') && this.disabled) this.playback.pause();
    // A date from outside (another declaration, Back) is not the buttons' to say.
    if (this.date !== this.shownDate) this.said = '';
    this.shownDate = isIsoDate(this.date) ? clampDate(this.date, this.start, this.end) : this.start;
    this.shownFrom = this.from && isIsoDate(this.from) ? clampDate(this.from, this.start, this.shownDate) : null;
    // Labels, marks and ticks do not depend on the date: laid out again only when they change.
    const own = changed as Map<PropertyKey, unknown>;
    const layoutChanged = changed.has('stops') || changed.has('start') || changed.has('end') || own.has('axisWidth') || own.has('labelScale');
    // The labels' font size estimates their widths; a measured sample widens them where the
    // reader's own spacing does.
    if (layoutChanged) this.labels = placeLabels(this.groups, this.axisWidth, MEASURED_TEXT_PX * this.labelScale);
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
    const from = this.shownFrom;
    const fromValue = from === null ? 0 : dayIndex(this.start, from);
    const valueText = hereText ? `${formatDay(this.shownDate)}: ${hereText}` : formatDay(this.shownDate);
    // The buttons keep the focus, so what they did is said here; the slider says its own value.
    const said = !this.said ? '' : playing ? 'Playing' : this.said === 'step' ? valueText : `Paused on ${valueText}`;
    return html`
      <div class="controls" part="controls">
        <button part="button previous" type="button" aria-label="Previous event" title="Previous event"
          ?disabled=${prevDisabled} @click=${this.onPrevious}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 3 5.5 8l5 5" /></svg>
        </button>
        <!-- Its name says what it does (Play / Pause): no aria-pressed too, read as "Pause, pressed". -->
        <button part="button play" class="play" type="button"
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
          <span class="readout-date">${from === null ? '' : `${formatDay(from)} – `}${formatDay(this.shownDate)}</span>${hereText
            ? html`<span class="readout-event" title=${hereText}>${hereText}</span>`
            : nothing}
        </p>
        <p class="visually-hidden" role="status">${said}</p>
      </div>
      <div class="track" part="track">
        <div class="labels" aria-hidden="true" .style=${`--rows:${LABEL_ROWS}`}>
          <span class="probe">${LABEL_PROBE}</span>
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
        <div class="sliders">
          <!-- The window's start first, as a reader reads it (Tab: start, then end); it is positioned,
               so it still lies over the end's slider. -->
          ${from === null
            ? nothing
            : html`<input part="slider slider-from" class="from" type="range" min="0" max=${max} step="1" .value=${live(String(fromValue))}
                aria-label="Start of the window" aria-valuetext=${formatDay(from)} ?disabled=${this.disabled}
                @input=${this.onFromInput} @keydown=${this.onFromKeydown} />`}
          <input part="slider" type="range" min="0" max=${max} step="1" .value=${live(String(value))}
            .style=${`--progress:${max === 0 ? 0 : value / max};--from:${max === 0 || from === null ? 0 : fromValue / max}`}
            aria-label=${from === null ? 'Date' : 'End of the window'} aria-valuetext=${valueText}
            ?disabled=${this.disabled}
            @input=${this.onInput} @change=${this.onChange} @keydown=${this.onKeydown}
            @pointerdown=${this.onPointerDown} @pointercancel=${this.onPointerCancel} />
        </div>
        <div class="axis" part="axis" aria-hidden="true">
          ${guard([this.ticks, this.axisWidth], () => {
            const every = yearLabelEvery(this.axisWidth, this.ticks.length);
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
    this.said = '';
    let date = dateAtIndex(this.start, Number(input.value));
    if (this.shownFrom !== null && date < this.shownFrom) {
      date = this.shownFrom;
      input.value = String(dayIndex(this.start, date));
    }
    this.date = date;
    this.pendingDate = date;
    // Dragging fires many input events per frame; the map needs at most one date per frame.
    this.pendingFrame ??= requestAnimationFrame(() => this.flushPending());
  }

  private onChange(): void {
    this.flushPending();
  }

  private onPointerDown(e: PointerEvent): void {
    this.playback.pause();
    this.touchedAt = e.pointerType === 'touch' ? this.shownDate : null;
  }

  /** A finger that went on to scroll the page: the touch that moved the handle did not mean it. */
  private onPointerCancel(): void {
    if (this.touchedAt) this.userSetDate(this.touchedAt);
  }
  private touchedAt: IsoDate | null = null;

  /** Where a key moves a handle at `at`: arrows to the next / previous stop, pages by months, Home / End to the ends. */
  private onKeydown(e: KeyboardEvent): void {
    if (this.disabled) return;
    const target = timelineKeyTarget(e.key, e.shiftKey, this.shownDate, this.sortedStops, this.start, this.end);
    if (target === null) return;
    e.preventDefault();
    this.userSetDate(clampDate(target, this.shownFrom ?? this.start, this.end));
  }

  // The window's start: never after its end; each move tells the page (one date per frame while dragging).
  private onFromInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const from = clampDate(dateAtIndex(this.start, Number(input.value)), this.start, this.shownDate);
    input.value = String(dayIndex(this.start, from));
    this.commitFrom(from);
  }

  private onFromKeydown(e: KeyboardEvent): void {
    if (this.disabled || this.shownFrom === null) return;
    const target = timelineKeyTarget(e.key, e.shiftKey, this.shownFrom, this.sortedStops, this.start, this.end);
    if (target === null) return;
    e.preventDefault();
    this.commitFrom(clampDate(target, this.start, this.shownDate));
  }

  private commitFrom(from: IsoDate): void {
    this.playback.pause();
    this.said = '';
    if (from === this.shownFrom) return;
    this.from = from;
    this.shownFrom = from;
    this.dispatchEvent(cdmEvent('cdm-date-change', { date: this.shownDate, from }));
  }

  private onPrevious(): void {
    this.userSetDate(this.previousDate());
    this.said = 'step';
  }

  private onNext(): void {
    this.userSetDate(this.nextDate());
    this.said = 'step';
  }

  private onPlay(): void {
    if (this.playback.playing) this.playback.pause();
    else this.play();
    this.said = 'play';
  }
  /** What the status region says: a button's step, play (then where it paused), or nothing. */
  private said: '' | 'step' | 'play' = '';

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
    this.said = '';
    this.commit(date);
  }

  /** Shows `date` and fires cdm-date-change if it differs from what is shown. */
  private commit(date: IsoDate): void {
    this.cancelPending();
    if (date === this.shownDate && date === this.date) return;
    this.date = date;
    this.shownDate = date;
    this.dispatchEvent(cdmEvent('cdm-date-change', this.withFrom(date)));
  }

  /** The event's detail: the date, and the window's start when there is one. */
  private withFrom(date: IsoDate): { date: IsoDate; from?: IsoDate } {
    return this.shownFrom === null ? { date } : { date, from: this.shownFrom };
  }

  private flushPending(): void {
    const date = this.pendingDate;
    this.cancelPending();
    if (date !== null) this.dispatchEvent(cdmEvent('cdm-date-change', this.withFrom(date)));
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
    const probe = this.renderRoot.querySelector('.probe');
    if (!marks || !probe || this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        if (target === marks) this.axisWidth = Math.round(contentRect.width);
        else this.labelScale = Math.max(1, Math.round((20 * contentRect.width) / estimateLabelWidth(LABEL_PROBE, MEASURED_TEXT_PX)) / 20);
      }
    });
    this.resizeObserver.observe(marks);
    this.resizeObserver.observe(probe);
  }

  static override styles = timelineStyles;
}

// Guarded so that two builds of the embed on one page do not throw "already defined".
if (!customElements.get('cdm-timeline')) customElements.define('cdm-timeline', CdmTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cdm-timeline': CdmTimeline;
  }
}
