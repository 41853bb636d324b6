// The payload is described once, in beacon-schema.ts, which the collector checks against.
import { MAX_EVENTS, MAX_QUERY, type InsightEvent, type InsightsPayload } from './beacon-schema.js';

export { MAX_QUERY, type InsightEvent, type InsightsPayload };

export interface PrivacySignals {
  doNotTrack?: string | null;
  globalPrivacyControl?: boolean;
}

/** True when the visitor asked not to be tracked (DNT "1" or Global Privacy Control). */
export function privacyOptOut(signals: PrivacySignals): boolean {
  return signals.doNotTrack === '1' || signals.doNotTrack === 'yes' || signals.globalPrivacyControl === true;
}

export interface Transport {
  sendBeacon?(url: string, data: string): boolean;
  fetch?(url: string, init: RequestInit): Promise<unknown>;
}

/**
 * Collects insight events in memory and sends them in one batch when the page is hidden.
 * Search queries pass through `scrub` (the secret guard) before they are queued, so a
 * pasted recovery phrase never reaches the batch.
 */
export class InsightsQueue {
  private events: InsightEvent[] = [];

  constructor(
    private readonly endpoint: string,
    private readonly meta: { pack: string; locale: string },
    private readonly scrub: (text: string) => Promise<string>,
    private readonly transport: Transport,
  ) {}

  get size(): number {
    return this.events.length;
  }

  /** The last search as typed, before scrubbing: to recognise the visitor typing on. */
  private lastQuery?: string;

  async add(event: InsightEvent): Promise<void> {
    if (event.type === 'search') {
      const typed = event.query;
      // A search the visitor kept typing into ("pass", then "password") replaces the earlier
      // one: fewer half-words, and a phrase typed word by word is not kept in pieces shorter
      // than the secret guard recognises.
      const last = this.events[this.events.length - 1];
      if (last?.type === 'search' && this.lastQuery !== undefined && typed.startsWith(this.lastQuery)) this.events.pop();
      this.lastQuery = typed;
      event = { ...event, query: (await this.scrub(typed)).slice(0, MAX_QUERY) };
    } else this.lastQuery = undefined;
    if (this.events.length < MAX_EVENTS) this.events.push(event);
  }

  /** The batch as it would be sent (for docs, tests and the insights demo). */
  payload(): InsightsPayload {
    return { v: 1, pack: this.meta.pack, locale: this.meta.locale, events: [...this.events] };
  }

  /** Send what is queued; `sendBeacon` first, `fetch` with keepalive as the fallback. */
  flush(): boolean {
    if (!this.events.length) return false;
    const body = JSON.stringify(this.payload());
    this.events = [];
    if (this.transport.sendBeacon?.(this.endpoint, body)) return true;
    void this.transport.fetch?.(this.endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' }, credentials: 'omit' }).catch(() => undefined);
    return true;
  }
}
