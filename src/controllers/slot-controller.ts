import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller asks of its host. */
export interface SlotHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Whether a named slot of the host's shadow root has content (as Shoelace's
 * HasSlotController does): the panel footer shows only when something is slotted into it.
 */
export class HasSlotController implements ReactiveController {
  private readonly filled = new Set<string>();

  constructor(private readonly host: SlotHost) {
    host.addController(this);
  }

  /** Something is assigned to the slot named `name`. */
  has(name: string): boolean {
    return this.filled.has(name);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.onSlotChange);
  }

  private onSlotChange = (e: Event): void => {
    const slot = e.target as HTMLSlotElement;
    const filled = slot.assignedNodes().length > 0;
    if (filled === this.filled.has(slot.name)) return;
    if (filled) this.filled.add(slot.name);
    else this.filled.delete(slot.name);
    this.host.requestUpdate();
  };
}
