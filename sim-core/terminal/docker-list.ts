/** `docker ps` and `docker stats --no-stream`: the daemon's containers, column-aligned as docker prints them. */
import type { Simulation, InstanceRecord } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import { containerIdOf, inspectInstance } from '../engine/inspect';
import { kernelMemory as kernelMemInfo } from '../engine/meminfo';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { bytesSize, humanSize } from './format';
import { last } from './flags';
import { formatItems } from './docker-format';
import { dockerFlags, isSet, withNote } from './docker-flags';

export type ContainerRecord = InstanceRecord & { spec: ContainerSpec };

/** The containers the daemon `where` runs: on the host, or inside that VM. Newest first, as docker lists. */
export function daemonContainers(sim: Simulation, where: Where): ContainerRecord[] {
  const daemon = where === 'host' ? null : where;
  return sim.state.order
    .map((n) => sim.state.instances[n]!)
    .filter((i): i is ContainerRecord => i.spec.kind === 'container' && i.spec.in === daemon)
    .sort((a, b) => b.index - a.index);
}

export function isUp(inst: InstanceRecord): boolean {
  return inst.state === 'running' || inst.state === 'booting';
}

/** Waiting out its restart policy's back-off (docker counts it as running: `docker ps` lists it). */
export function isRestarting(inst: InstanceRecord): boolean {
  return inst.restart.dueAtMs !== null;
}

/** Docker's State: created, running, paused, restarting, exited. */
export function dockerState(inst: InstanceRecord): string {
  if (isRestarting(inst)) return 'restarting';
  if (inst.paused) return 'paused';
  if (isUp(inst)) return 'running';
  if (inst.state === 'exited' || inst.state === 'failed') return 'exited';
  return 'created';
}

function percent(x: number): string {
  return `${x.toFixed(2)}%`;
}

/** What the container's kernel has (its memory limit defaults to that). */
/** An unlimited container's LIMIT: the daemon's machine memory, its kernel's MemTotal. */
function kernelMemory(sim: Simulation, inst: ContainerRecord): number {
  const kernel = inst.spec.in ?? 'host';
  const vm = sim.state.instances[kernel];
  return kernelMemInfo(sim, kernel)?.totalBytes ?? (vm?.spec.kind === 'vm' ? vm.spec.memoryBytes : sim.scenario.host.memoryBytes);
}

/**
 * One sample of every running container. NET I/O is 0B: the model has no per-container
 * traffic. BLOCK I/O writes are the container's writable layer.
 */
const STATS_FORMAT = {
  defaultTable: 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}',
  headers: { Container: 'CONTAINER', ID: 'CONTAINER ID', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS' },
  typeName: '*formatter.statsContext',
};

/**
 * One sample of every running container. NET I/O is 0B: the model has no per-container
 * traffic. BLOCK I/O writes are the container's writable layer.
 */
export function dockerStats(sim: Simulation, args: readonly string[], where: Where, typed = 'docker stats'): CommandResult {
  const parsed = dockerFlags('container stats', typed, args, ['no-stream', 'all', 'no-trunc', 'format']);
  if (!parsed.ok) return parsed.result;
  const wanted = parsed.rest;
  const find = (ref: string) => daemonContainers(sim, where).find((c) => c.spec.name === ref || (ref.length >= 3 && containerIdOf(c.spec.name).startsWith(ref)));
  for (const n of wanted) if (!find(n)) return fail(`Error response from daemon: No such container: ${n}`);
  const shown = wanted.length ? wanted.map((n) => ({ c: find(n)!, as: n })) : daemonContainers(sim, where).filter((c) => isSet(parsed.values, 'all') || isUp(c)).map((c) => ({ c, as: containerIdOf(c.spec.name).slice(0, 12) }));
  const items = shown.map(({ c, as }) => {
    const up = isUp(c);
    const limit = c.memoryLimitBytes ?? kernelMemory(sim, c);
    const used = up ? c.memoryBytes : 0;
    const pids = up ? (inspectInstance(sim, c.spec.name)?.processes.length ?? 0) : 0;
    return {
      Container: as,
      ID: containerIdOf(c.spec.name).slice(0, isSet(parsed.values, 'no-trunc') ? 64 : 12),
      Name: c.spec.name,
      CPUPerc: percent(up ? c.cpuCores * 100 : 0),
      MemUsage: `${bytesSize(used)} / ${bytesSize(up ? limit : 0)}`,
      MemPerc: percent(up && limit > 0 ? (used / limit) * 100 : 0),
      NetIO: '0B / 0B',
      BlockIO: `0B / ${humanSize(c.diskBytes)}`,
      PIDs: String(pids),
    };
  });
  const out = formatItems(last(parsed.values, 'format'), items, STATS_FORMAT);
  if (!out.ok) return fail(out.error, 1);
  const note = isSet(parsed.values, 'no-stream') ? '' : '\n(utsuwa: one sample, as with --no-stream; play the simulation to see it change)';
  return withNote(ok(out.text + note), parsed.note);
}
