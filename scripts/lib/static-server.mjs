// A small static server for the repo (demo and benchmarks): no directory escapes, no caching.
import { createServer, request } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { root } from './load-ts.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Resolve a request path inside the repo, or null (no escaping the root). */
function resolvePath(url) {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  const file = join(root, path);
  if (!file.startsWith(root)) return null;
  try {
    return statSync(file).isDirectory() ? join(file, 'index.html') : file;
  } catch {
    return null;
  }
}

/**
 * Forward a request to `target` the way a site's reverse proxy would: method, body, the
 * content type and Origin, and the client address appended to X-Forwarded-For.
 */
function forward(req, res, target) {
  const headers = { 'x-forwarded-for': req.socket.remoteAddress ?? '' };
  for (const h of ['content-type', 'content-length', 'origin', 'access-control-request-method', 'access-control-request-headers']) if (req.headers[h]) headers[h] = req.headers[h];
  const upstream = request(target, { method: req.method, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end(`no insights collector at ${target}`));
  req.pipe(upstream);
}

/** Text types a server compresses; images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.map', '.svg']);

/**
 * Start serving the repo on `port` (0 = any free port); resolves with the server. `proxy` maps
 * a path to a URL it is forwarded to (`{ '/insights': 'http://127.0.0.1:8787/' }`). With `gzip`,
 * text is sent gzip-compressed to clients that accept it, as a host's server or CDN would, so
 * the bytes a browser reports are the bytes a visitor downloads.
 */
export function startServer(port, { proxy = {}, gzip = false } = {}) {
  const server = createServer((req, res) => {
    const target = proxy[new URL(req.url ?? '/', 'http://x').pathname];
    if (target) return forward(req, res, target);
    if (req.url === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const file = resolvePath(req.url ?? '/');
    try {
      if (!file) throw new Error('not found');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
