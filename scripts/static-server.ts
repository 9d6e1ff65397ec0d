// The one static file server of the repo (node:http, no dependencies), used by the bench and by the
// end-to-end tests. It serves built folders on 127.0.0.1, optionally gzip-compressed when the
// browser asks (as a static host would), and logs every request with the bytes it sent, so the
// bench can count what a page really pulled over the wire and a test can see what was fetched.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** A folder served under a URL prefix. A bare string is a folder served at `/`. */
export type Root = string | { /** URL prefix, starting and ending with `/`. */ prefix: string; dir: string };

export interface ServerOptions {
  /** Gzip text responses at this zlib level when the request accepts gzip; omitted: never gzip. */
  gzipLevel?: number;
  /** Headers added to every response (the bench isolates its pages for a precise clock). */
  headers?: Record<string, string>;
}

export interface SentFile {
  /** Decoded URL path, without the query (`/embed/cyber-declarations-map.js`). */
  path: string;
  status: number;
  /** Body bytes sent (gzipped size when the response was gzipped). */
  bytes: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** `origin` with a trailing slash, a base for `new URL(path, server.url)`. */
  url: string;
  /** Requests answered since the start or the last `resetLog()`, in order. */
  log: SentFile[];
  resetLog(): void;
  /** Serve `html` at `path` (for generated host pages); it wins over files. */
  addPage(path: string, html: string): void;
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

/**
 * The file for a decoded URL path: longest prefix first, then the first root in the given order
 * that has it; a directory means its index.html. Null for anything outside the roots.
 */
export function resolveFile(roots: Root[], urlPath: string): string | null {
  const mounts = roots.map((r) => (typeof r === 'string' ? { prefix: '/', dir: r } : r));
  // A stable sort keeps the caller's order among equal prefixes (first match wins).
  for (const { prefix, dir } of [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = normalize(join(root, urlPath.slice(prefix.length)));
    // The root folder itself is served too (its index.html), as every static host does.
    if (file !== root && !file.startsWith(root + sep)) continue;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export async function startStaticServer(roots: Root[], options: ServerOptions = {}): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const gzipped = new Map<string, Buffer>();
  const log: SentFile[] = [];

  const server = createServer((req, res) => {
    const send = (path: string, status: number, headers: Record<string, string>, body: Buffer) => {
      res.writeHead(status, { ...options.headers, ...headers, 'content-length': body.length, 'cache-control': 'no-store' }).end(body);
      log.push({ path, status, bytes: body.length });
    };
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return send(raw, 400, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('bad path'));
    }
    const page = pages.get(path);
    const file = page === undefined ? resolveFile(roots, path) : null;
    if (page === undefined && file === null) {
      return send(path, 404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from(`not found: ${path}`));
    }
    const ext = file === null ? '.html' : extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Buffer = file === null ? Buffer.from(page!) : readFileSync(file);
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzipLevel !== undefined && accepts && COMPRESSIBLE.has(ext)) {
      // Files do not change while a run serves them; added pages may, so only files are cached.
      body = (file && gzipped.get(file)) || gzipSync(body, { level: options.gzipLevel });
      if (file) gzipped.set(file, body);
      headers['content-encoding'] = 'gzip';
    }
    send(path, 200, headers, body);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    log,
    resetLog: () => void log.splice(0),
    addPage: (path, html) => void pages.set(path, html),
    close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
  };
}
