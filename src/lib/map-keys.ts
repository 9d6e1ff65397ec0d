// What a key pressed on the map means, as the WAI-ARIA patterns for a roving cursor do it: arrows
// walk the countries in name order (wrapping), Home/End jump to the ends, Enter or Space opens the
// focused country, Escape clears, + / − / 0 zoom, letters type a name. Pure, so the element only
// carries the command out.
import { ZOOM_STEP } from './zoom';

export type MapKeyCommand =
  /** Move the cursor to `index` in name order (any integer: wrap it). */
  | { kind: 'move'; index: number }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset-zoom' }
  /** The key is part of a name being typed. */
  | { kind: 'type' };

export interface MapKeyContext {
  /** Where the cursor (or else the selection) is in name order; -1 for nowhere. */
  index: number;
  /** Whether the keyboard cursor is on a country (Enter and Space need one). */
  focused: boolean;
  /** Whether Escape has something to clear (cursor, selection or tooltip). */
  clearable: boolean;
  /** Whether a name is being typed (a space then continues it). */
  typing: boolean;
  /** Ctrl, Meta or Alt held (shortcuts of the browser, not ours). */
  modified: boolean;
}

/** The command for `key`, or null when the map leaves the key to the page. */
export function mapKeyCommand(key: string, c: MapKeyContext): MapKeyCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', index: c.index + 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', index: c.index < 0 ? -1 : c.index - 1 };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: -1 };
    case ' ':
      // Mid-way through typing a name ("united s"), a space is part of the name, as in a listbox.
      if (c.typing) return { kind: 'type' };
      return c.focused ? { kind: 'select' } : null;
    case 'Enter':
      return c.focused ? { kind: 'select' } : null;
    case 'Escape':
      return c.clearable ? { kind: 'clear' } : null;
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'reset-zoom' };
    default:
      return key.length === 1 && /\p{L}/u.test(key) && !c.modified ? { kind: 'type' } : null;
  }
}
