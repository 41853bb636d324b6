// The validator's typography check: ASCII punctuation beside CJK text in zh and ja packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { asciiBesideCjk, cjkPunctuationIssues, usesCjkTypography } = await loadTs('src/content/typography.ts');
const { validatePack } = await loadTs('src/content/validate.ts');
const marks = (text) => asciiBesideCjk(text).map((f) => f.mark).join('');

// Full-width marks are written as escapes so the test reads the same in any editor: \uff0c is "，".
test('flags ASCII marks beside Chinese characters, spaces between or not', () => {
  assert.equal(marks('先别慌,资产在链上.'), ',.');
  assert.equal(marks('钱包地址 (公开地址)'), '()');
  assert.equal(marks('官方客服:不会先私信你'), ':');
  assert.equal(marks('\u201c继续处理\u201d,先核实'), ',');
});

test('flags a mark that ends a Chinese sentence after a Latin word', () => {
  assert.equal(marks('如何安全地更新 App?'), '?');
});

test('leaves ASCII inside Latin words, numbers, URLs and domains alone', () => {
  assert.equal(marks('保留域名 example.com\u3001.example\uff0c号码 +1 555 0100'), '');
  assert.equal(marks('例如 e.g. Ethereum, BNB Chain 或 v1.5 版本'), '');
  assert.equal(marks('先别慌\uff0c资产在链上\u3002'), '');
  assert.equal(marks('No Chinese here, so nothing (at all) is flagged.'), '');
});

test('checks zh* and ja packs only', () => {
  assert.ok(usesCjkTypography('zh-CN') && usesCjkTypography('zh-Hant-TW') && usesCjkTypography('ja'));
  assert.ok(!usesCjkTypography('en') && !usesCjkTypography('zhx') && !usesCjkTypography(undefined));
  const pack = { meta: { locale: 'en' }, faq: [{ id: 'a', question: '中文,问题?', answer: [] }] };
  assert.deepEqual(cjkPunctuationIssues(pack), []);
});

test('names the field, the entry and the full-width mark to use', () => {
  const pack = {
    meta: { locale: 'zh-CN', product: 'TP 钱包' },
    faq: [{ id: 'calm', question: '会不会丢\uff1f', answer: [{ type: 'p', content: [{ text: '先别慌,', strong: true }, '资产在链上\u3002'] }] }],
    ui: { closed: '已关闭' },
  };
  const [issue, ...rest] = cjkPunctuationIssues(pack);
  assert.equal(rest.length, 0);
  assert.equal(issue.id, 'calm');
  assert.equal(issue.field, 'faq[0].answer[0].content');
  assert.match(issue.message, /"," in "先别慌,资产在链上[^"]*" → \uff0c/);
  assert.match(issue.message, /full-width/);
});

test('suggests Japanese marks for ja packs', () => {
  const [issue] = cjkPunctuationIssues({ meta: { locale: 'ja' }, categories: [{ id: 'x', label: 'ウォレット,送金' }] });
  assert.match(issue.message, /→ \u3001/);
});

test('never throws on malformed packs', () => {
  for (const v of [null, 1, 'x', [], {}, { meta: { locale: 'zh' } }, { meta: { locale: 'zh' }, faq: 'x', fallback: { reasons: 'x', safety: [null] }, ui: [] }])
    assert.doesNotThrow(() => cjkPunctuationIssues(v));
});

test('the validator reports the finding as a warning, not an error', () => {
  const pack = JSON.parse(JSON.stringify({
    meta: { id: 'acme', locale: 'zh-CN', product: 'Acme', version: '1' },
    categories: [{ id: 'g', label: '常见' }],
    faq: [{ id: 'q', category: 'g', question: '怎么办?', answer: [{ type: 'p', content: '好的\u3002' }] }],
    contact: { channels: [] },
    fallback: { reasons: [{ id: 'r', title: '忙', body: [{ type: 'p', content: '排队\u3002' }] }], actions: [{ id: 'a', title: '自助', body: [{ type: 'p', content: '看看\u3002' }] }], safety: [{ type: 'p', content: '小心\u3002' }], escalation: [{ type: 'p', content: '回复\u3002' }] },
    ui: {},
  }));
  const issues = validatePack(pack, 'content/acme/zh-CN.json', { uiKeys: [] });
  assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  const warning = issues.find((i) => i.field === 'faq[0].question');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning.id, 'q');
});
