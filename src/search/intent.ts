/**
 * What a question asks, beyond its words: the intent of its phrasing (how do I set X up vs X
 * failed) and a few situations people describe in words an answer does not use (someone
 * claims to be support, the service seems down, I want to fix it myself). Rules over folded
 * text (normalize()), in Chinese and English; deterministic, and explained by search's debug
 * mode. They name classes of questions, never one query.
 */

/** `howto`: how to do, set up, turn on, choose, should I. `problem`: failed, not working, stuck, lost, forgot. */
export type Intent = 'howto' | 'problem';

const PROBLEM =
  /失败|输错|填错|打错|写错|删了|被删|断开|断线|掉线|排队|太忙|繁忙|不对|错误|出错|报错|不了|不上|不到|不出|不进|不成功|不通过|不行|没用|没反应|无法|不能用|忘|丢|卡住|卡在|被盗|被骗|被黑|冻结|被锁|锁定|异常|不见|没了|想不起|记不|不记得|打不通|不通|被封|封了|没到|没收到|收不到|打不开|闪退|崩溃|自动关闭|自己关闭|自动退出|转不过去|转不出去|怎么办|不足|转错|\b(fail|fails|failed|failing|failure|error|errors|wrong|broken|stuck|lost|lose|losing|forgot|forgotten|forget|locked|frozen|stolen|stole|hacked|disappeared|vanished|missing|invalid|rejected|denied|declined|not accepted|not valid|incorrect|problem|issue|crash|crashes|crashed|crashing|freezes|keeps|clos(e|es|ed|ing) (by )?(itself|on its own|automatically)|insufficient|reset|recover|cant|cannot|couldnt|wont|doesnt|didnt|isnt|wasnt|arent|hasnt|havent|(did|does|do|is|was|are|has|have|will|can) not|never (\w+ )?(receiv|arriv|got|get|came|come|show|went|answer|repl|respond)\w*|deleted|erased|busy|dropped|disconnected|cut off|not (working|work|received|arrived|arriving|loading|showing|opening|sending|going through))\b/;
const HOWTO =
  /如何|怎样(?!的)|怎么(设置|开启|开通|打开|启用|绑定|选|设|弄|用|做|操作|添加|创建|更新|升级|安装|下载|备份|修改|确认|辨别|识别|判断|知道|联系|找)|要不要|需不需要|有必要|值得|多长|几位|多少位|设置|绑定|可以.{0,12}吗|可不可以|能不能|用不用|该不该|有没有必要|需要开|应该|是否|建议|推荐|开启|启用|安全吗|\b(how (do|to|can|should|would|does)|how s|set up|setup|setting up|turn on|enable|enabling|activate|choose|choosing|pick|should i|should we|do i need|is it (safe|worth|necessary|recommended)|recommend|recommended|best way|best|tips|strong|secure|safely|prepare|worth|necessary|needed|required|bind|link|how \w+ should|should (?!i do\b)\w+|what can i do (myself|to)|how can i|(?<!where )can i|may i|to fix|fix it|(can|could|will) (support|you|tp|tokenpocket|customer service)(?! (help|please|pls))|what can (support|you|customer service) do|(does|do|will|can) (the |this |your |tp |tokenpocket )?(wallet|app|it|you) (support|work with|have|offer|allow)|is there (a |an )?(way|option|setting) to)\b|(钱包|app|软件|你们)?支持.{0,10}(吗|么)|有没有.{0,8}(功能|选项|设置)/;

/** The intent a question's phrasing shows, or undefined. A problem cue wins ("how to fix a failed transfer"). */
function intentOf(folded: string): Intent | undefined {
  if (PROBLEM.test(folded)) return 'problem';
  if (HOWTO.test(folded)) return 'howto';
  return undefined;
}

/** A situation described in words the answer may not use, and the words it does use. */
export interface Concept {
  name: string;
  cue: RegExp;
  /** Terms in Chinese and English; only those the pack contains can match. */
  terms: string;
  /**
   * What the situation asks for. Most are told as a problem but ask what to make of it and
   * what to do (is this support real, should I pay this recovery service): guidance, a how-to.
   * A loss (funds gone) asks what to do about a problem.
   */
  intent?: Intent;
  /** Only when no other situation is recognised: "the help button does nothing" is about reaching support. */
  fallback?: boolean;
  /** Not when the query also says this ("2FA 验证失败" is a code, not an identity check). */
  unless?: RegExp;
}

/** How to tell whether something is official (a question of checking, not a report of a fake). */
const CHECK_OFFICIAL =
  /(怎么|如何|怎样|咋)(判断|确认|核实|辨别|识别|分辨|验证|知道|看).{0,14}(官方|真的|真假|是不是真|正版|官网|是不是你们|是否(是)?你们)|\bhow (to|do i|do you|can i|would i)( \w+){0,2} (check|verify|tell|know|confirm|make sure|spot|identify)\b.{0,40}\b(real|really|official|genuine|legit|authentic|fake)\b/;

/** Words for being afraid: the waiting and unreachable situations tell a worry about the funds by them. */
const FEAR_WORDS = /scared|afraid|worried|terrified|panic\w*|nervous|anxious/;
/** A two-factor or verification code: a "verification" that asks for one is about 2FA. */
const CODE_WORDS = /2fa|双重|两步|二次验证|验证码|谷歌验证|身份验证器|authenticator|\botp\b|(?<!qr )\bcodes?\b/;

/** The words several situations add, each the words of one answer. */
const FAKE_SUPPORT = '假冒 客服 诈骗 fake support scam';
const FAKE_VERIFICATION = '身份验证 验证不通过 identity verification';
const THIRD_PARTY = '第三方 追回 third party recovery service';
const ANNOUNCEMENTS = '公告 官方消息 announcements news official updates';
const CHECKING = '核实 辨别 是不是官方 verify official genuine';
const RECOVERY_PHRASE = '助记词 私钥 泄露助记词 recovery phrase private key';

/** A pattern that matches where any of `patterns` does. */
const anyOf = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));

/** Everyone asking support at once: a queue (the busy answer), not an outage. */
const EVERYONE_ASKING = /大家都在(问|咨询|找客服)|\b(everyone|everybody)( \w+){0,3} (asking|writing|contacting|messaging)\b/;

/** A check or verification named: the fake-verification answer's words, not fake support's. */
const VERIFY_WORDS = /(验证|认证|核实|审核)|\bverif\w*\b/;

