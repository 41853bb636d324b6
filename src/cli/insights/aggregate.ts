/**
 * Figures for the insights report, built one record at a time so a file of any length is
 * read in constant memory (apart from the distinct queries, which are pruned when they pile up).
 */
import type { InsightsRecord } from '../../insights/beacon-schema.js';

export interface Count {
  query: string;
  count: number;
}

export interface AnswerRating {
  id: string;
  /** Times the answer was opened. */
  views: number;
  helpful: number;
  /** Times it was read and then rated unhelpful. */
  unhelpful: number;
  /** The answer's question, when the report was given the pack. */
  question?: string;
}

export interface SynonymSuggestion {
  /** The query that found nothing. */
  query: string;
  count: number;
  /** The answer it resembles. */
  id: string;
  question?: string;
  /** The words of the query the answer lacks: candidates for its keywords or a synonym group. */
  words: string[];
  /** 0–1, how close the query is to the answer. */
  score: number;
  /** How the answer was found: the pack's search on part of the query, or string similarity. */
  via: 'pack-search' | 'similarity';
}

export interface GroupFigures {
  pack: string;
  locale: string;
  beacons: number;
  searches: number;
  /** Searches per UTC day, oldest first (from the day the collector stamped). */
  days: { day: string; searches: number }[];
  noResult: Count[];
  noClick: Count[];
  endedInContact: Count[];
  unhelpful: AnswerRating[];
  channels: { type: string; count: number }[];
  synonyms: SynonymSuggestion[];
  /** True when rare queries were dropped to bound memory (counts of the listed ones stay exact from then on). */
  approximate: boolean;
}

export interface InsightsFigures {
  /** Lines read, and lines skipped because they were not a record (with the first few reasons). */
  lines: number;
  skipped: number;
  skippedExamples: string[];
  groups: GroupFigures[];
}

/** How many entries each top list keeps. */
export const TOP = 20;
/** Distinct queries tracked per list before the rare ones are dropped. */
const MAX_DISTINCT = 200_000;

const keys = new Map<string, string>();

/** The form queries are counted under: case, width and spacing folded. */
export function queryKey(query: string): string {
  // Visitors ask the same things again and again: fold each distinct query once.
  let key = keys.get(query);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(query, (key = query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()));
  }
  return key;
}

class Counter {
  readonly map = new Map<string, number>();
  pruned = false;

  add(key: string, n = 1): void {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
    if (this.map.size > MAX_DISTINCT) {
      for (const [k, c] of this.map) if (c <= 1) this.map.delete(k);
      this.pruned = true;
    }
  }

  top(n = TOP): Count[] {
    return [...this.map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([query, count]) => ({ query, count }));
  }
}

class Group {
  beacons = 0;
  searches = 0;
  readonly days = new Map<string, number>();
  readonly noResult = new Counter();
  readonly noClick = new Counter();
  readonly endedInContact = new Counter();
  readonly channels = new Map<string, number>();
  readonly ratings = new Map<string, { views: number; helpful: number; unhelpful: number }>();
  /** Queries that led to an answer being opened, per answer: what visitors call it. */
  readonly foundBy = new Map<string, Counter>();

  constructor(
    readonly pack: string,
    readonly locale: string,
  ) {}

  rating(id: string) {
    let r = this.ratings.get(id);
    if (!r) this.ratings.set(id, (r = { views: 0, helpful: 0, unhelpful: 0 }));
    return r;
  }

  add(record: InsightsRecord): void {
    this.beacons++;
    const viewed = new Set<string>();
    // The search an event belongs to: the latest one before it in the visit.
    let search: { key: string; empty: boolean; clicked: boolean; contacted: boolean } | undefined;
    const settle = (next?: string) => {
      // A search the visitor kept typing into ("pass" → "password") is not a dead end.
      if (!search || (next !== undefined && next !== search.key && next.startsWith(search.key))) return;
      if (search.empty) this.noResult.add(search.key);
      else if (!search.clicked) this.noClick.add(search.key);
    };
    for (const e of record.events) {
      switch (e.type) {
        case 'search': {
          const key = queryKey(e.query);
          if (!key) break;
          settle(key);
          this.searches++;
          this.days.set(record.day, (this.days.get(record.day) ?? 0) + 1);
          search = { key, empty: e.empty || e.resultIds.length === 0, clicked: false, contacted: false };
          break;
        }
        case 'answer-view':
          viewed.add(e.id);
          this.rating(e.id).views++;
          if (e.source === 'search' && search && !search.empty) {
            search.clicked = true;
            let c = this.foundBy.get(e.id);
            if (!c) this.foundBy.set(e.id, (c = new Counter()));
            if (c.map.size < 50 || c.map.has(search.key)) c.add(search.key);
          }
          break;
        case 'feedback': {
          const r = this.rating(e.id);
          if (e.helpful) r.helpful++;
          else if (viewed.has(e.id)) r.unhelpful++;
          break;
        }
        case 'contact':
          this.channels.set(e.channelType ?? e.channel, (this.channels.get(e.channelType ?? e.channel) ?? 0) + 1);
          if (search && !search.contacted) {
            search.contacted = true;
            this.endedInContact.add(search.key);
          }
          break;
      }
    }
    settle();
  }

  figures(): Omit<GroupFigures, 'synonyms'> {
    return {
      pack: this.pack,
      locale: this.locale,
      beacons: this.beacons,
      searches: this.searches,
      days: [...this.days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, searches]) => ({ day, searches })),
      noResult: this.noResult.top(),
      noClick: this.noClick.top(),
      endedInContact: this.endedInContact.top(),
      unhelpful: [...this.ratings]
        .filter(([, r]) => r.unhelpful > 0)
        .map(([id, r]) => ({ id, ...r }))
        .sort((a, b) => b.unhelpful - a.unhelpful || b.unhelpful / Math.max(1, b.views) - a.unhelpful / Math.max(1, a.views) || (a.id < b.id ? -1 : 1))
        .slice(0, TOP),
      channels: [...this.channels].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([type, count]) => ({ type, count })),
      approximate: this.noResult.pruned || this.noClick.pruned || this.endedInContact.pruned,
    };
  }
}

/** Adds records one by one; `groups()` gives the figures per product and locale. */
export class InsightsAggregator {
  private readonly byGroup = new Map<string, Group>();

  add(record: InsightsRecord): void {
    const key = `${record.pack}\u0000${record.locale}`;
    let g = this.byGroup.get(key);
    if (!g) this.byGroup.set(key, (g = new Group(record.pack, record.locale)));
    g.add(record);
  }

  /** Per product and locale, sorted by product then locale. */
  groups(): { figures: Omit<GroupFigures, 'synonyms'>; foundBy: Map<string, string[]>; noResultAll: Count[] }[] {
    return [...this.byGroup.values()]
      .sort((a, b) => (a.pack + '\u0000' + a.locale < b.pack + '\u0000' + b.locale ? -1 : 1))
      .map((g) => ({
        figures: g.figures(),
        foundBy: new Map([...g.foundBy].map(([id, c]) => [id, c.top(10).map((q) => q.query)])),
        noResultAll: g.noResult.top(50),
      }));
  }
}
