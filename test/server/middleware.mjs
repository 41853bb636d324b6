// Test-only HTTP endpoints for the browser suite: status and content-pack fixtures, and
// every broken backend (404, 500, HTML, truncated, huge, never-ending, slow).
// Mounted under /__sw/ by web-test-runner.config.mjs.
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const statusBody = (indicator, description) => ({ page: { id: 'x', name: 'Example' }, status: { indicator, description } });

/** A body that keeps coming: `chunks` pieces of `size` bytes, `delayMs` apart (Infinity = never ends). */
function slowStream(size, chunks, delayMs) {
  let sent = 0;
  const piece = Buffer.alloc(size, 0x20);
  return new Readable({
    read() {
      if (sent >= chunks) return this.push(null);
      sent++;
      setTimeout(() => this.push(piece), delayMs);
    },
  });
}

/** The tpwallet pack as the repo build ships it (dist/content/tpwallet/<locale>.json is `{ pack, index }`; npm run build). */
const pack = (locale) => JSON.parse(readFileSync(new URL(`../../dist/content/tpwallet/${locale}.json`, import.meta.url), 'utf8')).pack;

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A host page under the strict CSP that loads the given builds and the driver. */
function cspPage(ctx, scripts, csp = STRICT_CSP) {
  if (csp) ctx.set('Content-Security-Policy', csp);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP host</title>
<script src="/test/server/pages/csp-driver.js"></script>
${scripts.join('\n')}
</head><body><h1>Strict CSP host</h1><support-widget locale="zh-CN"></support-widget></body></html>`;
}

const routes = {
  '/__sw/csp/esm.html': (ctx) => cspPage(ctx, ['<script type="module" src="/dist/support-widget.js"></script>']),
  '/__sw/csp/iife.html': (ctx) => cspPage(ctx, ['<script src="/dist/support-widget.iife.js"></script>']),
  // Two copies of Lit each create a "lit-html" Trusted Types policy, so this page drops
  // require-trusted-types (a host doing this under TT needs 'allow-duplicates').
  '/__sw/host/both-builds.html': (ctx) =>
    cspPage(
      ctx,
      [
        '<script src="/dist/support-widget.iife.js"></script>',
        '<script src="/dist/support-widget.iife.js"></script>',
        '<script type="module" src="/dist/support-widget.js"></script>',
        '<script type="module" src="/dist/support-widget.js?twice"></script>',
      ],
      "default-src 'self'; script-src 'self'; style-src 'self'",
    ),
  // An empty same-origin page: a frame the checklist tests load a build into, after the fact.
  '/__sw/host/empty.html': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty host</title></head><body></body></html>';
  },
  '/__sw/status/none.json': (ctx) => json(ctx, statusBody('none', 'All Systems Operational')),
  '/__sw/status/minor.json': (ctx) => json(ctx, statusBody('minor', 'Minor Service Outage')),
  '/__sw/status/major.json': (ctx) => json(ctx, statusBody('major', 'Partial System Outage')),
  '/__sw/status/critical.json': (ctx) => json(ctx, statusBody('critical', 'Major System Outage')),
  '/__sw/status/summary.json': (ctx) =>
    json(ctx, {
      ...statusBody('none', 'All Systems Operational'),
      incidents: [{ name: 'Resolved thing', status: 'resolved' }],
      scheduled_maintenances: [{ name: 'Database upgrade', status: 'in_progress' }],
    }),
  '/__sw/status/xss.json': (ctx) =>
    json(ctx, { status: { indicator: 'major', description: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' }, incidents: [{ name: '<svg onload="window.__pwned=1">', status: 'investigating' }] }),
  '/__sw/status/shape.json': (ctx) => json(ctx, { hello: 'world' }),
  '/__sw/pack/en.json': (ctx) => json(ctx, pack('en')),
  '/__sw/pack/renamed.json': (ctx) => {
    const p = pack('en');
    p.ui.panelTitle = 'Runtime pack loaded';
    json(ctx, p);
  },
  '/__sw/pack/invalid.json': (ctx) => {
    const p = pack('en');
    p.faq[0].answer = [{ type: 'p', content: [{ text: 'click', href: 'javascript:alert(1)' }] }];
    json(ctx, p);
  },
  '/__sw/404.json': (ctx) => json(ctx, { error: 'not found' }, 404),
  '/__sw/500.json': (ctx) => json(ctx, 'Internal Server Error', 500),
  '/__sw/html.json': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body>Login required</body></html>';
  },
  '/__sw/truncated.json': (ctx) => json(ctx, '{"meta": {"id": "tpwallet", "locale": "en", "pro'),
  '/__sw/huge.json': (ctx) => {
    ctx.type = 'application/json';
    // 8 MB: four times the widget's 2 MB cap. WebKitGTK keeps downloading a body the page has
    // aborted, which held up the next test's request to this server for seconds at 50 MB.
    ctx.body = slowStream(1024 * 1024, 8, 0);
  },
  '/__sw/never-ending.json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = slowStream(16, Infinity, 200);
  },
  '/__sw/slow.json': async (ctx) => {
    await new Promise((r) => setTimeout(r, 6000));
    json(ctx, statusBody('major', 'Late'));
  },
};

export async function testMiddleware(ctx, next) {
  const handler = routes[ctx.path];
  if (handler) return handler(ctx);
  // Unbundled, src/content/bundled.ts imports ./packs/ beside itself; in the build they sit
  // beside the core script. Both are the generated dist/packs/ (npm run build).
  const generated = ctx.path.match(/^\/src\/content\/packs\/([\w.-]+\.js)$/);
  if (generated) ctx.path = `/dist/packs/${generated[1]}`;
  return next();
}
