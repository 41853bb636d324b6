/**
 * Wall-clock arithmetic in IANA time zones using only `Intl`. Instants are epoch
 * milliseconds; a local calendar day is a `LocalDate` (proleptic Gregorian, no zone).
 */

/** A calendar day with no time zone attached. `month` is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock reading: a local day plus minutes since its midnight. */
export interface WallClock extends LocalDate {
  /** Minutes since local midnight, 0–1439. */
  minute: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Real UTC offsets lie within ±14 h; sampling just outside brackets any instant a wall time can map to. */
const OFFSET_BRACKET = 15 * HOUR;
/** Arbitrary strings (fuzzed content) must not make the caches grow without bound. */
const CACHE_LIMIT = 256;

const zoneValidity = new Map<string, boolean>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** 400 Gregorian years, a whole number of days and weeks. */
const GREGORIAN_CYCLE_MS = 146_097 * 24 * HOUR;

/**
 * `Date.UTC` without its two-digit-year quirk (it reads year 50 as 1950): years 0–99
 * are computed 400 years later and shifted back by one whole calendar cycle.
 */
export function utc(year: number, month: number, day: number, minutes = 0, seconds = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, month - 1, day, 0, minutes, seconds) - GREGORIAN_CYCLE_MS;
  return Date.UTC(year, month - 1, day, 0, minutes, seconds);
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Whether `timeZone` is a zone this runtime knows. Uses the `Intl.DateTimeFormat`
 * constructor, which throws a RangeError for unknown zones.
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  const known = zoneValidity.get(timeZone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    valid = true;
  } catch {
    valid = false;
  }
  return remember(zoneValidity, timeZone, valid);
}

/** The runtime's own time zone (the visitor's, in a browser). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  // Constructing a DateTimeFormat is far more expensive than formatting with one.
  return (
    partsFormatters.get(timeZone) ??
    remember(
      partsFormatters,
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
    )
  );
}

/** Wall-clock fields of `instant` in `timeZone`, seconds included. */
function wallFields(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  // Some ICU builds print midnight as "24" even with h23.
  if (fields.hour === 24) fields.hour = 0;
  return fields;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const f = wallFields(instant, timeZone);
  return { year: f.year, month: f.month, day: f.day, minute: f.hour * 60 + f.minute };
}

/** UTC offset of `timeZone` at `instant`, in ms (positive east of Greenwich). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const f = wallFields(whole, timeZone);
  return utc(f.year, f.month, f.day, f.hour * 60 + f.minute, f.second) - whole;
}

/**
 * The instant at which the wall clock in `timeZone` reads `minutes` past midnight of
 * `date` (`minutes` may exceed 1440 to reach into following days).
 *
 * - A time skipped by a spring-forward gap maps to the first instant after the gap
 *   (02:30 on a New York spring-forward day becomes 03:00 EDT): a shift that "starts
 *   at 02:30" starts as soon as the clock can show a time at or after 02:30.
 * - A time repeated by a fall-back overlap maps to its first occurrence.
 *
 * Assumes at most one offset change within ±15 h of the result, true of every real zone.
 */
export function zonedToInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const local = utc(date.year, date.month, date.day, minutes);
  const offsetBefore = offsetAt(local - OFFSET_BRACKET, timeZone);
  const offsetAfter = offsetAt(local + OFFSET_BRACKET, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter].filter((t) => offsetAt(t, timeZone) === local - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return firstInstantWithOffset(local - offsetAfter, local - offsetBefore, offsetAfter, timeZone);
}

/**
 * In a gap, `lo` still has the old offset and `hi` already has the new one; the
 * transition is the first whole minute in between that has the new offset.
 */
function firstInstantWithOffset(lo: number, hi: number, offsetAfter: number, timeZone: string): number {
  let low = Math.min(lo, hi);
  let high = Math.max(lo, hi);
  while (high - low > MINUTE) {
    const mid = Math.floor((low + high) / 2 / MINUTE) * MINUTE;
    if (mid <= low) break;
    if (offsetAt(mid, timeZone) === offsetAfter) high = mid;
    else low = mid;
  }
  return high;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(utc(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(utc(date.year, date.month, date.day)).getUTCDay();
}

/** `YYYY-MM-DD`, the key closures are written with. */
export function isoDate(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utc(b.year, b.month, b.day) - utc(a.year, a.month, a.day)) / (24 * HOUR));
}
