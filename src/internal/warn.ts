const warned = new WeakMap<object, Set<string>>();

/** `console.warn` a message about `owner` (an element) once: a bad attribute is reported, not repeated on every render. */
export function warnOnce(owner: object, message: string): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<support-widget>: ${message}`);
}
