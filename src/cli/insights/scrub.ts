import { findSecrets, redactSecrets, type Wordlists } from '../../secrets/find-secrets.js';
import { loadWordlists } from '../../secrets/wordlists.js';
import type { InsightEvent, InsightsPayload } from '../../insights/beacon-schema.js';

/**
 * The server side of the secret guard: the widget already redacts queries, but a beacon may
 * come from an old or modified widget, so every text field is scanned again before it is stored.
 */
export async function createScrubber(): Promise<(payload: InsightsPayload) => InsightsPayload> {
  const lists: Wordlists = await loadWordlists();
  const scrub = (text: string) => {
    const findings = findSecrets(text, lists);
    return findings.length ? redactSecrets(text, findings) : text;
  };
  const event = (e: InsightEvent): InsightEvent => {
    switch (e.type) {
      case 'search':
        return { ...e, query: scrub(e.query), resultIds: e.resultIds.map(scrub) };
      case 'contact':
        return { ...e, channel: scrub(e.channel), ...(e.channelType === undefined ? {} : { channelType: scrub(e.channelType) }) };
      default:
        return { ...e, id: scrub(e.id) };
    }
  };
  return (p) => ({ ...p, pack: scrub(p.pack), events: p.events.map(event) });
}
