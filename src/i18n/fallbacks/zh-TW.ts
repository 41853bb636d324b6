import type { FallbackCatalog } from '../catalog.js';

/** 內建繁體中文（台灣）的「聯絡不上客服」通用內容和安全提醒，供沒有自帶這些內容的內容包使用。 */
const zhTW: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: '客服正忙',
      body: [
        { type: 'p', content: '尖峰時段詢問會累積，排隊時間變長，線上對話也可能中斷。' },
        { type: 'p', content: '怎麼辦：等待時先搜尋說明文章；只保留一個詢問，不要重複提交。' },
      ],
    },
    {
      id: 'closed',
      title: '客服現在未開放',
      body: [{ type: 'p', content: '每個管道有各自的服務時間。「聯絡客服」頁會依你的時區顯示時間，以及下一次開放的時間。' }],
    },
    {
      id: 'outage',
      title: '服務故障或維護',
      body: [{ type: 'p', content: '服務故障或維護期間，回覆可能變慢。先查看官方的服務狀態或公告，稍後再試。' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: '先自己找答案',
      body: [{ type: 'p', content: '在「常見問題」頁搜尋說明文章，很多問題都有一步步的解答。' }],
    },
    {
      id: 'prepare',
      title: '準備好你的資料',
      body: [{ type: 'p', content: '依「聯絡客服」頁的清單準備資料，客服第一次回覆就能幫上忙。' }],
    },
    {
      id: 'community',
      title: '向社群求助（要小心）',
      caution: true,
      body: [
        { type: 'p', content: '其他使用者可能解決過同樣的問題，但任何人都可以自稱專家或管理員。' },
        { type: 'ul', items: ['管理員和真正的客服從不主動私訊你。', '不要開啟陌生人傳來的連結，也不要安裝他們推薦的工具。'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: '不要把密碼、驗證碼、助記詞或私鑰告訴任何人', strong: true }, '，包括官方客服。真正的客服從不索取這些。'],
        '真正的客服從不主動私訊你，也不會要你付費才提供協助。',
        '只使用這裡列出的官方管道；不確定時，用下方的工具查證。',
        '先冷靜一下：催你馬上行動，正是詐騙的特徵。',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        '在同一張工單或同一封郵件裡回覆，讓紀錄留在同一處。',
        '超過標示的回覆時間仍沒有回音，就改用「聯絡客服」頁上的另一個官方管道。',
        '自己也做好紀錄：日期、單號，以及對方說過的話。',
      ],
    },
  ],
};

export default zhTW;
