/** `support-widget insights collect`: run the collector until SIGINT or SIGTERM. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startCollector } from './collector.js';

export const COLLECT_USAGE = `usage: support-widget insights collect --out insights.ndjson [--port 8787] [--origin https://your.site …]

Receives the widget's insights beacons (set insights-endpoint to this server, usually
through your reverse proxy) and appends one line per valid beacon to --out.

  --out <file>        NDJSON file to append to (created if missing)
  --port <n>          port to listen on (default 8787; 0 picks a free one)
  --host <address>    interface to listen on (default 127.0.0.1: run it behind your proxy)
  --origin <url>      a site allowed to send beacons; repeat for each. Without it any
                      origin is accepted (fine on localhost, not in production)
  --trust-proxy       rate-limit by the last X-Forwarded-For address (set by your proxy)
                      instead of the connection's address
  --rate <n>          beacons per visitor address per minute (default 30)

It stores no IP address, header or cookie: a line is the checked, scrubbed beacon plus the
UTC day it arrived. See docs/insights.md.`;

const positiveInt = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag} "${value}": expected a whole number from 0 to 65535`);
  return n;
};

function originOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--origin "${value}": expected a site URL such as https://your.site`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--origin "${value}": expected an http(s) URL`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`--origin "${value}": an origin has no path; use ${url.origin}`);
  return url.origin;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      'trust-proxy': { type: 'boolean', default: false },
      rate: { type: 'string', default: '30' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(COLLECT_USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`insights collect: --out is required (the NDJSON file to append to).\n\n${COLLECT_USAGE}`);
    return 1;
  }
  const origins = values.origin.map(originOf);
  const collector = await startCollector({
    out: resolve(values.out),
    port: positiveInt(values.port, '--port'),
    host: values.host,
    origins,
    trustProxy: values['trust-proxy'],
    perClient: Math.max(1, positiveInt(values.rate, '--rate')),
    log: (line) => console.error(line),
  });
  console.log(`insights collector listening on ${collector.url}, appending to ${values.out}`);
  console.log(origins.length ? `accepting beacons from ${origins.join(', ')}` : 'accepting beacons from any origin (pass --origin https://your.site in production)');

  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  console.log(`${signal}: finishing the beacons under way…`);
  await collector.close();
  const refused = Object.entries(collector.stats).filter(([s]) => Number(s) >= 400).reduce((n, [, c]) => n + c, 0);
  console.log(`stopped: ${collector.stored} beacon(s) stored, ${refused} refused`);
  return 0;
}
