import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SHEET_MEDIA, openFocus, pointerModality, type Modality } from '../sheet/sheet.js';
import type { ScrollLock } from '../sheet/scroll-lock.js';

const loadLock = () => import('../sheet/scroll-lock.js');

/** What the controller asks of its host. */
export interface SheetHost extends ReactiveControllerHost, HTMLElement {
  readonly opened: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The panel as a phone sheet (full screen at `SHEET_MEDIA`, see src/sheet/sheet.ts):
 * - it remembers how the visitor last reached for the page, so a touch open focuses the close
 *   button instead of the search box (no on-screen keyboard until the visitor taps the box);
 * - while the sheet is open, a ScrollLock (a chunk of its own) holds the page behind still and
 *   fits the sheet above the on-screen keyboard; closing puts the page back where it was.
 * Closed, or at larger viewports, it only listens (passively) for the visitor's input modality.
 */
export class SheetController implements ReactiveController {
  private modality?: Modality;
  private media?: MediaQueryList;
  private lock?: ScrollLock;
  /** The page's scroll position when the sheet opened; set while it is open. */
  private openedAt?: { x: number; y: number };

  constructor(private readonly host: SheetHost) {
    host.addController(this);
  }

  /** Whether the page behind the open sheet is held still (the lock's chunk has arrived). */
  get holding(): boolean {
    return !!this.lock;
  }

  /** Whether the panel is (or would be, opened) a full-screen sheet at this viewport. */
  get isSheet(): boolean {
    return this.media?.matches ?? false;
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
    this.release();
  }

  hostUpdated(): void {
    this.sync();
  }

  /**
   * Move focus into the panel that just opened: the close button after a touch, else `focusView`
   * (the element's usual target, the view's search box; it resolves once that has focus, the
   * FAQ view's chunk defined).
   */
  async focusOnOpen(focusView: () => Promise<void>): Promise<void> {
    if (openFocus(this.modality, matchMedia('(pointer: coarse)').matches) === 'view') return focusView();
    this.host.renderRoot.querySelector<HTMLElement>('[part="close"]')?.focus({ preventScroll: true });
  }

  private onPointerDown = (e: PointerEvent): void => {
    this.modality = pointerModality(e.pointerType);
    // A finger on the widget of a phone: the lock's chunk is likely needed in a moment.
    if (this.isSheet && e.composedPath().includes(this.host)) void loadLock();
  };

  private onKeyDown = (): void => {
    this.modality = 'keyboard';
  };

  /** Lock while open as a sheet; release when closed or the viewport grows out of sheet size. */
  private sync = (): void => {
    const want = this.host.opened && this.isSheet && this.host.isConnected;
    if (want && !this.openedAt) {
      const at = (this.openedAt = { x: scrollX, y: scrollY });
      void loadLock().then(({ ScrollLock }) => {
        const panel = this.host.renderRoot.querySelector<HTMLElement>('[part="panel"]');
        // Closed again while the chunk loaded: nothing to hold.
        if (this.openedAt === at && panel) this.lock = new ScrollLock(panel);
      });
    } else if (!want && this.openedAt) this.release();
  };

  private release(): void {
    const at = this.openedAt;
    this.openedAt = undefined;
    this.lock?.release();
    this.lock = undefined;
    // Closing leaves the page where it was when the sheet opened, whatever moved it meanwhile
    // (a browser bringing a focused box into view above the keyboard). `instant`, whatever the
    // page's `scroll-behavior` says.
    if (at && (scrollX !== at.x || scrollY !== at.y)) window.scrollTo({ left: at.x, top: at.y, behavior: 'instant' });
  }
}
