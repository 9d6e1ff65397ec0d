import { describe, expect, test } from 'vitest';
import { RESIZER_SCRIPT, embedAttributes, embedUrlsFor, explorerViewUrl, frameUrl, iframeSnippet, scriptSnippet } from '../../src/lib/embed-snippets';

const state = { declaration: 'paris-call-2018', date: '2019-12-31', country: 'FRA', view: null, controls: 'legend sidebar', datasetVersion: '2022-12-31.ab12' };

describe('embedAttributes', () => {
  test('keeps the set values in a fixed order with attribute names', () => {
    expect(embedAttributes(state)).toEqual([
      ['declaration', 'paris-call-2018'],
      ['date', '2019-12-31'],
      ['country', 'FRA'],
      ['controls', 'legend sidebar'],
      ['dataset-version', '2022-12-31.ab12'],
    ]);
  });
});

test('carries the table display when the reader chose it', () => {
  expect(embedAttributes({ declaration: 'g7-2021', display: 'table' })).toEqual([
    ['declaration', 'g7-2021'],
    ['display', 'table'],
  ]);
});

test('carries the compare and change views (issue 19), in the snippet, the frame and the explorer link', () => {
  const compare = { declaration: 'paris-call-2018', date: '2022-12-31', view: 'compare', with: 'dfi-2022' };
  expect(scriptSnippet('https://h.example/embed/cyber-declarations-map.js', compare)).toContain(
    '<cyber-declarations-map declaration="paris-call-2018" date="2022-12-31" view="compare" with="dfi-2022"></cyber-declarations-map>',
  );
  const change = { declaration: 'paris-call-2018', date: '2022-12-31', view: 'change', from: '2019-01-01' };
  expect(new URL(frameUrl('https://h.example/maps/embed.html', change)).search).toBe('?declaration=paris-call-2018&date=2022-12-31&view=change&from=2019-01-01');
  expect(new URL(explorerViewUrl('https://h.example/maps/', change)).searchParams.get('from')).toBe('2019-01-01');
});

describe('scriptSnippet', () => {
  test('is a module script plus the element with the state as attributes', () => {
    expect(scriptSnippet('https://h.example/embed/cyber-declarations-map.js', state)).toBe(
      '<script type="module" src="https://h.example/embed/cyber-declarations-map.js"></script>\n' +
        '<cyber-declarations-map declaration="paris-call-2018" date="2019-12-31" country="FRA" controls="legend sidebar" dataset-version="2022-12-31.ab12"></cyber-declarations-map>',
    );
  });
  test('escapes attribute values', () => {
    expect(scriptSnippet('x.js', { country: '"><script>' })).toContain('country="&quot;&gt;&lt;script&gt;"');
  });
});

describe('frameUrl and iframeSnippet', () => {
  test('the embed page URL carries the state in its query', () => {
    expect(frameUrl('https://h.example/embed.html', { declaration: 'g7-2021', controls: 'legend sidebar' })).toBe(
      'https://h.example/embed.html?declaration=g7-2021&controls=legend+sidebar',
    );
  });
  test('the iframe has a title, a starting height and the optional resizer', () => {
    const html = iframeSnippet('https://h.example/embed.html', { declaration: 'g7-2021', date: '2021-04-28' }, { height: 500 });
    expect(html).toContain('src="https://h.example/embed.html?declaration=g7-2021&amp;date=2021-04-28"');
    expect(html).toMatch(/title="[^"]+"/);
    expect(html).toContain('height="500"');
    expect(html.endsWith(RESIZER_SCRIPT)).toBe(true);
    expect(iframeSnippet('https://h.example/embed.html', {}, { resizer: false })).not.toContain('<script');
  });
});

describe('layout, zoom-to-country and explorer-url', () => {
  const chosen = { declaration: 'g7-2021', country: 'USA', layout: 'explorer', zoomToCountry: true };
  test('the element takes the layout as a value, zoom-to-country bare, and the explorer it links back to', () => {
    expect(scriptSnippet('x.js', chosen, undefined, 'https://h.example/maps/')).toBe(
      '<script type="module" src="x.js"></script>\n' +
        '<cyber-declarations-map declaration="g7-2021" country="USA" layout="explorer" zoom-to-country explorer-url="https://h.example/maps/"></cyber-declarations-map>',
    );
  });
  test('the frame takes both in its query, never the explorer URL', () => {
    expect(frameUrl('https://h.example/embed.html', chosen)).toBe('https://h.example/embed.html?declaration=g7-2021&country=USA&layout=explorer&zoom-to-country=');
  });
  test('left out when they are the defaults', () => {
    expect(embedAttributes({ declaration: 'g7-2021', layout: null, zoomToCountry: false })).toEqual([['declaration', 'g7-2021']]);
  });
});

describe("the framing page's language (the frame cannot read it)", () => {
  const french = { declaration: 'g7-2021', country: 'FRA', lang: 'fr' };
  test('goes in the frame\'s query, last', () => {
    expect(frameUrl('https://h.example/embed.html', french)).toBe('https://h.example/embed.html?declaration=g7-2021&country=FRA&lang=fr');
    expect(iframeSnippet('https://h.example/embed.html', french)).toContain('embed.html?declaration=g7-2021&amp;country=FRA&amp;lang=fr"');
  });
  test('never on the element, which reads its page\'s own, nor in the explorer link', () => {
    expect(scriptSnippet('https://h.example/m.js', french, 'https://h.example/?country=FRA')).not.toMatch(/lang/);
    expect(explorerViewUrl('https://h.example/', french)).not.toContain('lang');
  });
  test('left out when empty or not a language tag', () => {
    // "french" has a tag's shape, but no browser has names in it: an editor typing their language's name.
    for (const lang of ['', '  ', 'not a tag!', null, 'french', 'English', 'Deutsch']) expect(frameUrl('https://h.example/embed.html', { ...french, lang })).not.toContain('lang');
    expect(frameUrl('https://h.example/embed.html', { ...french, lang: ' pt_br ' })).toContain('lang=pt-BR');
  });
});

describe('embedUrlsFor', () => {
  test('finds the embed build and page beside the explorer', () => {
    expect(embedUrlsFor('https://h.example/maps/index.html?declaration=g7-2021')).toEqual({
      scriptUrl: 'https://h.example/maps/embed/cyber-declarations-map.js',
      viewUrl: 'https://h.example/maps/',
      pageUrl: 'https://h.example/maps/embed.html',
    });
  });
});

describe('the fallback link inside the element', () => {
  test('leads to the same view in the explorer (view parameters only, never controls or the dataset pin)', () => {
    expect(explorerViewUrl('https://h.example/maps/', state)).toBe('https://h.example/maps/?declaration=paris-call-2018&date=2019-12-31&country=FRA');
  });
  test('sits inside the element, escaped, with a short text', () => {
    const code = scriptSnippet('x.js', { declaration: 'g7-2021' }, 'https://h.example/?declaration=g7-2021&date="x"');
    expect(code).toBe(
      '<script type="module" src="x.js"></script>\n<cyber-declarations-map declaration="g7-2021">\n' +
        '  <a href="https://h.example/?declaration=g7-2021&amp;date=&quot;x&quot;">Map: which states signed the international declarations on cyberspace</a>' +
        ' (interactive map: if it does not appear here, follow the link)\n</cyber-declarations-map>',
    );
  });
});
