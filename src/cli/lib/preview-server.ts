/**
 * `support-widget preview`: builds the sources into a temporary folder, serves it with a page
 * that shows the widget, and rebuilds when a source file changes. The page reloads itself
 * after each rebuild (server-sent events) and shows the errors of a failed one.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { compileSite, type SiteBuild } from './build-site.js';
import { copyScripts, writeContent } from './drop-in.js';
import { errorsIn, formatSourceIssue } from './issues.js';
import { invalidate, newBuildCache } from './compile.js';
import type { CompiledPack } from '../../content/compiled.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

export interface Preview {
  url: string;
  /** Resolves after the next rebuild, with its duration and whether it succeeded. */
  nextBuild(): Promise<{ ms: number; ok: boolean }>;
  close(): Promise<void>;
}

export interface PreviewOptions {
  port?: number;
  distDir: string;
  defaultLocale?: string;
  log?: (line: string) => void;
}

/** The preview page: the widget with the current locale's pack, and a locale switch. */
function page(site: SiteBuild, locale: string): string {
  const pack = site.locales.find((l) => l.locale === locale) ?? site.locales[0];
  const links = site.locales.map((l) => (l.locale === pack.locale ? `<b>${l.locale}</b>` : `<a href="?locale=${encodeURIComponent(l.locale)}">${l.locale}</a>`)).join(' · ');
  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="${esc(pack.locale)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(pack.compiled.pack.meta.product)} — support-widget preview</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:40rem}#errors{color:#b00020;white-space:pre-wrap}</style>
<h1>${esc(pack.compiled.pack.meta.product)}</h1>
<p>Preview of your sources; the page reloads when you save a file. Locale: ${links}</p>
<pre id="errors" hidden></pre>
<support-widget content-src="content/${esc(pack.locale)}.json" locale="${esc(pack.locale)}"></support-widget>
<script type="module" src="support-widget.js"></script>
<script type="module">
  const errors = document.getElementById('errors');
  const events = new EventSource('events');
  events.addEventListener('rebuilt', () => location.reload());
  events.addEventListener('failed', (e) => { errors.hidden = false; errors.textContent = JSON.parse(e.data).join('\\n'); });
</script>
</html>
`;
}

/** Build `dir`, serve it, and rebuild on change. */
export async function startPreview(dir: string, options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((l: string) => console.log(l));
  const out = mkdtempSync(join(tmpdir(), 'support-widget-preview-'));
  const cache = newBuildCache();
  /** What each written locale file holds, so a rebuild rewrites only the locales that changed. */
  const written = new Map<string, CompiledPack>();
  const clients = new Set<ServerResponse>();
  const waiting: ((r: { ms: number; ok: boolean }) => void)[] = [];
  let site: SiteBuild | undefined;

  const send = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  function rebuild(): boolean {
    const started = performance.now();
    const next = compileSite(dir, { demo: true, defaultLocale: options.defaultLocale, cache });
    const errors = errorsIn(next.issues);
    if (!errors.length) {
      const packs = next.locales.map((l) => l.compiled);
      writeContent(out, packs, next.defaultLocale!, (p) => written.get(p.pack.meta.locale) !== p);
      for (const p of packs) written.set(p.pack.meta.locale, p);
      site = next;
    }
    const ms = Math.round(performance.now() - started);
    for (const i of next.issues) log(formatSourceIssue(i));
    if (errors.length) {
      log(`rebuild failed (${errors.length} error(s)); the page keeps the last good content`);
      send('failed', errors.map(formatSourceIssue));
    } else {
      log(`rebuilt in ${ms} ms`);
      send('rebuilt', { ms });
    }
    for (const resolveWait of waiting.splice(0)) resolveWait({ ms, ok: !errors.length });
    return !errors.length;
  }

  copyScripts(options.distDir, out);
  if (!rebuild()) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`fix the errors above, then run preview again`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(page(site!, url.searchParams.get('locale') ?? site!.defaultLocale!));
      return;
    }
    const file = join(out, normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? new Error(`port ${options.port} is in use; pass another with --port`) : e));
    server.listen(options.port ?? 4300, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : options.port}/`;

  // Saving in an editor fires several events (write, rename); one rebuild after they settle.
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(true);
  const watcher: FSWatcher = watch(resolve(dir), { recursive: true }, (_event, name) => {
    if (name && !/\.(md|ya?ml|json)$/.test(String(name))) return;
    invalidate(cache, dir, name ? String(name) : undefined);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(rebuild, rebuild);
    }, 30);
  });

  return {
    url,
    nextBuild: () => new Promise((r) => waiting.push(r)),
    async close() {
      watcher.close();
      clearTimeout(timer);
      await running;
      for (const c of clients) c.end();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}
