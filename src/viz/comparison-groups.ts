import type { ComparisonRow, Isolation } from './comparison';

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

/** Splits `max` rows between groups: an even share each, what a small group leaves goes to the others. */
export function shareRows(sizes: readonly number[], max: number): number[] {
  const shown = sizes.map(() => 0);
  let left = Math.max(0, max);
  let open = sizes.map((_, i) => i).filter((i) => sizes[i]! > 0);
  while (left > 0 && open.length > 0) {
    const each = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const take = Math.min(each, sizes[i]! - shown[i]!, left);
      shown[i]! += take;
      left -= take;
    }
    open = open.filter((i) => shown[i]! < sizes[i]!);
  }
  return shown;
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
