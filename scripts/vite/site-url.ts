// Link previews need absolute addresses: Open Graph and Twitter cards ignore a page-relative
// og:image. The site's address is only known where it is deployed, so `CDM_SITE_URL` (e.g.
// `https://maps.example.org/cyber/`) given to `vite build` turns the pages' image addresses into
// absolute ones and adds og:url; without it they stay page-relative (nothing invented).
import type { Plugin } from 'vite';

const IMAGE_META = /(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")([^"]+)(")/g;

/** The site's base address, ending with `/`; throws on anything but an absolute http(s) URL. */
export function parseSiteUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CDM_SITE_URL must be an absolute http(s) address, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`CDM_SITE_URL must be http(s), got "${value}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** `html` with absolute preview images and an og:url for the page at `pagePath` (`/index.html`). */
export function absolutePreviewUrls(html: string, pagePath: string, site: URL): string {
  const page = new URL(pagePath.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1'), site);
  const withImages = html.replace(IMAGE_META, (_, open: string, href: string, close: string) => `${open}${new URL(href, page).href}${close}`);
  return withImages.replace(/(<meta\s+property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${page.href}" />`);
}

export function siteUrlPlugin(value = process.env.CDM_SITE_URL): Plugin {
  const site = value ? parseSiteUrl(value) : null;
  return {
    name: 'cdm-site-url',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (site ? absolutePreviewUrls(html, ctx.path, site) : html),
    },
  };
}
