/** What a contact channel's badge says right now. */

import type { Channel } from '../content/types.js';
import { formatInZone, formatOpening } from './format.js';
import { compileSchedule, instantOf } from './periods.js';
import { evaluate } from './schedule.js';

/**
 * - `open`: stated hours, open now.
 * - `closed`: stated hours, closed now (`opensAt` when it opens within 14 days).
 * - `always`: `alwaysOpen` hours.
 * - `no-hours`: no stated hours, or hours that cannot be read (unknown zone): reachable,
 *   answered later. We say nothing rather than guess open or closed from broken data.
 */
export type ChannelState = 'open' | 'closed' | 'always' | 'no-hours';

/** A channel's availability plus labels ready for display. */
export interface ChannelStatus {
  state: ChannelState;
  /** When a closed channel opens next. */
  opensAt?: Date;
  /** When an open channel closes. */
  closesAt?: Date;
  /** `opensAt` in the visitor's zone: `Mon 09:00`, `today 09:00`. */
  opensAtLabel?: string;
  /** `closesAt` in the visitor's zone: `today 18:00`. */
  closesAtLabel?: string;
  /** `opensAt` on the support team's clock: `Mon 09:00 (Asia/Singapore)`. */
  supportZoneLabel?: string;
}

/** Options for {@link channelStatus}. */
export interface ChannelStatusOptions {
  /** Locale of the labels (the content pack's). */
  locale: string;
  /** The visitor's zone; defaults to the runtime's. */
  timeZone?: string;
}

/** A channel's state and change times, without labels (cheap, used for ranking). */
export function channelAvailability(channel: Channel, now: Date): Pick<ChannelStatus, 'state' | 'opensAt' | 'closesAt'> & { timeZone?: string } {
  const hours = compileSchedule(channel.hours);
  const t = instantOf(now);
  if (!hours || t === null) return { state: 'no-hours' };
  if (hours.alwaysOpen) return { state: 'always', timeZone: hours.timeZone };
  const { open, opensAt, closesAt } = evaluate(hours, t);
  if (open) return { state: 'open', timeZone: hours.timeZone, ...(closesAt && { closesAt }) };
  return { state: 'closed', timeZone: hours.timeZone, ...(opensAt && { opensAt }) };
}

/**
 * Whether `channel` is open at `now`, and when that changes, labelled for a visitor in
 * `opts.timeZone` (default: the runtime's zone) and for the support team's own zone.
 */
export function channelStatus(channel: Channel, now: Date, opts: ChannelStatusOptions): ChannelStatus {
  const { state, opensAt, closesAt, timeZone } = channelAvailability(channel, now);
  const status: ChannelStatus = { state };
  const viewer = { locale: opts.locale, timeZone: opts.timeZone, now };
  if (opensAt) {
    status.opensAt = opensAt;
    status.opensAtLabel = formatOpening(opensAt, viewer);
    if (timeZone) status.supportZoneLabel = formatInZone(opensAt, opts.locale, timeZone);
  }
  if (closesAt) {
    status.closesAt = closesAt;
    status.closesAtLabel = formatOpening(closesAt, viewer);
  }
  return status;
}
