import { describe, expect, test } from 'vitest';
import { mapKeyCommand, type MapKeyContext } from '../../src/lib/map-keys';
import { TypeaheadBuffer, TYPEAHEAD_MS } from '../../src/lib/typeahead';
import { ZOOM_STEP } from '../../src/lib/zoom';

const at = (c: Partial<MapKeyContext> = {}): MapKeyContext => ({ index: 3, focused: true, clearable: true, typing: false, modified: false, ...c });

describe('mapKeyCommand: what a key on the map means', () => {
  test('arrows walk name order from the cursor; Home and End jump to the ends', () => {
    expect(mapKeyCommand('ArrowRight', at())).toEqual({ kind: 'move', index: 4 });
    expect(mapKeyCommand('ArrowDown', at())).toEqual({ kind: 'move', index: 4 });
    expect(mapKeyCommand('ArrowLeft', at())).toEqual({ kind: 'move', index: 2 });
    expect(mapKeyCommand('ArrowUp', at({ index: -1 }))).toEqual({ kind: 'move', index: -1 });
    expect(mapKeyCommand('ArrowRight', at({ index: -1 }))).toEqual({ kind: 'move', index: 0 });
    expect(mapKeyCommand('Home', at())).toEqual({ kind: 'move', index: 0 });
    expect(mapKeyCommand('End', at())).toEqual({ kind: 'move', index: -1 });
  });

  test('Enter and Space open the focused country only; Space continues a typed name', () => {
    expect(mapKeyCommand('Enter', at())).toEqual({ kind: 'select' });
    expect(mapKeyCommand('Enter', at({ focused: false }))).toBeNull();
    expect(mapKeyCommand(' ', at())).toEqual({ kind: 'select' });
    expect(mapKeyCommand(' ', at({ focused: false }))).toBeNull();
    expect(mapKeyCommand(' ', at({ typing: true }))).toEqual({ kind: 'type' });
  });

  test('Escape clears only when there is something to clear, so the page keeps it otherwise', () => {
    expect(mapKeyCommand('Escape', at())).toEqual({ kind: 'clear' });
    expect(mapKeyCommand('Escape', at({ clearable: false }))).toBeNull();
  });

  test('+, = and - zoom by one step; 0 shows the whole world', () => {
    expect(mapKeyCommand('+', at())).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(mapKeyCommand('=', at())).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(mapKeyCommand('-', at())).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(mapKeyCommand('0', at())).toEqual({ kind: 'reset-zoom' });
  });

  test('letters (any script) type a name; shortcuts and other keys stay with the page', () => {
    expect(mapKeyCommand('u', at())).toEqual({ kind: 'type' });
    expect(mapKeyCommand('É', at())).toEqual({ kind: 'type' });
    expect(mapKeyCommand('c', at({ modified: true }))).toBeNull();
    expect(mapKeyCommand('Tab', at())).toBeNull();
    expect(mapKeyCommand('1', at())).toBeNull();
  });
});

describe('TypeaheadBuffer', () => {
  test('keys in quick succession spell one prefix; a pause starts again', () => {
    const b = new TypeaheadBuffer();
    expect(b.continues(0)).toBe(false);
    expect(b.type('u', 0)).toBe('u');
    expect(b.continues(100)).toBe(true);
    expect(b.type('n', 100)).toBe('un');
    expect(b.type(' ', 200)).toBe('un ');
    expect(b.continues(200 + TYPEAHEAD_MS)).toBe(false);
    expect(b.type('f', 200 + TYPEAHEAD_MS)).toBe('f');
  });
});
