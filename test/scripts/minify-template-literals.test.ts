// The embed's template minifier: Lit's html`` and css`` bodies lose their indentation and
// comments, and every `${…}` binding stays where it was.
import { describe, expect, test } from 'vitest';
import { minifyTemplateLiteralsPlugin } from '../../scripts/vite/minify-template-literals';

async function run(code: string, id = '/repo/src/components/x.ts'): Promise<string | null> {
  const plugin = minifyTemplateLiteralsPlugin();
  const transform = plugin.transform as (code: string, id: string) => Promise<{ code: string } | null>;
  return (await transform.call({}, code, id))?.code ?? null;
}

describe('minifyTemplateLiteralsPlugin', () => {
  test('collapses css`` and html`` bodies and keeps the bindings', async () => {
    const out = await run(
      'const s = css`\n  :host {\n    /* why */\n    color: ${c};\n  }\n`;\n' +
        'const t = html`\n  <p class="a">\n    ${name}\n  </p>\n`;\n',
    );
    expect(out).not.toBeNull();
    expect(out).toContain('${c}');
    expect(out).toContain('${name}');
    expect(out).not.toContain('/* why */');
    expect(out).not.toMatch(/\n {4}/);
  });

  test('keeps a binding that is a whole style or attribute value', async () => {
    const out = await run('const t = html`\n  <div class="a" style=${s} aria-label=${l}>\n    ${x}\n  </div>\n`;\n');
    // Whitespace collapses to one space and is never removed (a space beside a binding may be
    // the one a reader needs between two words).
    expect(out).toBe('const t = html` <div class="a" style=${s} aria-label=${l}> ${x} </div> `;\n');
  });

  test('leaves css`` alone in a file that uses unsafeCSS (Lightning CSS would see only a placeholder)', async () => {
    const code = 'const s = css`\n  :host {\n    ${unsafeCSS(v)}\n    color: red;\n  }\n`;\n';
    expect(await run(code)).toBeNull();
  });

  test('in such a file, minifies a css`` whose bindings are all values, and one with none', async () => {
    const code = 'const v = unsafeCSS(x);\nconst s = css`\n  :host {\n    color: ${v};\n    margin: 0 ${m} 0;\n  }\n`;\nconst t = css`\n  a {\n    b: c;\n  }\n`;\n';
    expect(await run(code)).toBe('const v = unsafeCSS(x);\nconst s = css`:host{color:${v};margin:0 ${m} 0}`;\nconst t = css`a{b:c}`;\n');
  });

  test('removes comments that hold no binding, even with bindings after them and another comment', async () => {
    const code = 'const t = html`\n  <!-- one -->\n  <b>${x}</b>\n  <!-- two -->\n  <i>${y}</i>\n`;\n';
    expect(await run(code)).toBe('const t = html` <b>${x}</b> <i>${y}</i> `;\n');
  });

  test('leaves files outside src/ alone', async () => {
    expect(await run('const s = css`\n  a { color: red; }\n`;', '/repo/node_modules/lit/index.js')).toBeNull();
  });
});
