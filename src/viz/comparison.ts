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
