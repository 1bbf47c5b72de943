import type { ComparisonRow, Isolation } from './comparison';
import { shareRows } from './share-rows';

/**
 * The comparison table's rows grouped by kind, VMs first, each group capped so that with
 * 2,000 instances both kinds still show rows (the rest are counted in a "+N more" line).
 */
export interface ComparisonGroup {
  kind: 'vm' | 'container';
  /** The rows shown, in board order. */
  rows: ComparisonRow[];
  /** Rows of this kind not shown, and the memory they hold. */
  hidden: number;
  hiddenMemoryBytes: number;
  /** How many reach a kernel of their own, and how many share one (the host's or their VM's). */
  kernels: { own: number; shared: number };
  /** What isolates them, each kind once, in order of first appearance. */
  isolations: Isolation[];
}

export function comparisonGroups(rows: readonly ComparisonRow[], maxRows: number): ComparisonGroup[] {
  const byKind = (['vm', 'container'] as const).map((kind) => ({ kind, all: rows.filter((r) => r.kind === kind) })).filter((g) => g.all.length > 0);
  const shown = shareRows(byKind.map((g) => g.all.length), maxRows);
  return byKind.map(({ kind, all }, i) => {
    const n = shown[i]!;
    const isolations: Isolation[] = [];
    let own = 0;
    for (const r of all) {
      if (r.kernelMode === 'own') own++;
      if (!isolations.includes(r.isolation)) isolations.push(r.isolation);
    }
    return {
      kind,
      rows: all.slice(0, n),
      hidden: all.length - n,
      hiddenMemoryBytes: all.slice(n).reduce((s, r) => s + r.memoryBytes, 0),
      kernels: { own, shared: all.length - own },
      isolations,
    };
  });
}
