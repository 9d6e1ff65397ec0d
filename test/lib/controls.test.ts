// The `controls` attribute (src/lib/controls.ts): a newsroom's typo must not strip the map bare.
import { expect, test } from 'vitest';
import { CONTROL_NAMES, parseControls } from '../../src/lib/controls';

test('no attribute shows every control; an empty one shows the map alone', () => {
  expect([...parseControls(null).shown]).toEqual([...CONTROL_NAMES]);
  expect(parseControls('')).toEqual({ shown: new Set(), warning: null });
});

test('known names show those controls; unknown ones among them are named in a warning', () => {
  const { shown, warning } = parseControls(' legend  timeline bogus ');
  expect([...shown].sort()).toEqual(['legend', 'timeline']);
  expect(warning).toMatch(/unknown control\(s\) bogus; expected some of: picker search/);
});

test('only unknown names is a bad value: every control shows, with a warning, as for any bad attribute', () => {
  const { shown, warning } = parseControls('foo Legend');
  expect([...shown]).toEqual([...CONTROL_NAMES]);
  expect(warning).toMatch(/unknown control\(s\) foo, Legend; .*Showing all controls\./);
});
