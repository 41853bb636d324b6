/**
 * The insights beacon: what the widget sends (insights-queue.ts) and the only thing the
 * collector (`support-widget insights collect`) accepts. DOM-free, so the widget, the CLI and
 * the tests share one description of the payload.
 */

/** How an answer was reached (the `source` of `sw-answer-view`). */
export const ANSWER_SOURCES = ['search', 'browse', 'deep-link', 'related'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** The events an owner can collect, with their detail. */
export type InsightEvent =
  | { type: 'search'; query: string; resultIds: string[]; empty: boolean }
  | { type: 'feedback'; id: string; helpful: boolean }
  | { type: 'answer-view'; id: string; source: AnswerSource }
  | { type: 'contact'; channel: string; channelType?: string };

/**
 * The beacon body. Deliberately minimal: no user agent, no URL, no time stamps, no
 * identifiers — only what the owner needs to improve the content.
 */
export interface InsightsPayload {
  v: 1;
  pack: string;
  locale: string;
  events: InsightEvent[];
}

/**
 * One line of the collector's NDJSON file: the checked, scrubbed beacon plus the UTC day the
 * collector received it (set by the collector's clock, never by the visitor's).
 */
export interface InsightsRecord extends InsightsPayload {
  day: string;
}

/** Longest query kept, in UTF-16 code units (the widget cuts longer ones). */
export const MAX_QUERY = 100;
/** Most events in one beacon (the widget stops queueing after this many). */
export const MAX_EVENTS = 200;
/** Most result ids listed per search (the widget shows ten at most). */
export const MAX_RESULT_IDS = 50;
/**
 * Largest beacon body in bytes. Browsers refuse `sendBeacon` and `fetch(…, { keepalive })`
 * bodies above 64 KiB, so nothing legitimate is larger.
 */
export const MAX_BEACON_BYTES = 64 * 1024;

const ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type BeaconCheck<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Errors = string[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], at: string, errors: Errors): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) errors.push(`${at}${at ? '.' : ''}${k}: unknown field (the beacon carries only ${allowed.join(', ')})`);
}

function id(v: unknown, at: string, errors: Errors): void {
  if (typeof v !== 'string' || !ID.test(v)) errors.push(`${at}: expected an id (letters, digits, "-", "_", ".", ":"; at most 100), got ${JSON.stringify(v)?.slice(0, 40)}`);
}

function bool(v: unknown, at: string, errors: Errors): void {
  if (typeof v !== 'boolean') errors.push(`${at}: expected true or false`);
}

const EVENT_KEYS = {
  search: ['type', 'query', 'resultIds', 'empty'],
  feedback: ['type', 'id', 'helpful'],
  'answer-view': ['type', 'id', 'source'],
  contact: ['type', 'channel', 'channelType'],
} as const;

function checkEvent(e: unknown, at: string, errors: Errors): void {
  if (!isObject(e)) return void errors.push(`${at}: expected an object`);
  const keys = EVENT_KEYS[e.type as keyof typeof EVENT_KEYS];
  if (!keys) return void errors.push(`${at}.type: expected one of ${Object.keys(EVENT_KEYS).join(', ')}, got ${JSON.stringify(e.type)?.slice(0, 40)}`);
  onlyKeys(e, keys, at, errors);
  switch (e.type) {
    case 'search':
      if (typeof e.query !== 'string' || e.query.length > MAX_QUERY) errors.push(`${at}.query: expected a string of at most ${MAX_QUERY} characters`);
      if (!Array.isArray(e.resultIds) || e.resultIds.length > MAX_RESULT_IDS) errors.push(`${at}.resultIds: expected a list of at most ${MAX_RESULT_IDS} ids`);
      else e.resultIds.forEach((r, i) => id(r, `${at}.resultIds[${i}]`, errors));
      bool(e.empty, `${at}.empty`, errors);
      break;
    case 'feedback':
      id(e.id, `${at}.id`, errors);
      bool(e.helpful, `${at}.helpful`, errors);
      break;
    case 'answer-view':
      id(e.id, `${at}.id`, errors);
      if (!ANSWER_SOURCES.includes(e.source as AnswerSource)) errors.push(`${at}.source: expected one of ${ANSWER_SOURCES.join(', ')}`);
      break;
    case 'contact':
      id(e.channel, `${at}.channel`, errors);
      if (e.channelType !== undefined) id(e.channelType, `${at}.channelType`, errors);
      break;
  }
}

function check(value: unknown, withDay: boolean): Errors {
  const errors: Errors = [];
  if (!isObject(value)) return ['the beacon must be a JSON object'];
  onlyKeys(value, withDay ? ['v', 'day', 'pack', 'locale', 'events'] : ['v', 'pack', 'locale', 'events'], '', errors);
  if (value.v !== 1) errors.push(`v: expected 1, got ${JSON.stringify(value.v)?.slice(0, 20)}`);
  if (withDay && (typeof value.day !== 'string' || !DAY.test(value.day))) errors.push('day: expected YYYY-MM-DD');
  id(value.pack, 'pack', errors);
  if (typeof value.locale !== 'string' || !LOCALE.test(value.locale)) errors.push(`locale: expected a language tag such as "en" or "zh-CN"`);
  if (!Array.isArray(value.events) || value.events.length === 0 || value.events.length > MAX_EVENTS) errors.push(`events: expected a list of 1 to ${MAX_EVENTS} events`);
  else for (let i = 0; i < value.events.length && errors.length < 10; i++) checkEvent(value.events[i], `events[${i}]`, errors);
  return errors.slice(0, 10);
}

/**
 * Check a parsed beacon body against the payload the widget sends. Unknown fields are errors,
 * so nothing identifying can ride along. Errors name the field (`events[2].query: …`).
 */
export function checkBeacon(value: unknown): BeaconCheck<InsightsPayload> {
  const errors = check(value, false);
  return errors.length ? { ok: false, errors } : { ok: true, value: value as InsightsPayload };
}

/** Check one parsed line of the collector's file (a beacon plus its `day`). */
export function checkRecord(value: unknown): BeaconCheck<InsightsRecord> {
  const errors = check(value, true);
  return errors.length ? { ok: false, errors } : { ok: true, value: value as InsightsRecord };
}

/** The UTC day of `date` as YYYY-MM-DD: the only time the collector keeps. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