const CONCEPTS: Concept[] = [
  {
    name: 'impersonation',
    cue: /自称|说是|说他是|说她是|说自己是|冒充|我是(tp|tokenpocket|官方|客服|技术)|假装|声称|私信|私聊|加我|主动联系|主动找|找上|联系了我|是真的吗|是不是真的|真的假的|是真是假|是不是官方|官方的吗|可信吗|靠谱吗|可靠吗|是骗子|假(的)?(管理员|工作人员|员工)|\b(fake (admins?|moderators?|mods|helpers?|agents?|staff)|private(ly)? (message|messages|messaged|chat|chatted)|acting (like|as)|claim|claims|claimed|claiming|pretend|pretends|pretending|impersonat\w*|says (he|she|they|it) (is|are|s)|say they|saying (he|she|they)|posing|dm|dms|dmed|messaged me|i am from (tp|tokenpocket|the|your|support|customer)|we are from|contacted me|reached out|texted me|is (this|that|it|he|she)( [a-z]+){0,3} (real|legit|official|genuine|fake)|real or fake|legit|genuine)\b|有人.{0,10}(要|问我要|索要|让我发|让我提供).{0,6}(验证码|密码|助记词|私钥)|\b(someone|somebody|a guy|a person|stranger|they|he|she)\b.{0,30}\b(wants|wanted|asked|asks|asking|requested|requests)\b.{0,12}\b(code|codes|2fa|otp|password|seed|key)\b/,
    terms: '假冒 客服 诈骗 官方 确认 辨别 fake support scam official verify genuine',
    // "legit ways to reach support" asks for the channels; a "support" who wants the recovery
    // phrase is answered by the never-share-it answer.
    unless: /\bways? to (contact|reach|talk to|get in touch)\b|\bwhich( \w+){0,2} (email|emails|channel|channels|contact|contacts|ways?)\b|才(是|算)(真的|官方)|助记词|私钥|\b(seed|mnemonic|private key|recovery phrase|secret phrase|(recovery|secret|seed) words|(12|24|twelve) words)\b/,
  },
  {
    // A message, call or pop-up that says the wallet is flagged, frozen or at risk, asked about: fake support.
    name: 'scare-message',
    cue: /(私聊|私信|发我|发来|打电话|来电|弹出|弹窗|短信|邮件|通知|说).{0,24}(冻结|风控|封号|锁定|异常|安全警告|被盗风险|验证钱包).{0,24}(真的|假的|骗|可信|靠谱|正常吗)|\b(dm|dms|dmed|message|messaged|called|call|sms|text|email|popup|pop up|alert|notification)\b.{0,60}\b(flagged|suspended|frozen|locked|compromised|volatility|abnormal|unusual activity)\b.{0,60}\b(real|legit|scam|fake|true)\b/,
    terms: FAKE_SUPPORT,
  },
  {
    // A call or a message out of the blue from someone who says they work for the company: fake support.
    name: 'cold-call',
    cue: /(打电话|打来电话|来电|电话里|打给我).{0,12}(说是|自称|称是|说他是|说她是|说自己是|说是从)|(说是|自称).{0,6}(钱包|公司|官方|tp|tokenpocket).{0,6}(的)?(工作人员|员工|客服|人员)|\b(phoned|called|rang|calls|calling) (me|us)\b.{0,24}\b(saying|claiming|says|said|who said|who says)\b.{0,20}\b(from|work for|works for|working for|staff|employee|support)\b/,
    terms: FAKE_SUPPORT,
    // One who asks to verify the wallet is answered by the fake-verification answer.
    unless: VERIFY_WORDS,
  },
  {
    // The usual moves of a fake "support" or "security team": move the funds to a safe address,
    // approve a contract, connect the wallet to a site to unlock it.
    name: 'scam-moves',
    cue: /(转到|转移到|转入|移到|存到)(一个)?(安全|保护|冷)(的)?(地址|钱包)|(授权|签名|签署)(一个|一下)?(合约|链接|网站)|(连接|链接)(钱包)?到.{0,8}(网站|链接|页面).{0,10}(解冻|解锁|激活|验证|同步)|\b(move|moving|transfer|transferring|send|sending)\b.{0,24}\b(to )?an? (safe|secure|safety|protected|new safe) (address|wallet)\b|\b(approve|sign|authori[sz]e)\b( an?| the| this)? (contract|approval|transaction)\b.{0,30}\b(admin|support|team|he|she|they|someone|told|asked)\b|\b(admin|support|team|he|she|they|someone|guy)\b.{0,40}\b(approve|sign|authori[sz]e) (a |the |this )?(contract|approval)\b|\bconnect (my |the )?wallet to (a |the |this |their )?(site|website|link|page|dapp)\b.{0,30}\b(unlock|unfreeze|sync|activate)\b/,
    terms: FAKE_SUPPORT,
    // Verifying the wallet is the fake-verification answer's.
    unless: /(验证|认证|核实)|\bverif\w*|\bvalidat\w*/,
  },
  {
    // Someone has the visitor install a remote-control app or share the screen: the fake-support answer.
    name: 'remote-access',
    cue: /远程(控制|协助|桌面|软件|操作)|屏幕共享|共享屏幕|\b(anydesk|teamviewer|rustdesk|remote (access|control|desktop|support app)|screen ?shar\w*|share (my|your|the) screen)\b/,
    terms: FAKE_SUPPORT,
  },
  {
    // Funds gone without the owner doing it: the theft answer, whatever words describe the loss.
    name: 'theft',
    cue: /(币|资产|钱|余额|资金|代币|usdt|\du|^u|eth|btc|trx).{0,6}(没了|少了|被转|转走|归零|变成0|变0|清空|不见了|不见咗|唔见)|(被|有人|别人|黑客|骗子).{0,4}(转走|偷走|盗走|偷了|盗了)|把我的?.{0,10}(转走|偷走|盗走|拿走)|(有人|别人|黑客|陌生人).{0,6}(进了|进入了?|登录了?|登进了?|闯进)(我的?)?(钱包|账户|账号)|(币|钱|资产|余额).{0,4}被.{0,4}拿走|(只剩|剩下?|变成)(0|零)|(没有?|冇)(操作|转过|动过|碰过|转账).{0,16}(没了|少了|不见|转走|剩|唔见)|莫名.{0,6}(转出|少了|没了)|不是我(转|操作|发)|被人转|未经.{0,4}(授权|允许|同意)|\b(coins?|tokens?|funds?|money|usdt|balance|assets?|crypto|eth|btc|trx|savings)\b.{0,20}\b(gone|drained|emptied|stolen|taken|dis+ap+e+ar(ed|s)?|vanished|dropped to zero|went to zero|is zero|are zero|shows zero)\b|\b(wallet|account)( is| got| was)? (empty|emptied|drained|hacked|hackd|compromised)\b|\b(everything|all of it|all my \w+)( is| are| shows| went to| became| turned to) (zero|0|gone)\b|\b(address|wallet)( that)? i (dont|do not|didnt|never) (know|recogni[sz]e)\b|\b(someone|somebody|hacker|scammer|they)\b.{0,12}\b(took|moved|transferred|sent|stole|drained)\b.{0,20}\b(out|away|my)\b|\b(someone|somebody|a hacker|hackers|a stranger)\b.{0,12}\b(got into|broke into|get into|accessed|logged into|has access to|had access to)\b.{0,6}\b(my )?(wallet|account)\b|\b(stole|steal|robbed|drained|emptied)\b.{0,20}\b(coins?|tokens?|funds?|money|usdt|balance|assets?|crypto|eth|btc|trx|savings|wallet)\b|without my (permission|consent|knowledge)|without me (doing|knowing|touching)|unauthori[sz]ed|\b(transaction|transfer|tx|withdrawal|payment)s?\b.{0,12}\bi (didnt|did not|never) (make|made|do|did|send|sent|authori[sz]e)\b|\b(went|sent|moved|transferred) out\b.{0,20}\b(unknown|strange|someone|another)\b|\b(unknown|strange|unfamiliar) (address|adress|wallet)\b|(陌生|未知|不认识|不明)的?(地址|钱包|转账|交易|转出)/,
    terms: '被盗 可疑 异常转出 被黑 stolen suspicious unauthorized hacked',
    intent: 'problem',
    // A fear ("会不会被转走") or one's own move ("要不要先把币转走") while waiting is not a theft.
    unless: /会不会|会被|要不要|该不该|要先|先把|怕|担心|不可撤销|不可逆|忘记|忘了|转给|转错|发错|不小心|\b(afraid|scared|terrified|worried|fear|irreversible|forgot|forget|forgotten|accidentally|by mistake|i sent|i transferred|typo|mistyped|wrong address|pending|unconfirmed|stuck)\b|未确认|没确认|确认中|卡住|输错|填错|打错|地址错|\b(saying|says|said|claims?|claiming|told me)\b( that)? (my|your) (wallet|account)\b|(说|称|通知)(我的?|你的?)(钱包|账户|账号)|\b(will|would|could|might|can) (they|my|the|it|funds?|coins?|money)\b.{0,12}\b(be |get )?(stolen|taken|gone|drained|moved)\b|\bshould i (move|transfer|send)\b|(朋友|家人|别人|同事|同学)的?(钱包|币|资产).{0,4}被盗|\b(friend|friends|brother|sister|cousin|colleague|someone else)( s)? (wallet|account|coins|funds)\b.{0,12}\b(hacked|stolen|drained)\b/,
  },
  {
    // Tiny transfers from addresses that look like one's own (address poisoning): the suspicious-activity answer.
    name: 'lookalike-dust',
    cue: /(0u|0 ?usdt|零u|小额|粉尘|空投).{0,10}(转账|转入|交易|记录)|地址.{0,8}(很像|相似|差不多|几乎一样|一模一样)|\b(tiny|zero|0|dust|small|0 ?usdt)\b.{0,10}\b(transfers?|transactions?|txs?|deposits?)\b|\baddress(es)? (that )?(look|looks|looking) (almost |very |just |nearly )?(like|the same as|similar to) mine\b|\b(lookalike|look alike|similar) address(es)?\b|\breceived 0( 0+)? ?(usdt|usdc|eth|trx|bnb)\b/,
    terms: '被盗 可疑 异常转出 stolen suspicious unauthorized',
  },
  {
    // What the usual scams and tricks are: the fake-support answer.
    name: 'scam-tricks',
    cue: /(骗局|骗术|套路|诈骗手法|诈骗方式|骗人手法)|\b(scams?|tricks?|frauds?)\b.{0,20}\b(common|types?|kinds?|usual|typical|list)\b|\b(common|types? of|kinds? of|usual|typical|list of)\b.{0,10}\b(scams?|tricks?|frauds?)\b/,
    terms: '假冒 客服 诈骗 骗局 fake support scam',
  },
  {
    // Where to see whether the service runs normally: the announcements and status answer.
    name: 'status-where',
    cue: /(服务|系统|运行|平台).{0,6}(是否|是不是)?(正常|运行正常)|服务状态|运行状态|(在哪|哪里|什么地方)(发|发布|公布|通知)(公告|通知|消息)|\bwhere (else )?(do|does|will|would) (you|tp|tokenpocket|the team|the company) (actually |usually |officially |normally )?(post|publish|announce|share)\b|\b(status page|service status|system status|check (the )?status|is everything (ok|working|normal|running)|(see|check|know|tells?|shows?|says) (me )?(if|whether) (everything|it|the (service|app|system)) is (working|running|up)( normally| ok| fine)?)\b/,
    terms: '公告 服务状态 announcements status page service status',
  },
  {
    name: 'outage',
    cue: /服务器|宕机|当机|挂了|崩了|瘫痪|(你们|官方|服务器|系统)那边|大面积|所有人|大家都|别人也|整个平台|只有我(一个|的)?|(系统|平台)(坏了|出问题了?|出故障)|是不是.{0,4}(维护|故障|升级系统|系统升级)|系统(故障|问题|维护|崩)|(网站|官网).{0,2}(打不开|进不去|上不去|访问不了)|服务(中断|异常)|全网|系统维护|\b(system|server|scheduled|under) maintenance\b|\b(server|servers|outage|outages|offline|everyone|anyone else|just me|on your (side|end)|your (side|end))\b|\b(is|are|it s|its|was|were|went|go|goes|going|be) down\b|\b(the )?whole (thing|app|service|platform|network|system) (is )?(broken|down|dead|not working)\b|\b(loading|working) for (anyone|everyone|anybody|everybody)\b|\bdown (now|today|again|right now)\b|\b(network|server|servers|service|system|site|website) (is |are )?down\b|\bis (the )?(service|server|servers|site|website|app|network|system|wallet|tp|tokenpocket)( \w+)? down\b/,
    terms: '故障 维护 公告 服务状态 outage maintenance status announcement',
    // "Only the market page won't load, the rest works" is one feature; everyone asking at once is
    // a queue; a Discord server is a community.
    unless: anyOf(/(备份|存|保存).{0,8}(服务器|云端)|\b(backup|back up|copy|copies|stored|keep)\b.{0,20}\b(on|in) (your|the) servers?\b|\b(discord|telegram) (server|group|channel)\b|只有.{0,6}(页面|页|功能|按钮|界面|模块)|其他(功能|地方|都)(正常|没问题|好好的)|\bonly (the|my|this|one) \w+ (tab|page|button|feature|screen|section)\b|\b(everything|the rest) (else )?(works|is fine|is working)\b/, EVERYONE_ASKING),
  },
  {
    // Where the news is posted: the announcements answer.
    name: 'news-where',
    cue: /(新闻|公告|通知|官方消息)(在哪|在哪里|去哪|哪里看|从哪)|(在哪|在哪里|哪里|去哪)(看|查看|查|发|发布)?(新闻|公告|官方消息)|\bwhere( \w+){0,4} (news|announcements?|notices?)\b|\b(news|announcements?) (page|section|feed|channel)\b|\b(post|publish|share|put) (the |your )?(news|announcements)\b|\bhow (will|do|would|can|should) (i|we|users|people|customers) (hear|know|find out|learn|be told|get told)( about)?\b.{0,20}\b(changes|news|new things)\b|(怎么|怎样|如何|从哪|去哪)(才能|能|会)?(知道|收到|得知|了解).{0,10}(变动|变化|改动|新消息|新动态)/,
    terms: ANNOUNCEMENTS,
    // News of an outage or maintenance is left to those situations.
    unless: /维护|故障|宕机|停机|\b(outages?|down|maintenance|downtime)\b/,
  },
  {
    // Hearing about maintenance before it happens: the announcements answer.
    name: 'maintenance-notice',
    cue: /(提前|事先|预先).{0,8}(通知|知道|公告|告知).{0,8}(维护|停机|升级)|(维护|停机|升级).{0,8}(提前|事先|预先).{0,6}(通知|公告|告知)|\b(planned|scheduled|upcoming) (maintenance|downtime)\b|\b(maintenance|downtime)\b.{0,30}\b(in advance|ahead of time|beforehand|before it happens)\b/,
    terms: ANNOUNCEMENTS,
  },
  {
    // A rumour that the company collapsed or ran off: where the official news is.
    name: 'rumour',
    cue: /跑路|倒闭|破产|谣言|传言|听说.{0,10}(关闭|停止|不运营|出事)|\b(bankrupt|bankruptcy|collapsed|collapse|exit scam|rug ?pull(ed)?|rugged|shut ?down for good|rumou?rs?|is it true)\b/,
    terms: ANNOUNCEMENTS,
    // "客服跑路了" is support that stopped answering.
    unless: /客服|人工/,
  },
  {
    // Support does not answer: the "why can't I get through" answer, not the channel list.
    name: 'unreachable',
    cue: /(客服|工单|帮助中心|在线客服|人工|帮助(?=按钮|页面|入口|链接))(的)?(链接|页面|入口|按钮|窗口|网页|邮箱)?.{0,6}(打不开|点不开|空白|没反应|进不去|用不了|提交不了|提交不上|发不出|发不出去|被退回|退信|404|加载不出|加载不了|转圈|被墙)|\b(support|help|contact|ticket|chat)( \w+)? (link|page|button|form|widget|email|address|site)s?\b.{0,30}\b(not working|doesnt work|dont work|wont work|(doesnt|dont|does not|do not|will not|wont|cant|cannot)( even)? (open|load)|not (loading|opening)|broken|blank|empty|dead|does nothing|nothing happens|bounc\w*|404|error|(cant|can t|cannot) be reached|not found|unreachable)\b|\b(live chat|support chat|chat|hotline|phone line|number|numbers)s? (is |are )?(not loading|not working|doesnt work|dont work|wont load|dead)\b|打不开.{0,6}(联系|客服|帮助)(我们)?的?(页面|页|入口|链接)|联系(我们)?的?(页面|页|入口|链接).{0,6}(打不开|点不开|进不去|加载不出|空白)|联系不上|联系不到|联系不了|联络不上|联络不到|找不到人|找不到人工|没有人工|打不通|没人接|没人回|没人理|不回复|没回复|没有回复|都没回|不回消息|不理我|找不到客服|\bnever (get|gets|got|getting) (through|hold of)\b|\b(no ?(one|body) (ever )?(answers|answered|answering|replies|reply|replied|replying|responds|respond|responding|picks up|gets back)|(cant|cannot|couldnt|unable to) (reach|get through|get to|talk to|speak to|contact|get hold)|no way to (reach|contact|talk)|bounc(e|es|ed|ing)( back)?|no (reply|replies|response|answer) (from|yet|at all)|(got|get|heard) nothing back|never heard back|not (answering|responding|replying|picking up)|never (answer|answers|reply|replies|respond|responds)|ignor(e|es|ed|ing) me|(zero|not one|not a single) (reply|replies|response|responses|answer|answers)|no (reply|replies|response|answer) ever|does (anyone|anybody|any one) (actually |even |really )?(work|answer|reply|respond)(?! (at night|overnight|late|on (the )?weekends?|at weekends?|on holidays?)))\b|从来(不|没)(回|理)|一次都没(回|理)|(回音|音讯|动静)都?(没有|没)|没(有)?(回音|音讯)/,
    terms: '联系不上 打不通 没人回 unreachable cant reach no answer',
    intent: 'problem',
    // "no reply yet, is my money safe meanwhile" asks about the wait.
    unless: anyOf(/\b(fastest|quickest)\b|最快|安全吗|安全不|安不安全|会不会被(转|盗|偷)|忙|\b(busy|flooding|flooded|swamped|overwhelmed)\b|(怕|担心|害怕).{0,10}(钱|币|资产|u|被盗|被转|被偷)|节点|服务器|\b(node|nodes|rpc|server|servers)\b/, new RegExp(String.raw`\b(${FEAR_WORDS.source}|fear)\b.{0,30}\b(money|funds?|coins?|crypto|wallet|savings?|stolen|drained|hacked|lose|lost)\b`), /\b(meanwhile|in the meantime|while i wait|while waiting)\b|\bis my (money|wallet|funds?|coins?|crypto|usdt) (safe|ok|okay)\b/),
  },
  {
    // What support is able to do (freeze, reverse, recover): the answer about support's limits.
    name: 'support-powers',
    cue: /(客服|官方|你们).{0,6}(能|可以|能不能|会不会|有没有办法|有权|有权限).{0,8}(冻结|追回|撤回|撤销|找回|恢复|退款|退回|解冻|(帮我|帮忙)(?=吗|么|嘛|呢|做|什么|$)|做什么|做哪些)|^(tp|tokenpocket)?(钱包)?(能|可以|可不可以|能不能)(退款|撤回|撤销|追回)吗?$|\b(can|could|will|would) (tp|tp wallet|tokenpocket|support|the support team|you|you guys|they|the team|your team|customer service)\b( \w+){0,3} (lock|get|pull|bring|restore|recover|refund|reverse|cancel|freeze|return)\b.{0,30}\b(back|wallet|payment|transaction|transfer|funds|coins|for me|seed phrase|recovery phrase|seed words|recovery words|mnemonic|private key)\b|\b(recover|restore|reset) (my|the) wallet from (your|their) (side|end)\b|\b(support|customer service|tp wallet|tokenpocket|you|staff|team)\b.{0,12}\b(can|cant|cannot|able to|unable to|could|power to)\b.{0,20}\b(freeze|reverse|refund|recover|undo|cancel|block|do anything|do for me|help with)\b|\b(can|could|will|would) (you|support|they|tp wallet|tokenpocket|customer service|the team|staff)\b.{0,12}\b(freeze|reverse|refund|undo|block|roll back|rollback)\b|\bwhat\b.{0,12}\b(can|could|does|do|will)\b.{0,20}\b(support|customer service|staff|team)\b.{0,16}\b(do|help)\b|\birreversible\b|不可撤销|不可逆|(无法|不能)撤(销|回)|(服务器|后台|云端|你们那边).{0,6}(备份|存|保存|留)|\b(backup|back up|copy|copies|stored|store|keep)\b.{0,20}\b(on|in) (your|the company s|tp s|tokenpocket s) (servers?|cloud|database|side|end)\b|(客服|他们|官方).{0,4}(说|表示)?.{0,2}(做不到|没法|不能|无法)(冻结|恢复|找回|撤回|追回)|\b(support|they|the team)\b( \w+){0,2} (said|say|says|told me)\b( that)? (they|it) (cant|cannot|can not|couldnt|is unable to|are unable to) (freeze|recover|restore|reverse|undo|block)\b|\b(asked|told|begged) (support|them|customer service|the team|tp|tokenpocket) to (freeze|recover|restore|reverse|undo|block|refund|cancel)\b|(让|叫|求|请)(客服|官方|你们|他们).{0,4}(冻结|恢复|找回|撤回|追回|退回)|(你们|客服|官方|公司).{0,6}连.{0,8}都(冻结|恢复|找回|追回|撤回|退回|做|办)?(不了|不到|做不到|办不到)|\b(cant|cannot|couldnt|why dont|why wont) (you|your (support|team|staff)|support|they|the team|customer service)\b( \w+){0,2} (freeze|reverse|refund|recover|undo|cancel|block|stop|do anything)\b/,
    terms: '客服能做什么 客服权限 what can support do support limits',
    // Asking support to reset or send a password or a code: the answer about that password or code.
    unless: /密码|秘码|验证码|\b(password|passcode|pin|2fa|otp|authenticator|verification code)\b/,
  },
  {
    // Someone asks for the secret that controls the funds: the answer that says never give it.
    name: 'secret-request',
    cue: /(让我|要我|叫我|索要|问我要|跟我要|向我要|提供|发给|给他|给她|给对方|告诉|输入|填写).{0,6}(助记词|私钥|密钥|恢复短语)|(助记词|私钥|密钥).{0,3}(选填|必填)|(填|填写|输入)(我的?)?(助记词|私钥|密钥)|(助记词|私钥|密钥).{0,6}(填了|填上|填写)|\b(form|field|box)\b.{0,30}\b(seed|recovery phrase|private key|mnemonic|secret phrase)\b|(对方|他|她|客服|他们|那人).{0,4}(要|需要).{0,4}(助记词|私钥|密钥)|(助记词|私钥|密钥).{0,6}(给|发给|交给|告诉|让)(朋友|家人|别人|他|她|对方|客服|官方|工作人员|老公|老婆|孩子|帮忙|帮我|陌生人|网友)|\b(ask(s|ed|ing)?|want(s|ed)?|request(s|ed)?|need(s|ed)?|give|share|send|provide|enter|type)\b.{0,16}\b(seed|recovery phrase|private key|mnemonic|secret phrase|keystore|(12|24|twelve) words)\b/,
    terms: RECOVERY_PHRASE,
  },
  {
    // A transfer sent on the wrong network or chain: the wrong-recipient answer.
    name: 'wrong-network',
    cue: /(选错|选成|用错|搞错|弄错|转错)了?.{0,4}(网络|链|主网)|(网络|链)(选错|搞错|弄错|不对)|(转|充|提)到了?.{0,12}(erc20|trc20|bep20|bsc|polygon).{0,4}地址|\b(wrong|incorrect|different) (network|chain|blockchain)\b|\b(selected|picked|chose|used) the wrong (network|chain)\b|\b(selected|picked|chose|used|sent (it )?(on|via|over))\b( \w+){1,2} instead of\b|\b(sent|send|transferred) (\w+ ){1,2}to an? (eth|ethereum|erc20|trc20|tron|bsc|bep20|btc|bitcoin|sol|solana) address\b|\b(on|via|over) (bsc|bep20|erc20|eth|ethereum|tron|trc20|polygon|arbitrum|solana|sol|base)\b.{0,40}\baddress\b.{0,30}\b(for|on) (bsc|bep20|erc20|eth|ethereum|tron|trc20|polygon|arbitrum|solana|sol|base)\b/,
    terms: '转错 错误网络 wrong address wrong network wrong chain',
    intent: 'problem',
  },
  {
    // Deleting or reinstalling the app, afraid for the funds, or a copy that looks fake: the update answer.
    name: 'reinstall-fear',
    cue: /(怎么|如何)安全(地)?(升级|更新|升到|下载)|\b(get|install|download|update)( \w+){0,3} safely\b|\bis (this|it) the (real|official|genuine) app\b|(删|删除|卸载|重装|重新安装|重新下载)(了|掉)?.{0,16}(还在|会不会没|会不会丢|丢不丢|没了吗|会丢)|(下载|装|安装)的?.{0,16}(假的|山寨|盗版|不一样)|(假|山寨|盗版)的?(app|钱包|应用|软件|安装包)|\b(delete|deleting|uninstall|uninstalling|reinstall|reinstalling|remove|removing)\b.{0,50}\b(still (be )?there|lose|lost|gone|disappear)\b|\b(fake|clone|cloned|counterfeit|copycat) (app|apk|version|wallet app|copy)\b|(应用商店|商店|应用市场|app store|play store).{0,16}(好几个|很多|多个|几个|一模一样|长得一样|差不多)|\b(apps?|copies|versions)\b.{0,12}\b(in|on) the (app |play )?store\b.{0,40}\b(same|alike|which|yours|real|fake|scam)\b|\b(update|upgrade)\b.{0,40}\b(lose|lost|losing) (my |the |all )?(coins|money|funds|crypto|wallet)\b|(更新|升级).{0,12}(会不会|会)(丢|没|清空)|\b(real|official|genuine)\b.{0,24}\b(app|apk|version)\b.{0,24}\b(clone|fake|copy|copycat|knockoff)\b/,
    terms: '重新安装 卸载 正版 reinstall uninstall update official app',
  },
  {
    // Changing, keeping or choosing a password (not a forgotten one): the password answer.
    name: 'password-care',
    cue: /(改|修改|更换|换)(一下|个|掉)?(钱包|交易|app)?密码|密码.{0,6}(设|设置|应该设)(多少位|几位|多长)|(多少位|几位)的?密码|(看到|偷看|看见|知道了)(我的?)?(输入)?(的)?(钱包)?密码|\b(change|changing|update|updating) (my |the )?(wallet |app )?(password|passcode|pin)\b|\bwhat (does|should|would) a (good|strong|secure|safe) (password|one)\b|\b([0-9]+|four|six|eight) (digit|character|char)s? (pin|password|passcode)\b|\bpasswords? (that|so|this|too) (complicated|complex|long|hard)\b|\b(keep|store|save|write down|remember)\b.{0,16}\b(my |the )?(wallet )?(password|passcode)\b.{0,30}\b(safe|safely|nobody|no one|steal|forget|lose)\b/,
    terms: '密码设置 修改密码 强密码 strong password change password',
    unless: /忘|记不|想不起|不知道|\b(forgot|forget|forgotten|lost|dont know|don t know|do not know|cant remember|cannot remember)\b/,
  },
  {
    // A password nobody knows (not "forgot"): the forgotten-password answer.
    name: 'password-unknown',
    cue: /不知道(钱包|交易)?密码|密码(是什么|是多少)?(不知道|想不起|记不得)|\b(dont|don t|do not|didnt|did not|no longer) know (the |my |our |his |her )?(old |current |wallet |app )?(password|passcode|pin)\b|\bno (idea|clue) what (the |my )?(password|passcode|pin|it) (was|is)\b|\b(password|passcode|pin)\b.{0,40}\bno (idea|clue) what it (was|is)\b/,
    terms: '忘记密码 forgot password',
    intent: 'problem',
  },
  {
    // The recovery phrase told without its name (the words written down, the paper with them).
    name: 'phrase-described',
    cue: /(抄|写|记)(下来?|在)?.{0,4}(单词|英文单词|英文)的?(那张)?纸|(单词|英文单词)的那张纸|\b(list of |the |my )?words (that )?i (wrote|written|write|copied) down\b|\b(paper|sheet|card) (with|of) (the |my )?(words|word list)\b|\b(a |the )?list of (12 |24 |twelve |twenty four )?words\b/,
    terms: RECOVERY_PHRASE,
  },
  {
    // A transfer that asks for another coin (the network fee) or fails for the whole balance: insufficient balance.
    name: 'fee-coin',
    cue: /(要|需要|让我|还要).{0,6}(别的|其他|另外的?|另一种)(币|代币)|(没有|没|缺|不够)(trx|eth|bnb|matic|gas|矿工费|手续费|能量)(付|交|支付)?|(买|充|换)(点|一点|些)?(trx|eth|bnb|matic).{0,8}(才能|才可以|才)?.{0,4}(转|提)|(转|发|提)(usdt|代币|币|u).{0,8}(需要|要|得)(先)?有?(trx|eth|bnb|matic|gas|能量)|\b(need|needs|buy|get|have)\b( some)? (trx|eth|bnb|matic|pol|sol)\b.{0,24}\b(fee|fees|gas|send|transfer|unlock|move|out|energy)\b|\b(no|without|zero|not enough) (trx|eth|bnb|matic|gas|energy)\b|(全部|全额|所有的?).{0,4}(转|提)(出|走)?.{0,6}(不了|不出|失败|不行)|有\d+.{0,6}(转|提)\d+.{0,4}(转不了|不行|失败|提不出)|\b(want|wants|need|needs|ask|asks|asking|require|requires)\b.{0,12}\b(another|other|different|some other|extra) (coin|token|crypto|currency)\b|\b(cant|cannot|unable to) (send|withdraw|transfer) (all|my whole|the whole|the full|everything)\b/,
    terms: '余额不足 手续费 insufficient balance gas fee network fee',
    intent: 'problem',
  },
  {
    name: 'hours',
    cue: /(?<!昨天|昨|前天|今天|那天|那个)(晚上|半夜|凌晨|早上)|周末|节假日|假期|过年|春节|几点|24小时(?!内)|全天|上班|下班|\b((?<!last |since |yesterday |tonight )night|weekend|weekends|holiday|holidays|24 7|(?<!within )24 hours|support hours|opening hours|business hours|working hours|(sun|satur|mon|tues|wednes|thurs|fri)days?|what time|(are you|is (support|it|customer service|the (help|support) desk)) (open|available)|open (on|at|during|over)|(online|available|open|working) (only )?(during|at) (certain|specific|set|fixed|business|working|office) (hours|times)|certain hours)\b/,
    terms: '工作时间 服务时间 周末 hours available weekend',
    // When it is less busy is the busy answer.
    unless: /人少|不那么忙|(没那么|不太)忙|\b(less|least|not as|not so) (crowded|busy)\b|\bquiet(er|est)? (time|hours?|period)\b/,
  },
  {
    // Funds sent but not there yet: the pending answer, however the arrival is told.
    name: 'not-arrived',
    cue: /(还是|一直|显示|状态|仍然)(是)? ?pending|(钱|币|款|转账|提现|提币|usdt).{0,6}(什么时候|多久|啥时候|几时)(才)?(能|会)?(到|收到)|没到|未到|不到账|没有到|还没到|到不了|没入账|没收到|收不到|(打款|转账|转了|发了|提现|提币|付款|支付|出金|汇款|发过来|转过来|打过来|汇过来).{0,20}(看不到|看不见|没显示|不显示|找不到)|等待确认|确认中|(交易|转账|提币|提现|转币).{0,10}(没|未|没有)(被)?确认|广播成功|打包中|网络拥堵|(矿工费|手续费|gas).{0,4}(给低|设低|设得太低|太低|低了|给少|少了).{0,10}(卡|等|没到|一直|没确认)|\b(low|too low|cheap|little) (gas|fee)\b.{0,20}\b(stuck|pending|hours|days|unconfirmed)\b|(转账|转币|提现|提币|交易|发送).{0,8}(一直|还在|老是).{0,4}(转圈|等待中|处理中)|\b(spinning|spins|spinner|loading circle)\b.{0,24}\b(transfer|transaction|send|withdrawal)\b|\b(transfer|transaction|send|withdrawal)\b.{0,24}\b(spinning|spins|spinner)\b|\b(says|said|shows|showing|stuck on|still) (waiting|processing)\b.{0,16}\b(hours|ages|forever|all day|since|(a )?long time)\b|\b(packing|jammed|congest\w*)\b|\b(paid|sent|withdrew|withdrawn|transferred|payout|paid out)\b.{0,60}\b(dont|do not|cant|cannot|doesnt|not) (see|find)\b|\b(never|didnt|did not|havent|hasnt|not) (get|got|gotten|receive|received)( \w+){0,2} (deposit|money|funds|coins|transfer|payment|usdt)\b|\bwaiting for (confirmation|confirmations|block)|\bnot (get|got|gotten|received|arrived) (it |them |the \w+ )?yet\b|\b(not|never|hasnt|havent|didnt|still not|yet to|doesnt|dont|wont)\b( \w+){0,2} (come|came|coming|arrive|arrived|arriving|reach|reached|credited|land|landed|receive|received)\b/,
    terms: '未到账 没到账 确认中 pending arrived received',
    intent: 'problem',
    unless: CODE_WORDS,
  },
  {
    // "Support" asks for a fee or a deposit to unlock or release funds: the fake-support answer.
    name: 'support-fee',
    cue: /(客服|官方|工作人员|管理员).{0,12}(让我|要我|叫我|要求)?(交|付|转|打|充).{0,8}(费|钱|保证金|押金|usdt|u\b).{0,10}(解冻|解锁|解封|提现|到账|放行)?|\b(support|agent|staff|team|admin|customer service)\b.{0,30}\b(pay|send|deposit|transfer)\b.{0,24}\b(fee|fees|usdt|money|deposit|to unlock|to unfreeze|to release)\b/,
    terms: FAKE_SUPPORT,
    unless: VERIFY_WORDS,
  },
  {
    // A "verification" that needs money or a connection first: the fake-verification answer.
    name: 'pay-to-verify',
    cue: /(验证|认证|核实|审核).{0,12}(保证金|押金|手续费|交钱|付费|付款|打款|充值|转账|转币|授权|连接)|(保证金|押金|交钱|打款|充值).{0,12}(验证|认证|核实|审核)|\b(verif\w*|validat\w*)\b.{0,30}\b(deposit|fee|fees|pay|payment|send|sending|transfer|connect|connecting)\b|\b(deposit|fee|pay|send|connect)\b.{0,30}\b(verif\w*|validat\w*)\b/,
    terms: FAKE_VERIFICATION,
  },
  {
    // Support answers, but slowly or after a queue: the busy answer.
    name: 'busy',
    cue: anyOf(/(回复|回覆|回得|回消息|回应)(得)?(太|很|好|特别|超|非常|这么|那么|怎么这么)?慢|忙不过来|(客服|回复|人工|排队|回覆).{0,10}(等|排队).{0,4}((那么|这么|好|太|很)久|半天)|(客服|回复|人工|排队|回覆).{0,10}要等多久|(客服|人工).{0,6}(很|特别|太|这么|好|都)忙|人(太)?多|人数(较|太|很|过|比较)?多|咨询量|耐心等待|坐席|排队|繁忙|忙碌|忙线|高峰|人少|不那么忙|\b(less|least|not as|not so) (crowded|busy)\b|\bquiet(er|est)? (time|hours?|period)\b|\ball (the )?(agents|lines|operators|representatives|staff) (are )?busy\b|\b(write|writes|writing|ask|asking|contact|contacting|message|messaging)( in)? at (once|the same time)\b|\b((support|they|agents?|replies|reply|responses?|customer service) (is |are )?(always |so |too |very |really )?slow|flooding|flooded|swamped|overwhelmed|busy (time|hours|period|season)|(slow|late|long) (reply|replies|response|responses|answer)|(replies|responses|answers) (are |is )?(so |too |very )?slow|overloaded|queue|on hold|(wait|waiting|waited) (for )?(hours|days|forever)|(wait|waiting|waited) (for )?([0-9]+|two|three|several|a few|a couple of) hours|(support|they|you|agents?|reply|replies|response|responses|customer service)( is| are)? (taking|takes|took) (so |too |very |really )?long|heavy traffic)\b/, EVERYONE_ASKING),
    terms: '排队 繁忙 高峰期 queue busy peak',
    intent: 'problem',
    // "Steps I can try myself rather than wait days": the self-help answer.
    unless: /自己(解决|处理|修|排查|动手|先)|先自己|\b(on my own|myself|by myself|troubleshoot\w*|self help|diy)\b/,
  },
  {
    // The app closes, hangs or stays blank as it opens: the crash answer, not a broken feature.
    name: 'crashes',
    cue: /(打开|启动|进入|点开)(后|了)?.{0,4}(就|马上|立刻|立马|直接|一直)?(闪退|退出|关闭|关掉|白屏|黑屏|卡死)|(一直|总是)是?(白屏|黑屏)|(根本|完全|压根)(就)?(打不开|开不了|启动不了)|点(图标|app|应用)(完全|根本)?没(有)?反应|(升级|更新)(以?后|完).{0,12}(白屏|黑屏|闪退)|卡在(启动|开屏|logo|首页)|\b(opens|open|launch|launches|start|starts)\b.{0,24}\b(closes|shuts|quits|exits|crashes|disappears)\b|\b(closes|shuts down|quits|crashes) (right away|immediately|instantly|straight away)\b|\b(freezes|stuck|hangs) on (the )?(logo|splash|loading screen|launch|startup|start screen|opening screen)\b|闪退|\b(app|wallet|it|tp|tokenpocket) (keeps )?crash(es|ed|ing)?\b|\bcrash(es|ed|ing)? (when|while|during|in the middle|every time|on)\b|\b(wont|doesnt|does not|will not) (open|start|launch) (at all|anymore)\b/,
    terms: '闪退 白屏 打不开 crash crashes white screen',
    intent: 'problem',
  },
  {
    // Sending that does not go through, however it is told: the failed-transfer answer.
    name: 'send-fails',
    cue: /(转账|转币|转钱|转出|提现|提币|发送).{0,8}(不行|不了|不成功|不过去|不出去|老是错|总是错|一直错)|(转账|转币|转钱|转出|提现|提币|发送|取钱).{0,12}(错误提示|报错|出错|红色的?叉|红叉|显示失败|显示错误|提示错误|弹出.{0,3}(错误|失败))|广播失败|\berror\b.{0,30}\b(press|tap|click|hit)( the)? send\b|\bbroadcast(ing)? (failed|failure|error)\b|\b(send|sending|transfer|transaction|withdrawal|withdraw) (failed|fails|failing|keeps failing)\b|\b(then|it|and) (says|shows|said) failed\b|\b(transaction|transfer) (error|failed)\b.{0,4}\b(pop ?up|popup|message|alert|box)\b|\b(send|sending|sent|transfer|transferring|withdraw|withdrawing|take (my )?(money|coins|funds) out|taking (my )?(money|coins|funds) out)\b.{0,30}\b(unsuccessful|error message|an error|says error|shows error|gives error|red (cross|x|mark))\b|\b(send|sending|transfer|transfers|transferring|withdraw|withdrawal|withdrawing)\b( \w+){0,2} (not work|doesnt work|does not work|dont work|wont work|not working|wont go through|doesnt go through|keeps failing|always fails|always error)\b/,
    terms: '转账失败 发送失败 transfer failed send failed',
    intent: 'problem',
  },
  {
    // A part of the app that does nothing or shows nothing: the broken-feature answer, whatever
    // the part is called (an answer cannot list every button).
    name: 'feature-broken',
    cue: /不能用|用不了|没反应|不显示|显示不出|加载不出|刷不出|不加载|空白|点了没用|(点|按|打开)[^，。,.]{1,8}(一直|老是|总是|就)(在)?(转圈|加载)|\b(tap|tapping|press|pressing|click|clicking)\b.{0,30}\b(spins|spinning|keeps loading|loads forever)\b|(页面|功能|按钮|界面)(出错|报错|错误|失灵|坏了)|\b(doesnt|dont|wont|isnt|not|stopped|stops|never) (work|works|working|load|loads|loading|show|shows|showing|display|displays|displaying|respond|responds|responding|scan|scans|scanning)\b|\b(is|are|shows|showing|stays|went) (empty|blank)\b|\b(does|did) nothing\b|\bnothing (happens|happened)\b|\b(page|screen|tab|button|section|feature)\b.{0,20}\b(throws|shows|gives)( an?)? error\b/,
    terms: '功能 不能用 feature not working',
    intent: 'problem',
    fallback: true,
    // Sending that does not work is a failed transfer; a code that does not work, a 2FA failure.
    unless: new RegExp(`转账|转币|转钱|提现|提币|\\b(send|sending|transfer|transferring|withdraw|withdrawal|withdrawing)\\b|${CODE_WORDS.source}`),
  },
  {
    // "Support" says the identity or the wallet failed a check: the fake-verification answer.
    name: 'identity-check',
    cue: /(身份|账户|钱包|实名).{0,4}(验证|认证|核实|核验)(失败|不通过|没通过|未通过|没有通过)|(验证|认证|核实)(失败|不通过|没通过|未通过)(?!.{0,4}码)|\bkyc\b|\b(identity|verification|ownership)\b(?! codes?\b).{0,20}\b(incomplete|failed|fail|pending|not (complete|completed|passed|done))\b|\b(cant|cannot|couldnt|unable to) (confirm|verify) (i m|i am|im|your identity|my identity|the owner|who)\b|\bprove (i|you) (own|am|are)\b|\bprove (my |the )?ownership\b|\bprove (that )?(the |my |this )?(wallet|account|it) is (mine|yours)\b/,
    terms: FAKE_VERIFICATION,
    intent: 'problem',
    unless: CODE_WORDS,
  },
  {
    // Someone asks the visitor to verify a wallet, an account or an identity: the fake-verification answer.
    name: 'verify-demand',
    cue: /(让我|要我|叫我|要先|先要|需要|必须|要求|进行|做|完成).{0,6}(验证|认证|核实|激活|同步|确认)(一下)?(钱包|身份|账户|账号)(?!地址)|(让我|要我|叫我|要先|先要|需要|必须|要求|进行|做|完成).{0,4}(钱包|身份|账户|账号)(验证|认证|核实)|(验证|认证|核实)(钱包|账户|账号)|(钱包|账户|账号)(验证|认证|核实|激活|同步)|\b(wallet|account|identity)\b.{0,12}\b(must|needs? to|has to|have to|should|will)\b.{0,8}\b(be )?(verified|validated|synced|synchronized|activated)\b|\b(verify|validate|sync|synchronize|activate|confirm)\b( \w+){0,2} (your|my|the|her|his|their) (wallet|account|identity)\b(?! address)|\b(wallet|account|identity) (verification|validation|sync|synchronization)\b/,
    terms: FAKE_VERIFICATION,
    intent: 'problem',
    // A code is 2FA; a recovery phrase asked for is the never-share-it answer.
    unless: new RegExp(`${CODE_WORDS.source}|助记词|私钥|\\b(seed|mnemonic|private key|recovery phrase|secret phrase)\\b`),
  },
  {
    // How to tell whether a site, account or message is the official one: the verify answer.
    name: 'check-official',
    cue: new RegExp(`${CHECK_OFFICIAL.source}|(这个|这|那个|此)([a-z0-9]{1,12} ?)?(网站|网址|链接|域名|账号|帐号|号码|电话|群|app|应用|推特|邮箱|频道).{0,10}(是不是|是否|是)(官方|官网|真的|正版|tp|tokenpocket)|\\bis (this|that)( \\w+){0,2} (website|site|link|url|domain|account|number|email|page|app|channel|group)\\b.{0,24}\\b(real|official|really|legit|genuine|authentic)\\b|\\b(is|was) (it|this|that) (really )?from (you|them|tp|tokenpocket|tp wallet|your team|support)\\b|\\bis (this|that)( \\w+){1,3} (actually |really )?from (you|your (company|team|support)|tp|tokenpocket|the company)\\b|\\bis (it|this|that)( \\w+)? (yours|your (site|website|link|account|email|page|domain|address))\\b|(这个|这)(域名|网站|网址|邮箱|地址|链接)(是|是不是)(你们|官方)的|(这封|这条|这个|这)(邮件|短信|信息|消息|通知).{0,8}(是不是|是否|是)(你们|官方)|\\b(verify|check|confirm)\\b.{0,20}\\b(official|real|genuine)\\b.{0,12}\\b(website|site|url|link|account|email|domain)\\b|\\b(com|net|io|org|app|xyz|top|cc|co|me|info|site|vip|pro) ?(这个|这)?(是不是|是否|是)(官网|官方|真的)|\\bis [\\w-]+( [\\w-]+){0,3} (com|net|io|org|app|xyz|top|cc|co|me|info|site|online|vip|pro) (your|the|an?|tp|tokenpocket)( \\w+)? (official|real|legit|genuine)\\b`),
    terms: CHECKING,
    // Whether the service is down is the outage answer's question.
    unless: /挂了|宕机|崩了|故障|\b(down|outage|outages)\b/,
  },
  {
    // Whether a group, server or page is run by the company or by fans: the verify answer.
    name: 'who-runs-it',
    cue: /(官方|公司|粉丝|社区|网友|个人).{0,4}(运营|开的|建的|管理|办的)|\b(run|owned|operated|managed|moderated) by (the company|you|tp|tokenpocket|the team|fans|the community|users)\b/,
    terms: CHECKING,
  },
  {
    // Which way of reaching support answers soonest: the fastest-way answer.
    name: 'fastest',
    cue: /(最快|更快|快点|快一点|最迅速|尽快|马上|立刻|立即).{0,8}(联系|回复|回覆|回|找到|人工|客服|真人)|(客服|人工).{0,4}(马上|立刻|立即).{0,2}(回|联系)|(客服|联系|回复|回覆|回得|回).{0,8}(最快|更快|快点|快一点)|\b(fastest|quickest|quicker|faster|soonest)\b.{0,24}\b(way|reply|response|answer|contact|reach|support|human|agent|person|channel)\b|\b(urgent\w*|asap|emergency)\b.{0,30}\b(support|help|contact|human|agent|someone)\b|\b(need|want|get) (support|help|a human|an agent|someone) (now|asap|immediately|right away|urgently)\b|\b(support|reply|response|channel|contact|answered|answers|replied|replies|responds|responded)\b.{0,24}\b(fastest|quickest|faster|quicker|soonest)\b/,
    terms: '最快 人工客服 fastest quickest real person',
    // One who writes at once after a post ("马上就有客服私聊我") is fake support.
    unless: /(马上|立刻|立即|很快)就?有|\bwhat (info|information|details)\b/,
  },
  {
    // Where or how to contact the product at all: the official channels.
    name: 'where-contact',
    cue: /(客服|帮助中心|帮助|支持|反馈|联系方式|工单)(入口)?.{0,3}(在哪|在哪里|哪里|怎么找|从哪)|(怎么|如何|怎样)(联系|联络)(官方|客服|tp|tokenpocket|他们|你们)|(给|向)(公司|官方|你们|tp|tokenpocket).{0,4}(写信|发邮件|反映|投诉)|\bwhich (one|email|e mail|address|channel|contact|number)( \w+){0,2} should i (write|send|use|contact|email|message|call)\b|\b(where (is|are|can i find|do i find|to find)\b.{0,24}\b(help|support|contact|feedback|ticket)\b|(proper|right|official|legit|legitimate|real|safe) ways? to (contact|reach|talk to|get in touch)|\b(what|which) (is|are) (the |your )?(real|official|correct|right|legit) (support |customer service )?(email|e mail|address|phone|number|website|site|account|channel|contact)s?\b|\b(is there|have you got|(does|do) (the wallet|tp|tokenpocket|the app|the company|you|support) have) (an? )?(official )?(twitter|telegram|discord|whatsapp|wechat|email|e mail|phone|hotline|x) (support )?(account|group|channel|number|address|for support)?|\bthe only (genuine|official|real|legit|legitimate) (support )?(channel|way|contact)|(where|how) (to|do i|can i) (write|message|email) (to )?(them|you|support|tp|tokenpocket)|\b(write|writing|send a letter|complain|complaint)\b.{0,8}\b(to )?(the company|you|tp|tokenpocket) directly\b|contact (page|info|details|us page))\b|(哪个|哪一个)(才)?是(官方|真的|你们)的?|有(没有)?(官方)?的?(微信|whatsapp|电话|邮箱|推特|电报|telegram|qq|line).{0,12}吗|(在哪|在哪里|哪里|从哪|怎么|怎样|如何)(联系|找|联络)(你们|官方|客服|tp|tokenpocket)?.{0,4}才(是|算)(真的|官方|正规)|\bwhich( \w+){0,2} (one|email|emails|address|account|number|site|website|channel|channels|contact|contacts|way|ways)( \w+){0,5} (is|are) (actually |really )?(yours|official|the official|the real|real|legit|genuine)\b|\b(contact|reach|get in touch with) (you|the company|support|tp|tokenpocket)( guys)? the (right|proper|official|correct|safe) way\b/,
    terms: '官方渠道 联系方式 official channels contact',
  },
  {
    // Waiting for support and asking what to do with the funds meanwhile: the waiting answer.
    name: 'while-waiting',
    cue: anyOf(/(等|等待|等着).{0,8}(客服|回复|回覆|工单).{0,14}(保护|安全|转走|怎么办|做什么|能做)|(客服|工单).{0,6}(没回|未回|还没回|不回).{0,14}(转走|保护|安全吗)|\b(until|while|before)\b( \w+){0,3} (support|they|agent|someone|anyone|anybody|somebody)\b.{0,20}\b(reply|replies|respond|responds|get back|gets back|answer|answers)\b|\bwhile (i m |i am |im |i )?(waiting|wait)\b|\b(meanwhile|in the meantime)\b|(没人理|没人回|没回|不回|没有回复|没回复|没回音|没消息).{0,12}(安全吗|安全不|安不安全|保护|转走|会不会)|\bno (answer|reply|response|word) yet\b.{0,40}\b(safe|ok|okay|at risk|protect|stolen|drained|hacked|taken|lose)\b|(没人回|没回|没有回复|不回|没人理).{0,16}(怕|担心|害怕)/, new RegExp(String.raw`\bno (answer|reply|response)\b.{0,60}\b(${FEAR_WORDS.source}|freaking out)\b`)),
    terms: '等不到 资产安全吗 still waiting are my funds safe',
  },
  {
    // A support number or account found through a search engine or a post: the classic fake support.
    name: 'found-contact',
    cue: /(百度|谷歌|搜索|搜到|网上|网上查|推特|评论|回复我).{0,12}(客服|电话|号码|热线)|\b(google|googled|search|searched|found online|bing|tweet|twitter|comment|replied to my)\b.{0,30}\b(number|phone|hotline|customer care|support|help)\b/,
    terms: '假冒 诈骗 骗局 fake scam',
    // Nor one who asks which of several is the official one.
    unless: new RegExp(`${CHECK_OFFICIAL.source}|(哪个|哪一个)(才)?是(官方|真的|你们)|\\bwhich (one|email|address|account|number)s? (is|are)\\b`),
  },
  {
    name: 'recovery-offer',
    cue: /((能|可以|会|说)帮(你|我)|帮你|保证|收费|费用|专业).{0,8}(追回|找回|拿回|恢复)|(追回|找回|拿回|恢复).{0,8}(收费|费用|服务|公司|团队)|\b(recover|retrieve|get( \w+){0,3} back)\b.{0,30}\b(fee|for me|service|guarantee)|(百分之[一二三四五六七八九十0-9]+|[0-9]+ ?%|提成|分成|抽成|佣金).{0,12}(追回|找回|拿回|恢复|解冻|解锁)|\b([0-9]+ ?(%|percent)|a (cut|percentage))\b.{0,40}\b(recover|unlock|unfreeze|retrieve|get( \w+){0,3} back)\b|\b(recover|unlock|unfreeze|retrieve|get( \w+){0,3} back)\b.{0,40}\b([0-9]+ ?(%|percent)|a (cut|percentage))|\b(recovery (service|expert|company|companies|firm|agency|agencies|specialist|agent|hacker|lawyer)s?|fund recovery|offer(s|ed|ing)? to|help (you|me) (recover|retrieve|get( \w+){0,3} back))\b/,
    terms: THIRD_PARTY,
    // Nor one that asks support ("can you recover my password for me").
    unless: /助记词|私钥|密钥|密码|\b(seed|mnemonic|private key|recovery phrase|secret phrase|password|passcode)\b|\b(can|could|will|would) (you|support|tp|tokenpocket)\b/,
  },
  {
    // Someone who is not support (an "agent", a technician, a hacker) offers to unfreeze,
    // recover or fix the wallet: the third-party answer. Unless the secret or support itself is
    // named: then it is the never-share-it or the fake-support answer.
    name: 'agent-offer',
    cue: /(技术员|技术人员|工程师|黑客|大师|专家|中介).{0,10}(能|可以|帮|保证).{0,6}(解冻|解封|解锁|追回|找回|恢复|修复|处理)|(有人|陌生人|网友).{0,16}(能|可以|就能|帮我|保证).{0,6}(解冻|解封|解锁|修复|修好|恢复)|\b(work|works|working|partner|partnered) (with|for) (the )?(wallet |tp |tokenpocket )?(devs|developers|dev team)\b.{0,60}\b(fee|pay|charge)\b|\b(agent|hacker|helper|expert|specialist|technician|engineer|guru)\b.{0,40}\b(unlock|unfreeze|fix|recover|restore|retrieve)\b|\b(guy|someone|somebody|person|man|woman|stranger|he|she)\b.{0,30}\b(can|could|will|offer\w*)\b( \w+){0,2} (unlock|unfreeze)\b|(说|自称|号称).{0,4}(跟|和|与)(你们|官方|tp|tokenpocket)(有)?合作.{0,20}(能|可以|帮|交|付)|(合作方|合作伙伴|代理|中介|大神|朋友的朋友).{0,16}(能|可以|帮我?|保证).{0,6}(撤回|追回|找回|解冻|退回|拿回)|\b(guy|someone|somebody|person|he|she)\b.{0,40}\b(can|could|will)\b( \w+){0,2} (reverse|refund|undo|open locked|open frozen)\b.{0,40}\b(pay|paid|fee|charge|money|cut)\b|\b(open|unlock) (locked|frozen) (wallets?|accounts?)\b.{0,30}\b(fee|charge|pay|money)\b/,
    terms: THIRD_PARTY,
    unless: /助记词|私钥|密钥|客服|\b(seed|mnemonic|private key|recovery phrase|secret phrase|customer service|support (rep|agent|team|staff))\b/,
  },
  {
    // The wallet or account reads as banned or frozen: the frozen answer.
    name: 'frozen',
    cue: /被封|封号|封了|被冻结|冻结了|冻结了我|(无故|无缘无故|凭什么|为什么|为啥)(要)?冻结|被锁|锁住了|被禁用|禁用了|被停用|停用了|暂停使用|被限制使用|\b(banned|suspended|blocked|frozen|locked out)\b|\b(wallet|account|app) (says|said|shows|showing|is showing)( (that )?(it s|its|it is))? (locked|disabled)\b|\b(froze|freezing|right to freeze) my (funds|money|assets|account|wallet|coins)\b|\bwhy (did|do|have) (you|they|tp|tokenpocket|support)( \w+)? (freeze|froze|frozen|lock|locked|block|blocked|ban|banned|suspend|suspended) my\b/,
    terms: '冻结 被封 锁定 frozen locked banned',
    intent: 'problem',
    // "Can support freeze it", "will be frozen" or a message that says so, a 2FA code: other answers.
    unless: /(能|可以|会|能不能|可不可以)(冻结|锁)|将.{0,4}冻结|\b(can|could|will|would)\b.{0,20}\b(freeze|lock|block)\b|\b(will be|would be|be) (frozen|blocked|suspended|locked)\b|(会|否则|不然|要)被?冻结|\b(or|otherwise|else|unless)\b.{0,40}\b(frozen|suspended|locked|blocked|banned)\b|2fa|验证码|\bcodes?\b|真的假的|是真的吗|是不是真的|可信吗|短信|收到|通知|\b(real|legit|sms|text message|email|scam)\b|\b(message|someone|somebody|they|he|she|text|mail) (says|said)\b/,
  },
  {
    // What to send support (a hash, a screenshot) and what not: the prepare answer.
    name: 'what-to-send',
    cue: /(发|提供|给|附上|需要|要|带).{0,6}(截图|交易哈希|哈希|txid|录屏)|(截图|哈希).{0,10}(注意|哪些|能发|不能发|要不要|需要|吗)|\b(screenshot|screenshots|tx hash|transaction hash|txid|hash)\b.{0,30}\b(send|include|attach|need|needed|share|required)\b|\b(what|which) (info|information|details)\b.{0,30}\b(send|give|include|provide|prepare)\b|\bwhat (should|do|must) i (put|write|say|include|mention)\b.{0,20}\b(message|ticket|email|request)\b|\b(picture|photo|image) of (my|the) screen\b|\bwhat (should|must) i (not|never) (include|put|write|share|send|mention)\b|\bwhat (is|s) (safe|ok|okay|fine|allowed) to (put|write|include|send|share|say) in (an|the|my|a) (email|message|ticket|mail|chat)\b|(给客服|发客服|联系客服|工单).{0,6}(写什么|要写|该写|说什么|写哪些)|(拍照|拍屏|截屏)|\bcode of (my|the) (transfer|transaction|payment)\b|\b(long|transaction|transfer) (code|number|string)\b|(交易|转账)的?(那串|长串|编号)|(提供|准备|发|给|带)(你们|客服)?.{0,4}(什么|哪些)(资料|信息|材料|东西)|\bwhat( \w+){0,2} (do you|does support|will you|would you) need\b|\bwhat (should|do|must|have to|shall) i( have to)? (send|give|provide|include|attach|put)\b|\b(everything|all) (that )?you need\b|\b(never|not|shouldnt|should not) (put|include|write|send)\b.{0,20}\b(message|ticket|email)\b/,
    terms: '准备 截图 交易哈希 prepare screenshot transaction hash',
  },
  {
    // Support answered, and the problem is still there: the not-resolved answer.
    name: 'not-resolved',
    cue: /答非所问|不对题|换个(人|客服)|\bescalat\w*\b|\b(another|a different) (agent|person|support person)\b|\b(didnt|doesnt|did not|does not) (answer|address) my (question|problem)\b|(客服|他们|对方|官方).{0,4}(让|叫|要|建议)我.{0,20}(照做|做了|试了|弄了|清了|重启了|重装了).{0,8}(还是|仍然|依然|也)(不行|一样|没用|报错)|\b(they|support|agent|staff)\b.{0,6}\b(told|asked|said|suggested)\b.{0,40}\b(did that|done that|tried that|tried it|did it|did so)\b.{0,20}\b(same|still|nothing|no luck)\b|(客服|他们|对方|官方)?.{0,6}(回复|回覆|答复|回了|说的|给的|教的|建议|方法|答案).{0,10}(没用|没帮|不管用|没解决|解决不了|还是不行|还是一样|根本没|没有用|没什么用|没搞定|未搞定|搞不定)|(客服|他们|对方|官方).{0,4}(说|表示|回复).{0,6}(没办法|无能为力|处理不了|解决不了|帮不了)|\b(support|they|agent|staff|team)\b.{0,12}\b(said|says|told me|replied)\b.{0,16}\b(nothing (they|we) can do|(they|we) cant help|(they|we) cannot help|unable to help|no way to help)\b|(按|照|按照)(客服|他们|官方).{0,12}(还是|仍然|依然|也)(不行|没用|一样|没解决)|\b(support|agent|they|you|staff|team)\b.{0,16}\b(replied|answered|responded|got back|answer|reply)\b.{0,30}\b(but|still|didnt help|did not help|not help|useless)\b|\b(did|tried|followed|done)\b.{0,30}\b(support|agent|they)\b.{0,16}\b(said|told|suggested|asked)\b.{0,40}\b(still|same|nothing)\b|\b(answer|reply|response|advice)\b.{0,16}\b(didnt|did not|doesnt|does not|wasnt|was not)\b.{0,6}\b(help|work|solve|fix)\b|\b(useless|canned|generic|template|copy paste) (answer|reply|response)|(客服|他们|对方|官方).{0,4}(让|叫|要)我(等|再等).{0,20}(还是|仍然|依然|也)(没|不)|\b(told|asked) me to wait\b.{0,40}\b(still|nothing|no)\b|\b(support|they|agent|staff)\b.{0,20}\b(told|said|replied|answered)\b.{0,40}\bstill\b.{0,10}\b(doesnt|does not|not|isnt|nothing|same|broken|failing)\b|\b(gave|sent|told) me (the )?(steps|instructions|a fix|a solution|solutions)\b.{0,40}\b(still|not working|didnt work|no luck)\b|\b(forwarded|escalated|passed)\b.{0,20}\b(tech|technical|dev|engineering)\w*|转(交|给)?(技术|技术部|技术团队)/,
    terms: '没解决 问题还在 unresolved not resolved escalate',
    intent: 'problem',
  },
  {
    // Asking other users in a group or forum, and what not to post there: the community answer.
    name: 'asking-publicly',
    cue: /(社区|群里|群|论坛|贴吧|reddit|推特|twitter|discord|telegram|电报).{0,10}(提问|发帖|问|求助).{0,12}(哪些|什么)(信息|内容|东西)?.{0,4}(不能|不要|别)(发|说|公开|透露)|\b(ask|asking|post|posting)( \w+)? (on|in) (reddit|twitter|discord|telegram|a forum|the forum|the community|a group|public)\b/,
    terms: '社区 论坛 求助 community forum ask for help',
  },
  {
    // A ticket or chat that vanished: the dropped-chat answer. (Closed is often closed unsolved.)
    name: 'conversation-gone',
    cue: /(工单|对话|聊天|会话|聊天记录|记录|提问|单子|问题单).{0,8}(不见|消失|没了|找不到)|\b(ticket|chat|conversation|chat history|thread)\b.{0,20}\b(dis+ap+ear(ed|s)?|vanished|gone|deleted|missing)\b|\b(chat|help|support|the) window\b.{0,10}\b(shut|closed|disappeared|went away|vanished)\b|\b(support )?chat (window )?(reloaded|refreshed|restarted|reset)\b/,
    terms: '对话中断 断开 掉线 chat dropped disconnected reconnect',
    intent: 'problem',
  },
  {
    // What most people ask: the common-questions answer.
    name: 'common-asks',
    cue: /(大部分|大多数|多数|别人|其他人|大家)(人)?.{0,8}(都)?(问|遇到|碰到|咨询)(的)?(都是)?(什么|哪些)|\b(typical|common|most common|usual|frequent|popular) (problems|issues|questions)\b|\bwhat (do|are) (most |other )?(people|others|users) (usually |normally |typically |mostly )?(ask|report|asking|reporting)\b/,
    terms: '常见问题 大家都问什么 common questions frequently asked',
    // Self-help tips for common problems: the self-help answer.
    unless: /自己|自助|\b(self help|diy|myself|my own|fix|fixes|tips|troubleshoot\w*)\b/,
  },
  {
    name: 'self-help',
    cue: /自己(解决|处理|修|搞定|弄|排查|动手|来|先)|自助|不(找|用|联系)客服|先自己|我自己|\b(myself|my own|self help|self service|diy|without (contacting |calling |asking )?support|troubleshoot\w*)\b|\b(things|steps|stuff) (to|i can|i could|i should) (check|try|do)( \w+){0,2} (first|before)\b/,
    terms: '自助 自己解决 self help fix myself',
    unless: /保护(好)?自己|\bprotect (myself|my own)\b|挂了|宕机|\b(down|outage)\b/,
  },
];

