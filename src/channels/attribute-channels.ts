import type { Channel, ChannelType } from '../content/types.js';
import { channelHref } from './channel-link.js';

/** Attributes that set one channel each: the common case without writing a pack. */
export const CHANNEL_ATTRIBUTES: Record<string, ChannelType> = {
  email: 'email',
  phone: 'phone',
  'chat-url': 'live-chat',
  website: 'website',
};

/**
 * Apply channel attributes to a channel list: an attribute replaces the value of the
 * channel of its type (keeping hours, notes and priority, and dropping the placeholder
 * mark) or adds one. Values that cannot be a safe link are reported, not used.
 */
export function applyChannelAttributes(channels: readonly Channel[], values: Partial<Record<string, string | null | undefined>>, warn: (message: string) => void): Channel[] {
  const out = channels.map((c) => ({ ...c }));
  for (const [attr, type] of Object.entries(CHANNEL_ATTRIBUTES)) {
    const value = values[attr]?.trim();
    if (!value) continue;
    const existing = out.find((c) => c.type === type);
    const candidate: Channel = { ...(existing ?? { id: `attr-${type}`, label: value, priority: 100 }), type, value, placeholder: undefined };
    if (!channelHref(candidate)) {
      warn(`${attr}="${value}" is not a usable ${type === 'email' ? 'email address' : type === 'phone' ? 'international phone number (+…)' : 'https:// URL'}; ignoring it.`);
      continue;
    }
    delete candidate.placeholder;
    if (existing) out[out.indexOf(existing)] = candidate;
    else out.push(candidate);
  }
  return out;
}

/** Channel values set through the element's attributes. */
export interface ChannelAttributeValues {
  email?: string;
  phone?: string;
  chatUrl?: string;
  website?: string;
}

/** `channels` with the channel attributes of `values` applied (the same list when none is set). */
export function withChannelAttributes(channels: Channel[], values: ChannelAttributeValues, warn: (message: string) => void): Channel[] {
  const { email, phone, chatUrl, website } = values;
  if (!email && !phone && !chatUrl && !website) return channels;
  return applyChannelAttributes(channels, { email, phone, 'chat-url': chatUrl, website }, warn);
}
