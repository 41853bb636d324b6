import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewName } from '../events/events.js';
import { parseDeepLink, formatDeepLink, type DeepLink } from '../routing/deep-link.js';

/** What the controller asks of its host. */
export interface HashSyncHost extends ReactiveControllerHost {
  readonly opened: boolean;
  readonly view: ViewName;
  readonly syncHash: boolean;
  open(link: DeepLink): Promise<void>;
}

/**
 * The page's `location.hash` and the panel: a `#support/<view>/<id>` link opens it (on first
 * render and on every `hashchange`), and with `sync-hash` the open view is written back with
 * `history.replaceState` (no history entries).
 */
export class HashSyncController implements ReactiveController {
  private seen?: string;

  constructor(private readonly host: HashSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  hostUpdated(): void {
    const { opened, view, syncHash } = this.host;
    const state = opened + view;
    if (this.seen === undefined) this.read();
    if (syncHash && state !== this.seen) {
      const hash = opened ? formatDeepLink({ view }) : '';
      if (location.hash !== hash && (opened || parseDeepLink(location.hash))) history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
    this.seen = state;
  }

  private read = (): void => {
    const link = parseDeepLink(location.hash);
    if (link) void this.host.open(link);
  };
}
