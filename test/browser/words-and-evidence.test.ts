// Issue 14 as a reader meets it: every surface (legend, tooltip, country record, presentation
// caption, export) says only what the sources say. China "did not endorse" the 2022 declaration
// (never "refused"); Kenya's listing is "disputed" (never "date uncertain"); the United States
// "refused" the Paris Call in 2018 in CircleID's own words; the GGE report was "adopted".
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cdm-presentation';
import type { CdmPresentation } from '../../src/components/cdm-presentation';
import { viewSvg } from '../../src/lib/export-view';
import type { CompiledAtlas, Dataset } from '../../src/lib/types';
import { axeViolations, emulateMedia, resetMedia } from './a11y-helpers';
import { countryNode, mapOf, part, readyExplorer, settle, sidebarText, unmountAll } from './explorer-helpers';
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';

let atlas: CompiledAtlas;
let dataset: Dataset;
beforeAll(async () => {
  atlas = (await (await fetch('/generated/atlas.json')).json()) as CompiledAtlas;
  dataset = (await (await fetch('/generated/dataset.json')).json()) as Dataset;
});
afterEach(async () => {
  unmountAll();
  document.querySelectorAll('cdm-presentation').forEach((p) => p.remove());
  await resetMedia();
  await page.viewport(1280, 900);
});

const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

function legend(el: CyberDeclarationsMap): Array<{ value: string; label: string; definition: string }> {
  const root = part(el, 'cdm-legend')!.shadowRoot!;
  return [...root.querySelectorAll<HTMLButtonElement>('button[data-value]')].map((b) => ({
    value: b.dataset.value!,
    label: clean(b.querySelector('.label')?.textContent),
    definition: clean(b.querySelector('.definition')?.textContent),
  }));
}

async function tooltip(el: CyberDeclarationsMap, iso3: string): Promise<string> {
  await userEvent.hover(countryNode(el, iso3)!);
  await (mapOf(el) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // As read on screen: the name and the status are on two lines.
  return clean(mapOf(el).shadowRoot.querySelector<HTMLElement>('[part="tooltip"]')?.innerText);
}

async function record(el: CyberDeclarationsMap, iso3: string, declaration: string): Promise<{ status: string; text: string }> {
  el.setAttribute('country', iso3);
  await settle(el);
  const entry = part(el, 'cdm-sidebar')!.shadowRoot!.querySelector(`[data-declaration="${declaration}"]`)!;
  return { status: clean(entry.querySelector('.status-word')?.textContent), text: clean(entry.textContent) };
}

function exportTexts(declaration: string, date: string): string[] {
  const svg = viewSvg({ atlas, dataset, declaration: declaration as never, date, view: 'declaration', scheme: 'light' });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('text')].map((t) => clean(t.textContent));
}

async function captionAt(declaration: string, date: string): Promise<string> {
  const p = document.createElement('cdm-presentation') as CdmPresentation;
  p.atlas = atlas;
  p.data = dataset;
  document.body.append(p);
  await p.updateComplete;
  const index = p.steps.findIndex((s) => s.declarationId === declaration && s.date === date);
  expect(index, `a tour step for ${declaration} on ${date}`).toBeGreaterThanOrEqual(0);
  p.present({ step: index });
  await p.updateComplete;
  return clean(p.shadowRoot!.querySelector('.caption')?.textContent);
}

describe('China and the 2022 declaration: did not endorse, never refused', () => {
  test('legend, tooltip, record, caption and export', async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-06-01' });
    expect(countryNode(el, 'CHN')!.getAttribute('data-status')).toBe('not-signed');
    const entries = legend(el);
    expect(entries.map((e) => e.value)).toEqual(['signed', 'disputed', 'not-signed', 'absent']);
    expect(entries.map((e) => e.label)).toEqual(['Endorsed', 'Listing disputed', 'Did not endorse', 'No record']);
    expect(entries.find((e) => e.value === 'not-signed')!.definition).toMatch(/did not endorse, was not on the list or abstained: not a refusal/);
    expect(entries.some((e) => e.value === 'refused')).toBe(false);

    const tip = await tooltip(el, 'CHN');
    expect(tip).toBe('China Future of the Internet, did not endorse, on 28 Apr 2022 (not part of it, MediaNama; dated from the launch: not on the launch list)');
    expect(tip).not.toMatch(/refus/i);

    const china = await record(el, 'CHN', 'dfi-2022');
    expect(china.status).toBe('Did not endorse');
    // Unquoted: the research's summary of MediaNama, not its words.
    expect(china.text).toContain('Reported as: not part of it, MediaNama');
    expect(china.text).not.toContain('In the source’s words');
    expect(china.text).toContain('dated from the launch: not on the launch list');
    expect(china.text).not.toMatch(/\brefused\b/i);

    const texts = exportTexts('dfi-2022', '2022-06-01');
    expect(texts).toContain('Did not endorse (11)');
    expect(texts.join(' ')).toMatch(/As of 1 Jun 2022: 59 endorsed, 2 listing disputed, 11 did not endorse/);
    // The explorer's legend entries, no more: nobody refused the 2022 declaration.
    expect(texts.filter((t) => /^[A-Z][a-z ]+ \(\d+\)$/.test(t))).toEqual(['Endorsed (59)', 'Listing disputed (2)', 'Did not endorse (11)', 'No record (125)']);
    expect(texts.join(' ')).not.toMatch(/Refused/);
  });
});

