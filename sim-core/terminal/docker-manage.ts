/** `docker stop|start|rm|update|exec`: lifecycle commands on existing containers. */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, TerminalEffect, Where } from './types';
import { portsTaken } from './docker-ports';
import type { RunInside } from './types';
import { fail, ok } from './types';
import { last } from './flags';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { ramInBytes } from '../docker/go-parse';
import { daemonContainers, isUp } from './docker-list';
import { CONTAINER_DEFAULTS, DOCKER_MIN_MEMORY_ERROR, memoryLimitRefusal } from '../rules/index';
import { containerRuleBreaches } from '../docker/container-rules';
import { daemonCpus, quoteWord } from './docker-run';
import { imageLacksProgram } from './image-programs';
import type { ContainerSpec } from '../scenario/types';

export function noSuchContainer(name: string): string {
  return `Error response from daemon: No such container: ${name}`;
}

/** A container of this daemon by name, or by a prefix of its id as docker also accepts. */
export function findContainer(sim: Simulation, where: Where, ref: string) {
  return daemonContainers(sim, where).find((c) => c.spec.name === ref || (ref.length >= 3 && containerIdOf(c.spec.name).startsWith(ref)));
}

/** Runs `each` over the named containers; docker goes on past a missing one and exits 1 at the end. */
function forEachNamed(sim: Simulation, where: Where, names: readonly string[], each: (name: string) => { line: string; effect?: TerminalEffect; effects?: TerminalEffect[]; error?: boolean }): CommandResult {
  const lines: string[] = [];
  const effects: TerminalEffect[] = [];
  let exitCode = 0;
  for (const ref of names) {
    const c = findContainer(sim, where, ref);
    if (!c) {
      lines.push(noSuchContainer(ref));
      exitCode = 1;
      continue;
    }
    const r = each(c.spec.name);
    // docker echoes each container as it was given (an id stays an id), not its name.
    lines.push(!r.error && r.line === c.spec.name ? ref : r.line);
    if (r.effect) effects.push(r.effect);
    if (r.effects) effects.push(...r.effects);
    if (r.error) exitCode = 1;
  }
  return { output: lines.join('\n'), exitCode, effects };
}

export function dockerStop(sim: Simulation, args: readonly string[], where: Where, typed = 'docker stop'): CommandResult {
  const parsed = dockerFlags('container stop', typed, args, []);
  if (!parsed.ok) return parsed.result;
  return withNote(forEachNamed(sim, where, parsed.rest, (name) => {
    const inst = sim.state.instances[name]!;
    if (!isUp(inst) && inst.restart.dueAtMs === null) return { line: name };
    // --rm: the daemon removes it once it has stopped.
    const autoRemove = inst.spec.kind === 'container' && inst.spec.autoRemove;
    return { line: name, effects: [{ kind: 'live', action: { type: 'instance/stop', name } }, ...(autoRemove ? [{ kind: 'remove', name } as const] : [])] };
  }), parsed.note);
}

