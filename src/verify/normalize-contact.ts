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
  /**
   * Where a copied domain hides, lower case and percent-decoded: a URL's user info, path,
   * query and fragment; an email's local part.
   */
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
    // The local part is where a copied domain hides in an address: example.com@evil.io.
    const id = email[1].toLowerCase();
    const unicodeHost = shownHost(host);
    return { kind: 'email', host, id, tail: decoded(id), raw, ...(unicodeHost ? { unicodeHost } : {}) };
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
    // The user-info part counts as tail: https://example.com@evil.io goes to evil.io.
    const userinfo = parts.username ? `${parts.username}${parts.password ? `:${parts.password}` : ''}@` : '';
    const url: NormalizedContact = { kind: 'url', host, id: path, tail: decoded(`${userinfo}${parts.pathname}${parts.search}${parts.hash}`).toLowerCase(), raw };
    const unicodeHost = shownHost(host);
    if (unicodeHost) url.unicodeHost = unicodeHost;
    return url;
  }
  if (/^[\w.-]{3,}$/.test(raw)) return { kind: 'handle', host: '', id: raw.toLowerCase(), raw };
  return null;
}

/**
 * Host, path, query and fragment of a URL. The WHATWG URL rejects some hosts a browser's
 * address bar still reaches (Punycode labels it will not decode); those are read by hand.
 */
function urlParts(text: string): { hostname: string; pathname: string; search: string; hash: string; username: string; password: string } | null {
  try {
    return new URL(text);
  } catch {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:([^@/?#\s:]*)(?::([^@/?#\s]*))?@)?([a-z0-9.-]+\.[a-z0-9-]{2,})(?::\d+)?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i.exec(text);
    return m ? { username: m[1] ?? '', password: m[2] ?? '', hostname: m[3], pathname: m[4] || '/', search: m[5] ?? '', hash: m[6] ?? '' } : null;
  }
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A host with Punycode labels as people read it, when at least one label decodes (xn--zz does not). */
function shownHost(host: string): string | undefined {
  if (!/(^|\.)xn--/.test(host)) return undefined;
  const shown = hostToUnicode(host);
  return shown === host ? undefined : shown;
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
