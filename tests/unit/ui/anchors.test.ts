import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHORS, isAnchor, tabOf } from '../../../src/anchors';
import { PRESETS, loadPreset } from '../../../src/files/presets';
import { EXPORT_TARGETS } from '../../../src/actions/exports';

/** `data-anchor="name"` literals in src/, by name. */
function anchorsInSource(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tsx')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/data-anchor="([^"]+)"/g)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), path]);
      }
    }
  };
  walk('src');
  return found;
}

describe('anchors: stable names for parts of the screen', () => {
  it('every anchor is put on an element, and no element carries a name the list lacks', () => {
    const found = anchorsInSource();
    expect([...found.keys()].filter((n) => !isAnchor(n))).toEqual([]);
    expect(Object.keys(ANCHORS).filter((n) => !found.has(n))).toEqual([]);
  });

  it('a chart on a tab names a tab that is itself an anchor', () => {
    for (const name of Object.keys(ANCHORS)) {
      const tab = tabOf(name as keyof typeof ANCHORS);
      if (tab) expect(isAnchor(tab), name).toBe(true);
    }
  });

  it('every preset tour highlights an anchor, and every export reads one', () => {
    const highlights = PRESETS.flatMap((p) => {
      const s = loadPreset(p.id);
      const tour = s?.tour ?? null;
      return (tour?.steps ?? []).flatMap((step) => (step.highlight ? [`${p.id}: ${step.highlight}`] : []));
    });
    expect(highlights.length).toBeGreaterThan(10);
    expect(highlights.filter((h) => !isAnchor(h.split(': ')[1]!))).toEqual([]);
    for (const t of EXPORT_TARGETS) expect(isAnchor(t.anchor)).toBe(true);
  });
});
