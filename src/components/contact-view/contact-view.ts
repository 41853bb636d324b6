import { LitElement, html, nothing } from 'lit';
import { uiLocaleOf } from '../content-lang.js';
import { property, state } from 'lit/decorators.js';
import type { Channel, ContentPack } from '../../content/types.js';
import { channelStatus, rankChannels, fastestOpen, bestTimeHint, type ChannelStatus } from '../../availability/index.js';
import { channelHref } from '../../channels/channel-link.js';
import { t } from '../../i18n/format.js';
import { emit } from '../../internal/emit.js';
import { renderLink } from '../rich-text.js';
import { formatDuration } from '../../i18n/duration.js';
import { contactViewStyles } from './contact-view.styles.js';
import { requestView } from '../../events/view-request.js';

/** How often open/closed badges are re-evaluated while the view is shown. */
const TICK_MS = 30_000;

/**
 * The Contact view: official channels, open now or when they open in the visitor's time
 * zone, the fastest way right now, and the "before you contact us" checklist.
 *
 * @summary Official contact channels with live availability. Internal to `<support-widget>`.
 * @fires sw-contact - A channel link was followed.
 * @csspart channel - One channel.
 * @csspart channel-status - The open/closed badge of a channel.
 * @csspart checklist - The "before you contact us" checklist.
 * @csspart fallback-prompt - The offer to open "Can't reach support?" when support looks unreachable.
 * @csspart best-time - The best-time-to-contact hint.
 */
export class ContactView extends LitElement {
  static override styles = contactViewStyles;

  /** The active content pack (UI strings, peak hours). */
  @property({ attribute: false }) pack!: ContentPack;
  /** Channels to show (the pack's, or the host's `channels`). */
  @property({ attribute: false }) channels: Channel[] = [];
  /** Why support may be unreachable now; shows an offer to open the fallback view. */
  @property({ attribute: false }) notice?: string;
  /** A problem description for the message drafter (the search no answer fitted). */
  @property({ attribute: false }) draft = '';
  /** The visitor's time zone; defaults to the browser's. */
  @property({ attribute: false }) timeZone?: string;
  /** The clock (tests and the fallback prompt read it). */
  @state() now = new Date();

  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (!this.hidden) this.now = new Date();
    }, TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  /** The language the interface strings are in: times, durations and plurals follow it. */
  private get uiLocale(): string {
    return uiLocaleOf(this.pack);
  }

  private get zone(): string {
    return this.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private offerFallback(): void {
    requestView(this, { view: 'fallback' });
  }

  private onFollow(channel: Channel): void {
    emit(this, 'sw-contact', { channel: channel.id, type: channel.type });
  }

  private renderStatus(status: ChannelStatus) {
    const ui = this.pack.ui;
    switch (status.state) {
      case 'open':
        return html`<span part="channel-status" class="badge open">${ui.openNow}</span>`;
      case 'always':
        return html`<span part="channel-status" class="badge open">${ui.alwaysOpen}</span>`;
      case 'no-hours':
        return html`<span part="channel-status" class="badge neutral">${ui.noHours}</span>`;
      default:
        return html`<span part="channel-status" class="badge closed">${ui.closed}</span>
          ${status.opensAtLabel
            ? html`<span class="opens" title=${status.supportZoneLabel ? t(ui, 'supportTime', { time: status.supportZoneLabel }) : nothing}>
                ${t(ui, 'opensAt', { time: status.opensAtLabel })}
              </span>`
            : nothing}`;
    }
  }

  private renderChannel(channel: Channel, fastest: boolean) {
    const ui = this.pack.ui;
    const status = channelStatus(channel, this.now, { locale: this.uiLocale, timeZone: this.zone });
    const href = channelHref(channel);
    return html`<li part="channel" class=${fastest ? 'channel fastest' : 'channel'} data-channel=${channel.id} data-state=${status.state}>
      <div class="line">
        <span class="label">${channel.label}</span>
        ${fastest ? html`<span class="badge accent">${ui.fastestNow}</span>` : nothing}
        ${channel.placeholder ? html`<span class="badge placeholder" title=${ui.placeholderBadge}>${ui.placeholderBadge}</span>` : nothing}
      </div>
      <div class="line">${this.renderStatus(status)}</div>
      <div class="line value">
        ${href ? html`<span @click=${() => this.onFollow(channel)}>${renderLink(href, channel.value)}</span>` : html`<span>${channel.value}</span>`}
      </div>
      ${channel.responseMinutes !== undefined
        ? html`<div class="line muted">${t(ui, 'responseTime', { time: formatDuration(channel.responseMinutes, this.uiLocale) })}</div>`
        : nothing}
      ${status.supportZoneLabel && status.state === 'closed'
        ? html`<details class="muted"><summary>${ui.hoursDetails}</summary>${t(ui, 'supportTime', { time: status.supportZoneLabel })}</details>`
        : nothing}
      ${channel.notes ? html`<p class="muted notes">${channel.notes}</p>` : nothing}
    </li>`;
  }

  override render() {
    if (!this.pack) return nothing;
    const ui = this.pack.ui;
    const ranked = rankChannels(this.channels, this.now);
    const fastest = fastestOpen(this.channels, this.now);
    const hint = bestTimeHint(this.pack.contact.peakHours, this.now, { locale: this.uiLocale, timeZone: this.zone });
    return html`
      ${this.notice
        ? html`<div class="warning prompt" part="fallback-prompt" role="status">
            <p>${this.notice}</p>
            <button type="button" class="btn primary" @click=${this.offerFallback}>${ui.showFallback}</button>
          </div>`
        : nothing}
      <p>${ui.contactIntro}</p>
      ${hint?.label ? html`<p class="hint" part="best-time">${t(ui, 'bestTime', { time: hint.label })}</p>` : nothing}
      <ul class="channels">
        ${ranked.map((c) => this.renderChannel(c, c === fastest))}
      </ul>
      <sw-contact-checklist exportparts="checklist" .pack=${this.pack} .channels=${this.channels} .draft=${this.draft}></sw-contact-checklist>
    `;
  }
}
