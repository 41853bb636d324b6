import type { Channel } from '../content/types.js';
import { safeHref } from '../content/safe-url.js';

const SOCIAL_BASE: Partial<Record<Channel['type'], string>> = {
  x: 'https://x.com/',
  telegram: 'https://t.me/',
  facebook: 'https://www.facebook.com/',
  reddit: 'https://www.reddit.com/',
  discord: 'https://discord.gg/',
};

/** Prefill for email links: the prepared summary goes in the body. */
export interface MailDraft {
  subject?: string;
  body?: string;
}

/**
 * The link a visitor follows for a channel, or null when the channel has no safe link
 * (WeChat IDs, malformed values). Only https:, mailto: and tel: ever come out.
 */
export function channelHref(channel: Channel, draft: MailDraft = {}): string | null {
  const value = channel.value.trim();
  switch (channel.type) {
    case 'email': {
      const address = value.replace(/^mailto:/i, '');
      if (!/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(address)) return null;
      const params = new URLSearchParams();
      if (draft.subject) params.set('subject', draft.subject);
      if (draft.body) params.set('body', draft.body);
      const query = params.toString().replace(/\+/g, '%20');
      return `mailto:${address}${query ? `?${query}` : ''}`;
    }
    case 'phone': {
      const digits = value.replace(/^tel:/i, '').replace(/[^\d+]/g, '');
      return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : null;
    }
    case 'wechat':
      return safeHref(value);
    default: {
      const base = SOCIAL_BASE[channel.type];
      if (base && /^@?[\w.-]+$/.test(value)) return base + value.replace(/^@/, '');
      return safeHref(value);
    }
  }
}
