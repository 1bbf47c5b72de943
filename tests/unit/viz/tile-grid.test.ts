import { describe, expect, it } from 'vitest';
import { MAX_CELL, MIN_CELL, tileAfterKey, tileAt, tileGrid, tileOrigin } from '../../../src/viz/tile-grid';

describe('the crowded board\'s tile grid', () => {
  it('fits 10,000 tiles in a 700 × 260 board without scrolling, and a thousand at a larger size', () => {
    const big = tileGrid(10_000, 700, 260);
    expect(big.columns * Math.floor(260 / big.cell)).toBeGreaterThanOrEqual(10_000);
    expect(big.height).toBeLessThanOrEqual(260);
    expect(big.cell).toBeGreaterThanOrEqual(MIN_CELL);
    const thousand = tileGrid(1_000, 700, 260);
    expect(thousand.cell).toBeGreaterThan(big.cell);
    expect(thousand.height).toBeLessThanOrEqual(260);
  });

  it('never draws tiles smaller than the minimum (it scrolls instead) or larger than the DOM tiles', () => {
    expect(tileGrid(100_000, 400, 100).cell).toBe(MIN_CELL);
    expect(tileGrid(100_000, 400, 100).height).toBeGreaterThan(100);
    expect(tileGrid(500, 2000, 2000).cell).toBe(MAX_CELL);
  });

  it('finds the tile under a point and the point of a tile, and nothing past the last tile', () => {
    const g = tileGrid(1_000, 700, 260);
    for (const i of [0, 1, g.columns, 999]) {
      const [x, y] = tileOrigin(g, i);
      expect(tileAt(g, x + 1, y + 1)).toBe(i);
    }
    const [x, y] = tileOrigin(g, 999);
    expect(tileAt(g, x + g.cell + 1, y + 1)).toBe(g.columns * g.rows > 1000 ? -1 : 0);
    expect(tileAt(g, -1, 0)).toBe(-1);
  });

  it('moves with the arrow, Page, Home and End keys and stays within the tiles', () => {
    const g = tileGrid(1_000, 700, 260);
    expect(tileAfterKey(g, 0, 'ArrowLeft', 5)).toBe(0);
    expect(tileAfterKey(g, 0, 'ArrowRight', 5)).toBe(1);
    expect(tileAfterKey(g, 0, 'ArrowDown', 5)).toBe(g.columns);
    expect(tileAfterKey(g, 999, 'ArrowDown', 5)).toBe(999);
    expect(tileAfterKey(g, 3, 'End', 5)).toBe(999);
    expect(tileAfterKey(g, 999, 'Home', 5)).toBe(0);
    expect(tileAfterKey(g, 0, 'PageDown', 5)).toBe(5 * g.columns);
    expect(tileAfterKey(g, 0, 'a', 5)).toBeNull();
  });
});
