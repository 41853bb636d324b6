import { canScroll, sheetBox } from './sheet.js';

/**
 * Holds the page behind an open phone sheet still, and fits the sheet to the visual viewport.
 * A chunk of its own (most page views never open the widget on a phone); SheetController
 * creates one when the sheet opens and releases it when it closes.
 *
 * Wheel and touch scrolling that no scroller inside the sheet can take is cancelled. Nothing is
 * written to the page's styles: no `overflow: hidden` on `<html>`, so no scrollbar jump and
 * nothing to restore.
 */
export class ScrollLock {
  private touchY = 0;

  /** @param panel The sheet. */
  constructor(private readonly panel: HTMLElement) {
    const active = { capture: true, passive: false };
    document.addEventListener('wheel', this.onWheel, active);
    document.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    document.addEventListener('touchmove', this.onTouchMove, active);
    visualViewport?.addEventListener('resize', this.fit);
    visualViewport?.addEventListener('scroll', this.fit);
    this.fit();
  }

  release(): void {
    document.removeEventListener('wheel', this.onWheel, { capture: true });
    document.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    document.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    visualViewport?.removeEventListener('resize', this.fit);
    visualViewport?.removeEventListener('scroll', this.fit);
    this.size();
  }

  /**
   * Size the sheet to the visible part of the page: where the on-screen keyboard shrinks only the
   * visual viewport, the search box and first results stay above it. Custom properties on the
   * panel, inside the shadow root (the stylesheet reads them).
   */
  private fit = (): void => {
    const vv = visualViewport;
    // Pinch zoom also shrinks the visual viewport; only the keyboard's shrinking is followed.
    this.size(vv && Math.abs(vv.scale - 1) < 0.01 ? sheetBox(vv, innerHeight) : undefined);
  };

  private size(box?: { top: number; height: number }): void {
    const { style } = this.panel;
    if (box) {
      style.setProperty('--sw-sheet-top', `${box.top}px`);
      style.setProperty('--sw-sheet-height', `${box.height}px`);
    } else {
      style.removeProperty('--sw-sheet-top');
      style.removeProperty('--sw-sheet-height');
    }
  }

  private onWheel = (e: WheelEvent): void => {
    if (!this.scrolledInSheet(e, e.deltaY)) e.preventDefault();
  };

  private onTouchStart = (e: TouchEvent): void => {
    this.touchY = e.touches[0]?.clientY ?? 0;
  };

  private onTouchMove = (e: TouchEvent): void => {
    const y = e.touches[0]?.clientY ?? this.touchY;
    // A finger moving up scrolls the content towards its end.
    const delta = this.touchY - y;
    this.touchY = y;
    // Pinch zoom (two fingers) stays the visitor's.
    if (e.touches.length > 1) return;
    if (e.cancelable && !this.scrolledInSheet(e, delta)) e.preventDefault();
  };

  /** Whether a scroller in the sheet, between the event's target and the panel, takes a scroll by `delta`. */
  private scrolledInSheet(e: Event, delta: number): boolean {
    const path = e.composedPath();
    const end = path.indexOf(this.panel);
    if (end < 0) return false; // over the page behind the sheet: nothing there may scroll
    for (const node of path.slice(0, end + 1)) {
      if (!(node instanceof HTMLElement) || node.scrollHeight <= node.clientHeight) continue;
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && canScroll(node, delta)) return true;
    }
    return false;
  }
}
