/**
 * The isolation matrix as the page draws it: a symmetric grid over `host` and every instance,
 * each cell the pair's shared kernel and namespaces, and whether the pair lies in a blast radius.
 */
import type { IsolationCell, NamespaceKind, ProcessVisibility } from '@utsuwa/sim-core';

export interface IsolationMatrixData {
  names: string[];
  kinds: readonly NamespaceKind[];
  cells: IsolationCell[];
}

export interface GridCell {
  a: string;
  b: string;
  /** The diagonal: an instance with itself. */
  self: boolean;
  sameKernel: boolean;
  /** For each namespace kind in `kinds` order: shared or not. */
  shared: boolean[];
  sharedKinds: NamespaceKind[];
  /** Both ends compromised: the attack crossed (or sits in) this pair. */
  bothCompromised: boolean;
  /** Whose processes each side sees, from the row's side (`a`); null on the diagonal. */
  processes: ProcessVisibility | null;
  /** The PIDs of the process(es) that run the one seen only from outside. */
  vmmPids: number[];
}

const FLIPPED: Record<ProcessVisibility, ProcessVisibility> = {
  all: 'all', none: 'none', 'a-sees-b': 'b-sees-a', 'b-sees-a': 'a-sees-b', 'a-sees-b-as-vmm': 'b-sees-a-as-vmm', 'b-sees-a-as-vmm': 'a-sees-b-as-vmm',
};

/** Rows of the grid, in `names` order; `compromised` holds `host` and instance names. */
export function matrixGrid(m: IsolationMatrixData, compromised: ReadonlySet<string>): GridCell[][] {
  const byPair = new Map<string, IsolationCell>();
  for (const c of m.cells) {
    byPair.set(`${c.a}\u0000${c.b}`, c);
    byPair.set(`${c.b}\u0000${c.a}`, c);
  }
  return m.names.map((a) => m.names.map((b) => {
    const self = a === b;
    const cell = byPair.get(`${a}\u0000${b}`);
    const sharedKinds = self ? [...m.kinds] : (cell?.shared ?? []);
    return {
      a, b, self,
      sameKernel: self || (cell?.sameKernel ?? false),
      shared: m.kinds.map((k) => sharedKinds.includes(k)),
      sharedKinds,
      bothCompromised: compromised.has(a) && compromised.has(b),
      processes: self || !cell ? null : cell.a === a ? cell.processes : FLIPPED[cell.processes],
      vmmPids: cell?.vmmPids ?? [],
    };
  }));
}

/** The cell of one pair (either order), or null when a name is not on the board. */
export function pairOf(m: IsolationMatrixData, a: string, b: string): IsolationCell | null {
  return m.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a)) ?? null;
}
