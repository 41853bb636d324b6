import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentPack } from '../content/types.js';
import type { LoadScheduler } from '../internal/load-scheduler.js';
import { INSIGHT_EVENTS } from '../events/events.js';
import { safeHref } from '../content/safe-url.js';
import { warnOnce } from '../internal/warn.js';

/** What the controller asks of its host. */
export interface InsightsHost extends ReactiveControllerHost, HTMLElement {
  insightsEndpoint?: string;
  readonly hasUpdated: boolean;
}

/** Where the beacon's pack id and locale come from (read when the beacon is built). */
export interface InsightsContext {
  readonly pack: ContentPack | undefined;
  readonly locale: string;
}

interface EarlyEvent {
  type: string;
  detail: Record<string, unknown>;
}

/** A relative endpoint (`/insights`) on the host's own origin. */
function sameOriginUrl(path: string): string | null {
  try {
    const url = new URL(path, location.href);
    return url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * With `insights-endpoint` set (and the visitor not opted out): load the insights chunk when
 * the load scheduler says, handing it the events seen before it arrived; stop and flush when
 * the element leaves the page, start again when it comes back. See widget-insights.ts.
 */
export class InsightsController implements ReactiveController {
  /** Events seen before the chunk loaded. */
  private early?: EarlyEvent[];
  /** Stops collecting and flushes, once the chunk is connected. */
  private stop?: () => void;
  /** Bumped on every start and stop: a chunk arriving for an older start is not connected. */
  private runId = 0;
  private seenEndpoint?: string;

  constructor(
    private readonly host: InsightsHost,
    private readonly loads: LoadScheduler,
    private readonly context: InsightsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: collect again (a first connection starts at the first update).
    if (this.host.hasUpdated) this.start();
  }

  hostUpdated(): void {
    const endpoint = this.host.insightsEndpoint;
    if (endpoint === this.seenEndpoint) return;
    this.seenEndpoint = endpoint;
    this.start();
  }

  hostDisconnected(): void {
    this.end();
  }

  private start(): void {
    this.end();
    const raw = this.host.insightsEndpoint;
    if (!raw) return;
    const endpoint = safeHref(raw) ?? sameOriginUrl(raw);
    if (!endpoint) return warnOnce(this.host, `insights-endpoint="${raw}" is not an https:// URL or a path on this site; no insights are sent.`);
    const id = ++this.runId;
    this.early = [];
    for (const type of INSIGHT_EVENTS) this.host.addEventListener(type, this.onEarly);
    this.loads.schedule('insights', () =>
      void import('../insights/widget-insights.js').then(({ connectInsights }) => {
        if (id !== this.runId) return;
        const earlier = this.early ?? [];
        this.dropEarly();
        this.stop = connectInsights(this.host, endpoint, () => ({ pack: this.context.pack?.meta.id ?? '', locale: this.context.locale }), earlier);
      }),
    );
  }

  private end(): void {
    this.runId++;
    this.dropEarly();
    this.stop?.();
    this.stop = undefined;
  }

  private onEarly = (e: Event): void => void this.early?.push({ type: e.type, detail: (e as CustomEvent).detail });

  private dropEarly(): void {
    for (const type of INSIGHT_EVENTS) this.host.removeEventListener(type, this.onEarly);
    this.early = undefined;
  }
}
