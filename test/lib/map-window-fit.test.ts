import { describe, expect, test } from 'vitest';
import { fittedMapWidth, MARGIN_BELOW_PX, MIN_MAP_WIDTH_PX } from '../../src/lib/map-window-fit';

// The explorer at 1366 x 768 before the fit: the map 923 x 406 at 266 px, the timeline's end at 904.
const map = { top: 266, bottom: 672, width: 923, height: 406 };
const timelineEnd = { top: 747, bottom: 904, width: 923, height: 157 };

describe('fittedMapWidth', () => {
  test('the map keeps its proportions and takes the height the window has left', () => {
    const width = fittedMapWidth(map, timelineEnd, 0, 768);
    const height = (width * map.height) / map.width;
    const below = timelineEnd.bottom - map.bottom + MARGIN_BELOW_PX;
    expect(map.top + height + below).toBeLessThanOrEqual(768);
    expect(map.top + height + below).toBeGreaterThan(766);
    expect(width).toBe(586);
  });

  test('the same answer however far the page is scrolled', () => {
    const scrolled = (by: number) => ({ ...map, top: map.top - by, bottom: map.bottom - by });
    const end = (by: number) => ({ ...timelineEnd, bottom: timelineEnd.bottom - by });
    expect(fittedMapWidth(scrolled(200), end(200), 200, 768)).toBe(fittedMapWidth(map, timelineEnd, 0, 768));
  });

  test('applied, it finds itself again: what is above and under the map does not move', () => {
    const width = fittedMapWidth(map, timelineEnd, 0, 768);
    const height = (width * map.height) / map.width;
    const fitted = { top: map.top, bottom: map.top + height, width, height };
    const end = { ...timelineEnd, bottom: timelineEnd.bottom - (map.height - height) };
    expect(Math.abs(fittedMapWidth(fitted, end, 0, 768) - width)).toBeLessThanOrEqual(1);
  });

  test('never narrower than the width under which the map changes its shape, however short the window', () => {
    expect(fittedMapWidth(map, timelineEnd, 0, 400)).toBe(MIN_MAP_WIDTH_PX);
    expect(fittedMapWidth(map, timelineEnd, 0, 100)).toBe(561);
  });

  test('a tall window allows more than the column: the page caps it at the column anyway', () => {
    expect(fittedMapWidth(map, timelineEnd, 0, 1440)).toBeGreaterThan(map.width);
  });
});
