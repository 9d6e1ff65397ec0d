// The map's words are English; country names follow the nearest `lang` around the element (its
// own, a section's, the page's). Each is tagged with its language, so a screen reader reads the
// English in an English voice and "Allemagne" in a French one, on a French or Arabic page alike.
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CdmMap } from '../../src/components/cdm-map';
import { mapOf, mountExplorer, part, readyExplorer, settle, unmountAll, until } from './explorer-helpers';

afterEach(() => unmountAll());

/** The language of a node as assistive technology sees it: the nearest `lang`, across shadow roots. */
function langOf(node: Node): string {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  }
  return '';
}

/** The first text node under `root` (through shadow roots) whose text includes `text`. */
function textNode(root: Node, text: string): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n instanceof Text && n.data.includes(text)) return n;
    if (n instanceof Element && n.shadowRoot) {
      const found = textNode(n.shadowRoot, text);
      if (found) return found;
    }
  }
  return null;
}

const langOfText = (root: Node, text: string): string => {
  const node = textNode(root, text);
  if (!node) throw new Error(`no text "${text}" in the element`);
  return langOf(node);
};

describe('the language of each word', () => {
  test('lang="fr" on the element: names in French and tagged fr, the interface tagged en', async () => {
    const el = await readyExplorer({ lang: 'fr', declaration: 'paris-call-2018', date: '2019-12-31', country: 'DEU' });
    await settle(el);
    await until(() => textNode(el.shadowRoot!, 'Country record as of'), 'the record');
    expect(langOfText(el.shadowRoot!, 'Allemagne')).toBe('fr');
    expect(langOfText(el.shadowRoot!, 'Country record as of')).toBe('en');
    expect(langOfText(el.shadowRoot!, 'Zoom to')).toBe('en');
    expect(langOfText(el.shadowRoot!, 'Legend')).toBe('en');
    expect(langOfText(el.shadowRoot!, 'Find a country')).toBe('en');

    // The map's live region: the name in French, what it says of it in English.
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    map.shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    await userEvent.keyboard('autr');
    await map.updateComplete;
    const live = map.shadowRoot.querySelector('[role="status"]')!;
    expect(live.textContent!.trim()).toMatch(/^Autriche: Paris Call, signed/);
    expect(langOfText(live, 'Autriche')).toBe('fr');
    expect(langOfText(live, 'Paris Call, signed')).toBe('en');

    // The search box's matches.
    const search = part(el, 'cdm-country-search')!.shadowRoot!;
    const box = search.querySelector<HTMLInputElement>('input')!;
    box.focus();
    box.select(); // it shows the open record's name
    await userEvent.keyboard('Espa');
    const option = await until(() => search.querySelector('[role="option"]'), 'a match');
    expect(option.textContent!.trim()).toBe('Espagne');
    expect(langOf(option.firstChild!.nodeType === Node.TEXT_NODE ? option.firstChild! : option)).toBe('fr');
  });

  test('on a French page, type-ahead on the map finds the accented names without their accents ("etats" → États-Unis)', async () => {
    const el = await readyExplorer({ lang: 'fr', declaration: 'paris-call-2018', date: '2019-12-31' });
    await settle(el);
    const map = mapOf(el) as unknown as CdmMap & { shadowRoot: ShadowRoot };
    map.shadowRoot.querySelector<HTMLElement>('.viewport')!.focus();
    await userEvent.keyboard('etats');
    await map.updateComplete;
    expect(map.shadowRoot.querySelector('[role="status"]')!.textContent!.trim()).toMatch(/^États-Unis:/);
  });

  test('on a French page the timeline names states as the rest of the map does ("Guinée signed", not "Guinea")', async () => {
    const el = await readyExplorer({ lang: 'fr', declaration: 'paris-call-2018', date: '2019-12-31' });
    await settle(el);
    const timeline = part(el, 'cdm-timeline')!.shadowRoot!;
    const labels = [...timeline.querySelectorAll('[aria-label], [title]')].map((n) => `${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('title') ?? ''}`).join(' ') + timeline.textContent;
    expect(labels).toContain('Guinée signed');
    expect(labels).not.toContain('Guinea signed');
  });

  test('on a French page the loading and error views say their English words in English (tagged en)', async () => {
    const el = mountExplorer({ 'dataset-src': '/generated/no-such-dataset.json' }, 1280, { lang: 'fr' });
    await until(() => textNode(el.shadowRoot!, 'Loading the map'), 'the loading view');
    expect(langOfText(el.shadowRoot!, 'Loading the map')).toBe('en');
    await until(() => textNode(el.shadowRoot!, 'could not be shown'), 'the error view');
    expect(langOfText(el.shadowRoot!, 'could not be shown')).toBe('en');
  });

  test('a section in Arabic on an English page: the names follow the section', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'FRA' }, 1280, { lang: 'ar', dir: 'rtl' });
    await settle(el);
    const name = new Intl.DisplayNames(['ar'], { type: 'region' }).of('FR')!;
    await until(() => textNode(el.shadowRoot!, name), 'the name in Arabic');
    expect(langOfText(el.shadowRoot!, name)).toBe('ar');
    expect(langOfText(el.shadowRoot!, 'Country record as of')).toBe('en');
  });

  test('an English page: English names, all tagged en', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018', date: '2019-12-31', country: 'DEU' }, 1280, { lang: 'en' });
    await settle(el);
    await until(() => textNode(el.shadowRoot!, 'Country record as of'), 'the record');
    expect(langOfText(el.shadowRoot!, 'Germany')).toBe('en');
    expect(langOfText(el.shadowRoot!, 'Country record as of')).toBe('en');
  });
});
