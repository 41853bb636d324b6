/**
 * Problems found in authored sources, located in the file a person edits: `file:line:column`,
 * the field, and a message that says the fix.
 */
export interface SourceIssue {
  /** Path as the user gave it (relative to the working directory when possible). */
  file: string;
  line?: number;
  column?: number;
  /** The pack field, e.g. `question` or `contact.channels[0].value`. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** One line a person can act on: `en/reset.md:4:3 › question: must not be empty`. */
export function formatSourceIssue(i: SourceIssue): string {
  const where = i.line ? `${i.file}:${i.line}:${i.column ?? 1}` : i.file;
  return `${i.severity === 'warning' ? 'warning: ' : 'error: '}${where}${i.field ? ` › ${i.field}` : ''}: ${i.message}`;
}

export const errorsIn = (issues: SourceIssue[]) => issues.filter((i) => i.severity === 'error');

/** Prints warnings then errors, and a closing count; returns the number of errors. */
export function report(issues: SourceIssue[], log: (line: string) => void = (l) => console.error(l)): number {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  for (const i of sorted) log(formatSourceIssue(i));
  const errors = errorsIn(issues).length;
  const warnings = issues.length - errors;
  if (issues.length) log(`${errors} error(s), ${warnings} warning(s)`);
  return errors;
}

/** Levenshtein distance, capped: only small distances matter for a did-you-mean. */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** `(did you mean 'question'?)` or an empty string. */
export function didYouMean(key: string, known: readonly string[]): string {
  const near = known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? ` (did you mean '${near}'?)` : '';
}
