// The pages' heads and the static files beside them (issue 21, "a clean first ten minutes"):
// title, description and link-preview tags on index.html and embed.html, with a 1200 x 630
// preview image that exists in public/; a favicon for the explorer and none for the iframe page.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { absolutePreviewUrls, parseSiteUrl } from '../../scripts/vite/site-url';

function head(page: string): string {
  return readFileSync(page, 'utf8').split('</head>')[0]!;
}

function meta(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta\\s+(?:name|property)="${key.replace(/[:.]/g, '\\$&')}"\\s+content="([^"]*)"`);
  return re.exec(html.replace(/\s+/g, ' '))?.[1];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The public/ file a root-relative address in a page names. */
function publicFile(href: string): string {
  expect(href, 'a root-relative address, which Vite rewrites for the build').toMatch(/^\/[\w.-]+$/);
  return `public${href}`;
}

describe.each(['index.html', 'embed.html'])('%s', (page) => {
  const html = head(page);

  test('has a title, a description and link-preview tags with the 1200 x 630 preview image', () => {
    expect(/<title>[^<]{20,}<\/title>/.test(html)).toBe(true);
    expect(meta(html, 'description')?.length).toBeGreaterThan(50);
    for (const key of ['og:type', 'og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image']) {
      expect(meta(html, key), key).toBeTruthy();
    }
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
    const image = publicFile(meta(html, 'og:image')!);
    expect(existsSync(image), image).toBe(true);
    expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
  });
});

describe('icons and indexing', () => {
  test('the explorer links an SVG favicon from public/', () => {
    const link = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/.exec(head('index.html'));
    expect(link).not.toBeNull();
    const file = publicFile(link![1]!);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test('the iframe page asks for no favicon (an empty data: icon) and is not indexed', () => {
    const html = head('embed.html');
    expect(html).toContain('<link rel="icon" href="data:," />');
    expect(meta(html, 'robots')).toBe('noindex');
  });

  test('robots.txt lets crawlers read the pages (embed.html\'s noindex must stay visible to them)', () => {
    const robots = readFileSync('public/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
  });
});

describe('CDM_SITE_URL: absolute preview addresses for a deployed site', () => {
  const site = parseSiteUrl('https://maps.example.org/cyber');
  const html = '<meta property="og:type" content="website" />\n<meta property="og:image" content="./social-preview.png" />\n<meta name="twitter:image" content="./social-preview.png" />';

  test('makes the images absolute and adds og:url for each page', () => {
    expect(absolutePreviewUrls(html, '/index.html', site)).toBe(
      '<meta property="og:type" content="website" />\n    <meta property="og:url" content="https://maps.example.org/cyber/" />\n' +
        '<meta property="og:image" content="https://maps.example.org/cyber/social-preview.png" />\n<meta name="twitter:image" content="https://maps.example.org/cyber/social-preview.png" />',
    );
    expect(absolutePreviewUrls(html, '/embed.html', site)).toContain('<meta property="og:url" content="https://maps.example.org/cyber/embed.html" />');
  });

  test('refuses an address that is not absolute http(s)', () => {
    expect(() => parseSiteUrl('maps.example.org')).toThrow(/absolute http\(s\)/);
    expect(() => parseSiteUrl('ftp://maps.example.org/')).toThrow(/http\(s\)/);
  });
});

describe('README', () => {
  test('opens with the generated screenshot of the explorer, and the two commands stay near the top', () => {
    const readme = readFileSync('README.md', 'utf8');
    const top = readme.split('\n').slice(0, 30).join('\n');
    const image = /!\[[^\]]{20,}\]\((docs\/[\w.-]+\.png)\)/.exec(top);
    expect(image, 'an image with alt text in the first 30 lines').not.toBeNull();
    expect(existsSync(image![1]!)).toBe(true);
    expect(pngSize(image![1]!).width).toBeGreaterThanOrEqual(1200);
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm test');
  });
});
