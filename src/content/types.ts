/**
 * The content-pack format. A pack is plain JSON, one per product and locale (written by
 * hand, or built from Markdown sources by `support-widget build`);
 * these types are the single source of truth for it and `content/schema.json`
 * describes the same shape for editors and other tools.
 */

/** A run of text. A plain string is unformatted text. */
export type Span =
  | string
  | {
      text: string;
      /** Render as emphasis. */
      em?: boolean;
      /** Render as strong importance. */
      strong?: boolean;
      /** Make the run a link. Only `https:`, `mailto:` and `tel:` are accepted. */
      href?: string;
    };

/** Rich text: a string, or a list of spans. Never HTML. */
export type Rich = string | Span[];

/** One block of an answer. */
export type Block =
  | { type: 'p'; content: Rich }
  | { type: 'ul'; items: Rich[] }
  | { type: 'ol'; items: Rich[] }
  /** A safety warning, rendered prominently. */
  | { type: 'warning'; content: Rich };

export interface FaqEntry {
  /** Stable id, kebab-case. Never rename: deep links, tests and analytics use it. */
  id: string;
  /** Id of an entry in `categories`. */
  category: string;
  question: string;
  answer: Block[];
  /** Extra words users type for this question (synonyms, colloquial forms, typos). */
  keywords?: string[];
  /**
   * Other ways visitors ask this question, each a whole question or message ("can't log in
   * after the update", "someone claiming to be support wants my phrase"). Search matches a
   * query against each one as it would against the question.
   */
  asked?: string[];
  /** Ids of other FAQ entries. */
  related?: string[];
  /** Shown on the empty search screen. */
  popular?: boolean;
}

