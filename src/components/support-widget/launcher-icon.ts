/**
 * The launcher's icon while the panel is closed, a speech bubble with a question mark, as SVG
 * markup: the script-tag build draws it before lit has loaded, and icons.ts renders the same.
 */
/** The bubble, filled with the launcher's text colour. */
export const BUBBLE_PATH = 'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z';
/** The question mark, stroked in the accent colour. */
export const QUESTION_PATH = 'M9.5 8.2a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.7-.9 1.3v.4M12 14.6v.1';
