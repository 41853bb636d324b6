// `npm start` (after the build): serve the repo so demo/ loads ../dist/ exactly as a host page would.
import { startServer } from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
// INSIGHTS_COLLECTOR=http://127.0.0.1:8787 forwards the demo's /insights beacons to a running
// `support-widget insights collect`, as the site's reverse proxy would (see docs/insights.md).
const collector = process.env.INSIGHTS_COLLECTOR;
await startServer(port, { proxy: collector ? { '/insights': collector } : {} });
console.log(`\nsupport-widget demo: http://localhost:${port}/demo/
  themes & locales: http://localhost:${port}/demo/themes.html
  classic script:   http://localhost:${port}/demo/iife.html
  insights:         http://localhost:${port}/demo/insights.html${collector ? ` (beacons → ${collector})` : ''}
(Ctrl+C to stop)`);
