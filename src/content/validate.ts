import { UI_KEYS, type PackInput } from './types.js';
import { safeHref, isHttpsUrl } from './safe-url.js';
import { validateSchedule } from '../availability/index.js';
import { PLURAL_BLOCK } from '../i18n/format.js';
import { cjkPunctuationIssues } from './typography.js';

/** One problem in a content pack: where (file, entry id, field), what, and how to fix it. */
export interface ContentIssue {
  file: string;
  /** Id of the FAQ entry, channel, category or fallback item the field belongs to. */
  id?: string;
  /** Path of the field, e.g. `faq[3].answer[1].items[0]`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A pack that failed validation; `issues` lists every error. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
  }
}

const MAX_ISSUES = 200;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML = /<\s*\/?\s*(script|img|a|iframe|svg|math|style|div|span|p|b|i|br|object|embed|link|meta|form|input|on\w+)\b|<!--/i;
const PLACEHOLDERS: Partial<Record<(typeof UI_KEYS)[number], string>> = { resultsCount: '{count}', opensAt: '{time}', responseTime: '{time}', bestTime: '{time}', supportTime: '{time}' };
const CHANNEL_TYPES = ['website', 'help-center', 'live-chat', 'email', 'phone', 'ticket', 'status', 'x', 'facebook', 'telegram', 'discord', 'wechat', 'reddit', 'community'];
/** Summary lines the checklist adds from the browser; a pack's field cannot take these ids. */
const ENVIRONMENT_FIELDS = ['browser', 'os', 'device', 'language', 'time-zone', 'timezone', 'page'];
const WEB_TYPES = new Set(['website', 'help-center', 'live-chat', 'ticket', 'status', 'community']);

/** Whether `text` uses the placeholder `name`: plainly (`{count}`) or as a plural block with an `other` form. */
function hasPlaceholder(text: string, name: string): boolean {
  return text.includes(`{${name}}`) || [...text.matchAll(PLURAL_BLOCK)].some((m) => m[1] === name && / other *\{/.test(` ${m[2]}`));
}

/** "file › faq "id" › field: message" — one line a person can act on. */
export function formatIssue(i: ContentIssue): string {
  return `${i.severity === 'warning' ? 'warning: ' : ''}${i.file}${i.id ? ` › "${i.id}"` : ''} › ${i.field}: ${i.message}`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The id of a list item, so messages about its fields can name it. */
const idOf = (v: unknown): string | undefined => (isObj(v) && typeof v.id === 'string' ? v.id : undefined);

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

class Checker {
  readonly issues: ContentIssue[] = [];
  private dropped = 0;
  /** Whether an error was among the dropped issues: warnings alone must not fail a build. */
  private droppedError = false;
  id?: string;

  constructor(readonly file: string) {}

  add(field: string, message: string, severity: 'error' | 'warning' = 'error', id = this.id): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      this.droppedError ||= severity === 'error';
      return;
    }
    this.issues.push({ file: this.file, id, field, message, severity });
  }

  finish(): ContentIssue[] {
    if (this.dropped) this.issues.push({ file: this.file, field: '(pack)', message: `${this.dropped} more issues not listed; fix the ones above first`, severity: this.droppedError ? 'error' : 'warning' });
    return this.issues;
  }

  /** An object with only the known keys; unknown ones are errors with a did-you-mean. */
  obj(v: unknown, field: string, required: string[], optional: string[] = []): v is Obj {
    if (!isObj(v)) {
      this.add(field, `must be an object, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`);
      return false;
    }
    const known = [...required, ...optional];
    for (const key of Object.keys(v)) {
      if (known.includes(key)) continue;
      const near = known.find((k) => distance(k, key) <= 2);
      this.add(`${field}.${key}`, `unknown field '${key}'${near ? ` (did you mean '${near}'?)` : `; allowed: ${known.join(', ')}`}`);
    }
    for (const key of required) if (!(key in v)) this.add(`${field}.${key}`, `is required`);
    return true;
  }

  str(v: unknown, field: string): v is string {
    if (typeof v !== 'string') {
      this.add(field, `must be a string, got ${v === null ? 'null' : typeof v}`);
      return false;
    }
    if (!v.trim()) {
      this.add(field, 'must not be empty');
      return false;
    }
    if (HTML.test(v)) this.add(field, 'looks like HTML markup; content is structured text only: use spans ({ "text", "strong", "href" }) and blocks');
    return true;
  }

  optStr(o: Obj, key: string, field: string): void {
    if (key in o) this.str(o[key], `${field}.${key}`);
  }

  arr(v: unknown, field: string, nonEmpty = true): v is unknown[] {
    if (!Array.isArray(v)) {
      this.add(field, 'must be an array');
      return false;
    }
    if (nonEmpty && !v.length) this.add(field, 'must not be empty');
    return true;
  }

  href(v: unknown, field: string): void {
    if (this.str(v, field) && !safeHref(v)) this.add(field, `link "${String(v).slice(0, 80)}" must use https:, mailto: or tel: — change it to an https:// address`);
  }

  rich(v: unknown, field: string): void {
    if (typeof v === 'string') {
      this.str(v, field);
      return;
    }
    if (!this.arr(v, field)) return;
    v.forEach((span, i) => {
      const f = `${field}[${i}]`;
      if (typeof span === 'string') this.str(span, f);
      else if (this.obj(span, f, ['text'], ['em', 'strong', 'href'])) {
        this.str(span.text, `${f}.text`);
        for (const k of ['em', 'strong']) if (k in span && typeof span[k] !== 'boolean') this.add(`${f}.${k}`, 'must be true or false');
        if ('href' in span) this.href(span.href, `${f}.href`);
      }
    });
  }

  blocks(v: unknown, field: string): void {
    if (!this.arr(v, field)) return;
    v.forEach((b, i) => {
      const f = `${field}[${i}]`;
      if (!isObj(b)) return void this.add(f, 'must be a block object like { "type": "p", "content": "…" }');
      if (b.type === 'p' || b.type === 'warning') {
        if (this.obj(b, f, ['type', 'content'])) this.rich(b.content, `${f}.content`);
      } else if (b.type === 'ul' || b.type === 'ol') {
        if (this.obj(b, f, ['type', 'items']) && this.arr(b.items, `${f}.items`)) b.items.forEach((item, j) => this.rich(item, `${f}.items[${j}]`));
      } else this.add(`${f}.type`, `unknown block type ${JSON.stringify(b.type)}; use "p", "ul", "ol" or "warning"`);
    });
  }

  schedule(v: unknown, field: string): void {
    for (const message of validateSchedule(v)) this.add(field, message);
  }

  ids(list: unknown[], field: string, what: string): Set<string> {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (!isObj(item) || typeof item.id !== 'string') return;
      this.id = item.id;
      if (!KEBAB.test(item.id)) this.add(`${field}[${i}].id`, `${what} id "${item.id}" must be kebab-case (a-z, 0-9, -)`);
      if (seen.has(item.id)) this.add(`${field}[${i}].id`, `duplicate ${what} id "${item.id}"; ids must be unique`);
      seen.add(item.id);
    });
    this.id = undefined;
    return seen;
  }
}

