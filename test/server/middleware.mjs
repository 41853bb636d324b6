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

const pack = (locale) => JSON.parse(readFileSync(new URL(`../../content/tpwallet/${locale}.json`, import.meta.url), 'utf8'));

const routes = {
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
    ctx.body = slowStream(1024 * 1024, 50, 0); // 50 MB
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
  return next();
}
