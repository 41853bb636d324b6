/** The "best time to contact" hint built from a pack's peak hours. */

import type { Schedule } from '../content/types.js';
import { formatRange, type FormatOptions } from './format.js';
import { compileSchedule, instantOf, openPeriods } from './periods.js';

/** Peaks further ahead than this are not worth mentioning. */
const LOOKAHEAD_MS = 24 * 3_600_000;

/** A hint about busy periods, for the visitor. */
export interface BestTimeHint {
  /** Support is in a busy period right now. */
  inPeak: boolean;
  /** Start of the current busy period, or of the next one within 24 h. */
  peakStart?: Date;
  /** End of that busy period. */
  peakEnd?: Date;
  /** When the current busy period ends (only while `inPeak`). */
  nextQuiet?: Date;
  /**
   * The busy period in the visitor's zone, for "avoid {time} (your time)":
   * `today 10:00–12:00`, `tomorrow 10:00–12:00`. Absent when no peak is within 24 h.
   */
  label?: string;
}

/**
 * Where `now` stands against `peakHours` (a schedule whose "open" periods are the busy
 * ones), with the current or next busy period labelled in the visitor's zone
 * (`opts.timeZone`, default the runtime's). Undefined when there are no usable peak
 * hours, or when every hour is a peak (there is no better time to suggest).
 */
export function bestTimeHint(peakHours: Schedule | undefined, now: Date, opts: Omit<FormatOptions, 'now'>): BestTimeHint | undefined {
  const peaks = compileSchedule(peakHours);
  const t = instantOf(now);
  if (!peaks || t === null || peaks.alwaysOpen) return undefined;
  for (const period of openPeriods(peaks, t, 2)) {
    if (period.end <= t) continue;
    if (period.start > t + LOOKAHEAD_MS) break;
    if (!period.endKnown) return undefined;
    const peakStart = new Date(period.start);
    const peakEnd = new Date(period.end);
    const inPeak = period.start <= t;
    const label = formatRange(peakStart, peakEnd, { ...opts, now });
    return inPeak ? { inPeak, peakStart, peakEnd, nextQuiet: peakEnd, label } : { inPeak, peakStart, peakEnd, label };
  }
  return { inPeak: false };
}
