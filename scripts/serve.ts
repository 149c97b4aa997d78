/**
 * A minimal static server for the built site, for the browser tests and the benchmark:
 * `node scripts/serve.ts <dir> <port> [--prefix /qantar/] [--gzip]`. Listens on 127.0.0.1 only.
 * Directory URLs serve index.html, unknown paths get 404.html with status 404, and the
 * headers from public/_headers (the Netlify / Cloudflare Pages format) are applied, so tests
 * see what a real host sends.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.sha256': 'text/plain; charset=utf-8',
};

/** Parses `_headers`: a path pattern line, then indented `Name: value` lines. */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Types a static host compresses (GitHub Pages, Netlify, Cloudflare Pages gzip text); Pagefind's own files come gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|atom\+xml|manifest\+json)|image\/svg)/;

export interface ServeOptions {
  /** Gzip text when the client accepts it, as static hosts do: the benchmark measures bytes as a reader receives them. */
  gzip?: boolean;
  /** Told every response's path and the bytes of its body as sent (the benchmark counts what a page fetched, workers included). */
  onSent?: (path: string, bytes: number) => void;
}

export function startServer(dir: string, port: number, prefix = '/', { gzip = false, onSent }: ServeOptions = {}) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under the prefix');
      return;
    }
    const sitePath = `/${path.slice(prefix.length)}`;
    path = normalize(join(root, sitePath));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(root, '404.html');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    for (const rule of rules)
      if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    let body: Buffer | string = existsSync(path) ? readFileSync(path) : 'not found';
    if (gzip && COMPRESSIBLE.test(headers['content-type']!) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, headers);
    res.end(body);
    onSent?.(url.pathname, Buffer.byteLength(body));
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const p = process.argv.indexOf('--prefix');
  const prefix = p > 0 ? process.argv[p + 1]! : '/';
  startServer(dir, Number(port), prefix.endsWith('/') ? prefix : `${prefix}/`, {
    gzip: process.argv.includes('--gzip'),
  });
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}`);
}
