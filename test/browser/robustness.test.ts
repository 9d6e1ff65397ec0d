// Issue 7, bad attributes and URLs: whatever the host page or the address bar says, the element
// falls back to a sensible view, warns in words, and throws nothing.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { asOfText, countryNode, mapOf, readyExplorer, settle, unmountAll } from './explorer-helpers';
import { catchEscapes, mapInvariantProblems, type Escapes } from './robustness-helpers';

let escapes: Escapes;
let warn: ReturnType<typeof vi.spyOn>;
const startUrl = location.href;

beforeEach(() => {
  escapes = catchEscapes();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  unmountAll();
  escapes.stop();
  vi.restoreAllMocks();
  history.replaceState(null, '', startUrl);
});

const warnings = () => warn.mock.calls.map((c: unknown[]) => String(c[0])).join('\n');

describe('bad attributes set after the map is up', () => {
  test('each bad value falls back, warns once in words, and the map stays whole', async () => {
    const el = await readyExplorer({ declaration: 'dfi-2022', date: '2022-12-31', country: 'NOR' });
    const cases: Array<[string, string, RegExp, () => void]> = [
      ['declaration', 'paris-call-2019', /unknown declaration "paris-call-2019"/, () => expect(asOfText(el)).toMatch(/^Paris Call —/)],
      ['date', '2019-02-30', /"2019-02-30" is not a real day/, () => expect(asOfText(el)).toMatch(/as of 31 Dec 2022$/)],
      ['date', '31/12/2019', /"31\/12\/2019" is not a real day/, () => expect(asOfText(el)).toMatch(/as of 31 Dec 2022$/)],
      ['date', '1999-01-01', /outside 2015-07-22\.\.2022-12-31; showing 2015-07-22/, () => expect(asOfText(el)).toMatch(/1 Jan 1999|22 Jul 2015/)],
      ['country', 'ZZZ', /unknown country "ZZZ"/, () => expect(mapOf(el).shadowRoot.querySelector('[data-selected]')).toBeNull()],
      ['country', '"><img src=x onerror=alert(1)>', /is not an ISO 3166-1 alpha-3 country code/, () => expect(mapOf(el).shadowRoot.querySelector('[data-selected]')).toBeNull()],
      ['view', 'sideways', /unknown view "sideways"/, () => expect(countryNode(el, 'FRA')!.hasAttribute('data-signed-count')).toBe(false)],
      ['controls', 'timeline nonsense', /unknown control\(s\) nonsense/, () => expect(el.shadowRoot!.querySelector('cdm-timeline')).not.toBeNull()],
    ];
    for (const [name, value, message, check] of cases) {
      el.setAttribute(name, value);
      await settle(el);
      expect(warnings(), `${name}=${value}`).toMatch(message);
      check();
      expect(mapInvariantProblems(el), `${name}=${value}`).toEqual([]);
    }
    // The payload in the country attribute was never parsed as markup.
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    // Good values bring the view back.
    el.setAttribute('declaration', 'g7-2021');
    el.setAttribute('date', '2021-12-31');
    el.setAttribute('country', 'jpn');
    await settle(el);
    expect(countryNode(el, 'JPN')!.hasAttribute('data-selected')).toBe(true);
    expect(escapes.errors).toEqual([]);
  });

  test('removing every attribute returns to the documented defaults', async () => {
    const el = await readyExplorer({ declaration: 'g7-2021', date: '2021-12-31', country: 'JPN', view: 'all' });
    for (const a of ['declaration', 'date', 'country', 'view', 'controls']) el.removeAttribute(a);
    await settle(el);
    expect(asOfText(el)).toMatch(/^Paris Call — .* as of 31 Dec 2022$/);
    expect(mapInvariantProblems(el)).toEqual([]);
    expect(escapes.errors).toEqual([]);
  });
});

describe('garbage in the page URL (sync-url)', () => {
  test('a mangled query and hash open the default view with warnings, and throw nothing', async () => {
    history.replaceState(null, '', `${location.pathname}?declaration=%3Cscript%3Ealert(1)%3C/script%3E&date=2019-02-30&country=%22%3E%3Cimg&view=%00%FF&date=again#%%%zz<img src=x>`);
    const el = await readyExplorer({ 'sync-url': '' });
    await settle(el);
    expect(asOfText(el)).toMatch(/^Paris Call — .* as of 31 Dec 2022$/);
    const w = warnings();
    expect(w).toMatch(/Unknown declaration "<script>alert\(1\)<\/script>"/);
    expect(w).toMatch(/Ignored date "2019-02-30"/);
    expect(w).toMatch(/Ignored country/);
    expect(w).toMatch(/Unknown view/);
    expect(mapInvariantProblems(el)).toEqual([]);
    expect(escapes.errors).toEqual([]);
  });

  test('a garbage entry reached with back/forward (popstate) falls back too', async () => {
    const el = await readyExplorer({ 'sync-url': '', declaration: 'dfi-2022', date: '2022-11-02' });
    history.pushState(null, '', `${location.pathname}?declaration=g7-2021&date=2021-99-99&country=12345&view=all%20the%20things`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(el);
    expect(asOfText(el)).toMatch(/^2021 G7 declaration — /);
    expect(warnings()).toMatch(/Ignored date "2021-99-99"/);
    expect(mapInvariantProblems(el)).toEqual([]);
    // A country code that is well formed but unknown.
    history.pushState(null, '', `${location.pathname}?declaration=g7-2021&date=2021-12-31&country=QQQ`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(el);
    expect(warnings()).toMatch(/Unknown country "QQQ"/);
    expect(mapOf(el).shadowRoot.querySelector('[data-selected]')).toBeNull();
    expect(escapes.errors).toEqual([]);
  });
});

describe('the checks themselves can fail', () => {
  test('a country with a bogus status and an error thrown in a timer are both caught', async () => {
    const el = await readyExplorer({ declaration: 'paris-call-2018' });
    countryNode(el, 'FRA')!.setAttribute('data-status', 'bogus');
    expect(mapInvariantProblems(el)).toEqual(['FRA: status=bogus count=null']);
    const probe = catchEscapes();
    // Vitest itself reports uncaught errors: swallow this one on purpose.
    let swallow = (_e: ErrorEvent): void => {};
    const thrown = new Promise<void>((done) => {
      swallow = (e: ErrorEvent) => {
        e.preventDefault();
        done();
      };
    });
    window.addEventListener('error', swallow);
    setTimeout(() => {
      throw new Error('probe');
    });
    await thrown;
    window.removeEventListener('error', swallow);
    probe.stop();
    expect(probe.errors).toEqual(['error: Uncaught Error: probe']);
  });
});