/**
 * Every word the rules read, as one text: the build folds the Traditional and variant forms of
 * these characters too (當機 must meet 当机 in a cue even when no answer says 当机).
 */
export const ruleText = (): string => [PROBLEM, HOWTO, ...CONCEPTS.flatMap((c) => [c.cue, c.terms]), [...FILLER].join(' '), JOINS, CANTONESE_WORDS].map((x) => (typeof x === 'string' ? x : x.source)).join(' ');

/** The situations a folded query describes. */
const conceptsIn = (folded: string): Concept[] => {
  const found = CONCEPTS.filter((c) => c.cue.test(folded) && !c.unless?.test(folded));
  return found.some((c) => !c.fallback) ? found.filter((c) => !c.fallback) : found;
};

/**
 * Words that carry no meaning for ranking: polite and question filler. Counted at a fraction
 * of a real term's weight (the pack's product name is added per pack).
 */
const FILLER = new Set('请问 你好 您好 怎么 么办 有什 什么 为什 如何 怎样 一下 我的 我们 你们 这个 那个 是不 不是 有没 可以 能不 现在 已经 还是 突然 应该 一直 今天 昨天 明天 today yesterday cant cannot wont dont doesnt didnt isnt get got need want know tell thank thanks pls plz ok hey hello hi dear kindly advise regards guy just really any u ur say says said through should would could now still use way one while find every try tried trying kind sort'.split(' '));

