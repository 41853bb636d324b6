/**
 * The phone sheet's DOM-free rules: when the panel is a full-screen sheet, where focus goes
 * when it opens, whether a scroll gesture belongs to a scroller in the sheet, and how tall the
 * sheet is above an on-screen keyboard. The SheetController applies them to the page.
 */

/** Viewports where the panel is a full-screen sheet: phones upright, and phones on their side. */
export const SHEET_MEDIA = '(max-width: 480px), (max-height: 520px)';

/** How the visitor last reached for the page. */
export type Modality = 'touch' | 'mouse' | 'keyboard';

/** The modality of a pointer event's `pointerType` (a pen writes on screen like a finger). */
export function pointerModality(pointerType: string): Modality {
  return pointerType === 'mouse' ? 'mouse' : 'touch';
}

/**
 * Where focus goes when the panel opens. A touch open focuses the close button: focusing the
 * search box would raise the on-screen keyboard over half the sheet before the visitor has
 * read anything. Keyboard and mouse opens focus the view (its search box), as before. With no
 * interaction seen (a script opened it), a device whose primary pointer is coarse counts as touch.
 */
export function openFocus(modality: Modality | undefined, coarsePointer: boolean): 'close' | 'view' {
  return modality === 'touch' || (!modality && coarsePointer) ? 'close' : 'view';
}

/** A scroller's geometry (`scrollTop`, `scrollHeight`, `clientHeight` of an element). */
export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * Whether `box` can move its content by `delta` pixels (positive: towards its end). Sub-pixel
 * scroll positions (zoom, high-DPI) leave up to a pixel of slack at the end.
 */
export function canScroll(box: ScrollBox, delta: number): boolean {
  if (delta > 0) return box.scrollTop + box.clientHeight < box.scrollHeight - 1;
  if (delta < 0) return box.scrollTop > 0;
  return false;
}

/** The visual viewport's geometry (`VisualViewport.height`, `offsetTop`). */
export interface ViewportBox {
  height: number;
  offsetTop: number;
}

/**
 * The sheet's top and height in the layout viewport: the part of the page the visitor can see.
 * Where the on-screen keyboard shrinks only the visual viewport (iOS, Android's default
 * `resizes-visual`), a full-height fixed sheet would have its search box and first results
 * under the keyboard; following the visual viewport keeps them above it. `undefined` when the
 * visual viewport is the layout viewport (nothing to correct).
 */
export function sheetBox(visual: ViewportBox, layoutHeight: number): { top: number; height: number } | undefined {
  const top = Math.max(0, visual.offsetTop);
  const height = Math.min(visual.height, layoutHeight - top);
  if (top < 0.5 && Math.abs(height - layoutHeight) < 0.5) return undefined;
  return { top, height };
}
