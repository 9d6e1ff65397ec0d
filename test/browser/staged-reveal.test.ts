// The stages below the first map (legend, timeline, sidebar) come one painted frame apart, and
// what a stage can work out before it is drawn (the timeline's stops, the sidebar's styles) runs
// in a task of its own just before it, so the stage's own task only draws (issue 15, blocking time).
import { afterEach, expect, test } from 'vitest';
import { StagedRevealController } from '../../src/controllers/staged-reveal-controller';

const realFrame = window.requestAnimationFrame;
afterEach(() => void (window.requestAnimationFrame = realFrame));

type Stage = 'legend' | 'timeline' | 'sidebar';

/** A controller on a stand-in host that logs each stage shown and each piece of work before one. */
function staged(log: string[]) {
  let reveal: StagedRevealController<Stage>;
  const host = {
    addController() {},
    removeController() {},
    requestUpdate: () => log.push(`shown: ${(['legend', 'timeline', 'sidebar'] as const).filter((s) => reveal.shows(s)).join(', ')}`),
    updateComplete: Promise.resolve(true),
  };
  // A timer queued in the work runs before the stage is shown only if the stage is a later task.
  const work = (name: string) => () => (log.push(`work for ${name}`), setTimeout(() => log.push(`task after the work for ${name}`)));
  reveal = new StagedRevealController<Stage>(host, ['legend', 'timeline', 'sidebar'], { timeline: work('timeline'), sidebar: work('sidebar') });
  return reveal;
}

async function allShown(reveal: StagedRevealController<Stage>): Promise<void> {
  while (reveal.ready) await reveal.ready;
}

const EXPECTED = [
  'shown: legend',
  'work for timeline',
  'task after the work for timeline',
  'shown: legend, timeline',
  'work for sidebar',
  'task after the work for sidebar',
  'shown: legend, timeline, sidebar',
];

test('each stage’s work runs once, in a task of its own before the stage is shown', async () => {
  const log: string[] = [];
  const reveal = staged(log);
  reveal.start();
  await allShown(reveal);
  expect(log).toEqual(EXPECTED);
});

test('in a page that paints no frames, the stages still come, each stage’s work still once', async () => {
  window.requestAnimationFrame = () => 0;
  const log: string[] = [];
  const reveal = staged(log);
  reveal.start();
  await allShown(reveal);
  expect(log).toEqual(EXPECTED);
});
