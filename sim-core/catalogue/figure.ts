import type { Catalogue, Figure } from './types';

/**
 * A cited figure by id (catalogue/figures.ts). The engine reads the mechanisms' numbers
 * through this, so the page's "Why these numbers?" and docs/calibration.md show the same
 * value the model uses. A catalogue without the figure is a programming error.
 */
export function figureOf(c: Catalogue, id: string): Figure {
  const found = c.figures ? figuresById(c.figures).get(id) : undefined;
  if (!found) throw new Error(`the catalogue has no figure "${id}"`);
  return found;
}

export function figureValue(c: Catalogue, id: string): number {
  return figureOf(c, id).value.value;
}

/** The figures by id, made once per list (the engine reads some at every container start). */
const indexes = new WeakMap<readonly Figure[], Map<string, Figure>>();

function figuresById(figures: readonly Figure[]): Map<string, Figure> {
  let index = indexes.get(figures);
  if (!index) {
    index = new Map();
    // The first of a repeated id wins, as find() chose it.
    for (const f of figures) if (!index.has(f.id)) index.set(f.id, f);
    indexes.set(figures, index);
  }
  return index;
}
