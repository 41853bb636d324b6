/** Ordering channels for the Contact view and picking the fastest one open now. */

import type { Channel, ChannelType } from '../content/types.js';
import { channelAvailability } from './channel-status.js';

/** Channel types where a person answers while the visitor waits. */
export const REAL_TIME_TYPES: ReadonlySet<ChannelType> = new Set<ChannelType>(['live-chat', 'phone']);

const DEFAULT_PRIORITY = 100;

/**
 * Display tiers, best first:
 * 0. real-time channels confirmed open now (`open` or `always`): someone answers now;
 * 1. everything else reachable now: open async channels, `always`, and `no-hours`
 *    channels (no stated hours means "write any time, answered later" — including a
 *    real-time channel without hours, whose answer is not promised now);
 * 2. closed channels, soonest opening first, those with no known opening last.
 */
function tier(channel: Channel, state: string): number {
  if (state === 'closed') return 2;
  return REAL_TIME_TYPES.has(channel.type) && (state === 'open' || state === 'always') ? 0 : 1;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : fallback;
}

/**
 * `channels` in display order (see the tiers above). Within the open tiers: `priority`
 * (default 100), then `responseMinutes` (unknown is slowest); among closed ones: next
 * opening, then priority. Ties keep the content's order. Does not mutate the input.
 */
export function rankChannels(channels: readonly Channel[], now: Date): Channel[] {
  const keyed = channels.map((channel, index) => {
    const availability = channelAvailability(channel, now);
    return {
      channel,
      index,
      tier: tier(channel, availability.state),
      opensAt: availability.opensAt?.getTime() ?? Infinity,
      priority: numberOr(channel.priority, DEFAULT_PRIORITY),
      response: numberOr(channel.responseMinutes, Infinity),
    };
  });
  keyed.sort(
    (a, b) =>
      a.tier - b.tier ||
      (a.tier === 2 ? compare(a.opensAt, b.opensAt) : 0) ||
      compare(a.priority, b.priority) ||
      compare(a.response, b.response) ||
      a.index - b.index,
  );
  return keyed.map((k) => k.channel);
}

/** Ascending comparison that treats two Infinities as equal (Infinity - Infinity is NaN). */
function compare(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * The real-time channel (live chat, phone) open at `now` with the lowest
 * `responseMinutes` (then `priority`), or undefined when none is open. Channels without
 * stated hours do not count: nobody promises an answer now.
 */
export function fastestOpen(channels: readonly Channel[], now: Date): Channel | undefined {
  let best: { channel: Channel; response: number; priority: number } | undefined;
  for (const channel of channels) {
    if (!REAL_TIME_TYPES.has(channel.type)) continue;
    const { state } = channelAvailability(channel, now);
    if (state !== 'open' && state !== 'always') continue;
    const response = numberOr(channel.responseMinutes, Infinity);
    const priority = numberOr(channel.priority, DEFAULT_PRIORITY);
    if (!best || compare(response, best.response) < 0 || (response === best.response && priority < best.priority)) {
      best = { channel, response, priority };
    }
  }
  return best?.channel;
}
