import type { Catalogue, Figure } from './types';

/**
 * A cited figure by id (catalogue/figures.ts). The engine reads the mechanisms' numbers
 * through this, so the page's "Why these numbers?" and docs/calibration.md show the same
 * value the model uses. A catalogue without the figure is a programming error.
 */
export function figureOf(c: Catalogue, id: string): Figure {
  const found = c.figures?.find((f) => f.id === id);
  if (!found) throw new Error(`the catalogue has no figure "${id}"`);
  return found;
}

export function figureValue(c: Catalogue, id: string): number {
  return figureOf(c, id).value.value;
}
