import type { InstanceView } from '@utsuwa/sim-core';
import { timeToReady } from './timeline-layout';

/**
 * The textbook comparison of the instances on the board: how long each took to become
 * ready, what it holds, which kernel its system calls reach and what isolates it.
 */

export type Isolation = 'hardware-virtualised' | 'namespaces' | 'user-space-kernel' | 'lightweight-vm';

export type ComparisonInstance = Pick<
  InstanceView,
  'name' | 'kind' | 'state' | 'phases' | 'readyMs' | 'memoryBytes' | 'diskBytes' | 'imageBytes' | 'kernel' | 'in' | 'technology' | 'software'
>;

export interface ComparisonRow {
  name: string;
  kind: 'vm' | 'container';
  technology: string;
  software: string;
  state: ComparisonInstance['state'];
  /** From its first phase to ready; null while booting or if it never got there. */
  startupMs: number | null;
  memoryBytes: number;
  diskOwnBytes: number;
  /** The image it stands on (read-only layers, shared with other containers of the image). */
  diskImageBytes: number;
  /** `own`: its system calls reach a kernel of its own; `shared`: the host's (or its VM's). */
  kernelMode: 'own' | 'shared';
  /** The kernel it reaches: `host`, a VM's name, or its own name. */
  kernel: string;
  isolation: Isolation;
}

/** What separates an instance from the host: a VM's hardware, runc's namespaces, gVisor's Sentry, Kata's VM. */
export function isolationOf(inst: Pick<ComparisonInstance, 'kind' | 'technology'>): Isolation {
  if (inst.kind === 'vm') return 'hardware-virtualised';
  if (inst.technology === 'gvisor') return 'user-space-kernel';
  if (inst.technology === 'kata') return 'lightweight-vm';
  return 'namespaces';
}

export function comparisonRow(inst: ComparisonInstance): ComparisonRow {
  return {
    name: inst.name,
    kind: inst.kind,
    technology: inst.technology,
    software: inst.software,
    state: inst.state,
    startupMs: timeToReady(inst),
    memoryBytes: inst.memoryBytes,
    diskOwnBytes: inst.diskBytes,
    diskImageBytes: inst.imageBytes,
    kernelMode: inst.kernel === inst.name ? 'own' : 'shared',
    kernel: inst.kernel,
    isolation: isolationOf(inst),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface VmContainerRatios {
  /** Median VM time to ready ÷ median container time to ready. */
  startup: number | null;
  /** Median VM memory ÷ median container memory (instances holding memory). */
  memory: number | null;
  /** Median VM disk ÷ median container disk (own + image). */
  disk: number | null;
}

/**
 * How many times slower and bigger the VMs are than the containers (medians, so one odd
 * instance does not decide it); null where either side has nothing to compare yet.
 */
export function vmContainerRatios(rows: readonly ComparisonRow[]): VmContainerRatios {
  const side = (kind: 'vm' | 'container') => rows.filter((r) => r.kind === kind);
  const ratio = (pick: (r: ComparisonRow) => number | null) => {
    const values = (kind: 'vm' | 'container') =>
      side(kind).map(pick).filter((v): v is number => v !== null && v > 0);
    const vm = median(values('vm'));
    const container = median(values('container'));
    return vm !== null && container !== null ? vm / container : null;
  };
  return {
    startup: ratio((r) => r.startupMs),
    memory: ratio((r) => (r.memoryBytes > 0 ? r.memoryBytes : null)),
    disk: ratio((r) => r.diskOwnBytes + r.diskImageBytes),
  };
}
