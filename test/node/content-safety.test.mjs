// The bundled content tells a frightened self-custody user nothing that could cost them money:
// mechanical checks on every answer, in every locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';
import { loadPacks, richText, answerParts } from './packs.mjs';

const packs = await loadPacks();
const { cjkPunctuationIssues } = await loadTs('src/content/typography.ts');

/** Per-language patterns. Full-width marks are written as escapes: 。!?;,: */
const LANG = {
  zh: {
    sentences: (text) => text.split(/[\u3002\uff01\uff1f\uff1b\n]/),
    uninstall: /卸载|重装|重新安装|清除[^\u3002]{0,8}数据|清理[^\u3002]{0,8}数据|恢复出厂/,
    backupWarning: (t) => /备份/.test(t) && /助记词/.test(t) && /卸载/.test(t),
    asksForSecret: /(提供|发送|发给|告诉|交给|交出|输入|填写|粘贴)[^\u3002\uff0c\uff1b\uff1a]{0,12}(助记词|私钥|恢复短语|keystore)|(助记词|私钥|恢复短语)[^\u3002\uff0c\uff1b\uff1a]{0,12}(发给|交给|告诉|发送给)/i,
    negated: /不|别|勿|只|没有|无需|骗子|诈骗/,
  },
  en: {
    sentences: (text) => text.split(/(?<=[.!?;])\s+|\n/),
    uninstall: /\buninstall|\breinstall|\bclear\w*\b[^.]{0,20}\bdata\b|factory reset/i,
    backupWarning: (t) => /backup/i.test(t) && /recovery phrase/i.test(t) && /uninstall/i.test(t),
    asksForSecret: /\b(send|give|share|enter|type|provide|tell|hand over|paste|submit)\b[^.;:]{0,30}\b(recovery phrase|seed phrase|private key|mnemonic|keystore)/i,
    negated: /\b(never|not|no|nobody|only|without|scams?|scammers?)\b|n't/i,
  },
};
const lang = (locale) => LANG[locale.slice(0, 2)];
const locales = Object.keys(packs);

test('the content tests see both bundled locales', () => {
  assert.deepEqual(locales.sort(), ['en', 'zh-CN']);
});

test('zh-CN text has no ASCII punctuation next to CJK characters', () => {
  const issues = cjkPunctuationIssues(packs['zh-CN']);
  assert.deepEqual(issues.map((i) => `${i.field}: ${i.message}`), []);
});

test('the punctuation check would catch a Chinese sentence with ASCII marks', () => {
  const bad = structuredClone(packs['zh-CN']);
  bad.faq[0].question = '客服能帮我做什么?';
  assert.equal(cjkPunctuationIssues(bad)[0].field, 'faq[0].question');
});

