// The height messages an iframe page posts to its parent, in the three formats that existing
// resizers already listen for, so a CMS needs no script of ours to size the frame:
// - Datawrapper's responsive embed script: `{ "datawrapper-height": { "<chartId>": 540 } }`
//   (it matches the frame by `event.source`, the chart id only labels it);
// - pym.js parents: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>` (pym's own wire format;
//   the parent passes `childId` in the frame's query string);
// - AMP's <amp-iframe resizable>: `{ sentinel: 'amp', type: 'embed-size', height: 540 }`.
// Pure: the iframe page (src/iframe-embed.ts) does the posting.

export const DEFAULT_CHART_ID = 'cyber-declarations-map';
const PYM_DELIMITER = 'xPYMx';

export interface ResizeTargets {
  /** Datawrapper chart id (from `?id=`, else DEFAULT_CHART_ID). */
  chartId: string;
  /** pym.js child id (from `?childId=`), or null when no pym parent asked. */
  pymChildId: string | null;
}

export type ResizeMessage =
  | { 'datawrapper-height': Record<string, number> }
  | { sentinel: 'amp'; type: 'embed-size'; height: number }
  | string;

/** Whole CSS pixels, rounded up so the frame never clips a fractional last line. */
export function frameHeight(contentHeight: number): number {
  return Number.isFinite(contentHeight) && contentHeight > 0 ? Math.ceil(contentHeight) : 0;
}

export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);
}

export function ampEmbedSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Every message to post for one height, in a stable order (Datawrapper, pym if asked, AMP). */
export function resizeMessages(targets: ResizeTargets, contentHeight: number): ResizeMessage[] {
  const height = frameHeight(contentHeight);
  const messages: ResizeMessage[] = [datawrapperHeightMessage(targets.chartId, height)];
  if (targets.pymChildId) messages.push(pymHeightMessage(targets.pymChildId, height));
  messages.push(ampEmbedSizeMessage(height));
  return messages;
}

/** Reads the resize targets from the frame's query string (`?id=` and pym's `?childId=`). */
export function resizeTargetsFromQuery(search: string): ResizeTargets {
  const params = new URLSearchParams(search);
  const chartId = params.get('id')?.trim() || DEFAULT_CHART_ID;
  const pymChildId = params.get('childId')?.trim() || null;
  return { chartId, pymChildId };
}

/** True when a pym.js parent is talking to us (it sends `pymxPYMx<id>xPYMx<type>xPYMx<msg>`). */
export function isPymMessageFor(childId: string, data: unknown): boolean {
  return typeof data === 'string' && data.startsWith(`pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`);
}