/** The rules search applies to a folded query and to each question (createSearch's `rules`). */
export interface QueryRules {
  intentOf(folded: string): Intent | undefined;
  conceptsIn(folded: string): Concept[];
  filler: ReadonlySet<string>;
  /**
   * Terms that likely straddle two words and count half: a Chinese bigram with a function
   * character (在, 是, 我 …), as "一直在排队" gives 直在, or ending in the passive 被 (包被 of
   * 钱包被盗, where 被盗 is the word); bigrams alone cannot tell.
   */
  straddles: RegExp;
  /**
   * Chinese filler words (adverbs of time and degree, polite and question frames) taken out
   * of the query before it is cut into bigrams, so the words around them meet: 币突然没了
   * reads 币没了, 提现一直失败 reads 提现失败. Intent and situations still read the whole query.
   */
  joins?: RegExp;
  /** A folded query in a dialect rewritten in the language the packs are written in (Cantonese → Mandarin). */
  dialect?(folded: string): string;
  /**
   * The patterns the rules run on every query, for search to compile ahead of the first one
   * (createSearch's `prepare()`): they are long, and a browser compiles a regular expression
   * on its first runs, once for Latin text and once for Chinese. (A situation's `unless` runs
   * only when its cue matched.)
   */
  patterns?: readonly RegExp[];
}

