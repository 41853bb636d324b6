import type { Channel } from '../content/types.js';
import { hostToUnicode } from './punycode.js';

export type ContactKind = 'url' | 'email' | 'phone' | 'handle';

/** A contact reduced to what identifies it. */
export interface NormalizedContact {
  kind: ContactKind;
  /** Host without `www.` (url), domain (email), or empty. */
  host: string;
  /** Handle (lower case, no @), local part of an email, path of a URL, or phone digits. */
  id: string;
  /** The social network a handle or URL belongs to, when known. */
  network?: string;
  /** URL: path, query and fragment, lower case and percent-decoded (where a copied domain hides). */
  tail?: string;
  /** The host with its `xn--` (Punycode) labels decoded, when it has any. */
  unicodeHost?: string;
  raw: string;
}

const NETWORK_HOSTS: Record<string, string> = {
  'x.com': 'x', 'twitter.com': 'x', 'mobile.twitter.com': 'x',
  't.me': 'telegram', 'telegram.me': 'telegram', 'telegram.dog': 'telegram',
  'facebook.com': 'facebook', 'm.facebook.com': 'facebook', 'fb.com': 'facebook',
  'discord.gg': 'discord', 'discord.com': 'discord', 'reddit.com': 'reddit',
};
const SOCIAL_TYPES = new Set(['x', 'telegram', 'facebook', 'discord', 'reddit', 'wechat']);

/** Read a pasted contact: URL, email, phone number or social handle. */
export function normalizeContact(input: string): NormalizedContact | null {
  const raw = String(input ?? '').slice(0, 2000).trim().replace(/^<|>$/g, '');
  if (!raw) return null;
  const email = /^(?:mailto:)?([^\s@/]+)@([^\s@/]+\.[^\s@/]+)$/i.exec(raw);
  if (email) {
    const host = hostOf(email[2]);
    return { kind: 'email', host, id: email[1].toLowerCase(), raw, ...(/(^|\.)xn--/.test(host) ? { unicodeHost: hostToUnicode(host) } : {}) };
  }
  if (/^(?:tel:)?\+?[\d\s().-]{6,}$/.test(raw) && (raw.match(/\d/g) ?? []).length >= 6) {
    let digits = raw.replace(/\D/g, '');
    if (/^\s*(tel:)?00/.test(raw)) digits = digits.slice(2);
    return { kind: 'phone', host: '', id: digits, raw };
  }
  if (/^@[\w.-]+$/.test(raw)) return { kind: 'handle', host: '', id: raw.slice(1).toLowerCase(), raw };
  const looksUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || /^[^\s/]+\.[^\s/]{2,}(\/|$)/.test(raw);
  if (looksUrl) {
    const parts = urlParts(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (!parts) return null;
    const host = hostOf(parts.hostname);
    const network = NETWORK_HOSTS[host];
    const path = parts.pathname.replace(/\/+$/, '').toLowerCase();
    if (network) return { kind: 'handle', host, id: path.split('/').filter(Boolean)[0]?.replace(/^@/, '') ?? '', network, raw };
    const url: NormalizedContact = { kind: 'url', host, id: path, tail: decoded(`${parts.pathname}${parts.search}${parts.hash}`).toLowerCase(), raw };
    if (/(^|\.)xn--/.test(host)) url.unicodeHost = hostToUnicode(host);
    return url;
  }
  if (/^[\w.-]{3,}$/.test(raw)) return { kind: 'handle', host: '', id: raw.toLowerCase(), raw };
  return null;
}

/**
 * Host, path, query and fragment of a URL. The WHATWG URL rejects some hosts a browser's
 * address bar still reaches (Punycode labels it will not decode); those are read by hand.
 */
function urlParts(text: string): { hostname: string; pathname: string; search: string; hash: string } | null {
  try {
    return new URL(text);
  } catch {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([a-z0-9.-]+\.[a-z0-9-]{2,})(?::\d+)?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i.exec(text);
    return m ? { hostname: m[1], pathname: m[2] || '/', search: m[3] ?? '', hash: m[4] ?? '' } : null;
  }
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function hostOf(h: string): string {
  return h.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** The contact a configured channel stands for (its value read the same way). */
export function channelContact(channel: Channel): NormalizedContact | null {
  const c = normalizeContact(channel.value);
  if (!c) return null;
  if (c.kind === 'handle' && !c.network && SOCIAL_TYPES.has(channel.type)) c.network = channel.type;
  return c;
}
