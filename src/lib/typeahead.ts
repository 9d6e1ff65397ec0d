// Type-ahead in a list, the way listboxes do it (WAI-ARIA APG): letters typed in quick
// succession spell a prefix; one letter, or the same letter again, moves on to the next item
// that starts with it, so "u", "u" walks Uganda, Ukraine, United Arab Emirates...

/** Keys typed within this many milliseconds of each other spell one prefix. */
export const TYPEAHEAD_MS = 700;

/**
 * The index to move to, or -1 if no label matches. `labels` and `typed` are compared as they
 * are (lower-case both first). A single repeated letter searches after `current`; a longer
 * prefix searches from `current` itself, so typing on ("f", "fr") can stay where it is.
 * Wraps around the end. `current` is -1 when nothing is focused.
 */
export function typeaheadIndex(labels: readonly string[], typed: string, current: number): number {
  const chars = [...typed];
  if (chars.length === 0 || labels.length === 0) return -1;
  const repeated = chars.every((c) => c === chars[0]);
  const prefix = repeated ? chars[0]! : typed;
  const from = repeated ? current + 1 : Math.max(current, 0);
  for (let k = 0; k < labels.length; k++) {
    const i = (from + k) % labels.length;
    if (labels[i]!.startsWith(prefix)) return i;
  }
  return -1;
}

/** What the reader has typed so far: keys within TYPEAHEAD_MS of each other spell one prefix. */
export class TypeaheadBuffer {
  private typed = '';
  private at = Number.NEGATIVE_INFINITY;

  /** Whether a key at `time` would continue the current prefix (a space then is part of a name). */
  continues(time: number): boolean {
    return this.typed !== '' && time - this.at < TYPEAHEAD_MS;
  }

  /** Adds `key` typed at `time` (ms, e.g. an event's timeStamp) and returns the prefix so far. */
  type(key: string, time: number): string {
    this.typed = this.continues(time) ? this.typed + key : key;
    this.at = time;
    return this.typed;
  }
}
