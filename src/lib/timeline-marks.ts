// Where the timeline's marks and labels go, and what its keys mean: pure, so <cdm-timeline>
// only draws. Stops of one date share a mark; labels take one of two rows above the track, launches
// first, and a stop whose label fits in no row keeps its mark; year labels thin out on narrow axes.
import { formatDay, isIsoDate } from './dates';
import { nextStop, previousStop, type TimelineStop } from './timeline';
import { addMonths, estimateLabelWidth, layoutLabels, positionOf, shortStopLabel } from './timeline-scale';
import type { IsoDate } from './types';

/** Rows of stop labels above the track; stops whose label fits in none keep their mark. */
export const LABEL_ROWS = 2;
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
export interface StopGroup {
  date: IsoDate;
  stops: TimelineStop[];
  /** The most prominent kind on that date (launch > change > context). */
  kind: TimelineStop['kind'];
  /** 0..1 along the track. */
  position: number;
  title: string;
}

export interface PlacedLabel {
  group: StopGroup;
  text: string;
  row: number;
  left: number;
}

/** The stops inside [start, end] (impossible dates left out), one group per date, in date order. */
export function groupStops(stops: readonly TimelineStop[], start: IsoDate, end: IsoDate): StopGroup[] {
  const byDate = new Map<IsoDate, TimelineStop[]>();
  for (const stop of stops) {
    if (!isIsoDate(stop.date) || stop.date < start || stop.date > end) continue;
    const list = byDate.get(stop.date);
    if (list) list.push(stop);
    else byDate.set(stop.date, [stop]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, group]) => {
      const sorted = [...group].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
      return {
        date,
        stops: sorted,
        kind: sorted[0]!.kind,
        position: positionOf(start, end, date),
        title: `${formatDay(date)}: ${sorted.map((s) => s.label).join('; ')}`,
      };
    });
}

/** The labels that fit on an axis `axisWidth` px wide, with their row and left edge. */
export function placeLabels(groups: readonly StopGroup[], axisWidth: number, labelFontPx: number): PlacedLabel[] {
  if (axisWidth <= 0 || groups.length === 0) return [];
  const texts = groups.map((g) => shortStopLabel(g.stops[0]!));
  const placements = layoutLabels(
    groups.map((g, i) => ({
      x: g.position * axisWidth,
      width: estimateLabelWidth(texts[i]!, labelFontPx) + (g.kind === 'launch' ? 8 : 0),
      // No boost for the current stop: the readout above already names it, and launches,
      // the landmarks of the story, should not jump off the axis as the reader moves.
      priority: KIND_PRIORITY[g.kind],
    })),
    { axisWidth, rows: LABEL_ROWS, gap: LABEL_GAP_PX },
  );
  const out: PlacedLabel[] = [];
  placements.forEach((p, i) => {
    if (p.visible) out.push({ group: groups[i]!, text: texts[i]!, row: p.row, left: p.left });
  });
  return out;
}

/** Label every n-th year so year labels never run into each other on narrow screens. */
export function yearLabelEvery(axisWidth: number, yearCount: number): number {
  if (axisWidth <= 0 || yearCount === 0) return 1;
  const perYear = axisWidth / (yearCount + 1);
  return Math.max(1, Math.ceil(MIN_YEAR_LABEL_PX / perYear));
}

/**
 * The day a key moves the slider to from `at`, or null for keys the slider leaves alone: arrows go
 * from stop to stop (then to the ends), Page keys a month (with Shift a year), Home / End the ends.
 */
export function timelineKeyTarget(key: string, shift: boolean, at: IsoDate, sortedStops: readonly TimelineStop[], start: IsoDate, end: IsoDate): IsoDate | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return nextStop(sortedStops, at)?.date ?? end;
    case 'ArrowLeft':
    case 'ArrowDown':
      return previousStop(sortedStops, at)?.date ?? start;
    case 'PageUp':
      return addMonths(at, shift ? SHIFT_PAGE_MONTHS : PAGE_MONTHS);
    case 'PageDown':
      return addMonths(at, -(shift ? SHIFT_PAGE_MONTHS : PAGE_MONTHS));
    case 'Home':
      return start;
    case 'End':
      return end;
    default:
      return null;
  }
}
