// The keys a presentation takes: what presentation clickers send, and what people press.

/** Forward and back. */
export const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter', 'N', 'n']);
export const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'P', 'p']);
/** A clicker's blank-screen button (and PowerPoint's keys): the slide goes black until the next key. */
export const BLANK_KEYS = new Set(['B', 'b', '.']);
