/** Human-readable checks of a schedule, for content authors and the content build. */

import { WEEKDAYS, parseIntervalResult, parseIsoDate } from './interval.js';
import { isValidTimeZone } from './zoned-time.js';

const KNOWN_KEYS = new Set(['timeZone', 'alwaysOpen', 'weekly', 'closures']);
/** Fuzzed or huge inputs should not produce thousands of messages. */
const MAX_MESSAGES = 50;

function quote(value: unknown): string {
  try {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
  } catch {
    return '(unprintable value)';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkTimeZone(timeZone: unknown, messages: string[]): void {
  if (timeZone === undefined) messages.push('timeZone is missing; use an IANA zone such as "Asia/Singapore".');
  else if (typeof timeZone !== 'string') messages.push(`timeZone must be a string, got ${quote(timeZone)}.`);
  else if (!isValidTimeZone(timeZone)) messages.push(`timeZone ${quote(timeZone)} is not a known IANA time zone (e.g. "Europe/Berlin").`);
}

function checkWeekly(weekly: unknown, messages: string[]): void {
  if (weekly === undefined) return;
  if (!isRecord(weekly)) {
    messages.push(`weekly must be an object keyed by weekday (mon … sun), got ${quote(weekly)}.`);
    return;
  }
  for (const key of Object.keys(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      messages.push(`weekly has unknown weekday ${quote(key)}; use mon, tue, wed, thu, fri, sat or sun.`);
      continue;
    }
    const list = weekly[key];
    if (!Array.isArray(list)) {
      messages.push(`weekly.${key} must be a list of "HH:MM-HH:MM" intervals, got ${quote(list)}.`);
      continue;
    }
    list.forEach((text: unknown, index) => {
      const parsed = parseIntervalResult(text);
      if (!parsed.ok) messages.push(`weekly.${key}[${index}] ${quote(text)} ${parsed.error}.`);
    });
  }
}

function checkClosures(closures: unknown, alwaysOpen: boolean, messages: string[]): void {
  if (closures === undefined) return;
  if (!Array.isArray(closures)) {
    messages.push(`closures must be a list of { "date": "YYYY-MM-DD" }, got ${quote(closures)}.`);
    return;
  }
  if (alwaysOpen && closures.length > 0) {
    messages.push('closures are ignored when alwaysOpen is true; list every day as "00:00-24:00" in weekly instead.');
  }
  closures.forEach((closure: unknown, index) => {
    if (!isRecord(closure)) {
      messages.push(`closures[${index}] must be an object like { "date": "2026-12-25" }, got ${quote(closure)}.`);
      return;
    }
    if (!parseIsoDate(closure.date)) messages.push(`closures[${index}].date ${quote(closure.date)} is not a real date written YYYY-MM-DD.`);
    if (closure.label !== undefined && typeof closure.label !== 'string') messages.push(`closures[${index}].label must be a string.`);
  });
}

/**
 * Everything wrong with `schedule`, as sentences for a content author; empty when it is
 * valid. Checks the IANA zone, `HH:MM-HH:MM` intervals (hours 00–24, minutes 00–59,
 * `24:00` only as an end), weekday keys and closure dates. Never throws, whatever it is
 * given: it runs on untrusted JSON.
 */
export function validateSchedule(schedule: unknown): string[] {
  const messages: string[] = [];
  try {
    if (!isRecord(schedule)) return [`A schedule must be an object with a timeZone, got ${quote(schedule)}.`];
    checkTimeZone(schedule.timeZone, messages);
    if (schedule.alwaysOpen !== undefined && typeof schedule.alwaysOpen !== 'boolean') {
      messages.push(`alwaysOpen must be true or false, got ${quote(schedule.alwaysOpen)}.`);
    }
    checkWeekly(schedule.weekly, messages);
    checkClosures(schedule.closures, schedule.alwaysOpen === true, messages);
    for (const key of Object.keys(schedule)) {
      if (!KNOWN_KEYS.has(key)) messages.push(`Unknown schedule field ${quote(key)}; expected timeZone, alwaysOpen, weekly or closures.`);
    }
  } catch {
    // Throwing getters or proxies: say so instead of failing the caller.
    messages.push('The schedule could not be read (it is not plain JSON data).');
  }
  return messages.length > MAX_MESSAGES ? [...messages.slice(0, MAX_MESSAGES), `…and ${messages.length - MAX_MESSAGES} more problems.`] : messages;
}
