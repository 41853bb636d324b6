import type { SwEventDetails } from '../events/events.js';

/**
 * Dispatch a public widget event. Every `sw-*` event bubbles and is composed so a host
 * can listen on `document`; `cancelable` where the host may veto (e.g. `sw-open`).
 * Returns `false` when a listener called `preventDefault()`.
 */
export function emit<K extends keyof SwEventDetails>(
  target: EventTarget,
  name: K,
  detail: SwEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
