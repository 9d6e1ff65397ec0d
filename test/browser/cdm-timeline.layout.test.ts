// Layout of the timeline at a phone and a desktop width: nothing spills sideways, labels stay
// apart. Screenshots go to test-results/screenshots/ for a person to look at.
import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/cdm-timeline';
import type { CdmTimeline } from '../../src/components/cdm-timeline';
import type { TimelineStop } from '../../src/lib/timeline';
import { readerTextSpacing } from './a11y-helpers';

const STOPS = [
  { date: '2015-07-22', kind: 'launch', declarationId: 'gge-2015', label: '2015 UN GGE report', countries: [] },
  { date: '2016-08-29', kind: 'context', declarationId: null, label: 'Fifth UN GGE begins', countries: [] },
  { date: '2017-06-01', kind: 'context', declarationId: null, label: 'UN GGE ends without consensus', countries: [] },
  { date: '2018-11-12', kind: 'launch', declarationId: 'paris-call-2018', label: 'Paris Call', countries: [] },
  { date: '2019-09-16', kind: 'change', declarationId: 'paris-call-2018', label: 'Supporters list published', countries: [] },
  { date: '2019-09-23', kind: 'launch', declarationId: 'joint-statement-2019', label: '2019 Joint Statement', countries: [] },
  { date: '2021-04-28', kind: 'launch', declarationId: 'g7-2021', label: 'G7 digital ministers', countries: [] },
  { date: '2021-11-10', kind: 'change', declarationId: 'paris-call-2018', label: 'United States joins the Paris Call', countries: ['USA'] },
  { date: '2022-04-28', kind: 'launch', declarationId: 'dfi-2022', label: 'Future of the Internet', countries: [] },
  { date: '2022-11-02', kind: 'change', declarationId: 'dfi-2022', label: 'Norway', countries: ['NOR'] },
] as TimelineStop[];

let host: HTMLDivElement;
afterEach(() => host?.remove());

/** A timeline in a white box of the given style, in a viewport of width x height. */
async function mountTimeline(width: number, height: number, boxStyle: string, stops: TimelineStop[], date: string): Promise<CdmTimeline> {
  await page.viewport(width, height);
  host = document.createElement('div');
  host.style.cssText = `${boxStyle};background:#fff;color:#1d232a`;
  const el = document.createElement('cdm-timeline') as CdmTimeline;
  el.stops = stops;
  // The bundled dataset's range (the map hands the timeline its dataset's).
  el.start = '2015-07-22';
  el.end = '2022-12-31';
  el.date = date;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

for (const width of [320, 1280]) {
  test(`fits in ${width} px with no overlap`, async () => {
    const el = await mountTimeline(width, 400, `width:${width - 32}px;padding:16px`, STOPS, '2019-09-23');
    await expect.poll(() => el.shadowRoot!.querySelectorAll('[part~="label"]').length).toBeGreaterThan(0);
    await new Promise((r) => requestAnimationFrame(r));
    const hostBox = el.getBoundingClientRect();
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
      const r = node.getBoundingClientRect();
      expect(r.left, node.getAttribute('part')!).toBeGreaterThanOrEqual(hostBox.left - 6);
      expect(r.right, node.getAttribute('part')!).toBeLessThanOrEqual(hostBox.right + 6);
    }
    await page.screenshot({ path: `../../test-results/screenshots/cdm-timeline-${width}.png`, element: host });
  });
}

// QA: landing on a stop used to add a line of event text to the readout, pushing the slider
// and everything below it down under the reader's pointer (about 28 px on a desktop, 65 on a phone).
const GUINEA = 'Paris Call: Guinea certainly signed by 19 Nov 2019 (exact date not known)';
const LONG_STOPS = [
  ...STOPS,
  { date: '2019-11-19', kind: 'change', declarationId: 'paris-call-2018', label: GUINEA, countries: ['GIN'] },
  // Three stops on one day: far more text than the readout has room for.
  ...[1, 2, 3].map((n) => ({
    date: '2020-02-02',
    kind: 'change',
    declarationId: 'paris-call-2018',
    label: `A long list of states joining the Paris Call on one day, part ${n} of three`,
    countries: [],
  })),
] as TimelineStop[];

for (const width of [320, 375, 1280]) {
  test(`the slider and the box keep their place as the date lands on stops (${width} px)`, async () => {
    const el = await mountTimeline(width, 800, `width:${width - 24}px;padding:12px;font-size:0.93em`, LONG_STOPS, '2019-11-18');
    await new Promise((r) => requestAnimationFrame(r));
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="slider"]')!;
    const readout = el.shadowRoot!.querySelector<HTMLElement>('[part~="readout"]')!;
    const where = () => ({ slider: slider.getBoundingClientRect().top - host.getBoundingClientRect().top, height: el.getBoundingClientRect().height });
    const off = where();
    for (const date of ['2019-11-19', '2020-02-02', '2021-01-01']) {
      el.date = date;
      await el.updateComplete;
      expect(where(), date).toEqual(off);
      // What does not fit stays inside the readout, and the whole text stays in the DOM (screen
      // readers) and in a title (mouse).
      const box = readout.getBoundingClientRect();
      for (const child of readout.querySelectorAll('span')) {
        const r = child.getBoundingClientRect();
        expect(r.bottom, date).toBeLessThanOrEqual(box.bottom + 0.5);
        expect(r.right, date).toBeLessThanOrEqual(box.right + 0.5);
      }
      if (date === '2020-02-02') await page.screenshot({ path: `../../test-results/screenshots/cdm-timeline-clamped-${width}.png`, element: host });
    }
    el.date = '2019-11-19';
    await el.updateComplete;
    expect(readout.textContent).toContain(GUINEA);
    expect(readout.querySelector('.readout-event')!.getAttribute('title')).toBe(GUINEA);
    await page.screenshot({ path: `../../test-results/screenshots/cdm-timeline-stop-${width}.png`, element: host });
  });
}

// WCAG 1.4.12: a reader's own text spacing (line height 1.5, wider letters and words) must not
// cut text off. The readout's fixed box is sized in lines, so it grows with the line height.
for (const width of [320, 1280]) {
  test(`with a reader’s text spacing the readout still shows its lines whole (${width} px)`, async () => {
    // Three stops on one day: the event's two lines are full.
    const el = await mountTimeline(width, 800, `width:${width - 24}px;padding:12px`, LONG_STOPS, '2020-02-02');
    const spacing = readerTextSpacing();
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await new Promise((r) => requestAnimationFrame(r));
    const readout = el.shadowRoot!.querySelector<HTMLElement>('[part~="readout"]')!;
    expect(readout.textContent).toContain('part 1 of three');
    expect(readout.scrollHeight).toBeLessThanOrEqual(readout.clientHeight);
    const box = readout.getBoundingClientRect();
    for (const child of readout.querySelectorAll('span')) expect(child.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom + 0.5);
  });
}
