import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/cdm-timeline';
import type { CdmTimeline } from '../../src/components/cdm-timeline';
import type { TimelineStop } from '../../src/lib/timeline';

const START = '2015-07-22';
const END = '2022-12-31';

const STOPS: TimelineStop[] = [
  { date: '2015-07-22', kind: 'launch', declarationId: 'gge-2015', label: '2015 UN GGE report', countries: [] },
  { date: '2016-08-29', kind: 'context', declarationId: null, label: 'Fifth UN GGE begins', countries: [] },
  { date: '2018-11-12', kind: 'launch', declarationId: 'paris-call-2018', label: 'Paris Call launched', countries: [] },
  { date: '2019-09-16', kind: 'change', declarationId: 'paris-call-2018', label: 'Paris Call list published', countries: ['ALB'] },
  { date: '2021-11-10', kind: 'change', declarationId: 'paris-call-2018', label: 'United States joins', countries: ['USA'] },
  { date: '2022-04-28', kind: 'launch', declarationId: 'dfi-2022', label: 'Future of the Internet', countries: [] },
] as TimelineStop[];
const STOP_DATES = STOPS.map((s) => s.date);

let el: CdmTimeline;
let dates: string[];

async function mount(props: Partial<CdmTimeline> = {}): Promise<CdmTimeline> {
  el = document.createElement('cdm-timeline');
  el.stops = STOPS;
  // The range comes from the owner (the map hands down the dataset's).
  el.start = '2015-07-22';
  el.end = '2022-12-31';
  el.date = START;
  Object.assign(el, props);
  dates = [];
  el.addEventListener('cdm-date-change', (e) => dates.push(e.detail.date));
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = <T extends Element = HTMLElement>(name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const slider = () => el.shadowRoot!.querySelector<HTMLInputElement>('[part="slider"]')!;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

afterEach(() => {
  el?.remove();
});

describe('<cdm-timeline> slider', () => {
  test('is a native range input, one step per day, with the date as its value text', async () => {
    await mount({ date: '2018-11-12' });
    const input = slider();
    expect(input.type).toBe('range');
    expect(input.min).toBe('0');
    expect(input.max).toBe('2719');
    expect(input.step).toBe('1');
    expect(input.value).toBe(String(1209)); // 2015-07-22 + 1209 days = 2018-11-12
    expect(input.getAttribute('aria-valuetext')).toBe('12 Nov 2018: Paris Call launched');
    expect(input.getAttribute('aria-label')).toBe('Date');
  });

  test('value text is the date alone between stops', async () => {
    await mount({ date: '2020-03-01' });
    expect(slider().getAttribute('aria-valuetext')).toBe('1 Mar 2020');
  });

  test('arrow keys step from stop to stop, then to the end; back again to the start', async () => {
    await mount();
    slider().focus();
    for (let i = 0; i < STOP_DATES.length; i++) await userEvent.keyboard('{ArrowRight}');
    expect(dates).toEqual([...STOP_DATES.slice(1), END]);
    expect(el.date).toBe(END);
    await userEvent.keyboard('{ArrowRight}'); // already at the end: nothing to tell
    expect(dates.length).toBe(STOP_DATES.length);

    dates.length = 0;
    for (let i = 0; i < STOP_DATES.length; i++) await userEvent.keyboard('{ArrowLeft}');
    expect(dates).toEqual([...STOP_DATES].reverse());
    await el.updateComplete;
    expect(slider().value).toBe('0');
  });

  test('ArrowUp / ArrowDown step like right / left', async () => {
    await mount({ date: '2019-01-01' });
    slider().focus();
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    expect(dates).toEqual(['2019-09-16', '2018-11-12', '2016-08-29']);
  });

  test('Home and End go to the ends', async () => {
    await mount({ date: '2019-01-01' });
    slider().focus();
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Home}');
    expect(dates).toEqual([END, START]);
  });

  test('PageUp / PageDown move a month, with Shift a year, within the range', async () => {
    await mount({ date: '2019-01-31' });
    slider().focus();
    await userEvent.keyboard('{PageUp}');
    await userEvent.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(dates).toEqual(['2019-02-28', '2018-02-28']);
    el.date = '2015-08-01';
    await el.updateComplete;
    await userEvent.keyboard('{PageDown}');
    expect(dates.at(-1)).toBe(START);
  });

  test('setting `date` from outside fires nothing and moves the thumb', async () => {
    await mount();
    el.date = '2021-11-10';
    await el.updateComplete;
    await nextFrame();
    expect(dates).toEqual([]);
    expect(slider().value).toBe(String(2303));
    expect(slider().getAttribute('aria-valuetext')).toBe('10 Nov 2021: United States joins');
  });

  test('input events (dragging) update the date and fire at most once per frame, with the latest date', async () => {
    await mount();
    const input = slider();
    for (const v of [100, 200, 300, 400]) {
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(el.date).toBe('2016-08-25'); // follows immediately
    expect(dates).toEqual([]); // the event waits for the next frame
    await nextFrame();
    await nextFrame();
    expect(dates).toEqual(['2016-08-25']);
  });

  test('change (end of a drag) flushes the pending date at once', async () => {
    await mount();
    const input = slider();
    input.value = '10';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(dates).toEqual(['2015-08-01']);
    await nextFrame();
    expect(dates).toEqual(['2015-08-01']);
  });

  test('a real click on the track moves the date there', async () => {
    await mount();
    const input = slider();
    const box = input.getBoundingClientRect();
    await userEvent.click(input, { position: { x: box.width * 0.75, y: box.height / 2 } });
    await expect.poll(() => dates.length).toBeGreaterThan(0);
    // The thumb centre runs from thumb/2 to width - thumb/2 (22 px thumb).
    const expected = Math.round(((box.width * 0.75 - 11) / (box.width - 22)) * 2719);
    const got = Number(slider().value);
    expect(Math.abs(got - expected)).toBeLessThanOrEqual(3);
    expect(dates.at(-1)).toBe(el.date);
  });
});

describe('<cdm-timeline> buttons and marks', () => {
  test('previous / next buttons step between stops', async () => {
    await mount({ date: '2018-11-12' });
    await userEvent.click(part('next'));
    await userEvent.click(part('next'));
    await userEvent.click(part('previous'));
    expect(dates).toEqual(['2019-09-16', '2021-11-10', '2019-09-16']);
  });

  test('previous is disabled at the first stop, next at the end', async () => {
    await mount({ date: START });
    expect(part<HTMLButtonElement>('previous').disabled).toBe(true);
    el.date = END;
    await el.updateComplete;
    expect(part<HTMLButtonElement>('next').disabled).toBe(true);
  });

  test('every stop has a mark with a tooltip, launches, changes and context drawn apart', async () => {
    await mount();
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mark"]')];
    expect(marks).toHaveLength(STOPS.length);
    expect(marks.map((m) => m.getAttribute('title'))).toContain('10 Nov 2021: United States joins');
    expect(el.shadowRoot!.querySelectorAll('[part~="mark-launch"]')).toHaveLength(3);
    expect(el.shadowRoot!.querySelectorAll('[part~="mark-change"]')).toHaveLength(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="mark-context"]')).toHaveLength(1);
    const w = (m: Element) => m.getBoundingClientRect();
    const launch = w(el.shadowRoot!.querySelector('[part~="mark-launch"]')!);
    const change = w(el.shadowRoot!.querySelector('[part~="mark-change"]')!);
    expect(launch.height).toBeGreaterThan(change.height);
  });

  test('clicking a mark jumps to its stop', async () => {
    await mount();
    const mark = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mark"]')].find((m) =>
      m.title.startsWith('28 Apr 2022'),
    )!;
    mark.click();
    expect(dates).toEqual(['2022-04-28']);
  });

  test('the mark and label of the shown stop (and only those) are marked current, through steps, a re-layout and between stops', async () => {
    await mount({ date: '2018-11-12' });
    el.style.width = '900px';
    await expect.poll(() => el.shadowRoot!.querySelectorAll('[part~="label"]').length).toBeGreaterThan(0);
    const current = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.current')].map((n) => `${n.classList[0]} ${n.title}`);
    const launch = STOPS[2]!;
    const paris = (what: string) => `${what} 12 Nov 2018: ${launch.label}`;
    expect(current().sort()).toEqual([paris('label'), paris('mark')]);
    el.date = '2021-11-10';
    await el.updateComplete;
    expect(current().filter((c) => c.startsWith('mark'))).toEqual(['mark 10 Nov 2021: United States joins']);
    expect(current().every((c) => c.includes('10 Nov 2021'))).toBe(true);
    el.date = '2020-03-01';
    await el.updateComplete;
    expect(current()).toEqual([]);
    el.date = '2018-11-12';
    el.style.width = '700px';
    await expect.poll(() => current().sort()).toEqual([paris('label'), paris('mark')]);
    el.stops = STOPS.filter((s) => s.date !== '2016-08-29');
    await el.updateComplete;
    expect(current().sort()).toEqual([paris('label'), paris('mark')]);
  });

  test('visible stop labels never overlap; launches win; the readout names the current stop', async () => {
    el = document.createElement('cdm-timeline');
    // Crowded: a stop every 20 days through 2019.
    const crowded = Array.from({ length: 18 }, (_, i) => ({
      date: new Date(Date.UTC(2019, 0, 1 + i * 20)).toISOString().slice(0, 10),
      kind: i % 3 === 0 ? 'launch' : 'change',
      declarationId: 'paris-call-2018',
      label: `A fairly long stop label ${i}`,
      countries: [],
    })) as TimelineStop[];
    await mount({ stops: crowded, date: crowded[7]!.date });
    el.style.width = '600px';
    await expect.poll(() => el.shadowRoot!.querySelectorAll('[part~="label"]').length).toBeGreaterThan(0);
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
    expect(labels.length).toBeLessThan(crowded.length);
    const boxes = labels.map((l) => l.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${labels[i]!.textContent} / ${labels[j]!.textContent}`).toBe(false);
      }
    const shown = labels.map((l) => l.textContent);
    // launches (every third stop) take the labels before changes do
    expect(shown).toContain('A fairly long stop label 0');
    expect(part('readout').textContent).toContain('A fairly long stop label 7');
  });
});

describe('<cdm-timeline> playback', () => {
  test('play goes through every later stop in order and stops at the last', async () => {
    await mount({ date: '2018-11-12', playStepMs: 30, reducedMotion: true });
    // Play lasts 90 ms, which a click's round trip can outlast on a loaded machine: what the
    // button said and whether it was playing are recorded as they happen, not read afterwards.
    const said: string[] = [];
    const recorder = new MutationObserver(() => {
      const name = part('play').textContent!.trim();
      if (said[said.length - 1] !== name) said.push(name);
    });
    recorder.observe(part('play'), { childList: true, subtree: true, characterData: true });
    const playingAtDates: boolean[] = [];
    el.addEventListener('cdm-date-change', () => playingAtDates.push(el.playing));
    await userEvent.click(part('play'));
    await expect.poll(() => dates.length === 3 && !el.playing, { timeout: 5000 }).toBe(true);
    expect(dates).toEqual(['2019-09-16', '2021-11-10', '2022-04-28']);
    expect(playingAtDates.slice(0, -1)).toEqual([true, true]);
    await el.updateComplete;
    recorder.disconnect();
    // The button's name says what a press does; a changing name with aria-pressed as well was read
    // "Pause, toggle button, pressed".
    expect(said).toEqual(['Pause', 'Play']);
    expect(part('play').hasAttribute('aria-pressed')).toBe(false);
  });

  test('with reduced motion, play only ever shows stop dates', async () => {
    await mount({ date: START, playStepMs: 20, reducedMotion: true });
    el.play();
    await expect.poll(() => el.playing, { timeout: 5000 }).toBe(false);
    expect(dates).toEqual(STOP_DATES.slice(1));
  });

  test('without reduced motion, play glides through the days between stops', async () => {
    await mount({ date: '2018-11-12', playStepMs: 2000 });
    el.play();
    await expect.poll(() => dates.some((d) => !STOP_DATES.includes(d)), { timeout: 5000 }).toBe(true);
    el.pause();
    const between = dates.filter((d) => !STOP_DATES.includes(d));
    expect(between.every((d) => d > '2018-11-12' && d < '2019-09-16')).toBe(true);
    // dates only move forward
    expect([...dates].sort()).toEqual(dates);
  });

  test('play at the end starts again from the first stop', async () => {
    await mount({ date: END, playStepMs: 20, reducedMotion: true });
    el.play();
    await expect.poll(() => el.playing, { timeout: 5000 }).toBe(false);
    expect(dates).toEqual(STOP_DATES);
  });

  test('pause, a key press, or removal stops playback and its timers', async () => {
    // Reduced motion: playback is one timer per stop, so a fake clock can run far past the next
    // step at once; a timer left armed would fire there and move the date.
    const STEP_MS = 300;
    await mount({ date: START, playStepMs: STEP_MS, reducedMotion: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      /** Runs the clock ten steps on and lets the frames that report dates pass. */
      const tenStepsLater = async () => {
        vi.advanceTimersByTime(10 * STEP_MS);
        await nextFrame();
        await nextFrame();
      };
      el.play();
      await expect.poll(() => dates.length).toBeGreaterThan(0);
      await userEvent.click(part('play')); // pause
      expect(el.playing).toBe(false);
      const n = dates.length;
      await tenStepsLater();
      expect(dates.length).toBe(n);

      el.play();
      slider().focus();
      await userEvent.keyboard('{Home}');
      expect(el.playing).toBe(false);
      const m = dates.length;
      await tenStepsLater();
      expect(dates.length).toBe(m);

      el.play();
      el.remove();
      expect(el.playing).toBe(false);
      const k = dates.length;
      await tenStepsLater();
      expect(dates.length).toBe(k);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('<cdm-timeline> what a screen reader hears', () => {
  // The slider speaks its own value text as it moves; the buttons keep the focus on themselves,
  // so what they did is said in the timeline's polite status region.
  const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

  test('previous / next say the date and event they reached; the slider leaves it to its own value text', async () => {
    await mount({ date: '2018-11-12' });
    expect(status()).toBe('');
    await userEvent.click(part('next'));
    expect(status()).toBe('16 Sep 2019: Paris Call list published');
    await userEvent.click(part('previous'));
    await userEvent.click(part('previous'));
    expect(status()).toBe('29 Aug 2016: Fifth UN GGE begins');
    expect(status()).toBe(slider().getAttribute('aria-valuetext'));
    // A date from outside (another declaration, Back) is not said again as the buttons' step.
    el.date = '2022-04-28';
    await el.updateComplete;
    expect(status()).toBe('');
    await userEvent.click(part('previous'));
    expect(status()).toBe('10 Nov 2021: United States joins');
    el.date = '2016-08-29';
    await el.updateComplete;
    slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(slider().getAttribute('aria-valuetext')).toBe('12 Nov 2018: Paris Call launched');
    expect(status()).toBe('');
  });

  test('play says it plays, once, and pausing says where it stopped', async () => {
    await mount({ date: '2018-11-12', playStepMs: 60_000, reducedMotion: true });
    const said: string[] = [];
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
    await userEvent.click(part('play'));
    expect(status()).toBe('Playing');
    await userEvent.click(part('play'));
    await el.updateComplete;
    expect(status()).toBe(`Paused on ${slider().getAttribute('aria-valuetext')}`);
    expect(status()).toMatch(/^Paused on \d+ \w+ 20\d\d: Paris Call/);
    expect(said.filter((t) => t === 'Playing')).toHaveLength(1);
  });

  test('play that reaches the last stop says where it stopped', async () => {
    await mount({ date: '2021-11-10', playStepMs: 20, reducedMotion: true });
    await userEvent.click(part('play'));
    await expect.poll(() => el.playing, { timeout: 5000 }).toBe(false);
    await el.updateComplete;
    expect(status()).toBe('Paused on 28 Apr 2022: Future of the Internet');
  });
});

describe('<cdm-timeline> disabled and isolation', () => {
  test('disabled: controls are disabled and keys do nothing', async () => {
    await mount({ date: '2018-11-12', disabled: true });
    expect(slider().disabled).toBe(true);
    expect(part<HTMLButtonElement>('play').disabled).toBe(true);
    expect(part<HTMLButtonElement>('next').disabled).toBe(true);
    el.play();
    expect(el.playing).toBe(false);
    expect(dates).toEqual([]);
  });

  test('impossible dates from the host fall back instead of throwing', async () => {
    await mount({ date: 'garbage', start: '2019-02-30', end: 'nope' });
    // No usable range: the current year, whole.
    const year = new Date().getUTCFullYear();
    const lastDay = String((Date.UTC(year, 11, 31) - Date.UTC(year, 0, 1)) / 86_400_000);
    expect(slider().value).toBe('0');
    expect(slider().max).toBe(lastDay);
    el.date = '2999-01-01';
    await el.updateComplete;
    expect(slider().value).toBe(lastDay);
    // A stop with an impossible date is left out; the others keep their marks.
    el.start = '2015-07-22';
    el.end = '2022-12-31';
    el.stops = [...STOPS, { ...STOPS[0]!, date: 'not-a-date' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="mark"]')).toHaveLength(STOPS.length);
    expect(dates).toEqual([]);
  });

  test('uses no ids, so two instances cannot clash', async () => {
    await mount();
    expect(el.shadowRoot!.querySelectorAll('[id]')).toHaveLength(0);
  });

  test('all buttons are at least 44 px tall and wide; the slider is 44 px tall', async () => {
    await mount({ date: '2018-11-12' });
    for (const name of ['previous', 'play', 'next']) {
      const r = part(name).getBoundingClientRect();
      expect(r.height).toBeGreaterThanOrEqual(44);
      expect(r.width).toBeGreaterThanOrEqual(44);
    }
    expect(slider().getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });
});
