/**
 * Where each tile of a crowded board goes on its canvas (components/CanvasTiles.tsx): square
 * cells, row after row, as large as lets all of them fit the space given (between a minimum
 * that still shows a colour and the DOM tiles' own size), scrolling only below the minimum.
 */

/** Cell sizes in CSS px: the smallest that still reads as a square, and the DOM tiles' size (1rem). */
export const MIN_CELL = 4;
export const MAX_CELL = 16;

export interface TileGrid {
  count: number;
  /** Cell size (tile plus gap) in CSS px. */
  cell: number;
  /** The gap between tiles: a pixel, or two for cells of 8 px and more. */
  gap: number;
  columns: number;
  rows: number;
  /** The drawing's size in CSS px. */
  width: number;
  height: number;
}

export function tileGrid(count: number, width: number, height: number): TileGrid {
  const w = Math.max(MIN_CELL, Math.floor(width));
  const h = Math.max(MIN_CELL, Math.floor(height));
  // The largest cell for which every tile fits: start from the area's share, step down until the rows fit.
  let cell = Math.min(MAX_CELL, Math.max(MIN_CELL, Math.floor(Math.sqrt((w * h) / Math.max(1, count)))));
  while (cell > MIN_CELL && Math.floor(w / cell) * Math.floor(h / cell) < count) cell--;
  const columns = Math.max(1, Math.floor(w / cell));
  const rows = Math.ceil(count / columns);
  return { count, cell, gap: cell >= 8 ? 2 : 1, columns, rows, width: columns * cell, height: rows * cell };
}

/** The tile under a point of the drawing (CSS px from its top left), or -1 for none. */
export function tileAt(grid: TileGrid, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) return -1;
  const i = Math.floor(y / grid.cell) * grid.columns + Math.floor(x / grid.cell);
  return i < grid.count ? i : -1;
}

/** A tile's top left corner in CSS px. */
export function tileOrigin(grid: TileGrid, i: number): [number, number] {
  return [(i % grid.columns) * grid.cell, Math.floor(i / grid.columns) * grid.cell];
}

/** The tile a key moves to from `i` (arrows by one, Page keys by a screen of rows, Home/End to the ends); null for other keys. */
export function tileAfterKey(grid: TileGrid, i: number, key: string, pageRows: number): number | null {
  const last = grid.count - 1;
  const clamp = (j: number) => Math.max(0, Math.min(last, j));
  switch (key) {
    case 'ArrowRight': return clamp(i + 1);
    case 'ArrowLeft': return clamp(i - 1);
    case 'ArrowDown': return i + grid.columns <= last ? i + grid.columns : i;
    case 'ArrowUp': return i - grid.columns >= 0 ? i - grid.columns : i;
    case 'PageDown': return clamp(i + grid.columns * Math.max(1, pageRows));
    case 'PageUp': return clamp(i - grid.columns * Math.max(1, pageRows));
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}

/** Whether two grids place every tile alike (a canvas drawn for one serves the other). */
export function sameGrid(a: TileGrid, b: TileGrid): boolean {
  return a.count === b.count && a.cell === b.cell && a.gap === b.gap && a.columns === b.columns && a.rows === b.rows;
}
