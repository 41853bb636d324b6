import { findSecrets, type SecretFinding } from './find-secrets.js';
import { loadWordlists } from './wordlists.js';

export { findSecrets, redactSecrets, MIN_MNEMONIC_WORDS, type SecretFinding, type SecretKind, type Wordlists } from './find-secrets.js';
export { loadWordlists } from './wordlists.js';

/** Load the wordlists (once per call site) and scan. */
export async function scanForSecrets(text: string): Promise<SecretFinding[]> {
  return findSecrets(text, await loadWordlists());
}