/**
 * Chinese and English rules. The widget loads them in their own chunk when search is prepared
 * (mostly Chinese and English cue words; a size budget of their own), so the core stays small.
 */
/** Chinese filler words taken out of a query before bigrams (QueryRules.joins). */
const JOINS = /请问|你好|您好|麻烦(?:问)?一下|可以|能不能|是不是|有没有|怎么办|怎么回事|怎么|为什么|什么|如何|怎样|突然|一直|总是|老是|已经|还是|现在|今天|昨天|明天|好几次|好多次|很多次|无数次|刚刚|刚才|好像|似乎|到底|究竟|真的|非常|特别|一下|我的|我们|你们|这个|那个/g;

/**
 * Cantonese words as they read once folded to Simplified characters (點解 → 点解), and the
 * Mandarin the packs are written in: 客服回咗我但係都未搞掂 reads 客服回了我但是都未搞定.
 * Longer words first; none is a Mandarin word (点解 only where 决 does not follow).
 */
const CANTONESE: [RegExp | string, string][] = [
  ['系唔系', '是不是'], ['系咪', '是不是'], ['唔系', '不是'], [/点解(?!决)/, '为什么'], ['点算', '怎么办'], ['点样', '怎样'],
  [/(?:唔|冇|未)(?:覆|复)/, '没回'], ['唔见', '不见'], ['唔该', ''], ['乜嘢', '什么'], ['咩', '什么'], ['乜', '什么'], ['嘢', '东西'], ['搞掂', '搞定'],
  ['佢哋', '他们'], ['我哋', '我们'], ['你哋', '你们'], ['而家', '现在'], ['佢', '他'], ['唔', '不'], ['咗', '了'], ['冇', '没有'], ['嘅', '的'],
  ['咁', '这么'], ['啲', '些'], ['喺', '在'], ['睇', '看'], ['揾', '找'], ['畀', '给'], ['俾', '给'], ['嗰', '那'], ['谂', '想'], ['攞', '拿'],
];
// One group per word: the group that matched names the replacement.
const CANTONESE_WORDS = new RegExp(CANTONESE.map(([c]) => `(${typeof c === 'string' ? c : c.source})`).join('|'), 'g');
const mandarin = (folded: string): string =>
  folded.replace(CANTONESE_WORDS, (...groups: unknown[]) => CANTONESE[groups.slice(1, CANTONESE.length + 1).findIndex((g) => g !== undefined)][1]);

const STRADDLES = /[在是我你他她它有就都也还很和把给让这那个里会]|.[被不]/;

export const rules: QueryRules = {
  intentOf,
  conceptsIn,
  filler: FILLER,
  straddles: STRADDLES,
  joins: JOINS,
  dialect: mandarin,
  patterns: [PROBLEM, HOWTO, STRADDLES, JOINS, CANTONESE_WORDS, ...CONCEPTS.map((c) => c.cue)],
};
