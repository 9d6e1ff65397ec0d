// The shared static server: roots in order, prefixes, added pages, gzip on request, the log, and
// no way out of the roots.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

/** A raw GET (fetch would normalise `..` away before it reaches the server). */
function get(server: StaticServer, path: string, gzip = false): Promise<{ status: number; encoding?: string; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(`${server.origin}${path}`, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

const base = mkdtempSync(join(tmpdir(), 'static-server-'));
const first = join(base, 'first');
const second = join(base, 'second');
const peer = join(base, 'peer');
const TEXT = 'console.log("a fairly repetitive body"); '.repeat(50);

let plain: StaticServer;
let zipped: StaticServer;
beforeAll(async () => {
  for (const dir of [first, second, join(peer, 'sub')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(first, 'both.txt'), 'from first');
  writeFileSync(join(second, 'both.txt'), 'from second');
  writeFileSync(join(second, 'app.js'), TEXT);
  writeFileSync(join(peer, 'sub', 'index.html'), 'peer index');
  writeFileSync(join(base, 'secret.txt'), 'outside every root');
  plain = await startStaticServer([first, second, { prefix: '/peer/', dir: peer }]);
  zipped = await startStaticServer([second], { gzipLevel: 9 });
});
afterAll(async () => {
  await plain.close();
  await zipped.close();
});

describe('startStaticServer', () => {
  it('serves the first root that has the file, prefixes and directory indexes', async () => {
    expect((await get(plain, '/both.txt')).body.toString()).toBe('from first');
    expect((await get(plain, '/app.js?v=1')).body.toString()).toBe(TEXT);
    expect((await get(plain, '/peer/sub/')).body.toString()).toBe('peer index');
    expect(plain.url).toBe(`${plain.origin}/`);
  });

  it('refuses paths that leave the roots, plain or encoded', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/peer/..%2fsecret.txt', '/%E0%A4%A']) {
      const res = await get(plain, path);
      expect(res.status, path).not.toBe(200);
      expect(res.body.toString(), path).not.toContain('outside every root');
    }
  });

  it('gzips only when asked to and accepted, and logs the bytes sent', async () => {
    expect((await get(plain, '/app.js', true)).encoding).toBeUndefined();
    zipped.resetLog();
    const res = await get(zipped, '/app.js', true);
    expect(res.encoding).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(TEXT);
    expect((await get(zipped, '/app.js')).body.toString()).toBe(TEXT);
    await get(zipped, '/missing.js');
    expect(zipped.log).toEqual([
      { path: '/app.js', status: 200, bytes: res.body.length },
      { path: '/app.js', status: 200, bytes: TEXT.length },
      { path: '/missing.js', status: 404, bytes: expect.any(Number) },
    ]);
    expect(res.body.length).toBeLessThan(TEXT.length);
  });

  it('adds the given headers to every response, files, pages and errors alike', async () => {
    const isolated = await startStaticServer([second], { headers: { 'cross-origin-opener-policy': 'same-origin' } });
    try {
      isolated.addPage('/page.html', '<p>page</p>');
      for (const path of ['/app.js', '/page.html', '/missing.js']) {
        expect((await get(isolated, path)).headers['cross-origin-opener-policy']).toBe('same-origin');
      }
      expect((await get(plain, '/app.js')).headers['cross-origin-opener-policy']).toBeUndefined();
    } finally {
      await isolated.close();
    }
  });

  it('serves added pages ahead of files', async () => {
    plain.addPage('/both.txt', '<p>added</p>');
    const res = await get(plain, '/both.txt');
    expect(res.body.toString()).toBe('<p>added</p>');
  });
});
