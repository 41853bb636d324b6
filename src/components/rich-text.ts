import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Rich, Span } from '../content/types.js';
import { safeHref } from '../content/safe-url.js';

/**
 * Render structured answer text. Everything becomes text nodes through Lit bindings;
 * links pass `safeHref` again at render time because runtime packs may be hostile.
 */
export function renderBlocks(blocks: readonly Block[]): TemplateResult[] {
  return blocks.map((b) => {
    switch (b.type) {
      case 'p':
        return html`<p>${renderRich(b.content)}</p>`;
      case 'ul':
        return html`<ul>${b.items.map((i) => html`<li>${renderRich(i)}</li>`)}</ul>`;
      case 'ol':
        return html`<ol>${b.items.map((i) => html`<li>${renderRich(i)}</li>`)}</ol>`;
      case 'warning':
        return html`<p class="warning" part="warning" role="note">${renderRich(b.content)}</p>`;
      default:
        return html``;
    }
  });
}

export function renderRich(rich: Rich): unknown {
  return typeof rich === 'string' ? rich : rich.map(renderSpan);
}

function renderSpan(span: Span): unknown {
  if (typeof span === 'string') return span;
  let out: unknown = span.text;
  if (span.em) out = html`<em>${out}</em>`;
  if (span.strong) out = html`<strong>${out}</strong>`;
  const href = span.href ? safeHref(span.href) : null;
  if (href) out = renderLink(href, out);
  return out;
}

/** External links open in a new tab without giving the opened page a handle on the host. */
export function renderLink(href: string, content: unknown, part?: string): TemplateResult {
  const external = href.startsWith('https:');
  return html`<a
    href=${href}
    part=${part ?? nothing}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    >${content}</a
  >`;
}
