import type { InstanceView, PhaseSpan } from './view';

/**
 * `view` with other phases. Written out rather than spread: thousands of these are made a
 * frame while a crowd waits in the container engine's queue (the worker's view cache and the
 * page's frame decoder), and the literal is several times faster; typed as InstanceView, it
 * does not compile when a field is missing. A module of its own, importing nothing, so the
 * page's first download gets only this.
 */
export function withPhases(v: InstanceView, phases: PhaseSpan[]): InstanceView {
  return {
    name: v.name, kind: v.kind, state: v.state, phase: v.phase, phases, readyMs: v.readyMs, memoryBytes: v.memoryBytes,
    memoryLimitBytes: v.memoryLimitBytes, cpuCores: v.cpuCores, cpuLimit: v.cpuLimit, throttled: v.throttled,
    diskBytes: v.diskBytes, imageBytes: v.imageBytes, kernel: v.kernel, in: v.in, compromised: v.compromised,
    exitCode: v.exitCode, technology: v.technology, software: v.software,
  };
}
