import { describe, expect, test } from 'vitest';
import {
  DEFAULT_CHART_ID,
  ampEmbedSizeMessage,
  datawrapperHeightMessage,
  frameHeight,
  isPymMessageFor,
  pymHeightMessage,
  resizeMessages,
  resizeTargetsFromQuery,
} from '../../src/lib/resize-messages';

describe('frameHeight', () => {
  test('rounds fractional heights up', () => expect(frameHeight(540.2)).toBe(541));
  test('is 0 for nonsense', () => {
    expect(frameHeight(Number.NaN)).toBe(0);
    expect(frameHeight(-3)).toBe(0);
  });
});

describe('datawrapperHeightMessage', () => {
  test('is keyed by chart id, as Datawrapper\'s resizer reads it', () => {
    expect(datawrapperHeightMessage('abc12', 540)).toEqual({ 'datawrapper-height': { abc12: 540 } });
  });
});

describe('pymHeightMessage', () => {
  test('uses pym.js\'s wire format', () => {
    expect(pymHeightMessage('map-1', 612)).toBe('pymxPYMxmap-1xPYMxheightxPYMx612');
  });
});

describe('ampEmbedSizeMessage', () => {
  test('is what amp-iframe resizable listens for', () => {
    expect(ampEmbedSizeMessage(700)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 700 });
  });
});

describe('resizeMessages', () => {
  test('sends pym only when a pym parent gave a child id', () => {
    expect(resizeMessages({ chartId: 'c', pymChildId: null }, 99.5)).toEqual([
      { 'datawrapper-height': { c: 100 } },
      { sentinel: 'amp', type: 'embed-size', height: 100 },
    ]);
    expect(resizeMessages({ chartId: 'c', pymChildId: 'p' }, 100)).toEqual([
      { 'datawrapper-height': { c: 100 } },
      'pymxPYMxpxPYMxheightxPYMx100',
      { sentinel: 'amp', type: 'embed-size', height: 100 },
    ]);
  });
});

describe('resizeTargetsFromQuery', () => {
  test('reads ?id= and pym\'s ?childId=', () => {
    expect(resizeTargetsFromQuery('?id=xyz&childId=graphic&initialWidth=600')).toEqual({ chartId: 'xyz', pymChildId: 'graphic' });
  });
  test('falls back to the default chart id and no pym', () => {
    expect(resizeTargetsFromQuery('?declaration=g7-2021&id=')).toEqual({ chartId: DEFAULT_CHART_ID, pymChildId: null });
  });
});

describe('isPymMessageFor', () => {
  test('recognises messages for this child only', () => {
    expect(isPymMessageFor('a', 'pymxPYMxaxPYMxwidthxPYMx600')).toBe(true);
    expect(isPymMessageFor('a', 'pymxPYMxabxPYMxwidthxPYMx600')).toBe(false);
    expect(isPymMessageFor('a', { 'datawrapper-height': {} })).toBe(false);
  });
});
