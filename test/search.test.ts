import { expect } from '@open-wc/testing';
import { createSearch, buildSearchIndex, highlight, normalize, tokenize, stem, type SerializedSearchIndex, type SearchResult } from '../src/search/index.js';
import { foldTable } from '../src/search/fold-table.js';
import { rules } from '../src/search/intent.js';
import { fuseTypos } from '../src/search/typos.js';
import Fuse from 'fuse.js/basic';
import { mountWidget, deepQuery, typeQuery, settle } from './helpers/widget.js';
import { minimalPack } from './fixtures/packs.js';
import type { ContentPack } from '../src/content/types.js';

const packs: Record<string, ContentPack> = {};
/** The index each tpwallet pack ships with (vocabulary, folds, the answers' keywords and phrasings). */
const shipped = new WeakMap<ContentPack, SerializedSearchIndex>();
before(async () => {
  // The tpwallet packs as the repo build ships them (compiled from content/tpwallet/<locale>/).
  for (const l of ['zh-CN', 'en']) {
    const { pack, index } = await (await fetch(`/dist/content/tpwallet/${l}.json`)).json();
    shipped.set((packs[l] = pack), index);
  }
});
/** A search as the build ships it: its index, or one built like it (with the pack's Traditional/variant folds). */
const searchFor = (pack: ContentPack, options = {}) => createSearch(pack, { index: shipped.get(pack) ?? { ...buildSearchIndex(pack), fold: foldTable(pack) }, ...options });
const top = (locale: string, q: string) => searchFor(packs[locale]).search(q)[0]?.id;
/** A small pack with these fields replaced. */
const makePack = (over: Partial<ContentPack>): ContentPack => ({ ...minimalPack(), ...over });

describe('normalisation and segmentation', () => {
  it('folds full-width, case, traditional characters (with the pack\'s fold table) and punctuation', () => {
    searchFor(packs['zh-CN']);
    expect(normalize('ＴＰ　Ｗａｌｌｅｔ！！')).to.equal('tp wallet');
    expect(normalize('帳號被凍結了？')).to.equal('账号被冻结了');
    expect(normalize('“转账”——失败…')).to.equal('转账 失败');
  });

  it('splits Chinese into overlapping bigrams without particles, English into stems without stop words', () => {
    expect(tokenize('冻结了怎么办')).to.deep.equal(['冻结', '怎么', '么办']);
    expect(tokenize('the app is crashing')).to.deep.equal(['app', 'crash']);
    expect(stem('crashes')).to.equal('crash');
    expect(stem('access')).to.equal('access');
    expect(['transferred', 'dropped', 'installed', 'missed'].map(stem)).to.deep.equal(['transfer', 'drop', 'install', 'miss']);
    expect(tokenize('余额变成0了'), 'a lone particle is no term').to.not.include('了');
  });

  it('handles mixed Chinese and English input', () => {
    expect(tokenize('2FA 验证失败')).to.include.members(['2fa', '验证', '失败']);
  });
});

describe('Traditional Chinese, variants and Japanese', () => {
  it('the fold table is built from OpenCC for the pack\'s characters only, and is small', () => {
    const table = foldTable(packs['zh-CN']);
    expect(table).to.include('轉转').and.include('賬账').and.include('帐账');
    expect(table).not.to.include('麼幺'); // 么 is Simplified: 怎么 stays 怎么
    // The pack's characters and the query rules' own words (about 1.6 KB of UTF-8).
    expect(new TextEncoder().encode(table).length).to.be.lessThan(2000);
  });

  const cases: [string, string][] = [
    ['轉賬失敗', 'transfer-failed'],
    ['转帐失败', 'transfer-failed'],
    ['帐户被冻结', 'login-account-frozen'],
    ['帳戶被凍結了', 'login-account-frozen'],
    ['忘記密碼', 'login-forgot-password'],
    ['助記詞可以給客服嗎', 'security-recovery-phrase'],
  ];
  for (const [q, id] of cases) it(`${q} finds ${id}`, () => expect(top('zh-CN', q)).to.equal(id));

  it('without the fold table a Traditional query misses: the table is what makes it work', () => {
    expect(normalize('轉')).to.equal('转'); // folds persist once a table is added...
    const p = makePack({ faq: [{ id: 'a', category: 'general', question: '鬧鐘壞了', answer: [{ type: 'p', content: '換一個。' }] }] });
    expect(createSearch(p).search('闹钟')).to.deep.equal([]); // ...but 鬧 and 鐘 are not in the tpwallet table
    expect(searchFor(p).search('闹钟')[0]?.id).to.equal('a');
  });

  describe('a small Japanese pack', () => {
    const ja = () =>
      makePack({
        meta: { id: 'demo', locale: 'ja', product: 'デモ', version: '1.0.0' },
        faq: [
          { id: 'password', category: 'general', question: 'パスワードを忘れました', answer: [{ type: 'p', content: 'リセットできません。' }] },
          { id: 'transfer', category: 'general', question: '送金が失敗しました', answer: [{ type: 'p', content: 'ネットワーク手数料を確認してください。' }] },
          { id: 'update', category: 'general', question: 'アプリのアップデート方法', answer: [{ type: 'p', content: '公式ストアから更新します。' }] },
        ],
      });
    const cases: [string, string][] = [
      ['ぱすわーど', 'password'],
      ['パスワード', 'password'],
      ['ﾊﾟｽﾜｰﾄﾞ', 'password'], // half-width katakana
      ['パスワド', 'password'], // long-vowel mark left out
      ['ぱすわーどをわすれた', 'password'],
      ['送金失敗', 'transfer'],
      ['あっぷでーと', 'update'],
    ];
    for (const [q, id] of cases) it(`${q} finds ${id}`, () => expect(createSearch(ja()).search(q)[0]?.id).to.equal(id));
    it('folds kana and long-vowel marks, and matches by bigrams', () => {
      expect(normalize('パスワード')).to.equal(normalize('ぱすわーど'));
      expect(tokenize('パスワード')).to.deep.equal(['ぱす', 'すわ', 'わど']);
    });
  });
});