function checkChannel(c: Checker, ch: unknown, field: string): void {
  c.id = idOf(ch);
  if (!c.obj(ch, field, ['id', 'type', 'label', 'value'], ['hours', 'responseMinutes', 'languages', 'priority', 'notes', 'placeholder'])) return void (c.id = undefined);
  c.str(ch.id, `${field}.id`);
  c.str(ch.label, `${field}.label`);
  c.optStr(ch, 'notes', field);
  if (!CHANNEL_TYPES.includes(ch.type as string)) c.add(`${field}.type`, `unknown channel type ${JSON.stringify(ch.type)}; use one of ${CHANNEL_TYPES.join(', ')}`);
  if (c.str(ch.value, `${field}.value`)) {
    const value = ch.value.trim();
    const type = ch.type as string;
    if (WEB_TYPES.has(type) && !isHttpsUrl(value)) c.add(`${field}.value`, `a ${type} channel needs an https:// URL, got "${value.slice(0, 80)}"`);
    if (type === 'email' && !/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(value.replace(/^mailto:/i, ''))) c.add(`${field}.value`, `"${value.slice(0, 80)}" is not an email address`);
    if (type === 'phone' && !/^\+\d[\d\s().-]{5,}$/.test(value)) c.add(`${field}.value`, `"${value.slice(0, 80)}" must be an international number starting with + (e.g. +65 6123 4567)`);
    if (['x', 'telegram', 'facebook', 'discord', 'reddit'].includes(type) && !/^@?[\w.-]{2,}$/.test(value) && !isHttpsUrl(value)) c.add(`${field}.value`, `a ${type} channel needs a handle (@name) or an https:// URL`);
  }
  if ('hours' in ch) c.schedule(ch.hours, `${field}.hours`);
  for (const k of ['responseMinutes', 'priority']) if (k in ch && (typeof ch[k] !== 'number' || !Number.isFinite(ch[k] as number) || (ch[k] as number) < 0)) c.add(`${field}.${k}`, 'must be a non-negative number');
  if ('languages' in ch && c.arr(ch.languages, `${field}.languages`)) (ch.languages as unknown[]).forEach((l, i) => c.str(l, `${field}.languages[${i}]`));
  if ('placeholder' in ch && typeof ch.placeholder !== 'boolean') c.add(`${field}.placeholder`, 'must be true or false');
  if (ch.placeholder === true) c.add(`${field}`, 'demo placeholder — set your real channel values before publishing (and remove "placeholder")', 'warning');
  c.id = undefined;
}

