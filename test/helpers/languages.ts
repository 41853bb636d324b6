/** Pretend the visitor's browser prefers `languages` while `fn` runs. */
export async function withLanguages<T>(languages: string[], fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'languages', { get: () => languages, configurable: true });
  try {
    return await fn();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
  }
}
