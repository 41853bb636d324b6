import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Channel, ContentPack, FallbackItem } from '../../content/types.js';
import type { VerifyResult } from '../../verify/index.js';
import { renderBlocks, renderLink } from '../rich-text.js';
import { safeHref } from '../../content/safe-url.js';
import { fallbackViewStyles } from './fallback-view.styles.js';
import { requestView } from '../../events/view-request.js';

/**
 * "Can't reach support?": why support may be unreachable, what to do meanwhile, how to
 * escalate, a "stay safe" block that is always visible, and a tool that checks whether a
 * contact is on the official list. The checker's code loads on first use.
 *
 * @summary Fallback guidance and contact verification. Internal to `<support-widget>`.
 * @csspart fallback - The fallback view container.
 * @csspart safety - The always-visible "stay safe" block.
 * @csspart verify - The contact checker.
 */
export class FallbackView extends LitElement {
  static override styles = fallbackViewStyles;

  @property({ attribute: false }) pack!: ContentPack;
  /** Official channels the checker compares against. */
  @property({ attribute: false }) channels: Channel[] = [];
  /** A reason to show first, set by the widget when it knows why support is unreachable now. */
  @property({ attribute: false }) notice?: string;

  @state() private result?: VerifyResult;
  @state() private checking = false;

  private async verify(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('contact') as HTMLInputElement;
    this.checking = true;
    const { verifyContact } = await import('../../verify/index.js');
    this.result = verifyContact(input.value, this.channels);
    this.checking = false;
  }

  private jumpToCategory(id: string): void {
    requestView(this, { view: 'faq', category: id });
  }

  private renderItem(item: FallbackItem) {
    const href = item.link ? safeHref(item.link.href) : null;
    return html`<li class=${item.caution ? 'item caution' : 'item'} data-id=${item.id}>
      <h4>${item.title}</h4>
      ${renderBlocks(item.body)}
      ${href && item.link ? html`<p>${renderLink(href, item.link.label)}</p>` : nothing}
      ${item.faqCategory
        ? html`<button type="button" class="link" @click=${() => this.jumpToCategory(item.faqCategory!)}>
            ${this.pack.categories.find((c) => c.id === item.faqCategory)?.label ?? item.faqCategory}
          </button>`
        : nothing}
    </li>`;
  }

  private renderVerdict() {
    const r = this.result;
    if (!r) return nothing;
    const ui = this.pack.ui;
    if (r.verdict === 'invalid') return nothing;
    const official = r.verdict === 'official';
    const text = official ? ui.verifyOfficial : r.verdict === 'placeholder' ? ui.verifyPlaceholder : r.verdict === 'lookalike' ? ui.verifyLookalike : ui.verifyNotOfficial;
    return html`<div class=${official ? 'verdict ok' : 'verdict bad'} data-verdict=${r.verdict}>
      <p><strong>${text}</strong></p>
      ${r.decoded ? html`<p class="decoded" lang="und"><bdi>${r.decoded}</bdi></p>` : nothing}
      ${r.matched ? html`<p>${r.matched.label}: ${r.matched.value}</p>` : nothing}
      ${r.verdict === 'lookalike' && r.resembles ? html`<p>${ui.verifyResembles} ${r.resembles.value}</p>` : nothing}
      ${official ? nothing : renderBlocks(this.pack.fallback.safety)}
    </div>`;
  }

  override render() {
    if (!this.pack) return nothing;
    const ui = this.pack.ui;
    const fb = this.pack.fallback;
    return html`<div part="fallback">
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <p>${ui.fallbackIntro}</p>
      <section part="safety" class="safety" aria-labelledby="safety-h">
        <h3 id="safety-h">${ui.staySafe}</h3>
        ${renderBlocks(fb.safety)}
      </section>
      <h3>${ui.whyUnreachable}</h3>
      <ul class="items">${fb.reasons.map((i) => this.renderItem(i))}</ul>
      <h3>${ui.whatYouCanDo}</h3>
      <ul class="items">${fb.actions.map((i) => this.renderItem(i))}</ul>
      <h3>${ui.escalation}</h3>
      ${renderBlocks(fb.escalation)}
      <section part="verify" class="verify" aria-labelledby="verify-h">
        <h3 id="verify-h">${ui.verifyTitle}</h3>
        <form @submit=${this.verify}>
          <label for="contact">${ui.verifyLabel}</label>
          <div class="row">
            <input id="contact" name="contact" autocomplete="off" spellcheck="false" maxlength="500" required />
            <button type="submit" class="btn primary" ?disabled=${this.checking}>${ui.verifyButton}</button>
          </div>
        </form>
        <div role="status" aria-live="polite">${this.renderVerdict()}</div>
      </section>
    </div>`;
  }
}
