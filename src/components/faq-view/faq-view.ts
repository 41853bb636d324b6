import { LitElement, html, nothing, render, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ContentPack, FaqEntry } from '../../content/types.js';
import type { PackSearch, SearchResult } from '../../search/index.js';
import type { Runs } from '../../search/highlight.js';
import { renderBlocks } from '../rich-text.js';
import { contentLang, uiLocaleOf } from '../content-lang.js';
import { t } from '../../i18n/format.js';
import { emit } from '../../internal/emit.js';
import { afterNextPaint, idle } from '../../internal/idle.js';
import type { SwEventDetails } from '../../events/events.js';
import { faqViewStyles } from './faq-view.styles.js';
import { requestView } from '../../events/view-request.js';

type AnswerSource = SwEventDetails['sw-answer-view']['source'];

/** Settled-query delay for the `sw-search` event (results update on every keystroke). */
const SEARCH_EVENT_DELAY_MS = 400;

/**
 * The FAQ view: a search combobox over the pack's questions, the open answer, and
 * browsing by category (disclosure widgets) when the search box is empty.
 *
 * @summary FAQ search and answers. Internal to `<support-widget>`.
 * @fires sw-search - A query settled.
 * @fires sw-answer-view - An answer was opened.
 * @fires sw-feedback - The visitor rated an answer.
 * @csspart search - The search input.
 * @csspart results - The result listbox.
 * @csspart result - One result option.
 * @csspart answer - The open answer.
 * @csspart category - A category group when browsing.
 * @csspart feedback - The "Did this answer your question?" row.
 * @csspart no-results - The no-results message.
 */
export class FaqView extends LitElement {
  static override styles = faqViewStyles;

  static override properties: PropertyDeclarations = {
    pack: { attribute: false },
    searcher: { attribute: false },
    query: { state: true, attribute: false },
    results: { state: true, attribute: false },
    activeIndex: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    rated: { state: true, attribute: false },
    categoriesShown: { state: true, attribute: false },
  };

  /** The active content pack. */
  pack!: ContentPack;
  /** Search over `pack`. */
  /** Undefined while the search module loads (a chunk of its own): the answers show meanwhile. */
  searcher?: PackSearch;

  private query = '';
  private results: SearchResult[] = [];
  private activeIndex = -1;
  private openId: string | null = null;
  private expanded = new Set<string>();
  /** Answers the visitor rated, by FAQ id (one rating per answer per page view). */
  private rated = new Map<string, boolean>();
  /**
   * How many category lists are rendered. The first frame after opening shows the search box
   * and the popular questions; the categories (below the fold) follow one per idle task after
   * a paint, so each task that renders and lays them out stays short.
   */
  private categoriesShown = 0;

