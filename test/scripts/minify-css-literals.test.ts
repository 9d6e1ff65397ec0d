// The embed's css`…` minifier: whitespace and comments go, everything else stays.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { minifyCssLiterals, minifyCssTemplateBody, minifyCssText } from '../../scripts/vite/minify-css-literals';

describe('minifyCssText', () => {
  test('drops comments and collapses whitespace, keeping the spaces that mean something', () => {
    const css = `
      /* why */
      :host {
        font-family: system-ui, 'Segoe UI', sans-serif;
        width: calc(100% - 16px);
      }
      .a .b > .c:hover,
      .d :is(e) {
        color: color-mix(in srgb, currentColor 68%, transparent);
      }`;
    expect(minifyCssText(css).trim()).toBe(
      ":host{font-family:system-ui,'Segoe UI',sans-serif;width:calc(100% - 16px)}.a .b>.c:hover,.d :is(e){color:color-mix(in srgb,currentColor 68%,transparent)}",
    );
  });
});

describe('minifyCssTemplateBody', () => {
  test('keeps simple interpolations as they are', () => {
    expect(minifyCssTemplateBody('\n  .a {\n    fill: ${color};\n  }\n  ${unsafeCSS(rules)}\n')).toBe('.a{fill:${color}}${unsafeCSS(rules)}');
  });
  test('leaves a template with nested braces in an interpolation alone', () => {
    expect(minifyCssTemplateBody('.a { fill: ${f({ x: 1 })}; }')).toBeNull();
  });
});

describe('minifyCssLiterals', () => {
  test('rewrites css`…` templates only', () => {
    const src = 'const s = css`\n  .a {\n    color: red;\n  }\n`;\nconst h = html`<p>  two  spaces  </p>`;';
    expect(minifyCssLiterals(src)).toBe('const s = css`.a{color:red}`;\nconst h = html`<p>  two  spaces  </p>`;');
  });
  test('shrinks a real component and keeps its rules', () => {
    const src = readFileSync('src/components/cdm-legend.ts', 'utf8');
    const out = minifyCssLiterals(src);
    expect(out.length).toBeLessThan(src.length);
    expect(out).toContain(':host{');
  });
});
