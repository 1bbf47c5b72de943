/** The runner's report: exactly the JSON object ../shared/spec/scenario-format.md specifies, plus extensions. */

import type { InstanceState, PhaseSpan } from '../engine/view';
import type { Incident } from '../engine/log';

export type { InstanceState, PhaseSpan } from '../engine/view';
export type { Incident, IncidentType } from '../engine/log';

/** Overheads the model applied to an instance (extension of the spec's report): ../figures/overheads.ts. */
export type { AppliedOverheads } from '../figures/overheads';
import type { AppliedOverheads } from '../figures/overheads';

export interface InstanceReport {
  name: string;
  kind: 'vm' | 'container';
  state: InstanceState;
  readyMs: number | null;
  phases: PhaseSpan[];
  memoryBytes: number;
  diskBytes: number;
  imageBytes: number;
  kernel: string;
  exitCode?: number;
  /** Extension: a container's memory in swap (its cgroup past memory.max, where the host has swap); absent: none. */
  swapBytes?: number;
  /** Extension: overheads that applied. */
  overheads?: AppliedOverheads;
  /** Extension: where the instance runs (`host` or a VM's name). */
  in?: string;
  /**
   * Extension: cores the app gets at the end, and the work they do once the overheads that
   * apply are paid (a CPU-bound load in a VM or sandbox gets less done per core).
   */
  cpuCores?: number;
  cpuEffectiveCores?: number;
  /** Extension: CPU throttling counters (cgroup cpu.stat). */
  cpuStat?: { nrPeriods: number; nrThrottled: number; throttledMs: number };
}

/** The host disk's parts, as figures/disk.ts computes them for the page too. */
export interface ReportDiskBreakdown {
  /** Image layers on the host, each once however many images and containers share it. */
  imagesBytes: number;
  /** Layers being pulled (compressed bytes received so far and what is unpacked). */
  pullingBytes: number;
  /** Containers' writable layers. */
  writableBytes: number;
  /** VM disk files as allocated. */
  vmDisksBytes: number;
  /** Container logs: not modelled yet, 0. */
  logsBytes: number;
}

export interface Report {
  scenario: string;
  seed: number;
  simulatedMs: number;
  events: number;
  host: {
    memoryTotalBytes: number;
    memoryUsedBytes: number;
    diskUsedBytes: number;
    /** Extension: what `diskUsedBytes` is made of (the sum of these). */
    disk: ReportDiskBreakdown;
    /** Extension: the host's swap (`host.swap` in the scenario), present when it has some. */
    swap?: { totalBytes: number; usedBytes: number };
  };
  instances: InstanceReport[];
  incidents: Incident[];
}
