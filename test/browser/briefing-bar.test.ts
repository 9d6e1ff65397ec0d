// <cdm-briefing-bar> beside a map: it reads the map's view when the reader reaches for the tools,
// not on every timeline step, and an export always gets the view shown at that moment.
import { afterEach, expect, test } from 'vitest';
import '../../src/components/cdm-briefing-bar';
import type { CdmBriefingBar } from '../../src/components/cdm-briefing-bar';
import { readyExplorer, unmountAll } from './explorer-helpers';

let bar: CdmBriefingBar | null = null;
afterEach(() => {
  bar?.remove();
  bar = null;
  unmountAll();
});

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

test('timeline steps do not render the bar; a click in the export menu reads the view first', async () => {
  const map = await readyExplorer({ id: 'briefed', declaration: 'paris-call-2018', date: '2019-12-31' });
  bar = document.createElement('cdm-briefing-bar');
  bar.setAttribute('for', 'briefed');
  document.body.append(bar);
  await nextFrame(); // the bar finds its map a frame after it connects
  await bar.updateComplete;
  const menu = bar.shadowRoot!.querySelector('cdm-export-menu') as HTMLElement & { date: string; declaration: string; view: string; updateComplete: Promise<unknown> };
  expect(menu.date).toBe('2019-12-31');

  let renders = 0;
  const own = bar as unknown as { render: () => unknown };
  const render = own.render;
  own.render = function (this: CdmBriefingBar) {
    renders++;
    return render.call(this);
  };
  for (const date of ['2020-01-01', '2021-11-10', '2022-06-30']) {
    map.date = date;
    await map.updateComplete;
    await bar.updateComplete;
  }
  expect(renders).toBe(0);

  // Any click inside the menu (here its size picker) is seen by the bar first, so the export
  // buttons' own handlers read the view of that moment.
  let seenByMenu = '';
  const select = menu.shadowRoot!.querySelector('select')!;
  select.addEventListener('click', () => (seenByMenu = menu.date), { once: true });
  select.click();
  expect(seenByMenu).toBe('2022-06-30');
  await bar.updateComplete;
  expect(menu.getAttribute('date')).toBe('2022-06-30');

  map.setAttribute('view', 'all');
  await map.updateComplete;
  menu.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  expect(menu.view).toBe('all');
});
