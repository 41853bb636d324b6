/**
 * Visitor-facing labels for instants. Times are always 24-hour `HH:MM` (in the locale's
 * digits and separator) so labels look the same whatever the locale's default cycle.
 * Weekday and time are joined with a space by us rather than by one combined Intl
 * pattern, because ICU's combined patterns differ between versions and locales
 * (`周三02:31`, `Mi., 02:31`) and labels should read alike across the widget.
 */

import { daysBetween, isValidTimeZone, runtimeTimeZone, wallClockAt } from './zoned-time.js';

/** Options for {@link formatOpening}. */
export interface FormatOptions {
  /** BCP 47 locale of the labels; falls back to `en` when the runtime rejects it. */
  locale: string;
  /** Zone the label is shown in; the runtime's (the visitor's) when omitted or unknown. */
  timeZone?: string;
  /**
   * The current instant. When given, an instant later today or tomorrow is labelled
   * "today 09:00" / "tomorrow 09:00"; without it the weekday is always used.
   */
  now?: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
const FORMATTER_LIMIT = 128;
/** Past this many days ahead a bare weekday is ambiguous, so the date is added. */
const WEEKDAY_ONLY_DAYS = 6;

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  const hit = formatters.get(key);
  if (hit) return hit as T;
  if (formatters.size >= FORMATTER_LIMIT) formatters.clear();
  const made = make();
  formatters.set(key, made);
  return made;
}

const localeSupport = new Map<string, string>();

/** `locale` when the runtime supports it, else `en`: content may carry odd or malformed tags. */
function usableLocale(locale: string): string {
  const known = localeSupport.get(locale);
  if (known) return known;
  let usable = 'en';
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) usable = locale;
  } catch {
    // A malformed tag throws a RangeError; `en` is as good a fallback as any.
  }
  if (localeSupport.size >= FORMATTER_LIMIT) localeSupport.clear();
  localeSupport.set(locale, usable);
  return usable;
}

function dateFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

function relativeDay(locale: string, days: number): string {
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}

function resolveZone(timeZone: string | undefined): string {
  return isValidTimeZone(timeZone) ? timeZone : runtimeTimeZone();
}

/** `09:00` — the 24-hour wall time of `date` in `timeZone` (default: the runtime's). */
export function formatTime(date: Date, locale: string, timeZone?: string): string {
  return dateFormat(usableLocale(locale), resolveZone(timeZone), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/**
 * When something opens, for a visitor: `Mon 09:00` (en), `周一 09:00` (zh-CN), in the
 * viewer's zone. With `now`, the same day reads `today 09:00` and the next
 * `tomorrow 09:00` (via `Intl.RelativeTimeFormat`); a week or more ahead adds the
 * date (`Mon, Mar 16 09:00`).
 */
export function formatOpening(date: Date, { locale, timeZone, now }: FormatOptions): string {
  const lang = usableLocale(locale);
  const zone = resolveZone(timeZone);
  const time = formatTime(date, lang, zone);
  const days = now && Number.isFinite(now.getTime()) ? daysBetween(wallClockAt(now.getTime(), zone), wallClockAt(date.getTime(), zone)) : undefined;
  if (days === 0 || days === 1) return `${relativeDay(lang, days)} ${time}`;
  const options: Intl.DateTimeFormatOptions =
    days !== undefined && days > WEEKDAY_ONLY_DAYS ? { weekday: 'short', month: 'short', day: 'numeric' } : { weekday: 'short' };
  return `${dateFormat(lang, zone, options).format(date)} ${time}`;
}

/**
 * The same instant on the support team's clock, named by its zone:
 * `Mon 09:00 (Asia/Singapore)`. Always uses the weekday: "today" would be ambiguous
 * when the two zones are on different dates.
 */
export function formatInZone(date: Date, locale: string, timeZone: string): string {
  return `${formatOpening(date, { locale, timeZone })} (${timeZone})`;
}

/** `10:00–12:00`, or `today 10:00–12:00` style when `now` is given (see {@link formatOpening}). */
export function formatRange(start: Date, end: Date, options: FormatOptions): string {
  return `${formatOpening(start, options)}–${formatTime(end, options.locale, options.timeZone)}`;
}