export function dockerStart(sim: Simulation, args: readonly string[], where: Where, typed = 'docker start'): CommandResult {
  const parsed = dockerFlags('container start', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const failed: string[] = [];
  const r = forEachNamed(sim, where, parsed.rest, (name) => {
    const inst = sim.state.instances[name]!;
    if (isUp(inst)) return { line: name };
    // The daemon cannot publish its ports: another running container holds one.
    const taken = inst.spec.kind === 'container' ? portsTaken(sim, inst.spec) : null;
    if (taken !== null) {
      failed.push(name);
      return { line: taken, error: true };
    }
    return { line: name, effect: { kind: 'live', action: { type: 'instance/start', name } } };
  });
  const out = failed.length > 0 ? { ...r, output: `${r.output}\nError: failed to start containers: ${failed.join(', ')}` } : r;
  return withNote(out, parsed.note);
}

/**
 * `docker rm`: a running container is refused without -f (docker's wording); -f removes it
 * now, keeping what it did until now; a stopped one leaves the document.
 */
export function dockerRm(sim: Simulation, args: readonly string[], where: Where, typed = 'docker rm'): CommandResult {
  const parsed = dockerFlags('container rm', typed, args, ['force']);
  if (!parsed.ok) return parsed.result;
  const force = isSet(parsed.values, 'force');
  return withNote(forEachNamed(sim, where, parsed.rest, (name) => {
    const inst = sim.state.instances[name]!;
    if (!isUp(inst)) return { line: name, effect: { kind: 'remove', name } };
    if (!force) return { line: `Error response from daemon: cannot remove container "/${name}": container is running: stop the container before removing or force remove`, error: true };
    return { line: name, effect: { kind: 'live', action: { type: 'instance/remove', name } } };
  }), parsed.note);
}

/** `docker update`: the inspector's limit edit (live while running, the document before). */
/** A container with no settings but the one checked (docker update sends only what it changes). */
const RULE_PROBE: ContainerSpec = { kind: 'container', name: '', image: '', in: null, share: [], ...CONTAINER_DEFAULTS };

export function dockerUpdate(sim: Simulation, args: readonly string[], where: Where, typed = 'docker update'): CommandResult {
  const parsed = dockerFlags('container update', typed, args, ['memory', 'cpus', 'cpu-shares']);
  if (!parsed.ok) return parsed.result;
  const patch: { memoryBytes?: number | null; cpus?: number | null } = {};
  const memory = last(parsed.values, 'memory');
  if (memory !== undefined) {
    // The flag parser has already refused what RAMInBytes cannot read.
    const bytes = (ramInBytes(memory) as { value: number }).value;
    if (memoryLimitRefusal(bytes)) return fail(`Error response from daemon: ${DOCKER_MIN_MEMORY_ERROR}`);
    if (bytes !== 0) patch.memoryBytes = bytes;
  }
  const cpus = last(parsed.values, 'cpus');
  if (cpus !== undefined) {
    const n = Number(cpus);
    patch.cpus = n === 0 ? null : n;
  }
  if (Object.keys(parsed.values).filter((k) => k !== 'help').length === 0) return fail('You must provide one or more flags when using this command.', 1);
  const shares = last(parsed.values, 'cpu-shares');
  // --cpu-shares: the weight changes in the document (the engine reads it at start); 0 means the default.
  const sharesEffect = (name: string): TerminalEffect[] => (shares === undefined ? [] : [{ kind: 'spec-edit', name, patch: { cpuShares: Number(shares) === 0 ? 1024 : Number(shares) } }]);
  // The daemon checks each container's new limits as it checks a run's: against the CPUs of its own machine.
  const range = patch.cpus ? containerRuleBreaches({ ...RULE_PROBE, cpus: patch.cpus }, daemonCpus(sim, where)).find((b) => b.field === 'cpus') : undefined;
  // docker prints each container it updated; the settings the model lacks are named after.
  return withNote(forEachNamed(sim, where, parsed.rest, (name) => {
    if (range) return { line: `Error response from daemon: ${range.message}`, error: true };
    // moby's UpdateContainer (daemon/container/container_unix.go): a memory limit above the swap
    // limit set at run is refused unless --memory-swap changes with it; the name is not printed.
    const swap = (sim.state.instances[name]!.spec as ContainerSpec).memorySwapBytes ?? 0;
    if (patch.memoryBytes !== undefined && patch.memoryBytes !== null && swap > 0 && patch.memoryBytes > swap) {
      return { line: `Error response from daemon: Cannot update container ${containerIdOf(name)}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`, error: true };
    }
    return { line: name, effects: [...(Object.keys(patch).length > 0 ? [{ kind: 'edit', name, patch } as const] : []), ...sharesEffect(name)] };
  }), parsed.note);
}

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh', 'ash', '/bin/ash']);

/** `docker exec [-it] NAME CMD...`: runs CMD in the container's shell; `-it NAME bash` moves the terminal inside. */
export function dockerExec(sim: Simulation, args: readonly string[], where: Where, runInside: RunInside, typed = 'docker exec'): CommandResult {
  const parsed = dockerFlags('container exec', typed, args, ['interactive', 'tty']);
  if (!parsed.ok) return parsed.result;
  const [ref, ...cmd] = parsed.rest as [string, ...string[]];
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuchContainer(ref));
  if (!isUp(c)) return fail(`Error response from daemon: container ${containerIdOf(c.spec.name)} is not running`);
  if (c.paused) return fail(`Error response from daemon: Container ${containerIdOf(c.spec.name)} is paused, unpause the container before exec`);
  const notFound = fail(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd[0]}": executable file not found in $PATH: unknown`, 126);
  if (imageLacksProgram(sim, c.spec.image, cmd[0]!)) return notFound;
  if (SHELLS.has(cmd[0]!) && cmd.length === 1) {
    const tty = isSet(parsed.values, 'tty') && isSet(parsed.values, 'interactive');
    return withNote(tty ? ok('', [{ kind: 'enter', where: c.spec.name }]) : ok(''), parsed.note);
  }
  const r = runInside(cmd.map(quoteWord).join(' '), c.spec.name, { tty: isSet(parsed.values, 'tty') });
  // exec starts the program itself, not through a shell: a program the image lacks is the runtime's error, not a shell's.
  if (!SHELLS.has(cmd[0]!) && r.exitCode === 127 && r.effects.length === 0) return notFound;
  return withNote(r, parsed.note);
}
