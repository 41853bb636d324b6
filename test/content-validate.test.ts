import { expect } from '@open-wc/testing';
import { validatePack, validatePackSet, formatIssue, assertValidPack, ContentError } from '../src/content/validate.js';
import { safeHref } from '../src/content/safe-url.js';
import { minimalPack, brokenPack } from './fixtures/packs.js';

const errors = (pack: unknown) => validatePack(pack, 'content/acme/en.json').filter((i) => i.severity === 'error');

describe('content validation', () => {
  it('accepts the minimal pack', () => {
    expect(errors(minimalPack())).to.deep.equal([]);
  });

  const table: [string, (p: any) => unknown, { id?: string; field: string; message: RegExp }][] = [
    ['a duplicate FAQ id', (p) => void (p.faq[1].id = 'first'), { id: 'first', field: 'faq[1].id', message: /duplicate FAQ id "first"/ }],
    ['a missing question', (p) => void delete p.faq[0].question, { id: 'first', field: 'faq[0].question', message: /required/ }],
    ['an empty answer', (p) => void (p.faq[0].answer = []), { id: 'first', field: 'faq[0].answer', message: /must not be empty/ }],
    ['an unknown related id', (p) => void (p.faq[0].related = ['nope']), { id: 'first', field: 'faq[0].related[0]', message: /related id "nope" does not exist/ }],
    ['an unknown category', (p) => void (p.faq[1].category = 'billing'), { id: 'second', field: 'faq[1].category', message: /category "billing" does not exist/ }],
    ['a javascript: link', (p) => void (p.faq[1].answer[0].items[1][0].href = 'javascript:alert(1)'), { id: 'second', field: 'faq[1].answer[0].items[1][0].href', message: /https:, mailto: or tel:/ }],
    ['a mixed-case javascript: link with a tab', (p) => void (p.faq[1].answer[0].items[1][0].href = ' JaVa\tScRiPt:alert(1)'), { id: 'second', field: 'faq[1].answer[0].items[1][0].href', message: /https:/ }],
    ['an http: link', (p) => void (p.faq[1].answer[0].items[1][0].href = 'http://acme.example'), { id: 'second', field: 'faq[1].answer[0].items[1][0].href', message: /https:/ }],
    ['HTML in text', (p) => void (p.faq[0].answer[0].content = 'Click <img src=x onerror=alert(1)>'), { id: 'first', field: 'faq[0].answer[0].content', message: /structured text only/ }],
    ['a misspelt ui key', (p) => void (p.ui.clsoe = 'x'), { field: 'ui.clsoe', message: /did you mean 'close'/ }],
    ['a checklist field the widget adds itself', (p) => void p.checklist.push({ id: 'browser', label: 'Browser' }), { field: 'checklist[2].id', message: /added by the widget itself/ }],
    ['an unknown fallback mode', (p) => void (p.fallback.mode = 'merge'), { field: 'fallback.mode', message: /"replace".*"extend"/ }],
    ['a typo in a field name', (p) => void ((p.faq[0].questoin = p.faq[0].question), delete p.faq[0].question), { id: 'first', field: 'faq[0].questoin', message: /did you mean 'question'/ }],
    ['a bad time zone in hours', (p) => void (p.contact.channels[0].hours = { timeZone: 'Mars/Olympus', alwaysOpen: true }), { id: 'mail', field: 'contact.channels[0].hours', message: /Mars\/Olympus/ }],
    ['a bad email channel', (p) => void (p.contact.channels[0].value = 'not-an-email'), { id: 'mail', field: 'contact.channels[0].value', message: /not an email address/ }],
    ['a ui string without its placeholder', (p) => void (p.ui.resultsCount = 'results'), { field: 'ui.resultsCount', message: /\{count\}/ }],
    ['asked that is not a list', (p) => void (p.faq[0].asked = 'how do I'), { id: 'first', field: 'faq[0].asked', message: /list of non-empty strings/ }],
    ['an empty asked list', (p) => void (p.faq[0].asked = []), { id: 'first', field: 'faq[0].asked', message: /list of non-empty strings/ }],
    ['an empty phrasing in asked', (p) => void (p.faq[0].asked = ['how do I start', '  ']), { id: 'first', field: 'faq[0].asked[1]', message: /non-empty string/ }],
    ['a number in asked', (p) => void (p.faq[0].asked = [42]), { id: 'first', field: 'faq[0].asked[0]', message: /non-empty string.*number/ }],
    ['a non-object pack', () => 'hello', { field: '(pack)', message: /must be an object/ }],
    ['a __proto__ key', (p) => JSON.parse(JSON.stringify(p).replace('"meta":', '"__proto__":{"polluted":true},"meta":')), { field: '(pack).__proto__', message: /unknown field/ }],
  ];
  for (const [name, mutate, expected] of table) {
    it(`rejects ${name}, naming the entry and the field`, () => {
      const found = errors(brokenPack(mutate));
      const match = found.find((i) => i.field === expected.field && expected.message.test(i.message));
      expect(match, `${expected.field} ${expected.message} in ${JSON.stringify(found)}`).to.exist;
      if (expected.id) expect(match!.id).to.equal(expected.id);
      expect(formatIssue(match!)).to.contain('content/acme/en.json');
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  }

  it('warns about a phrasing listed twice or repeating the question, and accepts the pack', () => {
    const pack = brokenPack((p) => void (p.faq[0].asked = ['How do I start?', 'where to begin', 'Where to begin ', p.faq[0].question]));
    expect(errors(pack)).to.deep.equal([]);
    const warnings = validatePack(pack, 'en.json').filter((i) => i.severity === 'warning' && i.field.startsWith('faq[0].asked'));
    expect(warnings.map((w) => w.field)).to.deep.equal(['faq[0].asked[2]', 'faq[0].asked[3]']);
    expect(warnings[0].message).to.match(/duplicate of asked\[1\]/);
    expect(warnings[1].message).to.match(/repeats the question/);
  });

  it("warns about a phrasing that is another answer's question or keyword", () => {
    const pack = brokenPack((p) => void ((p.faq[1].keywords = ['start over']), (p.faq[0].asked = ['Start over'])));
    expect(errors(pack)).to.deep.equal([]);
    const w = validatePack(pack, 'en.json').find((i) => i.field === 'faq[0].asked[0]');
    expect(w?.severity).to.equal('warning');
    expect(w?.message).to.match(/keyword of "second"/);
  });

  it('throws a ContentError listing every error from assertValidPack', () => {
    expect(() => assertValidPack(brokenPack((p) => void (p.faq = [])), 'x.json')).to.throw(ContentError);
  });

  it('finds entries missing from one locale', () => {
    const en = minimalPack();
    const zh = brokenPack((p) => void p.faq.pop());
    const issues = validatePackSet([{ file: 'en.json', pack: en }, { file: 'zh-CN.json', pack: zh }]);
    expect(issues).to.have.length(1);
    expect(issues[0].file).to.equal('zh-CN.json');
    expect(issues[0].message).to.contain('second');
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`passes the real ${locale} pack as built, with placeholder channels only as warnings`, async () => {
      const { pack } = await (await fetch(`/dist/content/tpwallet/${locale}.json`)).json();
      const issues = validatePack(pack, `dist/content/tpwallet/${locale}.json`);
      expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
      const warnings = issues.filter((i) => i.severity === 'warning');
      expect(warnings.length).to.equal(pack.contact.channels.length);
      expect(warnings.every((w) => /placeholder/.test(w.message))).to.be.true;
    });
  }

  it('never throws on random values, quickly', () => {
    const values: unknown[] = [null, undefined, 0, NaN, [], [[]], 'x'.repeat(100_000), { meta: null }, { faq: 'x'.repeat(100_000) }, Object.create(null)];
    for (let i = 0; i < 2000; i++) values.push(brokenPack((p) => void (p.faq[i % 2][['id', 'question', 'answer', 'category'][i % 4]] = [i, 'ü'.repeat(i % 50), null, {}][i % 4])));
    const t0 = performance.now();
    for (const v of values) expect(() => validatePack(v, 'fuzz.json')).not.to.throw();
    expect(performance.now() - t0).to.be.lessThan(8000);
  });
});

describe('safeHref', () => {
  for (const ok of ['https://example.com/a?b#c', 'mailto:support@example.com', 'tel:+15550100', ' HTTPS://example.com'])
    it(`allows ${JSON.stringify(ok)}`, () => expect(safeHref(ok)).to.not.be.null);
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://example.com', '/relative', '//evil.example', 'https://', 'file:///etc/passwd'])
    it(`rejects ${JSON.stringify(bad)}`, () => expect(safeHref(bad)).to.be.null);
});