describe('Kenya: a disputed listing, not an uncertain date', () => {
  test('legend, tooltip, record and caption say what is disputed', async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-12-31' });
    expect(countryNode(el, 'KEN')!.getAttribute('data-status')).toBe('disputed');
    expect(legend(el).find((e) => e.value === 'disputed')!.definition).toMatch(/disputes the listing \(the government denied it/);
    const tip = await tooltip(el, 'KEN');
    expect(tip).toBe('Kenya Future of the Internet, listed as having endorsed on 28 Apr 2022, but the listing is disputed');
    const kenya = await record(el, 'KEN', 'dfi-2022');
    expect(kenya.status).toBe('Listing disputed');
    expect(kenya.text).toContain('we have not gone through our processes and laws for endorsing this declaration');
    for (const t of [tip, kenya.text]) expect(t).not.toMatch(/date uncertain/i);
    expect(await captionAt('dfi-2022', '2022-04-28')).toMatch(/^Future of the Internet launched 28 Apr 2022: 59 states endorsed; 11 did not endorse$/);
  });
});

describe('the United States and the Paris Call in 2018: refused, in the source’s words', () => {
  test('legend, tooltip, record, caption and export', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2018-12-01' });
    const entries = legend(el);
    expect(entries.map((e) => e.label)).toEqual(['Signed', 'Date uncertain', 'Refused', 'Did not sign', 'No record']);
    expect(entries.find((e) => e.value === 'refused')!.definition).toMatch(/refused or declined/);
    expect(await tooltip(el, 'USA')).toBe('United States Paris Call, refused, on 12 Nov 2018 (“have refused to sign”, CircleID)');
    // Australia is not shown as refusing: its source says only that it "didn't sign".
    expect(countryNode(el, 'AUS')!.getAttribute('data-status')).toBe('uncertain');
    const usa = await record(el, 'USA', 'paris-call-2018');
    expect(usa.status).toBe('Refused');
    expect(usa.text).toContain('In the source’s words: “have refused to sign”, CircleID');
    expect(await captionAt('paris-call-2018', '2018-11-12')).toBe(
      'Paris Call launched 12 Nov 2018: 31 signed for certain, 35 may have (51 reported); 5 refused, 5 did not sign',
    );
    const texts = exportTexts('paris-call-2018', '2018-11-12');
    expect(texts).toEqual(expect.arrayContaining(['Refused (5)', 'Did not sign (5)']));
  });
});

describe('the GGE report: adopted by its members, not signed', () => {
  test('legend, tooltip, record, caption and export', async () => {
    const el = await readyExplorer({ declaration: 'gge-2015', date: '2016-01-01' });
    expect(legend(el)[0]!.label).toBe('Adopted');
    expect(legend(el)[0]!.definition).toBe('Adopted the 2015 UN GGE report by this date, according to a cited source.');
    expect(await tooltip(el, 'BRA')).toBe('Brazil 2015 UN GGE report, adopted, on or before 22 Jul 2015');
    const brazil = await record(el, 'BRA', 'gge-2015');
    expect(brazil.status).toBe('Adopted');
    expect(sidebarText(el)).not.toMatch(/GGE report\s+Signed/);
    expect(await captionAt('gge-2015', '2015-07-22')).toBe('2015 UN GGE report launched 22 Jul 2015: 20 of 20 members adopted');
    expect(exportTexts('gge-2015', '2016-01-01').join(' ')).toMatch(/As of 1 Jan 2016: 20 of 20 members adopted/);
  });
});

describe('axe-core with the new statuses and patterns', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations (${scheme}): the 2022 declaration with a disputed and a not-signed record open`, async () => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-12-31', country: 'KEN' });
      await settle(el);
      expect(await axeViolations(el)).toEqual([]);
      el.setAttribute('declaration', 'paris-call-2018');
      el.setAttribute('date', '2018-12-01');
      el.setAttribute('country', 'AUS');
      await settle(el);
      expect(await axeViolations(el)).toEqual([]);
    });
  }
});
