import { createHmac, randomBytes } from 'node:crypto';

/**
 * Counts requests per key in fixed windows, in memory only. Client keys are an HMAC of the
 * address under a random key that is replaced, with all counts, at every window: the address
 * itself is never kept, and keys from one window cannot be matched with the next.
 */
export class RateLimiter {
  private counts = new Map<string, number>();
  private salt = randomBytes(32);
  private windowEnds = 0;

  constructor(
    /** Most requests a key may make per window. */
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one request by `address`; false when it is over the limit. */
  allow(address: string): boolean {
    const t = this.now();
    if (t >= this.windowEnds) {
      this.counts.clear();
      this.salt = randomBytes(32);
      this.windowEnds = t + this.windowMs;
    }
    const key = createHmac('sha256', this.salt).update(address).digest('base64url').slice(0, 16);
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n <= this.limit;
  }
}

/** Per-connection counter: a keep-alive socket may carry at most `limit` beacons per window. */
export class ConnectionLimiter {
  private seen = new WeakMap<object, { n: number; ends: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(socket: object): boolean {
    const t = this.now();
    let s = this.seen.get(socket);
    if (!s || t >= s.ends) this.seen.set(socket, (s = { n: 0, ends: t + this.windowMs }));
    return ++s.n <= this.limit;
  }
}