export interface Category {
  id: string;
  label: string;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * A weekly schedule in an IANA time zone. Each day lists `HH:MM-HH:MM` intervals in the
 * support team's local time; several intervals express breaks; an interval whose end is
 * before its start runs past midnight into the next day (`22:00-06:00`); `24:00` is
 * the end of the day.
 */
export interface Schedule {
  /** IANA time zone of the support team, e.g. `Asia/Singapore`. */
  timeZone: string;
  /** `true` for 24/7; `weekly` is then ignored. */
  alwaysOpen?: boolean;
  weekly?: Partial<Record<Weekday, string[]>>;
  /** Dates (`YYYY-MM-DD`, in `timeZone`) on which the channel is closed all day. */
  closures?: { date: string; label?: string }[];
}

export type ChannelType =
  | 'website'
  | 'help-center'
  | 'live-chat'
  | 'email'
  | 'phone'
  | 'ticket'
  | 'status'
  | 'x'
  | 'facebook'
  | 'telegram'
  | 'discord'
  | 'wechat'
  | 'reddit'
  | 'community';

export interface Channel {
  /** Stable id, kebab-case. */
  id: string;
  type: ChannelType;
  label: string;
  /**
   * What the visitor uses: an `https:` URL for web channels, an address for `email`,
   * an international number (`+65 …`) for `phone`, a handle (`@name`) or URL for social.
   */
  value: string;
  /** Opening hours; omitted means no stated hours (always reachable, answered later). */
  hours?: Schedule;
  /** Typical time to a first human answer, in minutes. */
  responseMinutes?: number;
  /** BCP 47 tags of the languages served. */
  languages?: string[];
  /** Lower is preferred when several channels are open. Default 100. */
  priority?: number;
  notes?: string;
  /**
   * Marks demo data (`example.com` values). The widget shows a visible "placeholder"
   * badge and the build warns when a placeholder pack is published as-is.
   */
  placeholder?: boolean;
}

export interface ContactSettings {
  channels: Channel[];
  /** Busy periods, in the same schedule shape, used for the "best time to contact" hint. */
  peakHours?: Schedule;
}

export interface FallbackItem {
  id: string;
  title: string;
  body: Block[];
  /** A FAQ category to jump to for self-help. */
  faqCategory?: string;
  /** An official link (status page, announcements, help centre). */
  link?: { label: string; href: string };
  /** Shown with a caution style (community, third-party help). */
  caution?: boolean;
}

export interface Fallback {
  /**
   * How a pack's parts combine with the built-in ones (a pack's `fallback` is optional and
   * partial): `replace` (default) uses the pack's part instead of the built-in one where the
   * pack has it; `extend` keeps the built-in reasons and actions (a pack item with the same id
   * replaces a built-in one) and appends the pack's safety and escalation blocks.
   */
  mode?: 'replace' | 'extend';
  /** Why support may be unreachable right now, each with what to do. */
  reasons: FallbackItem[];
  /** What the visitor can do meanwhile. */
  actions: FallbackItem[];
  /** Always-visible "stay safe" block. */
  safety: Block[];
  /** How to escalate when a ticket is not answered. */
  escalation: Block[];
}

/**
 * One field of the "Before you contact us" checklist. The visitor's browser, system, device,
 * language, time zone and page are added by the widget itself.
 */
export interface ChecklistField {
  /** Stable id, kebab-case; also the field's `name`. */
  id: string;
  /** The label shown and written into the summary (e.g. "Order number"). */
  label: string;
  /** A text area for longer answers. */
  multiline?: boolean;
}

export interface PackMeta {
  /** Pack id, the folder name under `content/`. */
  id: string;
  /** BCP 47 locale of this file, e.g. `zh-CN`, `en`. */
  locale: string;
  product: string;
  version: string;
}

export interface ContentPack {
  $schema?: string;
  meta: PackMeta;
  /** In display order. */
  categories: Category[];
  faq: FaqEntry[];
  /** Groups of words that mean the same thing to a searcher, e.g. `["闪退","崩溃","打不开"]`. */
  synonyms?: string[][];
  contact: ContactSettings;
  /** The checklist's fields, in order. */
  checklist: ChecklistField[];
  fallback: Fallback;
  ui: UiStrings;
  /**
   * The language of `ui`: the visitor's interface language, which may differ from the
   * content's `meta.locale` (a zh-TW interface around zh-CN answers). Set by `completePack`.
   */
  uiLocale?: string;
  /** The writing direction of `ui` (set by `completePack`). */
  uiDir?: 'ltr' | 'rtl';
  /** The font stack for `ui`'s script, platform fonts first: the default of `--sw-font` (set by `completePack`). */
  uiFont?: string;
}

/**
 * A pack as a site writes it: only `meta`, `categories`, `faq` and `contact` are needed. The
 * interface strings, the fallback and the checklist come from the built-in catalog of the
 * pack's locale; a pack may override any of them (`ui` and `fallback` may be partial).
 */
export type PackInput = Omit<ContentPack, 'ui' | 'fallback' | 'checklist'> & {
  ui?: Partial<UiStrings>;
  fallback?: Partial<Fallback>;
  checklist?: ChecklistField[];
};

/**
 * Every interface string. Every built-in catalog defines every key (`src/i18n/catalogs/`);
 * a pack may override any of them. `{name}` placeholders are filled at run time.
 */
export const UI_KEYS = [
  'launcherLabel',
  'panelTitle',
  'close',
  'tabFaq',
  'tabContact',
  'tabFallback',
  'searchLabel',
  'searchPlaceholder',
  'resultsCount',
  'noResults',
  'noResultsHint',
  'popular',
  'browseCategories',
  'backToList',
  'related',
  'contactIntro',
  'openNow',
  'closed',
  'opensAt',
  'alwaysOpen',
  'noHours',
  'supportTime',
  'fastestNow',
  'responseTime',
  'bestTime',
  'placeholderBadge',
  'checklistTitle',
  'copySummary',
  'copied',
  'fallbackIntro',
  'whyUnreachable',
  'whatYouCanDo',
  'staySafe',
  'escalation',
  'statusDegraded',
  'statusLink',
  'allClosed',
  'showFallback',
  'verifyTitle',
  'verifyLabel',
  'verifyButton',
  'verifyOfficial',
  'verifyNotOfficial',
  'verifyLookalike',
  'helpfulQuestion',
  'helpfulYes',
  'helpfulNo',
  'helpfulThanks',
  'helpfulSorry',
  'draftTitle',
  'draftLabel',
  'draftBlocked',
  'openInNewTab',
  'hoursDetails',
  'checklistNever',
  'fieldAccount',
  'fieldAddress',
  'fieldTxHash',
  'fieldWhen',
  'fieldProblem',
  'fieldBrowser',
  'fieldOs',
  'fieldDevice',
  'fieldLanguage',
  'fieldTimeZone',
  'fieldPage',
  'draftEmail',
  'verifyResembles',
  'contentUnavailable',
  'contentUnavailableHint',
  'verifyPlaceholder',
] as const;

export type UiKey = (typeof UI_KEYS)[number];
export type UiStrings = Record<UiKey, string>;
