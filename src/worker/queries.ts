/**
 * Read-only questions the page asks of the running simulation (what a process in X sees, the
 * isolation matrix, a terminal command's output...). Each is a pure function of the engine's
 * state, answered in the worker where the state lives. Features register theirs here.
 */
import type { Simulation } from '@utsuwa/sim-core';
import { inspectInstance, inspectHost, isolationMatrix } from '@utsuwa/sim-core';
import { containerLayerStack, explainBlast, hostDiskView, vmDiskView } from '@utsuwa/sim-core/views';
import { runCommand } from '@utsuwa/sim-core/terminal';

export type QueryFn = (sim: Simulation, args: unknown) => unknown;

export const QUERIES: Record<string, QueryFn> = {
  /** `{ name }`: what a process in that instance (or `host`) sees. */
  inspect: (sim, args) => {
    const name = (args as { name: string }).name;
    return name === 'host' ? inspectHost(sim) : inspectInstance(sim, name);
  },
  /** Which kernel and namespaces every pair on the board shares. */
  isolation: (sim) => isolationMatrix(sim),
  /** `{ name }`: a container's layer stack (null for a VM). */
  layers: (sim, args) => containerLayerStack(sim, (args as { name: string }).name),
  /** `{ name }`: a VM's disk image and its growth. */
  vmDisk: (sim, args) => vmDiskView(sim, (args as { name: string }).name),
  /** The host's disk, image layers counted once. */
  hostDisk: (sim) => hostDiskView(sim),
  /** `{ name, kind }`: what an exploit from there would reach now, and why. */
  blast: (sim, args) => {
    const a = args as { name: string; kind: 'app' | 'kernel' };
    return explainBlast(sim, a.name, a.kind);
  },
  /** `{ line, where }`: a terminal command's output and the effects the page applies (sim-core/terminal). */
  terminal: (sim, args) => {
    const a = args as { line: string; where: string };
    return runCommand(sim, a.line, a.where);
  },
};

/** Adds a feature's queries (call at module load of the feature). */
export function registerQueries(more: Record<string, QueryFn>): void {
  Object.assign(QUERIES, more);
}
