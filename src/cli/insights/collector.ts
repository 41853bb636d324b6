/**
 * The insights collector: a small node:http server that accepts the widget's beacon and
 * appends one scrubbed line per valid beacon to an NDJSON file. It keeps no addresses,
 * headers or cookies: a stored line is the checked beacon plus the UTC day it arrived.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBeacon, MAX_BEACON_BYTES, utcDay } from '../../insights/beacon-schema.js';
import { NdjsonWriter } from './ndjson-writer.js';
import { ConnectionLimiter, RateLimiter } from './rate-limit.js';
import { createScrubber } from './scrub.js';

export interface CollectorOptions {
  /** File the beacons are appended to. */
  out: string;
  port: number;
  /** Interface to listen on; 127.0.0.1 by default, for running behind the site's reverse proxy. */
  host?: string;
  /** Origins allowed to send beacons (`https://your.site`); empty accepts any origin. */
  origins?: string[];
  /** Take the client address from the last X-Forwarded-For entry (set by the proxy). */
  trustProxy?: boolean;
  /** Beacons per client address per window (default 30 a minute). */
  perClient?: number;
  /** Beacons per keep-alive connection per window (default 10 a minute). */
  perConnection?: number;
  windowMs?: number;
  /** Where request outcomes are reported (never with an address). */
  log?: (line: string) => void;
  /** The clock, for the stored day. */
  now?: () => Date;
}

export interface Collector {
  /** The URL the collector listens on. */
  url: string;
  /** Counts of the answers given, by status. */
  stats: Record<number, number>;
  /** Beacons written to the file. */
  readonly stored: number;
  /** Stop accepting, finish the requests under way, sync and close the file. */
  close(): Promise<void>;
}

const ACCEPTED_TYPES = new Set(['text/plain', 'application/json']);

class Reject extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Read the body, refusing more than `max` bytes (413) and anything that is not UTF-8 (400). */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) throw new Reject(413, `beacon too large: ${declared} bytes, at most ${max}`, { connection: 'close' });
  // Event listeners rather than `for await`: leaving that loop early destroys the socket,
  // and the sender would get a reset instead of the 413.
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume(); // discard the rest; the answer closes the connection
      reject(new Reject(413, `beacon too large: more than ${max} bytes`, { connection: 'close' }));
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks));
    req.once('error', reject);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new Reject(400, 'beacon is not UTF-8 text');
  }
}

/** Start the collector; resolves once it listens. */
export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const { out, port, host = '127.0.0.1', origins = [], trustProxy = false, windowMs = 60_000, log = () => {}, now = () => new Date() } = options;
  const perClient = new RateLimiter(options.perClient ?? 30, windowMs);
  const perConnection = new ConnectionLimiter(options.perConnection ?? 10, windowMs);
  const writer = await NdjsonWriter.open(out);
  const scrub = await createScrubber();
  const stats: Record<number, number> = {};
  let stored = 0;
  const inFlight = new Set<Promise<void>>();

  const allowedOrigin = (origin: string | undefined) => (origins.length ? origin !== undefined && origins.includes(origin) : true);
  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin && allowedOrigin(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };

  function checkOrigin(origin: string | undefined): void {
    if (allowedOrigin(origin)) return;
    if (!origin) throw new Reject(403, 'no Origin header: this collector only accepts beacons sent by a page on one of its --origin sites');
    throw new Reject(403, `origin ${origin} is not allowed: add --origin ${origin} if that site is yours`);
  }

  async function accept(req: IncomingMessage, origin: string | undefined): Promise<void> {
    if (req.method !== 'POST') throw new Reject(405, `${req.method} is not accepted: the collector takes POSTed beacons`, { allow: 'POST, OPTIONS' });
    checkOrigin(origin);
    const address = (trustProxy && String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim()) || req.socket.remoteAddress || '';
    if (!perConnection.allow(req.socket) || !perClient.allow(address)) throw new Reject(429, 'too many beacons: slow down', { 'retry-after': String(Math.ceil(windowMs / 1000)), connection: 'close' });
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(type)) throw new Reject(415, `content type "${type}" is not accepted: the beacon is text/plain (sendBeacon) or application/json`);
    const text = await readBody(req, MAX_BEACON_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Reject(400, 'beacon is not JSON');
    }
    const checked = checkBeacon(body);
    if (!checked.ok) throw new Reject(422, `not a support-widget beacon: ${checked.errors.join('; ')}`);
    const { v, pack, locale, events } = scrub(checked.value);
    await writer.append({ v, day: utcDay(now()), pack, locale, events });
    stored++;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    const answer = (status: number, message = '', headers: Record<string, string> = {}) => {
      stats[status] = (stats[status] ?? 0) + 1;
      if (status >= 400 && status !== 429) log(`${status} ${message}`);
      res.writeHead(status, { 'cache-control': 'no-store', ...corsHeaders(origin), ...(message ? { 'content-type': 'text/plain; charset=utf-8' } : {}), ...headers });
      res.end(message && `${message}\n`);
    };
    try {
      if (req.method === 'OPTIONS') {
        // A preflight comes before fetch() with a JSON content type; sendBeacon's text/plain needs none.
        checkOrigin(origin);
        return answer(204, '', { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
      }
      await accept(req, origin);
      answer(204);
    } catch (e) {
      if (e instanceof Reject) return answer(e.status, e.message, e.headers);
      answer(500, 'the beacon could not be stored');
      log(`500 ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, maxHeaderSize: 8 * 1024 }, (req, res) => {
    const p = handle(req, res).finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}/`,
    stats,
    get stored() {
      return stored;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Beacons already read are written; a sender still trickling its body gets cut off.
      await Promise.race([Promise.all(inFlight), new Promise((r) => setTimeout(r, 3_000).unref())]);
      server.closeAllConnections();
      await closed;
      await writer.close();
    },
  };
}
