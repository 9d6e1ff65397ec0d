// A build step for the embed: the HTML and CSS inside Lit's html`…` and css`…` templates reach the
// bundle as written (indentation, newlines, comments), since no JavaScript minifier looks inside
// template literals. minify-literals (html-minifier-next + Lightning CSS) minifies them and keeps
// every `${…}` binding where it was.
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
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
