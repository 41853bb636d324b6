import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../content/types.js';
import type { LoadScheduler } from '../internal/load-scheduler.js';
import { emit } from '../internal/emit.js';
import { isDegraded, type ServiceStatus } from '../status/status.js';

/** What the controller asks of its host. */
export interface StatusHost extends ReactiveControllerHost, EventTarget {
  statusSrc?: string;
  statusTimeout: number;
}

const positiveOr = (n: number, fallback: number): number => (Number.isFinite(n) && n > 0 ? n : fallback);

/**
 * The service status from `status-src` (a Statuspage endpoint): fetched when the load
 * scheduler says (see `loading`) and again on each panel open, one request at a time.
 * Every answer or failure is reported (`sw-status`); a failure is logged once and not shown.
 */
export class StatusController implements ReactiveController {
  /** The last status read, if any. */
  status?: ServiceStatus;
  private inFlight = false;
  private errorLogged = false;
  private seenSrc?: string;

  constructor(
    private readonly host: StatusHost,
    private readonly loads: LoadScheduler,
  ) {
    host.addController(this);
  }

  /** The status page reports a problem: the launcher badge, the banner and the fallback offer show. */
  get degraded(): boolean {
    return isDegraded(this.status);
  }

  /**
   * Why support may be unreachable right now, if we can tell: the status page reports a
   * problem, or every real-time channel (chat, phone) is closed. Drives the fallback offer.
   */
  unreachableNotice(ui: UiStrings, allLiveClosed: () => boolean): string | undefined {
    const status = this.status;
    if (status && this.degraded) return status.description ? `${ui.statusDegraded}: ${status.description}` : ui.statusDegraded;
    return allLiveClosed() ? ui.allClosed : undefined;
  }

  hostUpdated(): void {
    const src = this.host.statusSrc;
    if (src === this.seenSrc) return;
    this.seenSrc = src;
    if (src) this.loads.schedule('status', () => this.refresh(), { shown: true });
  }

  /** Fetch the status endpoint, unless a request is on its way. */
  async refresh(): Promise<void> {
    const src = this.host.statusSrc;
    if (!src || this.inFlight) return;
    this.inFlight = true;
    try {
      const { fetchStatus } = await import('../status/statuspage.js');
      this.status = await fetchStatus(src, positiveOr(this.host.statusTimeout, 4000));
      this.host.requestUpdate();
      emit(this.host, 'sw-status', { indicator: this.status.indicator, description: this.status.description, ok: true });
    } catch (e) {
      if (!this.errorLogged) console.error(`<support-widget>: status-src "${src}" failed: ${(e as Error).message}`);
      this.errorLogged = true;
      emit(this.host, 'sw-status', { indicator: 'unknown', description: '', ok: false });
    } finally {
      this.inFlight = false;
    }
  }
}
