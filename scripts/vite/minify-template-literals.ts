// A build step for the embed: the HTML and CSS inside Lit's html`…` and css`…` templates reach the
// bundle as written (indentation, newlines, comments), since no JavaScript minifier looks inside
// template literals. minify-literals (html-minifier-next + Lightning CSS) minifies them and keeps
// every `${…}` binding where it was.
//
// Whitespace is collapsed to one space, never removed (`conservativeCollapse`). The minifier sees
// each template on its own, as a whole document, so by default it trimmed a template's leading
// space and the space next to a binding: html` <span>(${publisher})</span>` after a link became
// "the Paris Call(inCyber (FIC))" in the embed only (test/e2e/embed-text.test.ts). Between two
// tags or at a template's edge a single space may be the one the reader needs; only the author of
// the template knows, so the build keeps it.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/** Our own components only: dependencies ship their templates already minified. */
const OWN_SOURCE = /[\\/]src[\\/].+\.ts$/;

export function minifyTemplateLiteralsPlugin(): Plugin {
  return {
    name: 'cdm-minify-template-literals',
    apply: 'build',
    // After TypeScript is stripped, so the minifier parses plain JavaScript.
    enforce: 'post',
    async transform(code, id) {
      if (!OWN_SOURCE.test(id) || !code.includes('`')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
