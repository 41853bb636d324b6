// Contact verification in plain Node: Punycode hosts are judged by what they show, and an
// official domain copied into another address (path, query, user info, email local part) is
// a look-alike trick. Neighbours of both classes keep their verdicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToASCII, domainToUnicode } from 'node:url';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { verifyContact } = await loadTs('src/verify/index.ts');
const { decodeLabel, hostToUnicode } = await loadTs('src/verify/punycode.ts');

const official = [
  { id: 'site', type: 'website', label: 'Website', value: 'https://tokenpocket.example' },
  { id: 'mail', type: 'email', label: 'Email', value: 'support@tokenpocket.example' },
  { id: 'x', type: 'x', label: 'X', value: '@tp_support' },
];
const verdict = (input) => verifyContact(input, official);

test('the Punycode decoder agrees with Node (WHATWG URL) on IDN labels from many scripts', () => {
  const labels = ['münchen', 'bücher', '中国', '中國', 'пример', 'еxample', 'tokenpоcket', 'ﾄｰｸﾝ', 'δοκιμή', 'टेस्ट', 'مثال', '例え', 'テスト', 'exämple-support', '한국'];
  // Plus labels mixing ASCII with code points across the BMP and beyond (deterministic).
  for (let i = 1; i < 200; i++) labels.push(`ab${String.fromCodePoint(0xa0 + ((i * 7919) % 0x2f000))}c${String.fromCodePoint(0x4e00 + i)}`);
  let checked = 0;
  for (const label of labels) {
    const ascii = domainToASCII(`${label}.example`);
    if (!ascii.startsWith('xn--')) continue; // not a valid IDN label (Node refuses it)
    const host = ascii;
    assert.equal(hostToUnicode(host), domainToUnicode(host), `${label} → ${host}`);
    checked++;
  }
  assert.ok(checked > 150, `only ${checked} labels checked`);
});

test('labels that are not valid Punycode are kept as typed', () => {
  for (const bad of ['', 'a', 'zz', '999999999999', 'abc-']) assert.equal(decodeLabel(bad), null, JSON.stringify(bad));
  assert.equal(hostToUnicode('xn--zz.example'), 'xn--zz.example');
});

test('a Punycode host is judged and shown decoded, never reported invalid', () => {
  const cases = [
    // [input, verdict, decoded]
    [`https://${domainToASCII('tokenpоcket.example')}`, 'lookalike', 'tokenpоcket.example'], // Cyrillic о
    [`${domainToASCII('tokenpocket.example').toUpperCase()}`, 'official', undefined], // plain ASCII: nothing to decode
    [`https://${domainToASCII('tökenpocket.example')}/login`, 'lookalike', 'tökenpocket.example'],
    [`help@${domainToASCII('tokenpоcket.example')}`, 'lookalike', 'tokenpоcket.example'],
    [`https://${domainToASCII('münchen.example')}`, 'unknown', 'münchen.example'], // an IDN that imitates nothing
    [`https://${domainToASCII('钱包.example')}`, 'unknown', '钱包.example'],
    ['https://xn--zz.example', 'unknown', undefined], // not valid Punycode: nothing to show
  ];
  for (const [input, want, decoded] of cases) {
    const r = verdict(input);
    assert.equal(r.verdict, want, input);
    assert.equal(r.decoded, decoded, input);
    if (decoded) assert.ok(r.reasons.includes('punycode'), `${input}: ${r.reasons}`);
    if (want === 'lookalike') assert.equal(r.resembles?.id === 'site' || r.resembles?.id === 'mail', true, input);
  }
});

test('an official domain inside another address is a look-alike trick', () => {
  for (const input of [
    'https://evil.example/tokenpocket.example',
    'evil.example/login/tokenpocket.example',
    'https://evil.example/?u=tokenpocket.example',
    'https://evil.example/r?to=https%3A%2F%2Ftokenpocket.example%2Flogin',
    'https://evil.example/#tokenpocket.example',
    'https://tokenpocket.example@evil.example/', // user info: the browser goes to evil.example
    'https://tokenpocket.example:secure@evil.example/login',
    'tokenpocket.example@mail.example', // an email whose local part is the official domain
  ]) {
    const r = verdict(input);
    assert.equal(r.verdict, 'lookalike', input);
    assert.ok(r.reasons.includes('official-in-path'), `${input}: ${r.reasons}`);
  }
});

test('neighbours: the official site with any path, query or user info, and look-alike words that are not the domain', () => {
  const cases = [
    ['https://tokenpocket.example/?u=tokenpocket.example', 'official'],
    ['https://help.tokenpocket.example/tokenpocket.example', 'official'],
    ['https://user@tokenpocket.example/', 'official'],
    ['support@tokenpocket.example', 'official'],
    ['https://evil.example/tokenpocket', 'unknown'],
    ['https://evil.example/nottokenpocket.example', 'unknown'],
    ['https://evil.example/tokenpocket-example', 'unknown'],
    ['someone@mail.example', 'unknown'],
  ];
  for (const [input, want] of cases) assert.equal(verdict(input).verdict, want, input);
});
