// V8's compile hint on the first view's chunks: which chunks get it, and their source maps still
// point at the right lines. (That the built explorer and embed carry it, and what it changes in
// Chromium, is checked on the builds: test/e2e/first-view.test.ts and test/e2e/embed.test.ts.)
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from '../../scripts/vite/compile-hints';

interface FakeChunk {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  imports: string[];
  code: string;
  map: { mappings: string } | null;
}

const chunk = (fileName: string, extra: Partial<FakeChunk> = {}): FakeChunk => ({
  type: 'chunk',
  fileName,
  name: fileName.replace(/-\w+\.js$/, ''),
  isEntry: false,
  imports: [],
  code: 'export function f(){return 1}',
  map: null,
  ...extra,
});

function run(bundle: Record<string, unknown>, alsoNamed: string[] = []): void {
  const plugin = compileHintsPlugin(alsoNamed);
  (plugin.generateBundle as unknown as { handler: (options: unknown, bundle: unknown) => void }).handler.call({}, {}, bundle);
}

const hinted = (bundle: Record<string, unknown>) =>
  Object.values(bundle)
    .filter((f): f is FakeChunk => (f as FakeChunk).type === 'chunk' && (f as FakeChunk).code.startsWith(`${COMPILE_HINT}\n`))
    .map((f) => f.fileName)
    .sort();

describe('compileHintsPlugin', () => {
  test('hints the entries, what they import statically and the chunks named; never a chunk loaded on first use', () => {
    const bundle = {
      'index-a.js': chunk('index-a.js', { isEntry: true, imports: ['helper-b.js'] }),
      'helper-b.js': chunk('helper-b.js', { imports: ['deep-c.js'] }),
      'deep-c.js': chunk('deep-c.js'),
      'explorer-core-d.js': chunk('explorer-core-d.js'),
      'sidebar-e.js': chunk('sidebar-e.js', { imports: ['deep-c.js'] }),
      'index-f.css': { type: 'asset', fileName: 'index-f.css', source: 'p{}' },
    };
    run(bundle, ['explorer-core']);
    expect(hinted(bundle)).toEqual(['deep-c.js', 'explorer-core-d.js', 'helper-b.js', 'index-a.js']);
    expect(bundle['sidebar-e.js'].code).toBe('export function f(){return 1}');
    expect(bundle['index-f.css'].source).toBe('p{}');
  });

  test('moves each source map down the added line, in the chunk and in its .map file, once', () => {
    const bundle = {
      'index-a.js': chunk('index-a.js', { isEntry: true, map: { mappings: 'AAAA,CAAC' } }),
      'index-a.js.map': { type: 'asset', fileName: 'index-a.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }) },
    };
    run(bundle);
    run(bundle); // a second pass (a watch rebuild reusing the bundle) adds nothing
    expect(bundle['index-a.js'].code).toBe(`${COMPILE_HINT}\nexport function f(){return 1}`);
    expect(bundle['index-a.js'].map!.mappings).toBe(';AAAA,CAAC');
    expect(JSON.parse(bundle['index-a.js.map'].source).mappings).toBe(';AAAA,CAAC');
  });
});