describe('ranking by what the question asks', () => {
  const cases: [string, string, string][] = [
    // how-to / should-I vs failed / lost / forgot, about the same thing
    ['en', 'how do i set up 2fa', 'security-2fa'],
    ['en', '2fa code keeps failing', 'login-2fa-failed'],
    ['en', 'how to choose a good password', 'security-password'],
    ['en', 'forgot my password', 'login-forgot-password'],
    ['zh-CN', '要不要开双重认证', 'security-2fa'],
    ['zh-CN', '双重认证验证失败', 'login-2fa-failed'],
    ['zh-CN', '密码怎么设置安全', 'security-password'],
    ['zh-CN', '密码忘了', 'login-forgot-password'],
    // product names mixed in carry no meaning
    ['zh-CN', 'tp钱包转账失败', 'transfer-failed'],
    ['en', 'tokenpocket transfer failed', 'transfer-failed'],
    // Chinese filler words between two words leave them adjacent
    ['zh-CN', '转账一直失败', 'transfer-failed'],
    ['zh-CN', '币突然没了', 'security-suspicious-activity'],
    // contracted negations are problems; "should I pick" asks how
    ['en', 'a feature isnt working', 'app-feature-broken'],
    ['en', 'which password should i pick', 'security-password'],
    ['en', 'chat with support got disconnected', 'contact-chat-dropped'],
    // the pack's synonym groups: withdraw (提现) is a transfer, "can't remember" is forgetting
    ['zh-CN', '提现失败', 'transfer-failed'],
    ['zh-CN', '密码记不住了', 'login-forgot-password'],
    ['en', 'i can\'t remember my password', 'login-forgot-password'],
  ];
  for (const [locale, q, id] of cases) it(`${q} → ${id}`, () => expect(top(locale, q)).to.equal(id));

  const situations: [string, string, string[]][] = [
    // contact-verification answers "someone says they are support and wants to verify you" with the same warning.
    ['en', 'someone on telegram says they are support', ['security-fake-support', 'contact-verify-official', 'contact-verification']],
    ['zh-CN', '有人自称是官方客服加我', ['security-fake-support', 'contact-verify-official']],
    ['en', 'are the servers down', ['contact-outage-maintenance', 'contact-announcements']],
    ['zh-CN', '服务器是不是挂了', ['contact-outage-maintenance', 'contact-announcements']],
    ['zh-CN', '我想自己解决，不想等客服', ['contact-self-help']],
    ['en', 'can i fix it myself', ['contact-self-help']],
    ['en', 'is this telegram support account legit', ['contact-verify-official', 'security-fake-support']],
    ['zh-CN', '这个客服账号是真的吗', ['contact-verify-official', 'security-fake-support']],
    // funds gone without the owner doing it: the theft answer
    ['en', 'my funds are gone', ['security-suspicious-activity']],
    ['zh-CN', '余额被人转走了', ['security-suspicious-activity']],
    // told as a problem, asks whether to accept: the how-to answer about third parties
    ['en', 'a company offers to get back my coins for a fee', ['contact-third-party']],
    // support does not answer; what support can do; someone asks for the secret or a code
    ['en', 'nobody answers my emails', ['contact-unreachable']],
    ['zh-CN', '客服一直没人回', ['contact-unreachable']],
    ['zh-CN', '客服能帮我追回吗', ['contact-what-support-can-do']],
    ['en', 'the agent wants my seed phrase', ['security-recovery-phrase', 'security-fake-support']],
    ['zh-CN', '对方让我提供私钥', ['security-recovery-phrase', 'security-fake-support']],
    ['en', 'someone asked for my 2fa code', ['security-fake-support', 'contact-verify-official']],
    // "shuts down" is a crash, "is down" an outage
    ['en', 'my phone shuts down when i open the app', ['app-crash']],
    ['en', 'is the website down', ['contact-outage-maintenance', 'contact-announcements']],
    // the plainest ask of all: the official channels, not what to prepare
    ['en', 'contact support', ['contact-official-channels']],
    ['zh-CN', '联系客服', ['contact-official-channels']],
    // funds gone, however it is told
    ['en', 'someone moved my eth out of my wallet', ['security-suspicious-activity']],
    ['zh-CN', '有人把我的U转走了', ['security-suspicious-activity']],
    ['zh-CN', '我什么都没操作 币就少了', ['security-suspicious-activity']],
    // someone who is not support offers to unfreeze or recover; "support" that wants a fee
    ['en', 'a hacker says he can unfreeze my wallet', ['contact-third-party']],
    ['zh-CN', '有个技术员说能帮我解冻', ['contact-third-party']],
    ['en', 'the support agent wants me to pay a fee to unlock my funds', ['security-fake-support']],
    // support said there is nothing more to do; nobody ever answers
    ['en', 'support said there is nothing they can do', ['contact-not-resolved', 'contact-what-support-can-do']],
    ['en', 'sent 4 emails and not one reply', ['contact-unreachable']],
    // asking support to do what nobody can; following support's advice without success
    ['en', 'can tp wallet support lock my wallet for me', ['contact-what-support-can-do']],
    ['zh-CN', '能退款吗', ['contact-what-support-can-do']],
    ['en', 'they told me to clear cache, did that, same error', ['contact-not-resolved']],
    ['zh-CN', '客服让我重启 照做了还是不行', ['contact-not-resolved']],
    // tiny transfers from addresses like one's own; a help link that gives 404; "within 24 hours" is no opening hour
    ['en', 'getting tiny 0 usdt transfers from addresses that look like mine', ['security-suspicious-activity']],
    ['en', 'help link in app gives 404', ['contact-unreachable']],
    ['zh-CN', '您的钱包存在异常风险 将于24小时内冻结 请立即登录网站完成验证', ['security-fake-support', 'contact-verify-official', 'contact-verification']],
    // a fear of theft while waiting, or moving one's own coins, is the waiting answer, not theft
    ['zh-CN', '客服还没回 要不要先把币转走', ['contact-waiting-worried']],
    ['en', 'if i reinstall the app will my usdt be gone', ['app-update-reinstall']],
    // Cantonese reads as the Mandarin the pack is written in
    ['zh-CN', '我冇轉過錢 點解啲幣唔見咗', ['security-suspicious-activity']],
    ['zh-CN', '客服咁耐都唔覆', ['contact-unreachable', 'contact-busy-peak']],
    ['zh-CN', '係咪維護緊', ['contact-outage-maintenance', 'contact-announcements']],
    // told to wait or forwarded, and still nothing: not resolved; afraid while waiting: the waiting answer
    ['en', 'support told me to wait, i waited a week, still nothing', ['contact-not-resolved']],
    ['zh-CN', '客服让我等 等了五天还是没解决', ['contact-not-resolved']],
    ['en', 'they forwarded my issue to the technical team ten days ago', ['contact-not-resolved']],
    ['en', 'waiting for a reply, are my coins safe meanwhile', ['contact-waiting-worried']],
    ['zh-CN', '还在等客服回复 好怕币被转走', ['contact-waiting-worried']],
    // paid out or withdrawn but not shown; waiting for confirmation: pending
    ['en', 'the pool paid out but i dont see it in my wallet', ['transfer-pending']],
    ['zh-CN', '交易所提币了 钱包里看不到', ['transfer-pending']],
    ['en', 'status says waiting for confirmation since this morning', ['transfer-pending']],
    // "irreversible" is what support cannot do; a rumour asks for the official news
    ['en', 'support replied that transactions are irreversible', ['contact-what-support-can-do']],
    ['zh-CN', '客服说链上转账不可逆', ['contact-what-support-can-do']],
    ['en', 'heard tokenpocket went bankrupt, is it true', ['contact-announcements']],
    ['zh-CN', '听说TP跑路了', ['contact-announcements']],
    // a ticket that vanished; the app closing by itself; sending that does not work
    ['zh-CN', '我的工单不见了', ['contact-chat-dropped']],
    ['en', 'the app closes by itself, how to fix', ['app-crash']],
    ['en', 'sending does not work, always an error', ['transfer-failed']],
    ['en', 'everything is zero and i did nothing', ['security-suspicious-activity']],
    // someone who can "unlock" for pay; a remote-control app; "verify my wallet"; an address asked about
    ['en', 'someone says he can unlock my wallet if i pay him', ['contact-third-party']],
    ['zh-CN', '他让我装一个远程协助软件', ['security-fake-support']],
    ['zh-CN', '客服说要验证我的钱包', ['contact-verification', 'security-fake-support']],
    ['en', 'is tp-help.xyz your official site', ['contact-verify-official']],
    ['en', 'what are the legit ways to reach support', ['contact-official-channels']],
    ['zh-CN', '提示咨询人数较多 请耐心等待', ['contact-busy-peak']],
    ['en', "clicked the help link and the site can't be reached", ['contact-unreachable']],
    // asked about channels, support's powers, the usual scams, the status, a frozen account, what to send
    ['en', 'do you have an official telegram for support', ['contact-official-channels']],
    ['en', 'which is the official support email', ['contact-official-channels']],
    ['en', 'could you cancel my transaction', ['contact-what-support-can-do']],
    ['en', 'common scams pretending to be support', ['security-fake-support']],
    ['zh-CN', '假客服有哪些骗局', ['security-fake-support']],
    ['zh-CN', '怎么看服务现在是否正常', ['contact-announcements', 'contact-outage-maintenance']],
    ['zh-CN', '我的账号是不是被封了', ['login-account-frozen']],
    ['zh-CN', '联系客服要发哪些截图', ['contact-prepare-info']],
    ['zh-CN', '为什么找客服要等这么久', ['contact-busy-peak']],
    // one's own transfer to a stranger, a forgotten password, a phrase handed to a friend: not a theft, not an offer
    ['zh-CN', '不小心转给陌生地址了', ['transfer-wrong-recipient']],
    ['en', 'forgot my password, is my money gone forever', ['login-forgot-password', 'contact-what-support-can-do']],
    ['zh-CN', '助记词给朋友保管可以吗', ['security-recovery-phrase']],
    ['en', 'someone on discord says he can unlock my wallet', ['contact-third-party']],
    // afraid while waiting; urgent; a message "from you"; nodes down; wages sent but not shown
    ['en', 'no reply yet and i am scared my coins get stolen', ['contact-waiting-worried']],
    ['en', 'urgent, need a human now', ['contact-fastest']],
    ['en', 'got a message saying my wallet is compromised, is it from you', ['security-fake-support', 'contact-verify-official']],
    ['en', 'the rpc nodes are not responding, is it maintenance', ['contact-outage-maintenance', 'contact-announcements']],
    ['zh-CN', '朋友说工资U发过来了 钱包里没显示', ['transfer-pending']],
    // a message that says the wallet is flagged, asked about; a flooded queue; an unconfirmed transfer or a typo is no theft
    ['zh-CN', '有人私信我说钱包被风控了 要冻结 是真的吗', ['security-fake-support']],
    ['en', 'got a text saying my wallet is flagged for unusual activity, is it real', ['security-fake-support']],
    ['en', 'is support flooded right now? no reply yet', ['contact-busy-peak']],
    ['zh-CN', '转账一直未确认 钱是不是没了', ['transfer-pending']],
    ['en', 'made a typo in the address, is my money gone', ['transfer-wrong-recipient']],
    ['en', 'transfer still packing, network congested?', ['transfer-pending']],
    // a login code that never comes; the service down; pay to unfreeze; twelve words
    ['zh-CN', '登录验证码一直收不到', ['login-2fa-failed']],
    ['en', 'is the service down? nothing loads', ['contact-outage-maintenance', 'contact-announcements']],
    ['zh-CN', '群里有人说给他钱就能帮我解冻', ['contact-third-party']],
    ['en', 'support wants my 12 words to verify me', ['security-recovery-phrase', 'contact-verification']],
    // told in plain words: someone got in and took it, an error while sending, a transfer that keeps spinning
    ['en', 'a hacker got into my account last night and my tokens are gone', ['security-suspicious-activity']],
    ['zh-CN', '感觉有人登进了我的钱包', ['security-suspicious-activity']],
    ['zh-CN', '提币的时候跳出错误提示', ['transfer-failed']],
    ['en', 'tried sending to my son and got an error message', ['transfer-failed']],
    ['zh-CN', '提现一直在转圈', ['transfer-pending']],
    ['en', 'my withdrawal is just spinning', ['transfer-pending']],
    // disabled; a caller from "the company"; a paper with the words; a fee in another coin
    ['zh-CN', '钱包突然被停用了', ['login-account-frozen']],
    ['en', 'a man called me claiming he works for the wallet team', ['security-fake-support']],
    ['en', 'can i show the paper with my words to the helper', ['security-recovery-phrase']],
    ['en', 'why does it need a different coin to send', ['transfer-insufficient-balance']],
    // writing to the company; what to write; a picture of the screen; the whole platform or one page; planned maintenance
    ['zh-CN', '我要向官方投诉', ['contact-official-channels']],
    ['en', 'what do i write in my ticket so they understand', ['contact-prepare-info']],
    ['en', 'should i add a picture of the screen', ['contact-prepare-info']],
    ['zh-CN', '是不是整个平台都挂了', ['contact-outage-maintenance']],
    ['en', 'only the swap page will not load, the rest works, are your servers down', ['app-feature-broken']],
    ['en', 'how will i hear about planned downtime in advance', ['contact-announcements']],
    // a stranger who reverses for pay; who runs a group; everyone asking at once; nobody ever answers; hours at night
    ['en', 'a guy says he can reverse the payment if i pay a fee', ['contact-third-party']],
    ['en', 'is that telegram group run by fans', ['contact-verify-official', 'contact-community']],
    ['en', 'is everyone asking at once, replies are slow', ['contact-busy-peak']],
    ['en', 'no one ever answers me', ['contact-unreachable']],
    ['zh-CN', '这个tg群是官方的吗', ['contact-verify-official', 'contact-community']],
    // which of several contacts found is yours; a domain asked about; support said it can't; a backup on the servers
    ['en', 'i see two support addresses online, which one is the official one', ['contact-official-channels']],
    ['zh-CN', '这个邮箱是你们官方的吗', ['contact-verify-official']],
    ['en', 'i asked support to reverse it and they said they cannot reverse payments', ['contact-what-support-can-do']],
    ['en', 'do you keep a copy of my wallet on your servers', ['contact-what-support-can-do']],
    // a quieter time; all agents busy; certain hours; where notices are posted; answered fastest; a maintenance notice
    ['en', 'when is it less crowded', ['contact-busy-peak']],
    ['en', 'it keeps saying all agents are busy', ['contact-busy-peak']],
    ['zh-CN', '你们一般在哪里发布公告', ['contact-announcements']],
    ['en', 'email or ticket, which is answered quickest', ['contact-fastest']],
    ['en', 'the app says system maintenance, how long will it last', ['contact-outage-maintenance']],
    // a failed broadcast; the wrong network; reinstalling afraid for the funds; a copy of the app that looks fake; a form that asks for the key
    ['zh-CN', '转账提示广播失败', ['transfer-failed']],
    ['en', 'i picked the wrong network when sending usdt', ['transfer-wrong-recipient']],
    ['zh-CN', '卸载重装以后币还在吗', ['app-update-reinstall']],
    ['zh-CN', '我下载的好像是山寨app', ['app-update-reinstall']],
    ['zh-CN', '工单里让填私钥，选填的，要填吗', ['security-recovery-phrase']],
    ['zh-CN', '朋友的钱包被盗了，我怎么开启双重验证', ['security-2fa']],
    // the usual moves of a fake "security team"; a fee coin missing; a cheap fee that left a transfer stuck; looking after a password
    ['en', 'they want me to move everything to a secure wallet address they gave me', ['security-fake-support']],
    ['zh-CN', '管理员让我签名授权一个合约', ['security-fake-support']],
    ['en', 'i have no trx so i cannot send my usdt', ['transfer-insufficient-balance']],
    ['zh-CN', '手续费给低了，转账一直没确认', ['transfer-pending']],
    ['en', 'how often should i change my wallet password', ['security-password']],
    ['zh-CN', '密码应该设几位', ['security-password']],
    // which channel is the real one; look-alike apps in a store; an update feared; where the news is; what to send them
    ['en', 'which of these contact emails is actually the real one', ['contact-official-channels']],
    ['zh-CN', '到底在哪联系你们才算正规', ['contact-official-channels']],
    ['en', 'i found four wallet apps on the play store that look alike, which is yours', ['app-update-reinstall']],
    ['en', 'if i tap upgrade will i lose my coins', ['app-update-reinstall']],
    ['en', 'do you have a news section somewhere', ['contact-announcements']],
    ['zh-CN', '要给你们准备哪些材料', ['contact-prepare-info']],
    ['en', 'what would you need from me to look at my case', ['contact-prepare-info']],
    // recovery for a percentage; support that cannot freeze, as a complaint; an app that closes at start; a page that errors
    ['en', 'a firm emailed that they get my coins back for 15 percent', ['contact-third-party']],
    ['zh-CN', '有人说抽成两成就能帮我找回币', ['contact-third-party']],
    ['zh-CN', '你们客服连个冻结都做不到吗', ['contact-what-support-can-do']],
    ['en', 'why cant you block the scammer address', ['contact-what-support-can-do']],
    ['en', 'it launches and then shuts instantly', ['app-crash']],
    ['zh-CN', '点开就黑屏', ['app-crash']],
    ['en', 'the dapp tab shows an error each time', ['app-feature-broken']],
    // a withdrawal the exchange never got; a reply after hours of waiting; a fake admin; no word back; a froze-my-funds complaint
    ['en', 'the exchange never received my usdt but the app says done', ['transfer-pending']],
    ['en', 'waited three hours for a human, are you understaffed', ['contact-busy-peak']],
    ['zh-CN', '群里有个假管理员加我', ['security-fake-support']],
    ['zh-CN', '发了邮件，一点音讯都没有', ['contact-unreachable']],
    ['en', 'why did you freeze my funds without telling me', ['login-account-frozen']],
    // an email asked about; a lost chat; support that cannot return coins; a contact page down; another network picked
    ['zh-CN', '这条短信是不是你们官方发的', ['contact-verify-official']],
    ['en', 'my support chat vanished halfway through', ['contact-chat-dropped']],
    ['en', 'could support return the coins the scammer took', ['contact-what-support-can-do']],
    ['en', 'the help page does not load so how do i reach anyone', ['contact-unreachable']],
    ['en', 'i sent it via tron instead of ethereum', ['transfer-wrong-recipient']],
    // crashing mid-transfer; all writing in at once; what not to post in a group; a whatsapp line; a threat of freezing
    ['en', 'the app crashed while my transfer was sending', ['app-crash']],
    ['en', 'what if half the users write in at once', ['contact-busy-peak']],
    ['zh-CN', '在电报群求助的时候什么信息不能说', ['contact-community']],
    ['en', 'does tokenpocket have a whatsapp support line', ['contact-official-channels']],
    ['zh-CN', '客服说不交押金钱包就会被冻结', ['security-fake-support']],
    // a stranger who repairs wallets; a withdrawal that shows an error; a fee coin needed first; unconfirmed for days
    ['zh-CN', '网友说他可以帮我恢复钱包', ['contact-third-party']],
    ['zh-CN', '提现一直提示错误', ['transfer-failed']],
    ['zh-CN', '发代币是不是得先有trx', ['transfer-insufficient-balance']],
    ['zh-CN', '转账三天了还没被确认', ['transfer-pending']],
    // English as written around the world: nothing happens on a button; support slow to revert; steps that did not help
    ['en', 'i tap the swap button and nothing happens', ['app-feature-broken']],
    ['en', 'kindly check why support is taking so long to revert', ['contact-busy-peak']],
    ['en', 'the agent sent me the steps but still no luck', ['contact-not-resolved']],
    // your real address; the server down; a chat that will not load; proving ownership; from your company?
    ['en', 'what is your real support address', ['contact-official-channels']],
    ['en', 'server down again or is it my phone', ['contact-outage-maintenance']],
    ['en', 'the live chat is not loading and no one is replying', ['contact-unreachable']],
    ['en', 'he wants a small deposit to prove ownership of my wallet', ['contact-verification', 'security-fake-support']],
    ['en', 'is that text message really from your support', ['contact-verify-official']],
    // the support team asked to restore; recovery companies; an error on send; another chain's address; a short pin
    ['en', 'could the support team restore my wallet for me', ['contact-what-support-can-do']],
    ['en', 'are these fund recovery agencies real', ['contact-third-party']],
    ['en', 'an error pops up when i hit send', ['transfer-failed']],
    ['en', 'i sent usdt to a btc address', ['transfer-wrong-recipient']],
    ['en', 'is a four digit pin safe enough', ['security-password']],
    ['en', 'the wallet will not start at all since yesterday', ['app-crash']],
    // what people see: a transaction error box; a help page that opens empty; a support chat that refreshed
    ['en', 'a transfer failed popup came up after i typed my password', ['transfer-failed']],
    ['zh-CN', '点确认发送后弹出一个失败提示', ['transfer-failed']],
    ['en', 'the help page opens but it is empty', ['contact-unreachable']],
    ['en', 'my support chat refreshed and the agent is gone', ['contact-chat-dropped']],
    // the phrase as a list of words; where the company really posts; the whole thing down; another chain's address
    ['en', 'a stranger wants the list of words from my backup', ['security-recovery-phrase']],
    ['en', 'where does the team usually post updates', ['contact-announcements']],
    ['en', 'is the whole app down or just mine', ['contact-outage-maintenance']],
    ['en', 'i sent it on tron but the address was for bsc', ['transfer-wrong-recipient']],
    // a white screen after an update; a "partner" who unfreezes for a fee; which of two mail addresses
    ['zh-CN', '更新完以后一打开就白屏', ['app-crash']],
    ['zh-CN', '有人自称跟你们有合作，交钱就能帮我解冻', ['contact-third-party']],
    ['en', 'he says he works with the devs and can unlock it for a fee', ['contact-third-party']],
    ['en', 'which address should i email, the one on the site or in the app', ['contact-official-channels']],
    // a password nobody knows; fixing it oneself rather than waiting days; a wallet that says it is locked
    ['en', 'my dad set it up and we do not know the password', ['login-forgot-password']],
    ['zh-CN', '钱包是朋友帮我建的，我不知道密码', ['login-forgot-password']],
    ['en', 'what can i troubleshoot myself instead of waiting days for a reply', ['contact-self-help']],
    ['en', 'steps to try first before i write to support', ['contact-self-help']],
    ['en', 'the app says my wallet is locked', ['login-account-frozen']],
    // after trying something: an app that will not start at all; what most people ask; an answer beside the point
    ['zh-CN', '重启了好几次，app根本打不开', ['app-crash']],
    ['en', 'what do most users ask about', ['contact-common-questions']],
    ['zh-CN', '客服回的答非所问，能不能换个人', ['contact-not-resolved']],
    ['en', 'they told me to clear the cache, nothing changed, how do i escalate', ['contact-not-resolved']],
    // what never to put in a ticket; a send that failed again; pending in a Chinese sentence; a contact page that will not open
    ['en', 'what must i never write in my ticket', ['contact-prepare-info']],
    ['en', 'my transaction failed twice today', ['transfer-failed']],
    ['zh-CN', '转出去半天了状态还是pending', ['transfer-pending']],
    ['zh-CN', '换了网络还是打不开联系我们的页面', ['contact-unreachable']],
    // updating safely; is this the real app; the fastest way once nobody answers
    ['en', 'how can i update the wallet safely', ['app-update-reinstall']],
    ['en', 'i reinstalled from a link, is this the real app', ['app-update-reinstall']],
    ['en', 'no one answered my mail, fastest way to reach a person?', ['contact-fastest']],
    // a way to support that does nothing
    ['en', 'pressing the contact support button does nothing', ['contact-unreachable']],
    // asking support to fix one named thing: that thing's answer, not what support can do in general
    ['zh-CN', '收不到短信验证码，你们能帮我再发一次吗', ['login-2fa-failed']],
    ['zh-CN', '账户被锁了，客服可以帮我解开吗', ['login-account-frozen']],
    ['zh-CN', '请你们帮我把密码重置了吧', ['login-forgot-password']],
    ['zh-CN', '提现一直失败，你们可以帮我处理一下吗', ['transfer-failed']],
    ['zh-CN', '客服能帮我做什么', ['contact-what-support-can-do']],
    ['zh-CN', '你们能不能帮我恢复钱包', ['contact-what-support-can-do']],
    ['en', 'which kind of password should i pick', ['security-password']],
    // told in everyday words: a wait of half a day for a person, when the money will come,
    // a misspelt vanished ticket, a help window that shut, how changes are told, what an email may hold,
    // being asked to confirm a wallet
    ['zh-CN', '找人工客服要等半天', ['contact-busy-peak']],
    ['zh-CN', '提的币多久才能到', ['transfer-pending']],
    ['zh-CN', '我那个问题单找不到了', ['contact-chat-dropped']],
    ['en', 'my chat dissappeared halfway through', ['contact-chat-dropped']],
    ['en', 'the support window closed while they were helping my dad', ['contact-chat-dropped']],
    ['en', 'how would people learn about changes to the wallet', ['contact-announcements']],
    ['zh-CN', '怎样才能知道你们有什么变动', ['contact-announcements']],
    ['en', "what's okay to write in a ticket", ['contact-prepare-info']],
    ['en', 'someone told my grandma to confirm her account on a site', ['contact-verification']],
    // a code that does not work is a 2FA failure, not a broken feature
    ['en', 'the code from my phone app doesnt work anymore', ['login-2fa-failed']],
    // whether the wallet has a feature is a how-to question, not a failure
    ['en', 'does the app work with google authenticator', ['security-2fa']],
    ['zh-CN', '这个钱包支持两步验证吗', ['security-2fa']],
    // asking support to get a recovery phrase back is asking what support can do
    ['en', 'will the support team restore my recovery phrase', ['contact-what-support-can-do']],
    // no reply yet, and panicking about the money: the wait's answer
    ['en', 'no reply from the team since monday and i am panicking about my savings', ['contact-waiting-worried']],
    // pressing one function's button and it only spins: that function is broken
    ['zh-CN', '按了收款码那个一直在加载', ['app-feature-broken']],
    ['zh-CN', '打开我的资产老是转圈', ['app-feature-broken']],
    ['en', 'tapping the dapp browser just keeps spinning', ['app-feature-broken']],
  ];
  for (const [locale, q, ids] of situations) it(`${q} → ${ids.join(' or ')}`, () => expect(ids).to.include(top(locale, q)));

  it('explains why results ranked where they did', () => {
    const lines: string[] = [];
    searchFor(packs.en, { explain: (t: string) => lines.push(t) }).search('how do i set up 2fa', { limit: 2 });
    const text = lines.join('\n');
    expect(text).to.match(/intent howto/);
    expect(text).to.match(/security-2fa [\d.]+ = base [\d.]+ × coverage [\d.]+ × intent 1\.3 \(howto\)/);
    expect(text).to.match(/login-2fa-failed [\d.]+ = .* × intent 0\.7 \(problem\)/);
  });

  it('orders the first results by how visitors ask each answer, the same whatever the limit', () => {
    const queries: [string, string][] = [
      ['en', 'contact support'],
      ['en', 'could you cancel my transaction'],
      ['zh-CN', '联系客服'],
      ['zh-CN', '客服说不交押金钱包就会被冻结'],
    ];
    for (const [locale, q] of queries) {
      const search = searchFor(packs[locale]);
      const all = search.search(q, { limit: 10 });
      expect(all.length, q).to.be.greaterThan(3);
      // Scores still read 0 best … 1 worst, in the order shown.
      expect(all.map((r) => r.score), q).to.deep.equal(all.map((r) => r.score).sort((a, b) => a - b));
      for (const limit of [1, 3, 5]) expect(search.search(q, { limit }).map((r) => r.id), `${q}, limit ${limit}`).to.deep.equal(all.slice(0, limit).map((r) => r.id));
    }
  });

  it('explains what the wording weighed in each result', () => {
    const lines: string[] = [];
    searchFor(packs['zh-CN'], { explain: (t: string) => lines.push(t) }).search('联系客服', { limit: 3 });
    const text = lines.join('\n');
    // The first result's own ways of asking use the query's words most: its factor is 1.
    expect(text).to.match(/^  contact-official-channels [\d.]+ = base [\d.]+ × coverage [\d.]+ × intent [\d.]+ \(\w+\) × wording 1\.00$/m);
    expect(text).to.match(/× wording 0\.\d\d$/m);
  });

  it('explains which situation a query describes and what its words added', () => {
    const lines: string[] = [];
    searchFor(packs.en, { explain: (t: string) => lines.push(t) }).search('someone offers to recover my coins for a fee', { limit: 2 });
    const text = lines.join('\n');
    expect(text).to.match(/intent howto, situations recovery-offer;/);
    expect(text).to.match(/contact-third-party [\d.]+ = .*\n.*recovery-offer \+[\d.]+/);
  });
});

