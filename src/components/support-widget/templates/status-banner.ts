import { html, nothing } from 'lit';
import type { UiStrings } from '../../../content/types.js';
import type { ServiceStatus } from '../../../status/status.js';
import { safeHref } from '../../../content/safe-url.js';
import { renderLink } from '../../rich-text.js';

/** The banner shown while the status page reports a problem: what, a link to the status page, and the way to the fallback. */
export function statusBanner(ui: UiStrings, status: ServiceStatus, statusHref: string | undefined, showFallback: () => void) {
  const href = statusHref ? safeHref(statusHref) : null;
  const details = [...status.incidents, ...status.maintenances];
  return html`<div part="status-banner" class="status-banner" data-indicator=${status.indicator} role="status">
    <strong>${ui.statusDegraded}</strong>
    ${status.description ? html`<span>${status.description}</span>` : nothing}
    ${details.length ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    <span class="banner-actions">
      ${href ? renderLink(href, ui.statusLink) : nothing}
      <button type="button" class="link" @click=${showFallback}>${ui.showFallback}</button>
    </span>
  </div>`;
}