for (const locale of locales) {
  test(`${locale}: no sentence is repeated in more than 3 answers`, () => {
    const seen = new Map();
    for (const e of packs[locale].faq)
      for (const part of answerParts(e.answer))
        for (const raw of lang(locale).sentences(part.text)) {
          const s = raw.trim();
          if (s.length < 8) continue;
          seen.set(s, (seen.get(s) ?? new Set()).add(e.id));
        }
    const repeated = [...seen].filter(([, ids]) => ids.size > 3).map(([s, ids]) => `"${s}" in ${[...ids].join(', ')}`);
    assert.deepEqual(repeated, []);
  });

  test(`${locale}: answers that mention uninstalling or clearing data warn about the backup first`, () => {
    const { uninstall, backupWarning } = lang(locale);
    const mentioning = packs[locale].faq.filter((e) => answerParts(e.answer).some((p) => uninstall.test(p.text)));
    assert.ok(mentioning.length >= 2, `expected the crash and reinstall answers to mention uninstalling, found ${mentioning.map((e) => e.id)}`);
    for (const e of mentioning) {
      const parts = answerParts(e.answer);
      const step = parts.findIndex((p) => uninstall.test(p.text));
      const warning = parts.findIndex((p) => p.type === 'warning' && backupWarning(p.text));
      assert.ok(warning !== -1 && warning <= step, `"${e.id}" mentions "${parts[step].text}" before (or without) the backup warning`);
    }
  });

  test(`${locale}: no answer asks for a recovery phrase or key`, () => {
    const { sentences, asksForSecret, negated } = lang(locale);
    const asking = (text) => sentences(text).filter((s) => asksForSecret.test(s) && !negated.test(s));
    assert.ok(asking(locale === 'en' ? 'Please send us your recovery phrase to verify the wallet.' : '请提供你的助记词以便验证钱包。').length, 'the detector must catch a request');
    const found = packs[locale].faq.flatMap((e) => answerParts(e.answer).flatMap((p) => asking(p.text).map((s) => `${e.id}: ${s}`)));
    assert.deepEqual(found, []);
  });

  test(`${locale}: answers state no clock times (peak and opening hours come from the channel data)`, () => {
    const times = packs[locale].faq.flatMap((e) => answerParts(e.answer).filter((p) => /\b\d{1,2}[:\uff1a]\d{2}\b|\d{1,2}\s*[–-]\s*\d{1,2}\s*(点|h\b)/.test(p.text)).map((p) => `${e.id}: ${p.text}`));
    assert.deepEqual(times, []);
  });

  test(`${locale}: demo channels are placeholders nobody can register`, () => {
    const reserved = (host) => /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i.test(host);
    for (const ch of packs[locale].contact.channels) {
      assert.equal(ch.placeholder, true, `${ch.id} is demo data and must be marked placeholder`);
      const v = ch.value.trim();
      if (ch.type === 'phone') assert.match(v.replace(/\s/g, ''), /^\+1(\d{3})?55501\d\d$/, `${ch.id}: use a fictional 555-01xx number`);
      else if (ch.type === 'email') assert.ok(reserved(v.split('@')[1]), `${ch.id}: ${v} is not on a reserved domain`);
      else assert.ok(/^https:\/\//.test(v) && reserved(new URL(v).hostname), `${ch.id}: ${v} must be an https URL on a reserved domain, not a handle anyone can register`);
    }
    const note = packs[locale].faq.find((e) => e.id === 'contact-official-channels').answer.map((b) => ('items' in b ? b.items.map(richText).join(' ') : richText(b.content))).join(' ');
    assert.match(note, /example\.com/);
    assert.match(note, /\+1 555 0100/);
  });
}

test('every FAQ entry, category and fallback item exists in both locales, with the same structure', () => {
  const [zh, en] = [packs['zh-CN'], packs.en];
  const ids = (list) => list.map((x) => x.id);
  assert.deepEqual(ids(zh.faq), ids(en.faq));
  assert.deepEqual(ids(zh.categories), ids(en.categories));
  for (const key of ['reasons', 'actions']) assert.deepEqual(ids(zh.fallback[key]), ids(en.fallback[key]));
  const shape = (blocks) => blocks.map((b) => `${b.type}${'items' in b ? b.items.length : ''}`).join(' ');
  for (const [i, e] of zh.faq.entries()) {
    assert.equal(shape(e.answer), shape(en.faq[i].answer), `"${e.id}": the locales' answers differ in blocks or list items`);
    assert.deepEqual([e.category, e.popular, e.related], [en.faq[i].category, en.faq[i].popular, en.faq[i].related], `"${e.id}": category, popular or related differ`);
  }
  for (const key of ['reasons', 'actions', 'safety', 'escalation']) {
    const items = (fb) => (key === 'safety' || key === 'escalation' ? [fb[key]] : fb[key].map((x) => x.body));
    assert.deepEqual(items(zh.fallback).map(shape), items(en.fallback).map(shape), `fallback.${key} differs between locales`);
  }
  for (const [i, a] of zh.fallback.actions.entries()) assert.equal(a.faqCategory, en.fallback.actions[i].faqCategory);
});

test('the self-help actions link every category their text promises', () => {
  for (const locale of locales) {
    const linked = new Set(packs[locale].fallback.actions.map((a) => a.faqCategory).filter(Boolean));
    for (const category of ['login', 'transfer', 'app']) assert.ok(linked.has(category), `${locale}: no self-help action links the "${category}" category`);
  }
});
