import type { Wordlists } from './find-secrets.js';

/** The BIP39 wordlists (@scure/bip39), in their own lazily loaded chunk. */
export async function loadWordlists(): Promise<Wordlists> {
  const [{ wordlist: english }, { wordlist: chineseSimplified }] = await Promise.all([
    import('@scure/bip39/wordlists/english.js'),
    import('@scure/bip39/wordlists/simplified-chinese.js'),
  ]);
  return { english, chineseSimplified };
}
