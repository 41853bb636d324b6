import { findSecrets, loadWordlists, redactSecrets, type SecretFinding, type Wordlists } from './index.js';

export interface GuardVerdict {
  blocked: boolean;
  findings: SecretFinding[];
}

let lists: Promise<Wordlists> | undefined;

/**
 * Check text that is about to leave the page (copied, emailed, sent). The BIP39 wordlists
 * are a separate chunk, fetched on first use; calling with '' warms them up when the
 * drafter opens.
 */
export async function guardSecrets(text: string): Promise<GuardVerdict> {
  lists ??= loadWordlists();
  const findings = findSecrets(text, await lists);
  return { blocked: findings.length > 0, findings };
}

/** Text with every secret replaced by a marker, for anything the widget itself sends (insights). */
export async function scrubSecrets(text: string): Promise<string> {
  const { findings } = await guardSecrets(text);
  return redactSecrets(text, findings);
}
