// A build step for the embed and the explorer: the HTML and CSS inside Lit's html`…`, svg`…` and
// css`…` templates reach the bundle as written (indentation, newlines, comments), since no
// JavaScript minifier looks inside template literals. This step finds those templates (acorn),
// joins each one's text parts around a placeholder, minifies the result (html-minifier-next for
// HTML and SVG, Lightning CSS for CSS) and writes every part back between its `${…}` bindings
// (magic-string).
// It replaces minify-literals, whose current line requires Node 22 (the project supports 20.19).
//
// Whitespace is collapsed to one space, never removed (`conservativeCollapse`). The minifier sees
// each template on its own, as a whole document, so by default it trimmed a template's leading
// space and the space next to a binding: html` <span>(${publisher})</span>` after a link became
// "the Paris Call(inCyber (FIC))" in the embed only (test/e2e/embed-article.test.ts). Between two
// tags or at a template's edge a single space may be the one the reader needs; only the author of
// the template knows, so the build keeps it.
import { Parser, type Node } from 'acorn';
import { minify as minifyHtml, type MinifierOptions } from 'html-minifier-next';
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** Our own components only: dependencies ship their templates already minified. */
const OWN_SOURCE = /[\\/]src[\\/].+\.ts$/;
const HTML_TAGS = new Set(['html', 'svg']);
const CSS_TAGS = new Set(['css']);

const HTML_OPTIONS: MinifierOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  decodeEntities: true,
  // No CSS minifier for style attributes: it appends ";" to a binding (style=${s};).
  minifyCSS: false,
  minifyJS: true,
  removeAttributeQuotes: false,
  removeComments: true,
  removeEmptyAttributes: true,
};

interface Part { text: string; start: number; end: number }
interface Template { tag: string; parts: Part[] }

interface AnyNode extends Node { [key: string]: unknown }

/** Every tagged template in `code` whose tag is a plain name (`html`, `svg`, `css`). */
export function findTemplates(code: string): Template[] {
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode;
  const found: Template[] = [];
  const stack: AnyNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'TaggedTemplateExpression') {
      const tag = node.tag as AnyNode;
      const quasi = node.quasi as AnyNode & { quasis: (AnyNode & { value: { raw: string } })[] };
      if (tag.type === 'Identifier') {
        found.push({ tag: tag.name as string, parts: quasi.quasis.map((q) => ({ text: q.value.raw, start: q.start, end: q.end })) });
      }
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') stack.push(child as AnyNode);
      }
    }
  }
  return found;
}

/**
 * A placeholder that no part of the template contains. It starts with `@` so that a binding in a
 * `style` attribute is not valid CSS: the HTML minifier then keeps that attribute as written
 * instead of dropping it as empty.
 */
function placeholderFor(parts: Part[]): string {
  let placeholder = '@TEMPLATE_EXPRESSION';
  while (parts.some((part) => part.text.includes(placeholder))) placeholder += '_';
  return placeholder;
}

function minifyCssText(css: string): string {
  const run = (text: string) => transformCss({ filename: 'template.css', code: Buffer.from(text), minify: true }).code.toString();
  try {
    return run(css);
  } catch {
    // A template that holds declarations only (no rule around them).
    const wrapped = run(`.cdm-wrap{${css}}`);
    return wrapped.slice('.cdm-wrap{'.length, -1);
  }
}

/**
 * Whether every binding of a css`` template stands in a declaration's value (`color: ${c};`), the
 * only place where a value made by unsafeCSS cannot be a rule or a declaration that Lightning CSS,
 * seeing a placeholder, could move or drop.
 */
function bindingsAreValues(parts: Part[]): boolean {
  return parts.slice(0, -1).every((_, i) => {
    const before = parts
      .slice(0, i + 1)
      .map((p) => p.text)
      .join(' ');
    const declaration = before.slice(Math.max(before.lastIndexOf('{'), before.lastIndexOf('}'), before.lastIndexOf(';')) + 1);
    return /^[\s\w-]+:/.test(declaration);
  });
}

async function minifyTemplate(template: Template, skipCss: boolean): Promise<string[] | null> {
  const placeholder = placeholderFor(template.parts);
  const joined = template.parts.map((part) => part.text).join(placeholder);
  let min: string;
  if (CSS_TAGS.has(template.tag)) {
    if (skipCss) {
      // Such a file also holds pieces of CSS (a bare value, css`600`) that are no style sheet.
      if (!bindingsAreValues(template.parts)) return null;
      try {
        min = minifyCssText(joined);
      } catch {
        return null;
      }
    } else {
      min = minifyCssText(joined);
    }
  } else if (HTML_TAGS.has(template.tag)) {
    // A binding inside a comment would be lost with the comment: leave such a template alone.
    // (Inside one comment: a match must not run from one comment's start through its end.)
    if (new RegExp(`<!--(?:(?!-->)[^])*?${placeholder}`).test(joined)) return null;
    min = await minifyHtml(joined, HTML_OPTIONS);
  } else {
    return null;
  }
  const parts = min.split(placeholder);
  if (parts.length !== template.parts.length) {
    throw new Error(`minify-template-literals: a ${template.tag}\`…\` template lost a binding while minified`);
  }
  return parts;
}

/** `code` with every html/svg/css template minified, or null when nothing changed. */
export async function minifyTemplateLiterals(code: string, fileName: string): Promise<{ code: string; map: ReturnType<MagicString['generateMap']> } | null> {
  const out = new MagicString(code);
  // unsafeCSS(…) turns a string into rules or declarations that Lightning CSS, seeing only a
  // placeholder, could move across: such a file's css`…` templates stay as written unless each
  // binding is a declaration's value.
  const skipCss = code.includes('unsafeCSS');
  for (const template of findTemplates(code)) {
    const parts = await minifyTemplate(template, skipCss);
    if (!parts) continue;
    template.parts.forEach((part, i) => {
      if (part.start < part.end && parts[i] !== part.text) out.overwrite(part.start, part.end, parts[i]!);
      else if (part.start === part.end && parts[i]) out.appendLeft(part.start, parts[i]!);
    });
  }
  if (!out.hasChanged()) return null;
  return { code: out.toString(), map: out.generateMap({ source: fileName, hires: true }) };
}

export function minifyTemplateLiteralsPlugin(): Plugin {
  return {
    name: 'cdm-minify-template-literals',
    apply: 'build',
    // After TypeScript is stripped, so the parser reads plain JavaScript.
    enforce: 'post',
    async transform(code, id) {
      if (!OWN_SOURCE.test(id) || !code.includes('`')) return null;
      return minifyTemplateLiterals(code, id);
    },
  };
}
