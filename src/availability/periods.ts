/**
 * A schedule turned into concrete open periods (epoch-ms ranges). Work is per day and
 * per interval, never per minute, and periods are produced lazily so callers stop as
 * soon as they have their answer.
 */

import type { Schedule } from '../content/types.js';
import { WEEKDAYS, parseIntervalResult, parseIsoDate, type ParsedInterval } from './interval.js';
import { addDays, dayOfWeek, isValidTimeZone, isoDate, wallClockAt, zonedToInstant } from './zoned-time.js';

/** A schedule with its strings parsed once; malformed entries are dropped. */
export interface CompiledSchedule {
  timeZone: string;
  alwaysOpen: boolean;
  /** Intervals per day of the week (0 = Sunday), sorted by start. */
  days: ParsedInterval[][];
  /** Closed days as `YYYY-MM-DD`. */
  closures: Set<string>;
}

/** An open period `[start, end)` in epoch ms. */
export interface Period {
  start: number;
  end: number;
  /** False when the period reaches the end of the scanned window, so its true end is unknown. */
  endKnown: boolean;
}

/** Latest instant we accept as "now": far enough from the `Date` limits to add a few weeks. */
const MAX_INSTANT = 8.64e15 - 60 * 24 * 3_600_000;

/** Epoch ms of `now`, or null for anything that is not a usable `Date`. */
export function instantOf(now: unknown): number | null {
  if (!(now instanceof Date)) return null;
  const t = now.getTime();
  return Number.isFinite(t) && Math.abs(t) <= MAX_INSTANT ? t : null;
}

function compileDays(weekly: unknown): ParsedInterval[][] {
  const days: ParsedInterval[][] = WEEKDAYS.map(() => []);
  if (typeof weekly !== 'object' || weekly === null) return days;
  WEEKDAYS.forEach((key, index) => {
    const list: unknown = Object.prototype.hasOwnProperty.call(weekly, key) ? (weekly as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(list)) return;
    for (const text of list) {
      const parsed = parseIntervalResult(text);
      if (parsed.ok) days[index]!.push(parsed.value);
    }
    days[index]!.sort((a, b) => a.start - b.start);
  });
  return days;
}

function compileClosures(closures: unknown): Set<string> {
  const dates = new Set<string>();
  if (!Array.isArray(closures)) return dates;
  for (const closure of closures) {
    const date = typeof closure === 'object' && closure !== null ? parseIsoDate((closure as { date?: unknown }).date) : null;
    if (date) dates.add(isoDate(date));
  }
  return dates;
}

/**
 * Parses a schedule for evaluation, or returns null when it cannot be evaluated at all
 * (not an object, unknown time zone). Never throws: content is untrusted JSON.
 */
export function compileSchedule(schedule: unknown): CompiledSchedule | null {
  try {
    if (typeof schedule !== 'object' || schedule === null) return null;
    const { timeZone, alwaysOpen, weekly, closures } = schedule as Partial<Record<keyof Schedule, unknown>>;
    if (!isValidTimeZone(timeZone)) return null;
    return { timeZone, alwaysOpen: alwaysOpen === true, days: compileDays(weekly), closures: compileClosures(closures) };
  } catch {
    // Hostile inputs (throwing getters, proxies) are treated like any unusable schedule.
    return null;
  }
}

/**
 * Open periods in time order, overlapping or touching intervals merged (so Fri
 * `18:00-24:00` + Sat `00:00-02:00` is one period), covering local days from the day
 * before `now` to `lastDay` days after it.
 *
 * Closures: a closure date removes every interval *listed under* that date, including an
 * overnight interval that starts that day and runs into the next. An overnight interval
 * that started the day before still runs into the closed day. A shift belongs to the day
 * it starts on, which is how rotas are written and how staff think of "the Saturday
 * night shift".
 */
export function* openPeriods(schedule: CompiledSchedule, now: number, lastDay: number): Generator<Period> {
  const today = wallClockAt(now, schedule.timeZone);
  let pending: Period | undefined;
  for (let offset = -1; offset <= lastDay; offset++) {
    const date = addDays(today, offset);
    if (schedule.closures.has(isoDate(date))) continue;
    for (const interval of schedule.days[dayOfWeek(date)]!) {
      const start = zonedToInstant(date, interval.start, schedule.timeZone);
      const end = zonedToInstant(date, interval.end, schedule.timeZone);
      // An interval lying wholly inside a spring-forward gap never happens on that day.
      if (end <= start) continue;
      if (pending && start <= pending.end) {
        pending.end = Math.max(pending.end, end);
        continue;
      }
      if (pending) yield pending;
      pending = { start, end, endKnown: true };
    }
  }
  if (pending) yield { ...pending, endKnown: false };
}
