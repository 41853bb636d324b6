/** Run `fn` while collecting what it writes to console[level]; the console is restored after. */
export async function captureConsole<T>(level: 'warn' | 'error', fn: () => Promise<T> | T): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    return { result: await fn(), lines };
  } finally {
    console[level] = original;
  }
}