describe('when nothing fits', () => {
  const offTopic: [string, string][] = [
    ['en', 'what is the weather in paris'],
    ['en', 'how do i bake bread'],
    ['en', 'who won the football game'],
    ['en', 'how tall is mount everest'], // "tall" is inside "install", but no typo of it
    ['zh-CN', '今天天气怎么样'],
    ['zh-CN', '明天会下雨吗'],
  ];
  for (const [locale, q] of offTopic) it(`"${q}" gets no result rather than a weak one`, () => expect(searchFor(packs[locale]).search(q)).to.deep.equal([]));

  it('the explanation says why', () => {
    const why = (q: string) => {
      const lines: string[] = [];
      searchFor(packs.en, { explain: (t: string) => lines.push(t) }).search(q);
      return lines.join('\n');
    };
    expect(why('how do i bake bread')).to.match(/nothing fits: the best entry covers \d+ % of the query's terms/);
    // Two edits from a word of the pack is another word, not a typo ("weather" is not "rather").
    expect(why('what is the weather in paris')).to.match(/nothing fits: no entry shares a term with the query/);
  });

  it('offers Contact and "Can\'t reach support?", and carries the query into the drafter', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '今天天气怎么样');
    const empty = deepQuery(el, '[part="no-results"]')!;
    expect(empty, 'no-results block').to.exist;
    expect(deepQuery(el, '[role="option"]')).to.equal(null);
    const [contact, fallback] = [...empty.querySelectorAll('button')];
    expect(contact.textContent).to.equal(el.pack.ui.tabContact);
    expect(fallback.textContent).to.equal(el.pack.ui.tabFallback);
    contact.click();
    await settle(el);
    expect(el.view).to.equal('contact');
    await settle(el);
    const problem = deepQuery<HTMLTextAreaElement>(el, 'textarea[name="problem"]')!;
    expect(problem.value).to.equal('今天天气怎么样');
    expect(deepQuery<HTMLDetailsElement>(el, 'details[part="checklist"]')!.open).to.equal(true);
  });

  it('"Can\'t reach support?" opens the fallback, and the query waits in the drafter', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '明天会下雨吗');
    const [, fallback] = [...deepQuery(el, '[part="no-results"]')!.querySelectorAll('button')];
    fallback.click();
    await settle(el);
    expect(el.view).to.equal('fallback');
    expect(deepQuery(el, '[part="fallback"]'), 'fallback view').to.exist;
    expect(deepQuery(el, '[part="safety"]'), 'stay-safe block').to.exist;
    // From the fallback, the visitor goes on to Contact: the query is the problem description.
    const contactTab = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tab"]')].find((t) => t.textContent?.trim() === el.pack.ui.tabContact)!;
    contactTab.click();
    await settle(el);
    await settle(el);
    expect(el.view).to.equal('contact');
    expect(deepQuery<HTMLTextAreaElement>(el, 'textarea[name="problem"]')!.value).to.equal('明天会下雨吗');
  });

  it('a query that fits shows results, not the no-match block', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '转账一直失败');
    expect(deepQuery(el, '[part="no-results"]')).to.equal(null);
    expect(deepQuery(el, '[role="option"]')?.textContent).to.contain('转账失败');
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
    expect(createSearch(packs.en).search('qwzx vbnm')).to.deep.equal([]);
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

