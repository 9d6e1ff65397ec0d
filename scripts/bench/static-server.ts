// A tiny static server for the bench: serves built folders on 127.0.0.1, gzip-compressed when the
// browser asks (as a static host would), and logs the bytes it sent so the bench can count what a
// page really pulled over the wire.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './budgets';

export interface Mount {
  /** URL prefix, starting and ending with `/`. */
  prefix: string;
  dir: string;
}

export interface SentFile {
  path: string;
  /** Body bytes sent (gzip when the request accepted it). */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** Requests served since the last `resetLog()`. */
  log: SentFile[];
  resetLog(): void;
  /** Serve `body` at `path` (for generated host pages). */
  addPage(path: string, body: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export async function startStaticServer(mounts: Mount[]): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const gzCache = new Map<string, Buffer>();
  const log: SentFile[] = [];
  // Longest prefix first, so /peer/ wins over /.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);

  function locate(urlPath: string): string | null {
    for (const { prefix, dir } of ordered) {
      if (!urlPath.startsWith(prefix)) continue;
      const root = resolve(dir);
      let file = normalize(join(root, urlPath.slice(prefix.length)));
      if (!file.startsWith(root)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file)) return file;
    }
    return null;
  }

  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(urlPath);
    const file = page === undefined ? locate(urlPath) : null;
    if (page === undefined && file === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = page === undefined ? extname(file!) : '.html';
    const raw = page === undefined ? readFileSync(file!) : Buffer.from(page);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = file ?? `page:${urlPath}`;
    let body: Buffer = raw;
    if (gzip) {
      body = (page === undefined && gzCache.get(key)) || gzipSync(raw, { level: GZIP_LEVEL });
      if (page === undefined) gzCache.set(key, body);
    }
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers).end(body);
    log.push({ path: urlPath, bytes: body.length });
  });

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    resetLog: () => void log.splice(0),
    addPage: (path, body) => void pages.set(path, body),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
