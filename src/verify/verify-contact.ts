import type { Channel } from '../content/types.js';
import { normalizeContact, channelContact, type ContactKind, type NormalizedContact } from './normalize-contact.js';
import { skeleton, hasNonAscii } from './confusables.js';

export type VerifyReason =
  | 'empty'
  | 'not-listed'
  | 'punycode'
  | 'confusable-characters'
  | 'edit-distance'
  | 'extra-characters'
  | 'subdomain-trick'
  | 'official-in-path'
  | 'different-domain'
  | 'different-network'
  | 'placeholder';

export interface VerifyResult {
  /**
   * `placeholder`: the input is a channel the pack marks as demo data (`placeholder: true`):
   * not a real channel, so it never verifies as official.
   */
  verdict: 'official' | 'placeholder' | 'lookalike' | 'unknown' | 'invalid';
  kind: ContactKind;
  /** The channel the input is (official or placeholder). */
  matched?: Channel;
  resembles?: Channel;
  reasons: VerifyReason[];
  /** A Punycode (`xn--`) host as people read it, e.g. `еxample.com` with a Cyrillic е. */
  decoded?: string;
}

/** Damerau–Levenshtein (optimal string alignment) distance, capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** `help.example.com` is under `example.com`. */
const under = (host: string, official: string) => host === official || host.endsWith(`.${official}`);
const firstLabel = (host: string) => host.split('.').slice(0, -1).join('.') || host;

/** Only the last two labels: enough to compare `examp1e.com` with `example.com`. */
const registrable = (host: string) => host.split('.').slice(-2).join('.');

function sameContact(a: NormalizedContact, o: NormalizedContact): boolean {
  switch (a.kind) {
    case 'url':
      return o.kind === 'url' && !hasNonAscii(a.host) && under(a.host, o.host);
    case 'email':
      return o.kind === 'email' && a.host === o.host && a.id === o.id;
    case 'phone':
      // A number typed without its country code matches when the rest is the same.
      return o.kind === 'phone' && (a.id === o.id || (a.id.length >= 7 && o.id.endsWith(a.id)));
    case 'handle':
      return o.kind === 'handle' && a.id === o.id && (!a.network || !o.network || a.network === o.network);
  }
}

/** Why `a` looks like the official `o` without being it, or null. */
function lookalike(a: NormalizedContact, o: NormalizedContact): VerifyReason[] | null {
  const reasons: VerifyReason[] = [];
  const sites = (k: string) => k === 'url' || k === 'email';
  let [mine, theirs] =
    sites(a.kind) && sites(o.kind) && o.host
      ? [a.host, o.host]
      : a.kind === 'handle' && o.kind === 'handle'
        ? [a.id, o.id]
        : [null, null];
  if (!mine || !theirs) return null;
  if (a.kind === 'url' || a.kind === 'email') {
    // The official domain copied into the path or query of another site: evil.io/example.com, ?u=example.com
    if (a.tail && new RegExp(`(^|[^a-z0-9-])${theirs.replace(/[.]/g, '\\.')}([^a-z0-9-]|$)`).test(a.tail)) reasons.push('official-in-path');
  }
  // A Punycode host is judged by what it shows: xn--xample-2of.com reads еxample.com.
  const shown = a.unicodeHost ?? mine;
  if (hasNonAscii(shown)) reasons.push('confusable-characters');
  if (a.kind === 'url' || a.kind === 'email') {
    mine = shown;
    // example.com.evil.io, evil.io/example.com, example-support.com
    const base = firstLabel(theirs);
    if (mine.includes(`${theirs}.`) || mine.startsWith(`${base}.`)) reasons.push('subdomain-trick');
    const myBase = firstLabel(registrable(mine));
    if (skeleton(myBase) === skeleton(base) && registrable(mine) !== registrable(theirs)) reasons.push(myBase === base ? 'different-domain' : 'confusable-characters');
    else if (editDistance(skeleton(myBase), skeleton(base), 2) <= 2 && myBase !== base) reasons.push('edit-distance');
    if (myBase !== base && (myBase.includes(base) || skeleton(myBase).includes(skeleton(base)))) reasons.push('extra-characters');
  } else {
    if (skeleton(mine) === skeleton(theirs)) reasons.push(mine.replace(/[._-]/g, '') === theirs.replace(/[._-]/g, '') ? 'extra-characters' : 'confusable-characters');
    else if (editDistance(skeleton(mine), skeleton(theirs), 2) <= 2) reasons.push('edit-distance');
    else if (skeleton(mine).includes(skeleton(theirs))) reasons.push('extra-characters');
  }
  if (!reasons.length || (reasons.length === 1 && reasons[0] === 'confusable-characters' && !resemble(shown, theirs))) return null;
  if (a.unicodeHost) reasons.unshift('punycode');
  return [...new Set(reasons)];
}

/** Whether a non-ASCII host's skeleton is near the official one (a Chinese or German domain is not a look-alike by itself). */
function resemble(host: string, official: string): boolean {
  const [a, b] = [skeleton(firstLabel(registrable(host))), skeleton(firstLabel(official))];
  return a === b || editDistance(a, b, 2) <= 2 || a.includes(b);
}

/**
 * Is `input` one of the official `channels`? `official` only for an exact match after
 * normalisation (case, www., scheme, trailing slash, @, t.me/telegram.me, x.com/twitter.com,
 * phone formatting and country prefix); a channel marked `placeholder` is demo data and
 * gives `placeholder`, never `official`. Look-alikes of an official domain or handle (edit
 * distance, extra characters, homoglyphs, a Punycode host whose decoded form resembles it,
 * subdomain tricks, the official domain in another site's path or query) are flagged.
 * Never throws.
 */
export function verifyContact(input: string, channels: readonly Channel[]): VerifyResult {
  let contact: NormalizedContact | null = null;
  try {
    contact = normalizeContact(input);
  } catch {
    contact = null;
  }
  if (!contact) return { verdict: 'invalid', kind: 'handle', reasons: ['empty'] };
  const official = channels.map((ch) => ({ ch, c: safeChannel(ch) })).filter((x): x is { ch: Channel; c: NormalizedContact } => !!x.c);
  const decoded = contact.unicodeHost ? { decoded: contact.unicodeHost } : {};
  for (const { ch, c } of official)
    if (sameContact(contact, c)) return ch.placeholder ? { verdict: 'placeholder', kind: contact.kind, matched: ch, reasons: ['placeholder'] } : { verdict: 'official', kind: contact.kind, matched: ch, reasons: [] };
  // Compare with channels of the same kind first, so a fake site is reported against the website.
  const byKind = [...official].sort((a, b) => Number(b.c.kind === contact!.kind) - Number(a.c.kind === contact!.kind));
  for (const { ch, c } of byKind) {
    const reasons = lookalike(contact, c);
    if (reasons) return { verdict: 'lookalike', kind: contact.kind, resembles: ch, reasons, ...decoded };
  }
  const reasons: VerifyReason[] = ['not-listed'];
  if (contact.unicodeHost) reasons.push('punycode');
  return { verdict: 'unknown', kind: contact.kind, reasons, ...decoded };
}

function safeChannel(ch: Channel): NormalizedContact | null {
  try {
    return channelContact(ch);
  } catch {
    return null;
  }
}
