import { expect, test } from 'vitest';
test('runs in a real browser', () => {
  const el = document.createElement('div');
  el.style.width = '10px';
  document.body.append(el);
  expect(el.getBoundingClientRect().width).toBe(10);
});
