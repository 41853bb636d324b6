import type { FallbackCatalog } from '../catalog.js';

/** 内置简体中文的“联系不上客服”通用内容和安全提示，供没有自带这些内容的内容包使用。 */
const zhCN: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: '客服正忙',
      body: [
        { type: 'p', content: '繁忙时段咨询会积压，排队时间变长，在线对话也可能中断。' },
        { type: 'p', content: '怎么办：等待时先搜索帮助文章；只保留一个咨询，不要重复提交。' },
      ],
    },
    {
      id: 'closed',
      title: '客服现在未开放',
      body: [{ type: 'p', content: '每个渠道有各自的服务时间。“联系客服”页按你的时区显示时间，以及下一次开放的时间。' }],
    },
    {
      id: 'outage',
      title: '服务故障或维护',
      body: [{ type: 'p', content: '服务故障或维护期间，回复可能变慢。先查看官方的服务状态或公告，稍后再试。' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: '先自己找答案',
      body: [{ type: 'p', content: '在“常见问题”页搜索帮助文章，很多问题都有一步步的解答。' }],
    },
    {
      id: 'prepare',
      title: '准备好你的信息',
      body: [{ type: 'p', content: '按“联系客服”页的清单准备信息，客服第一次回复就能帮上忙。' }],
    },
    {
      id: 'community',
      title: '向社区求助（要小心）',
      caution: true,
      body: [
        { type: 'p', content: '其他用户可能解决过同样的问题，但任何人都可以自称专家或管理员。' },
        { type: 'ul', items: ['管理员和真正的客服从不主动私信你。', '不要打开陌生人发来的链接，也不要安装他们推荐的工具。'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: '不要把密码、验证码、助记词或私钥告诉任何人', strong: true }, '，包括官方客服。真正的客服从不索要这些。'],
        '真正的客服从不主动私信你，也不会要你付费才提供帮助。',
        '只使用这里列出的官方渠道；拿不准时，用下面的工具核实。',
        '先冷静一下：催你马上行动，正是骗局的特征。',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        '在同一个工单或邮件里回复，让记录留在一处。',
        '超过标明的回复时间仍没有答复，就换“联系客服”页上的另一个官方渠道。',
        '自己也做好记录：日期、单号，以及对方说过的话。',
      ],
    },
  ],
};

export default zhCN;
