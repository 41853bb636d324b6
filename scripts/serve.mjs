// `npm start` (after the build): serve the repo so demo/ loads ../dist/ exactly as a host page would.
import { startServer } from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
await startServer(port);
console.log(`\nsupport-widget demo: http://localhost:${port}/demo/
  themes & locales: http://localhost:${port}/demo/themes.html
  classic script:   http://localhost:${port}/demo/iife.html
  insights:         http://localhost:${port}/demo/insights.html
(Ctrl+C to stop)`);
