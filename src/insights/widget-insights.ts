/**
 * Insights for one widget element: turns its `sw-*` events into queued insight events and
 * beacons the batch when the page is hidden or the widget goes away. A chunk the widget
 * loads only when `insights-endpoint` is set.
 */
import { InsightsQueue, privacyOptOut } from './insights-queue.js';
import type { AnswerSource, InsightEvent } from './beacon-schema.js';
import { scrubSecrets } from '../secrets/secret-guard.js';
import { INSIGHT_EVENTS } from '../events/events.js';

export function toInsightEvent(type: string, d: Record<string, unknown>): InsightEvent {
  switch (type) {
    case 'sw-search':
      return { type: 'search', query: String(d.query), resultIds: d.resultIds as string[], empty: Boolean(d.empty) };
    case 'sw-feedback':
      return { type: 'feedback', id: String(d.id), helpful: Boolean(d.helpful) };
    case 'sw-answer-view':
      return { type: 'answer-view', id: String(d.id), source: d.source as AnswerSource };
    default:
      return { type: 'contact', channel: String(d.channel), channelType: String(d.type) };
  }
}

/**
 * Start collecting for `host`. Events fired before this chunk loaded are passed in `earlier`.
 * Returns `stop()`, which flushes what is queued and removes the listeners; undefined when
 * the visitor opted out (Do Not Track, Global Privacy Control): then nothing is collected.
 */
export function connectInsights(
  host: HTMLElement,
  endpoint: string,
  meta: () => { pack: string; locale: string },
  earlier: { type: string; detail: Record<string, unknown> }[],
): (() => void) | undefined {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  if (privacyOptOut({ doNotTrack: nav.doNotTrack, globalPrivacyControl: nav.globalPrivacyControl })) return undefined;
  // Read when the beacon is built: the content (and so the pack id) often arrives after collecting starts.
  const current = { get pack() { return meta().pack; }, get locale() { return meta().locale; } };
  const queue = new InsightsQueue(endpoint, current, scrubSecrets, {
    sendBeacon: (url, data) => navigator.sendBeacon?.(url, data) ?? false,
    fetch: (url, init) => fetch(url, init),
  });
  // Scrubbing is async: keep the order, and let flush() see every event queued so far.
  let chain = Promise.resolve();
  const add = (type: string, detail: Record<string, unknown>) => (chain = chain.then(() => queue.add(toInsightEvent(type, detail))));
  for (const e of earlier) add(e.type, e.detail);
  const onEvent = (e: Event) => add(e.type, (e as CustomEvent).detail);
  const onHide = (e: Event) => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') queue.flush();
  };
  for (const type of INSIGHT_EVENTS) host.addEventListener(type, onEvent);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    for (const type of INSIGHT_EVENTS) host.removeEventListener(type, onEvent);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
    queue.flush();
  };
}
