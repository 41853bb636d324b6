import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Watcher {
  onclose: (() => void) | null;
  destroy(): void;
}
type WatcherConstructor = new () => Watcher;

/** What the controller asks of its host. */
export interface DismissHost extends ReactiveControllerHost, HTMLElement {
  readonly opened: boolean;
  close(source: 'escape'): void;
}

/**
 * Esc (and the Android back gesture) closes the open panel: through `CloseWatcher` where the
 * browser has it, so it takes part in the platform's close requests, else through a keydown
 * listener on the host.
 */
export class DismissController implements ReactiveController {
  private watcher?: Watcher;

  constructor(private readonly host: DismissHost) {
    host.addController(this);
  }

  private get Watcher(): WatcherConstructor | undefined {
    return (globalThis as { CloseWatcher?: WatcherConstructor }).CloseWatcher;
  }

  hostConnected(): void {
    if (!this.Watcher) this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.release();
  }

  hostUpdated(): void {
    const Watcher = this.Watcher;
    if (!Watcher) return;
    // A widget taken out of the page while open may still update (work it started ends): it
    // must not take the page's next Esc from the widgets that are in it.
    if (this.host.opened && this.host.isConnected && !this.watcher) {
      const watcher = (this.watcher = new Watcher());
      watcher.onclose = () => {
        // Used up: a host that vetoes the close (sw-close) gets a new one on the next update.
        if (this.watcher === watcher) this.watcher = undefined;
        this.host.close('escape');
        this.host.requestUpdate();
      };
    } else if (!this.host.opened || !this.host.isConnected) this.release();
  }

  private release(): void {
    const watcher = this.watcher;
    this.watcher = undefined;
    if (watcher) {
      watcher.onclose = null;
      watcher.destroy();
    }
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.host.opened) {
      e.stopPropagation();
      this.host.close('escape');
    }
  };
}
