// A small static server for the repo (demo and benchmarks): no directory escapes, no caching.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
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

/** Start serving the repo on `port` (0 = any free port); resolves with the server. */
export function startServer(port) {
  const server = createServer((req, res) => {
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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
