// `npm start` (after the build): serve the repo so demo/ loads ../dist/ exactly as a host page would.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { root } from './lib/load-ts.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
const port = Number(process.env.PORT ?? 8000);

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

createServer((req, res) => {
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
}).listen(port, () => {
  console.log(`\nsupport-widget demo: http://localhost:${port}/demo/\n  themes & locales: http://localhost:${port}/demo/themes.html\n  classic script:   http://localhost:${port}/demo/iife.html\n(Ctrl+C to stop)`);
});