function checkFallbackItems(c: Checker, v: unknown, field: string, categories: Set<string>): void {
  if (!c.arr(v, field)) return;
  c.ids(v, field, 'fallback item');
  v.forEach((item, i) => {
    const f = `${field}[${i}]`;
    c.id = idOf(item);
    if (!c.obj(item, f, ['id', 'title', 'body'], ['faqCategory', 'link', 'caution'])) return void (c.id = undefined);
    c.str(item.id, `${f}.id`);
    c.str(item.title, `${f}.title`);
    c.blocks(item.body, `${f}.body`);
    if ('faqCategory' in item && !categories.has(item.faqCategory as string)) c.add(`${f}.faqCategory`, `category "${String(item.faqCategory)}" does not exist; use one of ${[...categories].join(', ')}`);
    if ('link' in item && c.obj(item.link, `${f}.link`, ['label', 'href'])) {
      const link = item.link as Obj;
      c.str(link.label, `${f}.link.label`);
      c.href(link.href, `${f}.link.href`);
    }
    if ('caution' in item && typeof item.caution !== 'boolean') c.add(`${f}.caution`, 'must be true or false');
    c.id = undefined;
  });
}

/**
 * Every problem in a content pack. Never throws, whatever it is given; the build fails on
 * any `error`, and the widget refuses a runtime pack with one.
 */
