import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SHEET_MEDIA, canScroll, openFocus, pointerModality, sheetBox, type Modality } from '../sheet/sheet.js';

/** What the controller asks of its host. */
export interface SheetHost extends ReactiveControllerHost, HTMLElement {
  readonly opened: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const PANEL = '[part="panel"]';
const CLOSE = '[part="close"]';

/**
 * The panel as a phone sheet (full screen at `SHEET_MEDIA`):
 * - it remembers how the visitor last reached for the page, so a touch open focuses the close
 *   button instead of the search box (no on-screen keyboard until the visitor taps the box);
 * - while the sheet is open, wheel and touch scrolling outside a scroller of the sheet is
 *   cancelled, so the page behind stays put, and closing puts the page back where it was if
 *   anything moved it meanwhile. Nothing is written to the page's styles (no `overflow:
 *   hidden` on `<html>`, so no scrollbar jump and nothing to restore);
 * - the sheet follows the visual viewport, so the search box and the first results stay above
 *   the on-screen keyboard where the keyboard shrinks only the visual viewport.
 * Closed, or at larger viewports, it only listens for the visitor's input modality.
 */
export class SheetController implements ReactiveController {
  private modality?: Modality;
  private media?: MediaQueryList;
  /** The page's scroll position when the sheet locked it. */
  private locked?: { x: number; y: number };
  private touchY = 0;

  constructor(private readonly host: SheetHost) {
    host.addController(this);
  }

  /** Whether the panel is (or would be, opened) a full-screen sheet at this viewport. */
  get isSheet(): boolean {
    return this.media?.matches ?? false;
  }

  /** Whether the page behind is locked (the sheet is open). */
  get isLocked(): boolean {
    return !!this.locked;
  }

  hostConnected(): void {
    // Capture, passive: the page's own handlers run as before and nothing waits on these.
    addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
    addEventListener('keydown', this.onKeyDown, { capture: true, passive: true });
    this.media = matchMedia(SHEET_MEDIA);
    this.media.addEventListener('change', this.sync);
  }

  hostDisconnected(): void {
    removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.media?.removeEventListener('change', this.sync);
    this.unlock();
  }

  hostUpdated(): void {
    this.sync();
  }

  /**
   * Move focus into the panel that just opened: the close button after a touch, else `focusView`
   * (the element's usual target, the view's search box).
   */
  focusOnOpen(focusView: () => void): void {
    const coarse = matchMedia('(pointer: coarse)').matches;
    if (openFocus(this.modality, coarse) === 'view') return focusView();
    this.host.renderRoot.querySelector<HTMLElement>(CLOSE)?.focus({ preventScroll: true });
  }

  private get panel(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(PANEL);
  }

  private onPointerDown = (e: PointerEvent): void => {
    this.modality = pointerModality(e.pointerType);
  };

  private onKeyDown = (): void => {
    this.modality = 'keyboard';
  };

  /** Lock while open as a sheet; unlock when closed or the viewport grows out of sheet size. */
  private sync = (): void => {
    const want = this.host.opened && this.isSheet && this.host.isConnected;
    if (want && !this.locked) this.lock();
    else if (!want && this.locked) this.unlock();
  };

  private lock(): void {
    this.locked = { x: scrollX, y: scrollY };
    const active = { capture: true, passive: false };
    document.addEventListener('wheel', this.onWheel, active);
    document.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    document.addEventListener('touchmove', this.onTouchMove, active);
    visualViewport?.addEventListener('resize', this.fit);
    visualViewport?.addEventListener('scroll', this.fit);
    this.fit();
  }

  private unlock(): void {
    const at = this.locked;
    if (!at) return;
    this.locked = undefined;
    document.removeEventListener('wheel', this.onWheel, { capture: true });
    document.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    document.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    visualViewport?.removeEventListener('resize', this.fit);
    visualViewport?.removeEventListener('scroll', this.fit);
    this.panel?.style.removeProperty('--sw-sheet-top');
    this.panel?.style.removeProperty('--sw-sheet-height');
    // Something moved the page meanwhile (a browser bringing a focused box into view above the
    // keyboard): put it back. `instant`, whatever the page's `scroll-behavior` says.
    if (scrollX !== at.x || scrollY !== at.y) window.scrollTo({ left: at.x, top: at.y, behavior: 'instant' });
  }

  /** Size the sheet to the visible part of the page (custom properties on the panel, inside the shadow root). */
  private fit = (): void => {
    const panel = this.panel;
    const vv = visualViewport;
    if (!panel) return;
    // Pinch zoom also shrinks the visual viewport; only the keyboard's shrinking is followed.
    const box = vv && Math.abs(vv.scale - 1) < 0.01 ? sheetBox(vv, innerHeight) : undefined;
    if (box) {
      panel.style.setProperty('--sw-sheet-top', `${box.top}px`);
      panel.style.setProperty('--sw-sheet-height', `${box.height}px`);
    } else {
      panel.style.removeProperty('--sw-sheet-top');
      panel.style.removeProperty('--sw-sheet-height');
    }
  };

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
    const panel = this.panel;
    const path = e.composedPath();
    const end = panel ? path.indexOf(panel) : -1;
    if (end < 0) return false; // over the page behind the sheet: nothing there may scroll
    for (const node of path.slice(0, end + 1)) {
      if (!(node instanceof HTMLElement) || node.scrollHeight <= node.clientHeight) continue;
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && canScroll(node, delta)) return true;
    }
    return false;
  }
}
