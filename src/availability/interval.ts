/** Parsing of `HH:MM-HH:MM` opening intervals and `YYYY-MM-DD` dates. */

import type { Weekday } from '../content/types.js';

/** Minutes in a day; `24:00` is written as this. */
export const DAY_MINUTES = 1440;

/** Weekday keys in `Date#getDay` order (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * An interval in minutes from midnight of the day it is listed under. `end` is always
 * after `start`; an overnight interval has `end` past 1440 (`22:00-06:00` is 1320–1800).
 */
export interface ParsedInterval {
  start: number;
  end: number;
}

/** Either a parsed value or a human-readable reason it could not be parsed. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const INTERVAL_PATTERN = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function clockMinutes(hours: string, minutes: string): number {
  return Number(hours) * 60 + Number(minutes);
}

/** Parses one `HH:MM-HH:MM` interval, explaining what is wrong when it cannot. */
export function parseIntervalResult(text: unknown): ParseResult<ParsedInterval> {
  if (typeof text !== 'string') return { ok: false, error: 'is not a string' };
  const match = INTERVAL_PATTERN.exec(text.trim());
  if (!match) return { ok: false, error: 'is not in HH:MM-HH:MM form (e.g. "09:00-18:00")' };
  const [, h1, m1, h2, m2] = match as unknown as [string, string, string, string, string];
  for (const [h, m] of [
    [h1, m1],
    [h2, m2],
  ] as const) {
    if (Number(h) > 24) return { ok: false, error: `has hour ${h}; hours go from 00 to 24` };
    if (Number(m) > 59) return { ok: false, error: `has minute ${m}; minutes go from 00 to 59` };
    if (Number(h) === 24 && Number(m) !== 0) return { ok: false, error: `has ${h}:${m}; 24:00 is the only time after 23:59` };
  }
  const start = clockMinutes(h1, m1);
  const end = clockMinutes(h2, m2);
  if (start === DAY_MINUTES) return { ok: false, error: 'starts at 24:00; start the interval at 00:00 on the next day' };
  if (start === end) return { ok: false, error: 'starts and ends at the same time; use "00:00-24:00" for a whole day' };
  // An end before the start runs past midnight into the next day.
  return { ok: true, value: { start, end: end > start ? end : end + DAY_MINUTES } };
}

/**
 * Parses `"09:00-18:00"` into minutes from midnight, or returns null when malformed.
 * `"22:00-06:00"` gives `{ start: 1320, end: 1800 }`: the end lies in the next day.
 * `24:00` is accepted as an end only.
 */
export function parseInterval(text: string): ParsedInterval | null {
  const result = parseIntervalResult(text);
  return result.ok ? result.value : null;
}

/** Parses a real calendar date written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function parseIsoDate(text: unknown): { year: number; month: number; day: number } | null {
  if (typeof text !== 'string') return null;
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  const valid = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return valid ? { year, month, day } : null;
}
