// Test-only HTTP endpoints for the browser suite: fixtures for content-src / status-src,
// including every broken-backend case. Mounted under /__sw/ by web-test-runner.config.mjs.
const routes = new Map();

/** Register a route: handler(ctx) sets ctx.status/ctx.body/headers like Koa. */
export function route(path, handler) {
  routes.set(path, handler);
}

export async function testMiddleware(ctx, next) {
  const handler = routes.get(ctx.path);
  if (handler) return handler(ctx);
  return next();
}
