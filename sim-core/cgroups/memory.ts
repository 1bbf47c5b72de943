import type { Limit } from './docker-flags';

/** SIGKILL's number on Linux. */
export const SIGKILL = 9;
/** A process killed by a signal exits with 128 + the signal: an OOM kill shows as 137. */
export const OOM_KILL_EXIT_CODE = 128 + SIGKILL;

export interface MemoryVerdictInput {
  /** memory.current: what the group holds in RAM now. */
  current: number;
  /** memory.max */
  max: Limit;
  /** memory.swap.max */
  swapMax: Limit;
  /** memory.swap.current: what the group already has in swap (default 0). */
  swapCurrent?: number;
  /** More memory the group now touches. */
  requested: number;
  /** Free swap on the host (default: unlimited; 0 on a host without swap, common on servers). */
  hostSwapFreeBytes?: number;
}

export type MemoryVerdict =
  | { kind: 'ok' }
  /** Reclaim pushes `swapBytes` of the group's anonymous memory out to swap. */
  | { kind: 'swap'; swapBytes: number }
  /** The group's OOM killer fires: memory.events oom_kill increments, the process gets SIGKILL. */
  | { kind: 'oom'; shortBytes: number };

/**
 * cgroup v2: memory.max caps RAM; past it the kernel reclaims, swapping anonymous pages out
 * while memory.swap.max (and the host's swap) allow; when nothing more can be reclaimed the
 * cgroup's OOM killer runs. Simplification: all memory is anonymous (no page cache to drop
 * first) and reclaim is instant.
 */
export function memoryVerdict(input: MemoryVerdictInput): MemoryVerdict {
  const need = input.current + input.requested;
  if (input.max === 'max' || need <= input.max) return { kind: 'ok' };
  const overflow = need - input.max;
  const swapLimitRoom = input.swapMax === 'max' ? Infinity : input.swapMax - (input.swapCurrent ?? 0);
  const room = Math.max(0, Math.min(swapLimitRoom, input.hostSwapFreeBytes ?? Infinity));
  if (overflow <= room) return { kind: 'swap', swapBytes: overflow };
  return { kind: 'oom', shortBytes: overflow - room };
}
