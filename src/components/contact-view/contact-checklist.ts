import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Channel, ContentPack } from '../../content/types.js';
import { buildContactSummary, describeEnvironment, type ContactDetails, type EnvironmentLabels } from '../../channels/contact-summary.js';
import { channelHref } from '../../channels/channel-link.js';
import { guardSecrets, type GuardVerdict } from '../../secrets/secret-guard.js';
import { emit } from '../../internal/emit.js';
import { checklistStyles } from './contact-checklist.styles.js';

/**
 * "Before you contact us": what to prepare, a form that builds a summary to copy or send by
 * email, and the secret guard that blocks recovery phrases and keys before anything leaves
 * the page. The guard's wordlists load when the checklist is first opened.
 *
 * @summary Contact-ready checklist and message drafter. Internal to `<support-widget>`.
 * @csspart checklist - The checklist container.
 */
export class ContactChecklist extends LitElement {
  static override styles = checklistStyles;

  @property({ attribute: false }) pack!: ContentPack;
  @property({ attribute: false }) channels: Channel[] = [];
  /**
   * What the visitor searched for without finding an answer: it starts the problem field (and
   * opens the checklist), unless they already wrote there. Checked by the secret guard like typing.
   */
  @property({ attribute: false }) draft = '';

  @state() private details: ContactDetails = {};
  @state() private verdict: GuardVerdict = { blocked: false, findings: [] };
  @state() private copied = false;
  /** The latest secret check (tests and `release()` wait on it). */
  private checking: Promise<GuardVerdict> = Promise.resolve({ blocked: false, findings: [] });

  private envLabels(): EnvironmentLabels {
    const ui = this.pack.ui;
    return {
      browser: ui.fieldBrowser,
      os: ui.fieldOs,
      device: ui.fieldDevice,
      language: ui.fieldLanguage,
      timeZone: ui.fieldTimeZone,
      page: ui.fieldPage,
    };
  }

  /** The summary as it would leave the page. */
  summary(): string {
    const env = describeEnvironment(navigator.userAgent, {
      language: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      page: location.origin + location.pathname,
    });
    return buildContactSummary(this.details, this.pack.checklist, env, this.envLabels());
  }

  private async onInput(field: string, value: string): Promise<void> {
    this.details = { ...this.details, [field]: value };
    this.copied = false;
    // Check the text exactly as it would leave: the field labels are part of the context (a TxID label makes a 64-hex string a hash).
    const check = (this.checking = guardSecrets(this.summary()));
    const verdict = await check;
    if (check === this.checking) this.verdict = verdict;
  }

  /** Check again right before anything leaves: typing may still be settling. */
  private async release(): Promise<string | null> {
    const text = this.summary();
    this.verdict = await guardSecrets(text);
    return this.verdict.blocked ? null : text;
  }

  private async copy(): Promise<void> {
    const text = await this.release();
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
    } catch {
      // Clipboard permission denied (insecure context, iframe policy): select the text for a manual copy.
      const out = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea.out');
      if (out) {
        out.value = text;
        out.hidden = false;
        out.select();
      }
    }
  }

  private async sendEmail(channel: Channel): Promise<void> {
    const text = await this.release();
    if (text === null) return;
    const problem = this.details[this.pack.checklist.find((f) => f.multiline)?.id ?? 'problem'];
    const href = channelHref(channel, { subject: `${this.pack.meta.product}: ${problem?.slice(0, 80) || this.pack.ui.checklistTitle}`, body: text });
    if (!href) return;
    emit(this, 'sw-contact', { channel: channel.id, type: channel.type });
    location.href = href;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('draft') || !this.draft || this.details.problem) return;
    const problem = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[name="problem"]');
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details');
    if (!problem || !details) return;
    problem.value = this.draft;
    details.open = true;
    void this.onInput('problem', this.draft);
  }

  override render() {
    if (!this.pack) return nothing;
    const ui = this.pack.ui;
    const email = this.channels.find((c) => c.type === 'email');
    const blocked = this.verdict.blocked;
    return html`<details part="checklist" class="checklist" @toggle=${() => guardSecrets('')}>
      <summary>${ui.checklistTitle}</summary>
      <p class="warning" part="warning">${ui.checklistNever}</p>
      ${this.pack.checklist.map(
        (f) => html`<label>
          <span>${f.label}</span>
          ${f.multiline
            ? html`<textarea name=${f.id} rows="3" maxlength="2000" @input=${(e: Event) => this.onInput(f.id, (e.target as HTMLTextAreaElement).value)}></textarea>`
            : html`<input name=${f.id} maxlength="300" autocomplete="off" spellcheck="false" @input=${(e: Event) => this.onInput(f.id, (e.target as HTMLInputElement).value)} />`}
        </label>`,
      )}
      <div class="secret-alert" role="alert">${blocked ? html`<p class="blocked" part="secret-blocked"><strong>${ui.draftBlocked}</strong></p>` : nothing}</div>
      <div class="actions">
        <button type="button" class="btn primary" ?disabled=${blocked} @click=${this.copy}>${this.copied ? ui.copied : ui.copySummary}</button>
        ${email && channelHref(email) ? html`<button type="button" class="btn" ?disabled=${blocked} @click=${() => this.sendEmail(email)}>${ui.draftEmail}</button>` : nothing}
      </div>
      <textarea class="out" readonly hidden aria-label=${ui.copySummary}></textarea>
      <p class="sr-only" aria-live="polite">${this.copied ? ui.copied : ''}</p>
    </details>`;
  }
}
