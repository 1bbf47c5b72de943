/** `docker ps` and `docker stats --no-stream`: the daemon's containers, column-aligned as docker prints them. */
import type { Simulation, InstanceRecord } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import { containerIdOf, inspectInstance } from '../engine/inspect';
import { kernelMemory as kernelMemInfo } from '../engine/meminfo';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { bytesSize, humanDuration, humanSize, table, truncateCommand } from './format';
import { imageCommand, instanceTimes, type InstanceTimes } from './facts';
import { dockerFlags, isSet, withNote } from './docker-flags';

type ContainerRecord = InstanceRecord & { spec: ContainerSpec };

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

function status(inst: InstanceRecord, times: InstanceTimes | undefined, nowMs: number): string {
  if (isUp(inst)) return `Up ${humanDuration(nowMs - (inst.startedAtMs ?? nowMs))}`;
  if (inst.state === 'exited') return `Exited (${inst.exitCode ?? 0}) ${humanDuration(nowMs - (times?.endMs ?? nowMs))} ago`;
  return 'Created';
}

function ports(sim: Simulation, inst: ContainerRecord): string {
  // With --network host the container has no ports of its own to publish or expose.
  if (!isUp(inst) || inst.spec.share.includes('net')) return '';
  const app = sim.catalogue.apps[sim.catalogue.images[inst.spec.image]!.app];
  return (app?.listensOn ?? []).map((p) => `${p}/tcp`).join(', ');
}

export function dockerPs(sim: Simulation, args: readonly string[], where: Where, typed = 'docker ps'): CommandResult {
  const parsed = dockerFlags('container ls', typed, args, ['all', 'quiet', 'no-trunc']);
  if (!parsed.ok) return parsed.result;
  return withNote(psTable(sim, parsed.values, where), parsed.note);
}

function psTable(sim: Simulation, values: Record<string, string[]>, where: Where): CommandResult {
  const all = isSet(values, 'all');
  const noTrunc = isSet(values, 'no-trunc');
  const now = sim.state.nowMs;
  const times = instanceTimes(sim);
  const shown = daemonContainers(sim, where).filter((c) => all || isUp(c));
  if (isSet(values, 'quiet')) return ok(shown.map((c) => containerIdOf(c.spec.name).slice(0, noTrunc ? 64 : 12)).join('\n'));
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const c of shown) {
    const t = times.get(c.spec.name);
    const command = imageCommand(sim.catalogue.images[c.spec.image]!);
    rows.push([
      containerIdOf(c.spec.name).slice(0, noTrunc ? 64 : 12),
      c.spec.imageRef ?? c.spec.image,
      noTrunc ? `"${command}"` : truncateCommand(command),
      `${humanDuration(now - (t?.firstStartMs ?? now))} ago`,
      status(c, t, now),
      ports(sim, c),
      c.spec.name,
    ]);
  }
  return ok(table(rows));
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
export function dockerStats(sim: Simulation, args: readonly string[], where: Where, typed = 'docker stats'): CommandResult {
  const parsed = dockerFlags('container stats', typed, args, ['no-stream', 'all', 'no-trunc']);
  if (!parsed.ok) return parsed.result;
  const wanted = parsed.rest;
  for (const n of wanted) if (!daemonContainers(sim, where).some((c) => c.spec.name === n)) return fail(`Error response from daemon: No such container: ${n}`);
  const shown = daemonContainers(sim, where).filter((c) => (wanted.length ? wanted.includes(c.spec.name) : isSet(parsed.values, 'all') || isUp(c)));
  const rows = [['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS']];
  for (const c of shown) {
    const up = isUp(c);
    const limit = c.memoryLimitBytes ?? kernelMemory(sim, c);
    const used = up ? c.memoryBytes : 0;
    const pids = up ? (inspectInstance(sim, c.spec.name)?.processes.length ?? 0) : 0;
    rows.push([
      containerIdOf(c.spec.name).slice(0, 12),
      c.spec.name,
      percent(up ? c.cpuCores * 100 : 0),
      `${bytesSize(used)} / ${bytesSize(up ? limit : 0)}`,
      percent(up && limit > 0 ? (used / limit) * 100 : 0),
      '0B / 0B',
      `0B / ${humanSize(c.diskBytes)}`,
      String(pids),
    ]);
  }
  const note = isSet(parsed.values, 'no-stream') ? '' : '\n(utsuwa: one sample, as with --no-stream; play the simulation to see it change)';
  return withNote(ok(table(rows) + note), parsed.note);
}