  /** The language the interface strings are in (see content-lang.ts). */
  private get uiLocale(): string {
    return uiLocaleOf(this.pack);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  private searchEventTimer: ReturnType<typeof setTimeout> | undefined;
  /** Searches run so far: a search event is for the last one only. */
  private searches = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchEventTimer);
  }

  /** Run a search as if the visitor typed `text`. */
  setQuery(text: string): void {
    this.query = text;
    this.openId = null;
    this.runSearch();
  }

  /** Open one answer (deep link, related link or API). Returns false for an unknown id. */
  showAnswer(id: string, source: AnswerSource): boolean {
    if (!this.entry(id)) return false;
    this.openId = id;
    emit(this, 'sw-answer-view', { id, source });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#answer-heading')?.focus());
    return true;
  }

  /** Clear the search and bring a category's questions into view. */
  showCategory(id: string): void {
    this.categoriesShown = Infinity;
    this.query = '';
    this.results = [];
    this.openId = null;
    this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#h-${CSS.escape(id)}`);
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  }

  /** Move focus into the view (the search box). */
  override focus(options?: FocusOptions): void {
    this.updateComplete.then(() => this.input?.focus(options));
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // A new pack (locale switch, content-src) keeps the visitor's query and open answer.
    if (changed.has('searcher') && this.searcher) {
      this.results = this.search();
      if (this.openId && !this.entry(this.openId)) this.openId = null;
    }
  }

  /** The searcher whose preparation this view waits on to search again. */
  private awaiting?: PackSearch;

  /**
   * Results for the query. Until search is prepared (the phrasings indexed, typo correction and
   * the query rules loaded, in idle time from the visitor's first reach), a keystroke is
   * answered at once from the answers alone, and the results are worked out again once it is.
   */
  private search(): SearchResult[] {
    const searcher = this.searcher;
    if (!searcher || !this.query.trim()) return [];
    // Prepared already (the visitor took a moment before typing): one search, and none again.
    const prepared = !searcher.prepare || !!searcher.prepared;
    if (this.awaiting !== searcher) {
      this.awaiting = searcher;
      if (!prepared) {
        void searcher.prepare!().then(() => {
          if (this.searcher === searcher && this.query.trim()) this.results = searcher.search(this.query);
        });
      }
    }
    // What only a phrasing says finds nothing yet: then the whole index now, not "nothing fits".
    const first = searcher.search(this.query, { partial: !prepared });
    return first.length || prepared ? first : searcher.search(this.query);
  }

  private browseScheduled = false;

  /** Whether every category list is rendered. */
  get browseComplete(): boolean {
    return !this.pack || this.categoriesShown >= this.categoryGroups().length;
  }

  protected override updated(): void {
    // The query is set here rather than bound: writing an input's value (even the same one)
    // moves the caret and forces a layout on every keystroke.
    const input = this.input;
    if (input && input.value !== this.query) input.value = this.query;
    if (this.searcher && !FaqView.resultsWarmed && !this.warmScheduled) {
      this.warmScheduled = true;
      void afterNextPaint().then(() => idle(() => this.warmResults(), 300));
    }
    if (this.browseComplete || this.browseScheduled) return;
    this.browseScheduled = true;
    // After a paint, when the page is idle: while the panel is being prepared hidden, the
    // widget lays out each addition in the idle task that follows it.
    void afterNextPaint().then(() =>
      idle(() => {
        this.browseScheduled = false;
        this.categoriesShown++;
      }),
    );
  }

  /** The categories that have entries, with their entries. */
  private categoryGroups(): { id: string; label: string; entries: FaqEntry[] }[] {
    return this.pack.categories.map((c) => ({ ...c, entries: this.pack.faq.filter((e) => e.category === c.id) })).filter((g) => g.entries.length);
  }

  private entry(id: string): FaqEntry | undefined {
    return this.pack?.faq.find((e) => e.id === id);
  }

  private categoryLabel(id: string): string {
    return this.pack.categories.find((c) => c.id === id)?.label ?? id;
  }

  private runSearch(): void {
    this.results = this.search();
    this.activeIndex = this.results.length ? 0 : -1;
    clearTimeout(this.searchEventTimer);
    const q = this.query.trim();
    const asked = ++this.searches;
    if (!q) return;
    // With the results search gives once prepared (they replace the first ones then).
    this.searchEventTimer = setTimeout(async () => {
      await this.awaiting?.prepare?.();
      if (asked !== this.searches || !this.isConnected) return;
      emit(this, 'sw-search', { query: q, resultIds: this.results.map((r) => r.id), empty: this.results.length === 0 });
    }, SEARCH_EVENT_DELAY_MS);
  }

  private onInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    this.openId = null;
    this.runSearch();
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.results.length;
    if (!n) return;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (this.activeIndex + 1) % n,
      ArrowUp: () => (this.activeIndex - 1 + n) % n,
      Home: () => 0,
      End: () => n - 1,
    };
    if (e.key in moves && !(this.openId && (e.key === 'Home' || e.key === 'End'))) {
      e.preventDefault();
      this.openId = null;
      this.activeIndex = moves[e.key]();
      this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
    } else if (e.key === 'Enter' && this.activeIndex >= 0) {
      e.preventDefault();
      this.showAnswer(this.results[this.activeIndex].id, 'search');
    }
  }

  private toggleBrowse(key: string, id: string): void {
    const next = new Set(this.expanded);
    if (next.has(key)) next.delete(key);
    else {
      next.add(key);
      emit(this, 'sw-answer-view', { id, source: 'browse' });
    }
    this.expanded = next;
  }

  private rate(id: string, helpful: boolean): void {
    if (this.rated.has(id)) return;
    this.rated = new Map(this.rated).set(id, helpful);
    emit(this, 'sw-feedback', { id, helpful });
  }

  private renderFeedback(id: string) {
    const ui = this.pack.ui;
    const rating = this.rated.get(id);
    if (rating === undefined) {
      return html`<div class="feedback" part="feedback" role="group" aria-label=${ui.helpfulQuestion}>
        <span>${ui.helpfulQuestion}</span>
        <button type="button" class="btn" @click=${() => this.rate(id, true)}>${ui.helpfulYes}</button>
        <button type="button" class="btn" @click=${() => this.rate(id, false)}>${ui.helpfulNo}</button>
      </div>`;
    }
    return html`<div class="feedback" part="feedback" role="status">
      ${rating
        ? html`<span>${ui.helpfulThanks}</span>`
        : html`<span>${ui.helpfulSorry}</span>
            <button type="button" class="btn primary" @click=${() => this.requestView('contact')}>${ui.tabContact}</button>
            <button type="button" class="btn" @click=${() => this.requestView('fallback')}>${ui.tabFallback}</button>`}
    </div>`;
  }

  private backToResults(): void {
    this.openId = null;
    this.input?.focus();
  }

  private renderSearch() {
    const ui = this.pack.ui;
    const listOpen = !this.openId && this.results.length > 0;
    return html`
      <label class="search-label" for="q">${ui.searchLabel}</label>
      <input
        id="q"
        part="search"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${listOpen ? 'true' : 'false'}
        aria-activedescendant=${listOpen && this.activeIndex >= 0 ? `r-${this.activeIndex}` : nothing}
        placeholder=${ui.searchPlaceholder}
        maxlength="200"
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
      <p class="sr-only" role="status" aria-live="polite">${this.query.trim() ? (this.results.length ? t(ui, 'resultsCount', { count: this.results.length }, this.uiLocale) : ui.noResults) : ''}</p>
    `;
  }

  private renderResults() {
    if (this.openId || !this.query.trim()) return nothing;
    const ui = this.pack.ui;
    if (!this.results.length) {
      return html`<div class="empty" part="no-results">
        <p><strong>${ui.noResults}</strong></p>
        <p>${ui.noResultsHint}</p>
        <div class="actions">
          <button type="button" @click=${() => this.requestView('contact', this.query.trim())}>${ui.tabContact}</button>
          <button type="button" @click=${() => this.requestView('fallback', this.query.trim())}>${ui.tabFallback}</button>
        </div>
      </div>`;
    }
    return this.resultsList(this.results, this.query);
  }

  private resultsList(results: SearchResult[], query: string) {
    const highlight = this.searcher?.highlighter?.(query) ?? ((text: string): Runs => [{ text, hit: false }]);
    const own = contentLang(this.pack);
    return html`<ul id="results" role="listbox" part="results" aria-label=${this.pack.ui.searchLabel} lang=${own.lang} dir=${own.dir}>
      ${results.map(
        (r, i) => html`<li
          id=${`r-${i}`}
          role="option"
          part="result"
          aria-selected=${i === this.activeIndex ? 'true' : 'false'}
          @click=${() => this.showAnswer(r.id, 'search')}
          @mousemove=${() => (this.activeIndex = i)}
        >
          <span class="q">${highlight(r.entry.question).map((run) => (run.hit ? html`<mark>${run.text}</mark>` : run.text))}</span>
          <span class="cat">${this.categoryLabel(r.entry.category)}</span>
        </li>`,
      )}
    </ul>`;
  }

  private static resultsWarmed = false;
  private warmScheduled = false;

  /**
   * The results list rendered once, off the page, before the visitor types (and the results
   * count's plural rules set up): the first keystroke then finds lit's templates for it prepared
   * and its code run (at 4× CPU throttling that first use was about 15 ms of the keystroke).
   */
  private warmResults(): void {
    const entries = this.pack?.faq.slice(0, 3) ?? [];
    if (FaqView.resultsWarmed || !this.searcher || !entries.length) return;
    FaqView.resultsWarmed = true;
    const query = entries[0].question.slice(0, 2);
    render(this.resultsList(entries.map((entry) => ({ id: entry.id, score: 0, entry })), query), document.createElement('div'));
    t(this.pack.ui, 'resultsCount', { count: entries.length }, this.uiLocale);
  }

  /**
   * Ask the widget to switch view (the no-results path to Contact / Can't reach support).
   * `draft`: the query no answer fits, for the message drafter's problem field.
   */
  private requestView(view: 'contact' | 'fallback', draft?: string): void {
    requestView(this, { view, draft });
  }

  private renderAnswer() {
    const entry = this.openId ? this.entry(this.openId) : undefined;
    if (!entry) return nothing;
    const ui = this.pack.ui;
    const related = (entry.related ?? []).map((id) => this.entry(id)).filter((e): e is FaqEntry => !!e);
    const own = contentLang(this.pack);
    return html`<article part="answer" class="answer" aria-labelledby="answer-heading">
      <button type="button" class="link back" @click=${this.backToResults}>${ui.backToList}</button>
      <div class="entry" lang=${own.lang} dir=${own.dir}>
        <p class="cat">${this.categoryLabel(entry.category)}</p>
        <h3 id="answer-heading" tabindex="-1">${entry.question}</h3>
        ${renderBlocks(entry.answer)}
      </div>
      ${this.renderFeedback(entry.id)}
      ${related.length
        ? html`<h4>${ui.related}</h4>
            <ul class="related" lang=${own.lang} dir=${own.dir}>
              ${related.map((r) => html`<li><button type="button" class="link" @click=${() => this.showAnswer(r.id, 'related')}>${r.question}</button></li>`)}
            </ul>`
        : nothing}
    </article>`;
  }

  /**
   * Kept rendered (hidden) while searching: the first keystroke and clearing the box stay cheap.
   * Its lists are worked out again only when what they show changes, not on every keystroke.
   */
  private renderBrowse() {
    return html`<div class="browse" ?hidden=${!!this.openId || !!this.query.trim()}>
      ${guard([this.pack, this.categoriesShown, this.expanded, this.rated], () => this.renderBrowseLists())}
    </div>`;
  }

  private renderBrowseLists() {
    const ui = this.pack.ui;
    const popular = this.pack.faq.filter((e) => e.popular);
    return html`${popular.length
        ? html`<section part="category" aria-labelledby="h-popular">
            <h3 id="h-popular">${ui.popular}</h3>
            ${this.renderDisclosures(popular, 'popular')}
          </section>`
        : nothing}
      ${this.renderCategories(popular.length ? this.categoriesShown : Infinity)}`;
  }

  private renderCategories(count: number) {
    if (!count) return nothing;
    return html`
      <h3>${this.pack.ui.browseCategories}</h3>
      ${this.categoryGroups()
        .slice(0, count)
        .map(
          (c) => html`<section part="category" aria-labelledby=${`h-${c.id}`}>
            <h4 id=${`h-${c.id}`} lang=${contentLang(this.pack).lang}>${c.label}</h4>
            ${this.renderDisclosures(c.entries, c.id)}
          </section>`,
        )}
    `;
  }

  private renderDisclosures(entries: FaqEntry[], group: string) {
    const own = contentLang(this.pack);
    return html`<ul class="disclosures" lang=${own.lang} dir=${own.dir}>
      ${entries.map((e) => {
        const key = `${group}:${e.id}`;
        const open = this.expanded.has(key);
        return html`<li>
          <button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`a-${key}`} @click=${() => this.toggleBrowse(key, e.id)}>
            ${e.question}
          </button>
          <div id=${`a-${key}`} part="answer" class="answer" ?hidden=${!open}>${open ? [renderBlocks(e.answer), this.renderFeedback(e.id)] : nothing}</div>
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    if (!this.pack) return nothing;
    return html`${this.renderSearch()}${this.renderResults()}${this.renderAnswer()}${this.renderBrowse()}`;
  }
}
