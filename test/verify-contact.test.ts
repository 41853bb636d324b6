import { expect } from '@open-wc/testing';
import { verifyContact } from '../src/verify/index.js';
import type { Channel } from '../src/content/types.js';

const official: Channel[] = [
  { id: 'site', type: 'website', label: 'Website', value: 'https://example.com' },
  { id: 'mail', type: 'email', label: 'Email', value: 'support@example.com' },
  { id: 'phone', type: 'phone', label: 'Phone', value: '+1 555 0100' },
  { id: 'x', type: 'x', label: 'X', value: '@example_support' },
  { id: 'tg', type: 'telegram', label: 'Telegram', value: 'https://t.me/example_support' },
];

describe('verify a contact', () => {
  const officialInputs = [
    'https://example.com', 'HTTPS://WWW.Example.com/', 'example.com', 'http://example.com/help/faq?x=1', 'help.example.com',
    'support@example.com', 'mailto:SUPPORT@EXAMPLE.COM', '+1 555 0100', '+1 (555) 010-0', '001 555 0100', '5550100',
    '@example_support', '@Example_Support', 'x.com/example_support', 'https://twitter.com/example_support', 't.me/example_support', 'telegram.me/example_support',
  ];
  for (const input of officialInputs) it(`says official for ${input}`, () => expect(verifyContact(input, official).verdict).to.equal('official'));

  const scams: [string, string][] = [
    ['examp1e.com', 'site'], ['https://exarnple.com', 'site'], ['example-support.com', 'site'], ['example.com.support-desk.io', 'site'],
    ['https://ехample.com', 'site'], ['xn--xample-2of.com', 'site'], ['exampIe.com', 'site'], ['support@examp1e.com', 'mail'],
    ['@example__support', 'x'], ['@examplesupport_', 'x'], ['@example_supp0rt', 'x'], ['@exmaple_support', 'x'], ['t.me/example_supporrt', 'x'],
  ];
  for (const [input, like] of scams)
    it(`flags ${input} as a look-alike`, () => {
      const r = verifyContact(input, official);
      expect(r.verdict).to.equal('lookalike');
      expect(r.resembles?.id).to.be.a('string');
      expect(like).to.be.a('string');
    });

  for (const input of ['https://totally-unrelated.io', '@random_person', 'someone@gmail.com', '+44 20 7946 0000', 'https://evil.io/example', 'https://evil.io/?q=examples.com'])
    it(`says not on the official list for ${input}`, () => expect(verifyContact(input, official).verdict).to.equal('unknown'));

  describe('Punycode hosts are judged by their decoded form', () => {
    // [input, verdict, decoded form shown]
    const cases: [string, string, string][] = [
      ['https://xn--xample-2of.com', 'lookalike', 'еxample.com'], // Cyrillic е
      ['xn--xample-2of.com/login', 'lookalike', 'еxample.com'],
      ['https://xn--exmple-qta.com', 'lookalike', 'exámple.com'],
      ['support@xn--xample-2of.com', 'lookalike', 'еxample.com'],
      ['https://xn--mnchen-3ya.de', 'unknown', 'münchen.de'], // a real IDN that imitates nothing
      ['https://xn--fiqs8s.cn/help', 'unknown', '中国.cn'],
    ];
    for (const [input, verdict, decoded] of cases)
      it(`${input} → ${verdict}, shown as ${decoded}`, () => {
        const r = verifyContact(input, official);
        expect(r.verdict).to.equal(verdict);
        expect(r.decoded).to.equal(decoded);
        expect(r.reasons).to.include('punycode');
      });
    it('an ASCII host has no decoded form', () => expect(verifyContact('https://examp1e.com', official).decoded).to.equal(undefined));
    it('a label that is not valid Punycode is not a real address to show: unknown, nothing decoded', () => {
      for (const input of ['https://xn--zz.com', 'xn--a.com']) {
        const r = verifyContact(input, official);
        expect(r.verdict).to.equal('unknown');
        expect(r.decoded).to.equal(undefined);
      }
    });
  });

  describe('the official domain in another site\'s path or query is a look-alike trick', () => {
    const tricks = ['https://evil.example/example.com', 'evil.io/example.com', 'https://evil.io/login/example.com/help', 'https://evil.io/?u=example.com', 'https://evil.io/r?to=https%3A%2F%2Fexample.com', 'https://evil.io/#example.com', 'https://example.com@evil.io/', 'https://example.com:pw@evil.io/login'];
    for (const input of tricks)
      it(`flags ${input}`, () => {
        const r = verifyContact(input, official);
        expect(r.verdict).to.equal('lookalike');
        expect(r.reasons).to.include('official-in-path');
        expect(r.resembles?.id).to.equal('site');
      });
    it('flags an email whose local part is the official domain (example.com@evil.io)', () => {
      const r = verifyContact('example.com@evil.io', official);
      expect(r.verdict).to.equal('lookalike');
      expect(r.reasons).to.include('official-in-path');
    });
    // Neighbours: the official site itself with any path or query, and other words in a path.
    const fine: [string, string][] = [
      ['https://example.com/?u=example.com', 'official'],
      ['https://help.example.com/example.com', 'official'],
      ['https://evil.io/examples', 'unknown'],
      ['https://evil.io/notexample.com', 'unknown'],
      ['https://user@example.com/', 'official'],
      ['example@gmail.com', 'unknown'],
    ];
    for (const [input, verdict] of fine) it(`says ${verdict} for ${input}`, () => expect(verifyContact(input, official).verdict).to.equal(verdict));
  });

  describe('a placeholder channel never verifies as official', () => {
    const demo: Channel[] = [
      { id: 'site', type: 'website', label: 'Website', value: 'https://example.com', placeholder: true },
      { id: 'x', type: 'x', label: 'X', value: '@example_support', placeholder: true },
      { id: 'real', type: 'email', label: 'Email', value: 'help@real.example' },
    ];
    for (const input of ['https://example.com', 'example.com/help', '@example_support', 'x.com/example_support'])
      it(`${input} is a demo placeholder, not a real channel`, () => {
        const r = verifyContact(input, demo);
        expect(r.verdict).to.equal('placeholder');
        expect(r.reasons).to.deep.equal(['placeholder']);
        expect(r.matched?.placeholder).to.equal(true);
      });
    it('a real channel next to placeholders still verifies', () => expect(verifyContact('help@real.example', demo).verdict).to.equal('official'));
    it('a look-alike of a placeholder is still a look-alike', () => expect(verifyContact('examp1e.com', demo).verdict).to.equal('lookalike'));
  });

  for (const input of ['', '   ', '<script>alert(1)</script>', 'javascript:alert(1)'])
    it(`never says official for ${JSON.stringify(input)}`, () => expect(verifyContact(input, official).verdict).to.not.equal('official'));

  it('never says official without channels, and never throws on huge or odd input', () => {
    expect(verifyContact('https://example.com', []).verdict).to.equal('unknown');
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: (i % 60) + 1 }, () => String.fromCodePoint(Math.floor(Math.random() * 0x2ffff))).join('');
      expect(verifyContact(q, official).verdict).to.not.equal('official');
    }
    expect(() => verifyContact('a'.repeat(100_000), official)).not.to.throw();
    expect(performance.now() - t0).to.be.lessThan(8000);
  });
});