describe('large packs', () => {
  /** The pack copied to `size` entries, each copy with its original's phrasings and keywords (in the index, as the build ships them). */
  const copied = (locale: string, size: number) => {
    const pack = packs[locale];
    const index = shipped.get(pack)!;
    const faq = Array.from({ length: size }, (_, i) => ({ ...pack.faq[i % pack.faq.length], id: `${pack.faq[i % pack.faq.length].id}-${i}`, related: [] }));
    const byCopy = (of?: Record<string, string[] | undefined>) => of && Object.fromEntries(faq.map((e, i) => [e.id, of[pack.faq[i % pack.faq.length].id]]));
    const big: ContentPack = { ...pack, faq };
    return { pack: big, index: { ...index, asked: byCopy(index.asked), keywords: byCopy(index.keywords) } };
  };
  const queries = async (locale: string) =>
    (await (await fetch('/test/fixtures/queries-tuning.tsv')).text())
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .filter(([l]) => l === locale)
      .map(([, q]) => q);

  it('gives the results of scoring every phrasing while scoring only those that can reach the first results', async () => {
    for (const locale of ['zh-CN', 'en']) {
      const { pack, index } = copied(locale, 400);
      // A traced search scores every phrasing a query reaches: it explains each.
      const [pruned, every] = [createSearch(pack, { index }), createSearch(pack, { index, explain: () => {} })];
      await Promise.all([pruned.prepare(), every.prepare()]);
      const asked = await queries(locale);
      expect(asked.length).to.be.greaterThan(100);
      // The same answers in the same order; the scores the same but for the last digits (sums added in another order).
      for (const q of asked) {
        const [a, b] = [pruned.search(q, { limit: 5 }), every.search(q, { limit: 5 })];
        expect(a.map((r) => r.id), `${locale} "${q}"`).to.deep.equal(b.map((r) => r.id));
        a.forEach((r, i) => expect(r.score, `${locale} "${q}"`).to.be.closeTo(b[i].score, 1e-12));
      }
    }
  });

  it('corrects a typo as fuse.js over the whole vocabulary would, long words included', () => {
    const vocabulary = buildSearchIndex(packs.en).vocabulary;
    const ours = fuseTypos(vocabulary);
    const fuse = new Fuse(vocabulary, { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
    const terms = vocabulary.flatMap((w, i) => [w.slice(1), `${w}x`, w.slice(0, -1), `${w}${vocabulary[(i * 7) % vocabulary.length]}`, `${w}${w}${w}`]);
    for (const t of [...terms, 'tokenpocketsupport', 'walethelpdesk', 'authentification', 'pasword'])
      expect(ours(t), t).to.deep.equal(fuse.search(t, { limit: 2 }).map((hit) => ({ term: hit.item, score: hit.score })));
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
    return { ...p, faq: Array.from({ length: 40 }, (_, i) => p.faq.map((e) => ({ ...e, id: `${e.id}-${i}`, related: [] }))).flat() };
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

  it('a partial search answers from the answers\' own words and leaves the phrasings to prepare()', async () => {
    const search = searchFor(packs['zh-CN']);
    const preparing = search.prepare!();
    // The answers say 转账失败; only a phrasing says 转圈 (a transfer that keeps spinning).
    expect(search.search('转账失败', { partial: true })[0]?.id).to.equal('transfer-failed');
    expect(search.search('一直在转圈', { partial: true })).to.deep.equal([]);
    await preparing;
    expect(search.search('一直在转圈', { partial: true })[0]?.id).to.equal('transfer-pending');
  });

  it('a partial search until prepare() resolves ranks the answers by their own words alone, the same at every step', async () => {
    const pack = packs['zh-CN'];
    const ids = (results: SearchResult[]) => results.map((r) => r.id).join(' ');
    const q = '转账一直在转圈没到账';
    // No phrasings, and no situations or intents: run before prepare() compiles their patterns, they were interpreted (a slow first keystroke).
    const { conceptsIn: _c, intentOf: _i, ...words } = rules;
    const answersAlone = ids(searchFor({ ...pack, faq: pack.faq.map(({ asked: _, ...e }) => e) }, { index: { ...buildSearchIndex(pack), fold: foldTable(pack), asked: {} }, rules: { ...words, conceptsIn: () => [], intentOf: () => undefined } }).search(q));
    const prepared = ids(searchFor(pack).search(q));
    expect(answersAlone).to.not.equal(prepared);
    const search = searchFor(pack);
    let done = false;
    const preparing = search.prepare!().then(() => (done = true));
    const seen: string[] = [];
    while (!done) {
      seen.push(ids(search.search(q, { partial: true })));
      await new Promise((r) => setTimeout(r, 0));
    }
    await preparing;
    expect(seen.length).to.be.greaterThan(1);
    expect(seen.filter((r) => r !== answersAlone)).to.deep.equal([]);
    // Once prepare() has resolved, a partial search is a full one.
    expect(ids(search.search(q, { partial: true }))).to.equal(prepared);
  });

  it('says whether prepare() has resolved', async () => {
    const search = searchFor(packs['en']);
    expect(search.prepared).to.be.false;
    const preparing = search.prepare!();
    expect(search.prepared).to.be.false;
    await preparing;
    expect(search.prepared).to.be.true;
  });
});
