import { html, nothing } from 'lit';
import type { Channel, ContentPack } from '../../../content/types.js';
import { channelHref } from '../../../channels/channel-link.js';
import { renderBlocks, renderLink } from '../../rich-text.js';

/** The channels as plain links, with the Contact view's intro. */
function channelList(pack: ContentPack, channels: Channel[]) {
  const ui = pack.ui;
  return html`<p>${ui.contactIntro}</p>
    <ul>
      ${channels.map((c) => {
        const href = channelHref(c);
        const text = `${c.label}: ${c.value}${c.placeholder ? ` (${ui.placeholderBadge})` : ''}`;
        return html`<li>${href ? renderLink(href, text) : text}</li>`;
      })}
    </ul>`;
}

/*
 * Until the FAQ view's chunk is defined (it loads beside the pack, so rarely after the panel
 * shows), its element holds this busy placeholder; the upgraded view renders in its shadow root.
 */
export const plainFaq = html`<div class="plain" aria-busy="true"></div>`;

/*
 * Until the Contact and fallback views' chunk is defined (or if it fails to load), the view
 * elements show this light-DOM content: the official channels as plain links and the
 * stay-safe advice, so nobody is left without them.
 */

export const plainContact = (pack: ContentPack, channels: Channel[]) => html`<div class="plain" aria-busy="true">${channelList(pack, channels)}</div>`;

export const plainFallback = (pack: ContentPack) => html`<div class="plain" aria-busy="true">
  <p>${pack.ui.fallbackIntro}</p>
  <h3>${pack.ui.staySafe}</h3>
  ${renderBlocks(pack.fallback.safety)}
</div>`;

/**
 * The FAQ tab when the site's content failed and no copy of it is at hand: say so, list the
 * channels the site configured and the built-in stay-safe advice.
 */
export function unavailable(pack: ContentPack, channels: Channel[], ids: { view: string; tab: string }, hidden: boolean) {
  return html`<div id=${ids.view} role="tabpanel" tabindex="-1" aria-labelledby=${ids.tab} part="unavailable" class="plain" ?hidden=${hidden}>
    <p role="status">${pack.ui.contentUnavailable} ${pack.ui.contentUnavailableHint}</p>
    ${channels.length ? channelList(pack, channels) : nothing}
    <h3>${pack.ui.staySafe}</h3>
    ${renderBlocks(pack.fallback.safety)}
  </div>`;
}
