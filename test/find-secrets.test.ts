import { expect } from '@open-wc/testing';
import { findSecrets, redactSecrets, loadWordlists, type Wordlists } from '../src/secrets/index.js';
import { SECRETS, BENIGN } from './fixtures/secrets-corpus.js';

let lists: Wordlists;
before(async () => {
  lists = await loadWordlists();
});

describe('secret guard', () => {
  for (const [text, kind] of SECRETS)
    it(`blocks a ${kind}: ${text.slice(0, 40).replace(/\n/g, '⏎')}…`, () => {
      expect(findSecrets(text, lists).map((f) => f.kind)).to.include(kind);
    });

  for (const text of BENIGN) it(`lets through: ${text.slice(0, 50)}`, () => expect(findSecrets(text, lists)).to.deep.equal([]));

  it('redacts what it finds and keeps the rest', () => {
    const text = 'help: abandon ability able about above absent absorb abstract absurd abuse access accident!';
    expect(redactSecrets(text, findSecrets(text, lists))).to.equal('[redacted:mnemonic]!');
  });

  it('never throws on random and 100 KB input, in bounded time', () => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: (i % 80) + 1 }, () => String.fromCodePoint(Math.floor(Math.random() * 0x2ffff))).join('');
      expect(() => findSecrets(q, lists)).not.to.throw();
    }
    expect(() => findSecrets('abandon '.repeat(13_000), lists)).not.to.throw();
    expect(() => findSecrets('的'.repeat(100_000), lists)).not.to.throw();
    expect(performance.now() - t0).to.be.lessThan(8000);
  });
});
