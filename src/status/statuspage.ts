import { fetchText } from '../internal/fetch-text.js';
import type { ServiceStatus, StatusIndicator } from './status.js';

export { isDegraded, type ServiceStatus, type StatusIndicator } from './status.js';

const INDICATORS: readonly StatusIndicator[] = ['none', 'minor', 'major', 'critical', 'maintenance'];
const MAX_TEXT = 300;

const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) : '');

function names(list: unknown, keep: (item: Record<string, unknown>) => boolean): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null && keep(i))
    .map((i) => text(i.name))
    .filter(Boolean)
    .slice(0, 5);
}

/**
 * Read an Atlassian Statuspage v2 `status.json` or `summary.json` body. Anything that is not
 * that shape throws, so the caller can log it; strings are cut to plain, short text.
 */
export function parseStatus(json: unknown): ServiceStatus {
  if (typeof json !== 'object' || json === null) throw new Error('not a JSON object');
  const status = (json as { status?: unknown }).status;
  if (typeof status !== 'object' || status === null) throw new Error('no "status" object (expected the Statuspage v2 status.json or summary.json shape)');
  const raw = (status as { indicator?: unknown }).indicator;
  const indicator = INDICATORS.includes(raw as StatusIndicator) ? (raw as StatusIndicator) : 'unknown';
  const body = json as { incidents?: unknown; scheduled_maintenances?: unknown };
  const incidents = names(body.incidents, (i) => i.status !== 'resolved' && i.status !== 'postmortem');
  const maintenances = names(body.scheduled_maintenances, (i) => i.status === 'in_progress');
  return {
    indicator: indicator === 'none' && maintenances.length ? 'maintenance' : indicator,
    description: text((status as { description?: unknown }).description),
    incidents,
    maintenances,
  };
}

/** Fetch and parse a status endpoint with a deadline (default 4 s) and a small size cap. */
export async function fetchStatus(src: string, timeoutMs = 4000): Promise<ServiceStatus> {
  const body = await fetchText(src, { timeoutMs, maxBytes: 512_000 });
  return parseStatus(JSON.parse(body));
}
