import { expect } from '@open-wc/testing';
import { createSearch, buildSearchIndex, highlight, normalize, tokenize, stem } from '../src/search/index.js';
import { mountWidget, deepQuery, typeQuery } from './helpers/widget.js';
import type { ContentPack } from '../src/content/types.js';

const packs: Record<string, ContentPack> = {};
before(async () => {
  for (const l of ['zh-CN', 'en']) packs[l] = await (await fetch(`/content/tpwallet/${l}.json`)).json();
});
const top = (locale: string, q: string) => createSearch(packs[locale]).search(q)[0]?.id;

describe('normalisation and segmentation', () => {
  it('folds full-width, case, traditional characters and punctuation', () => {
    expect(normalize('ＴＰ　Ｗａｌｌｅｔ！！')).to.equal('tp wallet');
    expect(normalize('帳號被凍結了？')).to.equal('账号被冻结了');
    expect(normalize('“转账”——失败…')).to.equal('转账 失败');
  });

  it('splits Chinese into overlapping bigrams without particles, English into stems without stop words', () => {
    expect(tokenize('冻结了怎么办')).to.deep.equal(['冻结', '怎么', '么办']);
    expect(tokenize('the app is crashing')).to.deep.equal(['app', 'crash']);
    expect(stem('crashes')).to.equal('crash');
    expect(stem('access')).to.equal('access');
  });

  it('handles mixed Chinese and English input', () => {
    expect(tokenize('2FA 验证失败')).to.include.members(['2fa', '验证', '失败']);
  });
});

describe('ranking: the right answer first', () => {
  const cases: [string, string, string][] = [
    ['zh-CN', '转账失败', 'transfer-failed'],
    ['zh-CN', '闪退', 'app-crash'],
    ['zh-CN', '冻结了怎么办', 'login-account-frozen'],
    ['zh-CN', '帳號被凍結', 'login-account-frozen'],
    ['zh-CN', '2FA 验证失败', 'login-2fa-failed'],
    ['zh-CN', 'TP wallet 转账 pending', 'transfer-pending'],
    ['zh-CN', '人工客服', 'contact-fastest'],
    ['zh-CN', '助记词', 'security-recovery-phrase'],
    ['zh-CN', '转错地址', 'transfer-wrong-recipient'],
    ['zh-CN', '忘记密码', 'login-forgot-password'],
    ['en', 'pasword', 'login-forgot-password'],
    ['en', 'app keeps crashing', 'app-crash'],
    ['en', 'frozen account', 'login-account-frozen'],
    ['en', 'talk to a human', 'contact-fastest'],
    ['en', 'sent to the wrong address', 'transfer-wrong-recipient'],
    ['en', 'seed phrase', 'security-recovery-phrase'],
  ];
  for (const [locale, q, id] of cases) it(`finds ${id} first for "${q}"`, () => expect(top(locale, q)).to.equal(id));

  it('widens the query with the pack synonyms (崩溃 finds what 闪退 finds)', () => {
    expect(top('zh-CN', '崩溃')).to.equal('app-crash');
  });

  it('returns nothing for nonsense and for an empty query', () => {
    expect(createSearch(packs['zh-CN']).search('zzqqxxyy')).to.deep.equal([]);
    expect(createSearch(packs['zh-CN']).search('   ')).to.deep.equal([]);
  });

  it('gives the same results from the prebuilt index as from a runtime one', () => {
    const built = createSearch(packs.en, { index: JSON.parse(JSON.stringify(buildSearchIndex(packs.en))) });
    const runtime = createSearch(packs.en);
    for (const q of ['pasword', 'recieve', 'stuck', 'crash']) expect(built.search(q).map((r) => r.id)).to.deep.equal(runtime.search(q).map((r) => r.id));
  });

  it('never throws on random unicode and 100 KB input, in bounded time', () => {
    const s = createSearch(packs['zh-CN']);
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: (i % 40) + 1 }, () => String.fromCodePoint(Math.floor(Math.random() * 0x2ffff))).join('');
      expect(() => s.search(q)).not.to.throw();
    }
    expect(() => s.search('转'.repeat(100_000))).not.to.throw();
    expect(performance.now() - t0).to.be.lessThan(8000);
  });
});

describe('highlighting', () => {
  it('marks the query words inside the question', () => {
    const runs = highlight('转账失败怎么办?', '转账失败');
    expect(runs[0]).to.deep.equal({ text: '转账失败', hit: true });
    expect(highlight('My transfer failed', 'TRANSFER').filter((r) => r.hit).map((r) => r.text)).to.deep.equal(['transfer']);
  });

  it('the widget shows the highlighted first result as text, not markup', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '转账失败');
    const first = deepQuery(el, '[role="option"]')!;
    expect(first.querySelector('mark')!.textContent).to.equal('转账失败');
    expect(first.querySelector('.cat')!.textContent).to.equal('转账');
  });
});

describe('building the index without a long task', () => {
  /** The real pack repeated: enough entries that indexing takes many slices. */
  const big = (): ContentPack => {
    const p = packs['zh-CN'];
    return { ...p, faq: Array.from({ length: 15 }, (_, i) => p.faq.map((e) => ({ ...e, id: `${e.id}-${i}`, related: [] }))).flat() };
  };

  it('prepare() lets the page render between slices and then searches like an unprepared search', async () => {
    const pack = big();
    const prepared = createSearch(pack);
    let frames = 0;
    const count = () => {
      frames++;
      if (!done) requestAnimationFrame(count);
    };
    let done = false;
    requestAnimationFrame(count);
    await prepared.prepare!();
    done = true;
    expect(frames, 'frames painted while the index was built').to.be.greaterThan(1);
    const fresh = createSearch(pack);
    for (const q of ['转账失败', '冻结', 'App 闪退']) expect(prepared.search(q).map((r) => r.id)).to.deep.equal(fresh.search(q).map((r) => r.id));
  });

  it('a search during prepare() finishes the index at once and gives complete results', async () => {
    const pack = big();
    const search = createSearch(pack);
    const preparing = search.prepare!();
    const during = search.search('转账失败').map((r) => r.id);
    await preparing;
    expect(during).to.deep.equal(createSearch(pack).search('转账失败').map((r) => r.id));
  });
});
