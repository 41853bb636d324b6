/**
 * Typography checks for Chinese and Japanese packs: ASCII punctuation beside CJK text
 * (`钱包,然后` with an ASCII comma instead of U+FF0C). ASCII stays right inside Latin words, numbers, URLs
 * and code (`e.g.`, `1.5`, `example.com`), so only a mark with CJK text on one side counts.
 * DOM-free; the validator reports the findings as warnings.
 */

/** One ASCII mark beside CJK text: where it is and what to write instead. */
export interface TypographyIssue {
  /** Id of the FAQ entry, category, channel or fallback item the field belongs to. */
  id?: string;
  /** Path of the field, e.g. `faq[3].answer[1].items[0]`. */
  field: string;
  message: string;
}

/** Han, kana, Hangul, CJK punctuation and full-width forms. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
/** CJK, plus the curly quotes that Chinese text uses: a comma after “引文” belongs to the Chinese sentence. */
const CJK_CLASS = String.raw`[\u2018\u2019\u201c\u201d\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]`;
/** The marks checked; a dot right before a letter or digit starts a domain or file name (`、.example`), not a sentence end. */
const MARK = String.raw`(?:[,:;?!()"']|\.(?![A-Za-z0-9]))`;
/**
 * An ASCII mark with CJK text before or after it (spaces between are allowed), or ending the
 * text after a Latin word (`重新安装 App?`): in a CJK sentence that mark is the sentence's.
 */
const ASCII_BESIDE_CJK = new RegExp(String.raw`(?<=${CJK_CLASS} *)${MARK}|${MARK}(?= *${CJK_CLASS})|${MARK}(?= *$)`, 'gu');

const FULL_WIDTH: Record<string, Record<string, string>> = {
  zh: { ',': '\uff0c', '.': '\u3002', ':': '\uff1a', ';': '\uff1b', '?': '\uff1f', '!': '\uff01', '(': '\uff08', ')': '\uff09', '"': '\u201c or \u201d', "'": '\u2018 or \u2019' },
  ja: { ',': '\u3001', '.': '\u3002', ':': '\uff1a', ';': '\uff1b', '?': '\uff1f', '!': '\uff01', '(': '\uff08', ')': '\uff09', '"': '\u300c or \u300d', "'": '\u300e or \u300f' },
};

/** Whether a locale gets the check: every `zh*` tag and `ja`. */
export function usesCjkTypography(locale: unknown): boolean {
  return typeof locale === 'string' && /^(zh|ja)(-|$)/i.test(locale);
}

/** The ASCII marks beside CJK characters in one string, with a short context for the message. */
export function asciiBesideCjk(text: string): { mark: string; index: number; context: string }[] {
  if (!CJK.test(text)) return [];
  return [...text.matchAll(ASCII_BESIDE_CJK)].map((m) => ({
    mark: m[0],
    index: m.index!,
    context: text.slice(Math.max(0, m.index! - 6), m.index! + 7),
  }));
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every displayed string of a pack with its field path and owning id (keywords and synonyms are search input, not shown). */
function* displayedText(pack: Obj): Generator<{ id?: string; field: string; text: string }> {
  // Spans are read joined: a mark ending one span belongs to the sentence that the next span continues.
  function* rich(v: unknown, field: string, id?: string): Generator<{ id?: string; field: string; text: string }> {
    if (typeof v === 'string') yield { id, field, text: v };
    else if (Array.isArray(v)) yield { id, field, text: v.map((s) => (typeof s === 'string' ? s : isObj(s) && typeof s.text === 'string' ? s.text : '')).join('') };
  }
  function* blocks(v: unknown, field: string, id?: string): Generator<{ id?: string; field: string; text: string }> {
    if (!Array.isArray(v)) return;
    for (const [i, b] of v.entries()) {
      if (!isObj(b)) continue;
      if (Array.isArray(b.items)) for (const [j, item] of b.items.entries()) yield* rich(item, `${field}[${i}].items[${j}]`, id);
      else yield* rich(b.content, `${field}[${i}].content`, id);
    }
  }
  const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
  const idOf = (o: Obj) => (typeof o.id === 'string' ? o.id : undefined);
  if (isObj(pack.meta) && typeof pack.meta.product === 'string') yield { field: 'meta.product', text: pack.meta.product };
  for (const [i, c] of (Array.isArray(pack.categories) ? pack.categories : []).entries())
    if (isObj(c) && typeof c.label === 'string') yield { id: idOf(c), field: `categories[${i}].label`, text: c.label };
  for (const [i, e] of (Array.isArray(pack.faq) ? pack.faq : []).entries()) {
    if (!isObj(e)) continue;
    if (typeof e.question === 'string') yield { id: idOf(e), field: `faq[${i}].question`, text: e.question };
    yield* blocks(e.answer, `faq[${i}].answer`, idOf(e));
  }
  if (isObj(pack.contact))
    for (const [i, ch] of (Array.isArray(pack.contact.channels) ? pack.contact.channels : []).entries()) {
      if (!isObj(ch)) continue;
      for (const key of ['label', 'notes']) if (typeof ch[key] === 'string') yield { id: idOf(ch), field: `contact.channels[${i}].${key}`, text: ch[key] as string };
      if (isObj(ch.hours))
        for (const [j, cl] of list(ch.hours.closures).entries())
          if (typeof cl.label === 'string') yield { id: idOf(ch), field: `contact.channels[${i}].hours.closures[${j}].label`, text: cl.label };
    }
  if (isObj(pack.fallback)) {
    const fb = pack.fallback;
    for (const key of ['reasons', 'actions'])
      for (const [i, item] of (Array.isArray(fb[key]) ? (fb[key] as unknown[]) : []).entries()) {
        if (!isObj(item)) continue;
        const f = `fallback.${key}[${i}]`;
        if (typeof item.title === 'string') yield { id: idOf(item), field: `${f}.title`, text: item.title };
        yield* blocks(item.body, `${f}.body`, idOf(item));
        if (isObj(item.link) && typeof item.link.label === 'string') yield { id: idOf(item), field: `${f}.link.label`, text: item.link.label };
      }
    yield* blocks(fb.safety, 'fallback.safety');
    yield* blocks(fb.escalation, 'fallback.escalation');
  }
  if (isObj(pack.ui)) for (const [key, v] of Object.entries(pack.ui)) if (typeof v === 'string') yield { field: `ui.${key}`, text: v };
}

/**
 * ASCII punctuation beside CJK characters anywhere a `zh*` or `ja` pack shows text, one
 * issue per field naming the mark, where it is and the full-width mark to use. Other
 * locales, and values of the wrong shape, give none (the validator reports those). Never throws.
 */
export function cjkPunctuationIssues(pack: unknown): TypographyIssue[] {
  if (!isObj(pack) || !isObj(pack.meta) || !usesCjkTypography(pack.meta.locale)) return [];
  const marks = FULL_WIDTH[String(pack.meta.locale).slice(0, 2).toLowerCase()];
  const issues: TypographyIssue[] = [];
  for (const { id, field, text } of displayedText(pack)) {
    const found = asciiBesideCjk(text);
    if (!found.length) continue;
    const listed = found
      .slice(0, 3)
      .map((f) => `"${f.mark}" in "${f.context}" → ${marks[f.mark]}`)
      .join('; ');
    issues.push({
      id,
      field,
      message: `ASCII punctuation next to CJK text (${found.length}): ${listed}${found.length > 3 ? '; …' : ''}. Use full-width punctuation in CJK sentences; ASCII stays inside Latin words, numbers, URLs and code`,
    });
  }
  return issues;
}
