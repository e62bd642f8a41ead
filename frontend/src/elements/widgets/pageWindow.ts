//! Which page numbers st.pagination shows, as 1.67 picks them: at most
//! `slots` entries (page buttons and ellipses), the first and last page kept
//! once the current page is away from them, a window of neighbours around
//! the current page.

/** A page number, or null for an ellipsis. */
export type Slot = number | null;

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export function pageWindow(pages: number, current: number, slots: number): Slot[] {
  if (slots <= 0 || pages < 1) return [];
  if (pages <= slots) return range(1, pages);
  if (slots <= 2) return [current];
  if (slots <= 4) return current === pages ? [1, null, pages] : [current, null, pages];
  // Near an end: that end's pages, an ellipsis, the other end.
  if (current <= 3) return [...range(1, slots - 2), null, pages];
  if (current >= pages - 2) return [1, null, ...range(pages - slots + 3, pages)];
  // In the middle: 1, …, the current page's neighbours, …, last.
  const size = slots - 4;
  let start = current - Math.floor((size - 1) / 2);
  start = Math.max(2, Math.min(start, pages - size));
  return [1, null, ...range(start, start + size - 1), null, pages];
}

/** Page slots that fit in `width` px next to the two arrows (32 px buttons, 4 px apart). */
export function slotsForWidth(width: number): number {
  return Math.max(1, Math.floor((width - 2 * 36) / 36));
}