export function validatePack(pack: unknown, file: string, options: { uiKeys?: readonly string[] } = {}): ContentIssue[] {
  const c = new Checker(file);
  try {
    if (!c.obj(pack, '(pack)', ['meta', 'categories', 'faq', 'contact'], ['$schema', 'synonyms', 'checklist', 'fallback', 'ui'])) return c.finish();
    const p = pack as Obj;
    if (c.obj(p.meta, 'meta', ['id', 'locale', 'product', 'version'])) {
      const meta = p.meta as Obj;
      for (const k of ['id', 'product', 'version']) c.str(meta[k], `meta.${k}`);
      if (typeof meta.id === 'string' && !KEBAB.test(meta.id)) c.add('meta.id', 'must be kebab-case: it is the folder name under content/');
      if (c.str(meta.locale, 'meta.locale')) {
        try {
          Intl.getCanonicalLocales(meta.locale as string);
        } catch {
          c.add('meta.locale', `"${meta.locale}" is not a BCP 47 language tag (e.g. en, zh-CN)`);
        }
      }
    }
    const categories = new Set<string>();
    if (c.arr(p.categories, 'categories')) {
      for (const id of c.ids(p.categories, 'categories', 'category')) categories.add(id);
      p.categories.forEach((cat, i) => {
        if (c.obj(cat, `categories[${i}]`, ['id', 'label'])) {
          c.str(cat.id, `categories[${i}].id`);
          c.str(cat.label, `categories[${i}].label`);
        }
      });
    }
    if (c.arr(p.faq, 'faq')) {
      const ids = c.ids(p.faq, 'faq', 'FAQ');
      p.faq.forEach((e, i) => {
        const f = `faq[${i}]`;
        c.id = idOf(e);
        if (!c.obj(e, f, ['id', 'category', 'question', 'answer'], ['keywords', 'asked', 'related', 'popular'])) return void (c.id = undefined);
        c.str(e.id, `${f}.id`);
        c.str(e.question, `${f}.question`);
        if (c.str(e.category, `${f}.category`) && !categories.has(e.category)) c.add(`${f}.category`, `category "${e.category}" does not exist; add it to "categories" or use one of ${[...categories].join(', ')}`);
        c.blocks(e.answer, `${f}.answer`);
        if ('keywords' in e && c.arr(e.keywords, `${f}.keywords`)) (e.keywords as unknown[]).forEach((k, j) => c.str(k, `${f}.keywords[${j}]`));
        if ('asked' in e) {
          // Other ways to ask: a list of whole phrasings, each matched like the question.
          const question = typeof e.question === 'string' ? e.question.trim().toLowerCase() : undefined;
          if (!Array.isArray(e.asked) || !e.asked.length) c.add(`${f}.asked`, 'must be a list of non-empty strings (other ways visitors ask this question); remove the key if there are none');
          else {
            const seen = new Map<string, number>();
            e.asked.forEach((a: unknown, j: number) => {
              if (typeof a !== 'string' || !a.trim()) return c.add(`${f}.asked[${j}]`, `must be a non-empty string (one way of asking), got ${typeof a === 'string' ? 'an empty string' : a === null ? 'null' : typeof a}`);
              c.str(a, `${f}.asked[${j}]`);
              const key = a.trim().toLowerCase();
              if (key === question) c.add(`${f}.asked[${j}]`, 'repeats the question; list only other ways to ask it', 'warning');
              else if (seen.has(key)) c.add(`${f}.asked[${j}]`, `duplicate of asked[${seen.get(key)}] ("${a.trim().slice(0, 60)}"); remove one`, 'warning');
              else seen.set(key, j);
            });
          }
        }
        if ('related' in e && c.arr(e.related, `${f}.related`, false))
          (e.related as unknown[]).forEach((r, j) => {
            if (!c.str(r, `${f}.related[${j}]`)) return;
            if (r === e.id) c.add(`${f}.related[${j}]`, 'an entry cannot be related to itself');
            else if (!ids.has(r)) c.add(`${f}.related[${j}]`, `related id "${r}" does not exist`);
          });
        if ('popular' in e && typeof e.popular !== 'boolean') c.add(`${f}.popular`, 'must be true or false');
        c.id = undefined;
      });
      // A phrasing that is another answer's question or keyword ties the two in search.
      const owners = new Map<string, string>();
      for (const e of (p.faq as unknown[]).filter(isObj)) for (const k of [e.question, ...(Array.isArray(e.keywords) ? e.keywords : [])]) if (typeof k === 'string' && typeof e.id === 'string') owners.set(k.trim().toLowerCase(), e.id);
      (p.faq as unknown[]).forEach((e, i) => {
        if (!isObj(e) || !Array.isArray(e.asked)) return;
        e.asked.forEach((a: unknown, j: number) => {
          const other = typeof a === 'string' ? owners.get(a.trim().toLowerCase()) : undefined;
          if (other && other !== e.id) c.add(`faq[${i}].asked[${j}]`, `"${a}" is also the question or a keyword of "${other}", so search cannot tell the two apart on it; reword it or remove one`, 'warning', typeof e.id === 'string' ? e.id : undefined);
        });
      });
    }
    if ('synonyms' in p && c.arr(p.synonyms, 'synonyms', false))
      p.synonyms.forEach((g, i) => {
        if (c.arr(g, `synonyms[${i}]`)) {
          if ((g as unknown[]).length < 2) c.add(`synonyms[${i}]`, 'a synonym group needs at least two words');
          (g as unknown[]).forEach((w, j) => c.str(w, `synonyms[${i}][${j}]`));
        }
      });
    if (c.obj(p.contact, 'contact', ['channels'], ['peakHours'])) {
      const contact = p.contact as Obj;
      if (c.arr(contact.channels, 'contact.channels', false)) {
        c.ids(contact.channels, 'contact.channels', 'channel');
        contact.channels.forEach((ch, i) => checkChannel(c, ch, `contact.channels[${i}]`));
      }
      if ('peakHours' in contact) c.schedule(contact.peakHours, 'contact.peakHours');
    }
    if ('checklist' in p && c.arr(p.checklist, 'checklist')) {
      c.ids(p.checklist, 'checklist', 'checklist field');
      p.checklist.forEach((f, i) => {
        c.id = idOf(f);
        if (c.obj(f, `checklist[${i}]`, ['id', 'label'], ['multiline'])) {
          c.str(f.id, `checklist[${i}].id`);
          c.str(f.label, `checklist[${i}].label`);
          if ('multiline' in f && typeof f.multiline !== 'boolean') c.add(`checklist[${i}].multiline`, 'must be true or false');
          if (ENVIRONMENT_FIELDS.includes(f.id as string)) c.add(`checklist[${i}].id`, `"${String(f.id)}" is added by the widget itself (with the visitor's browser, system, device, language, time zone and page); remove this field`);
        }
        c.id = undefined;
      });
    }
    // Optional and partial: what a pack leaves out comes from the built-in catalog of its locale.
    if ('fallback' in p && c.obj(p.fallback, 'fallback', [], ['mode', 'reasons', 'actions', 'safety', 'escalation'])) {
      const fb = p.fallback as Obj;
      if ('mode' in fb && fb.mode !== 'replace' && fb.mode !== 'extend') c.add('fallback.mode', `must be "replace" (the pack's parts instead of the built-in ones) or "extend" (added to them), got ${JSON.stringify(fb.mode)}`);
      if ('reasons' in fb) checkFallbackItems(c, fb.reasons, 'fallback.reasons', categories);
      if ('actions' in fb) checkFallbackItems(c, fb.actions, 'fallback.actions', categories);
      if ('safety' in fb) c.blocks(fb.safety, 'fallback.safety');
      if ('escalation' in fb) c.blocks(fb.escalation, 'fallback.escalation');
    }
    const uiKeys = options.uiKeys ?? UI_KEYS;
    if ('ui' in p && c.obj(p.ui, 'ui', [], [...uiKeys])) {
      const ui = p.ui as Obj;
      for (const key of uiKeys) {
        if (!(key in ui)) continue;
        if (c.str(ui[key], `ui.${key}`)) {
          const needed = PLACEHOLDERS[key as keyof typeof PLACEHOLDERS];
          if (needed && !hasPlaceholder(ui[key] as string, needed.slice(1, -1)))
            c.add(`ui.${key}`, `must contain the placeholder ${needed}, or a plural block with an "other" form: {${needed.slice(1, -1)}, plural, one {…} other {…}}`);
        }
      }
    }
    for (const t of cjkPunctuationIssues(p)) c.add(t.field, t.message, 'warning', t.id);
  } catch (e) {
    c.add('(pack)', `could not be read: ${(e as Error).message}`);
  }
  return c.finish();
}

/** Validate and return the pack typed, or throw a ContentError listing every error. */
export function assertValidPack(pack: unknown, file: string): PackInput {
  const errors = validatePack(pack, file).filter((i) => i.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  return pack as PackInput;
}

/** Cross-locale checks for one product: every locale has the same FAQ ids and categories. */
export function validatePackSet(packs: { file: string; pack: unknown }[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const idsOf = (p: unknown, key: 'faq' | 'categories') =>
    new Set(isObj(p) && Array.isArray(p[key]) ? (p[key] as unknown[]).filter(isObj).map((e) => String(e.id)) : []);
  for (const key of ['faq', 'categories'] as const) {
    const all = new Set(packs.flatMap((p) => [...idsOf(p.pack, key)]));
    for (const { file, pack } of packs) {
      const mine = idsOf(pack, key);
      const missing = [...all].filter((id) => !mine.has(id));
      if (missing.length) issues.push({ file, field: key, message: `missing ${key === 'faq' ? 'FAQ entries' : 'categories'} that other locales have: ${missing.join(', ')}`, severity: 'error' });
    }
  }
  return issues;
}
