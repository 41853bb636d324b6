const ALLOWED = new Set(['https:', 'mailto:', 'tel:']);

/**
 * The URL when its scheme is `https:`, `mailto:` or `tel:`, else null. Control characters
 * and whitespace are removed before the scheme is read, the way browsers do, so
 * `java\tscript:`, ` JaVaScRiPt:` and entity tricks cannot slip through. Relative URLs are
 * rejected: a pack's links must say where they go.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 4096) return null;
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!m || !ALLOWED.has(`${m[1].toLowerCase()}:`)) return null;
  if (m[1].toLowerCase() === 'https') {
    try {
      const url = new URL(href.trim());
      return url.protocol === 'https:' && url.hostname ? href.trim() : null;
    } catch {
      return null;
    }
  }
  return href.trim();
}

/** True for an absolute `https:` URL with a host. */
export function isHttpsUrl(value: unknown): boolean {
  return typeof value === 'string' && safeHref(value) !== null && /^https:/i.test(value.trim());
}
