/** `docker stop|start|rm|update|exec`: lifecycle commands on existing containers. */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { parseFlags, last, type FlagDef } from './flags';
import { ramInBytes } from './format';
import { daemonContainers, isUp } from './docker-list';

function noSuch(name: string): string {
  return `Error response from daemon: No such container: ${name}`;
}

/** A container of this daemon by name, or by a prefix of its id as docker also accepts. */
function findContainer(sim: Simulation, where: Where, ref: string) {
  return daemonContainers(sim, where).find((c) => c.spec.name === ref || (ref.length >= 3 && containerIdOf(c.spec.name).startsWith(ref)));
}

/** Runs `each` over the named containers; docker goes on past a missing one and exits 1 at the end. */
function forEachNamed(sim: Simulation, where: Where, names: readonly string[], verb: string, each: (name: string) => { line: string; effect?: TerminalEffect; error?: boolean }): CommandResult {
  if (names.length === 0) return fail(`"docker ${verb}" requires at least 1 argument.\nSee 'docker ${verb} --help'.`);
  const lines: string[] = [];
  const effects: TerminalEffect[] = [];
  let exitCode = 0;
  for (const ref of names) {
    const c = findContainer(sim, where, ref);
    if (!c) {
      lines.push(noSuch(ref));
      exitCode = 1;
      continue;
    }
    const r = each(c.spec.name);
    lines.push(r.line);
    if (r.effect) effects.push(r.effect);
    if (r.error) exitCode = 1;
  }
  return { output: lines.join('\n'), exitCode, effects };
}

export function dockerStop(sim: Simulation, args: readonly string[], where: Where): CommandResult {
  const parsed = parseFlags(args, [{ name: 'time', short: 't', takesValue: true }], false);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker stop --help'.`, 125);
  return forEachNamed(sim, where, parsed.rest, 'stop', (name) => {
    const inst = sim.state.instances[name]!;
    return isUp(inst) ? { line: name, effect: { kind: 'live', action: { type: 'instance/stop', name } } } : { line: name };
  });
}

export function dockerStart(sim: Simulation, args: readonly string[], where: Where): CommandResult {
  const parsed = parseFlags(args, [{ name: 'attach', short: 'a', takesValue: false }, { name: 'interactive', short: 'i', takesValue: false }], false);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker start --help'.`, 125);
  return forEachNamed(sim, where, parsed.rest, 'start', (name) => {
    const inst = sim.state.instances[name]!;
    return isUp(inst) ? { line: name } : { line: name, effect: { kind: 'live', action: { type: 'instance/start', name } } };
  });
}

/**
 * `docker rm`: a running container is refused without -f (docker's wording); -f removes it
 * now, keeping what it did until now; a stopped one leaves the document.
 */
export function dockerRm(sim: Simulation, args: readonly string[], where: Where): CommandResult {
  const parsed = parseFlags(args, [{ name: 'force', short: 'f', takesValue: false }, { name: 'volumes', short: 'v', takesValue: false }], false);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker rm --help'.`, 125);
  const force = parsed.values.force !== undefined;
  return forEachNamed(sim, where, parsed.rest, 'rm', (name) => {
    const inst = sim.state.instances[name]!;
    if (!isUp(inst)) return { line: name, effect: { kind: 'remove', name } };
    if (!force) return { line: `Error response from daemon: cannot remove container "/${name}": container is running: stop the container before removing or force remove`, error: true };
    return { line: name, effect: { kind: 'live', action: { type: 'instance/remove', name } } };
  });
}

const UPDATE_FLAGS: FlagDef[] = [
  { name: 'memory', short: 'm', takesValue: true },
  { name: 'cpus', takesValue: true },
];

/** `docker update`: the inspector's limit edit (live while running, the document before). */
export function dockerUpdate(sim: Simulation, args: readonly string[], where: Where): CommandResult {
  const parsed = parseFlags(args, UPDATE_FLAGS, false);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker update --help'.`, 125);
  const patch: { memoryBytes?: number | null; cpus?: number | null } = {};
  const memory = last(parsed.values, 'memory');
  if (memory !== undefined) {
    const bytes = ramInBytes(memory);
    if (bytes === null) return fail(`invalid argument "${memory}" for "-m, --memory" flag: invalid size: '${memory}'\nSee 'docker update --help'.`, 125);
    if (bytes < 6 * 1024 * 1024) return fail('Error response from daemon: Minimum memory limit allowed is 6MB.');
    patch.memoryBytes = bytes;
  }
  const cpus = last(parsed.values, 'cpus');
  if (cpus !== undefined) {
    const n = Number(cpus);
    if (!(n >= 0)) return fail(`invalid argument "${cpus}" for "--cpus" flag: failed to parse ${cpus} as a rational number\nSee 'docker update --help'.`, 125);
    patch.cpus = n === 0 ? null : n;
  }
  if (Object.keys(patch).length === 0) return fail('You must provide one or more flags when using this command.', 1);
  return forEachNamed(sim, where, parsed.rest, 'update', (name) => ({ line: name, effect: { kind: 'edit', name, patch } }));
}

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh', 'ash', '/bin/ash']);

/** `docker exec [-it] NAME CMD...`: runs CMD in the container's shell; `-it NAME bash` moves the terminal inside. */
export function dockerExec(sim: Simulation, args: readonly string[], where: Where, runInside: (line: string, where: Where) => CommandResult): CommandResult {
  const parsed = parseFlags(args, [{ name: 'interactive', short: 'i', takesValue: false }, { name: 'tty', short: 't', takesValue: false }, { name: 'user', short: 'u', takesValue: true }]);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker exec --help'.`, 125);
  const [ref, ...cmd] = parsed.rest;
  if (!ref || cmd.length === 0) return fail(`"docker exec" requires at least 2 arguments.\nSee 'docker exec --help'.\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nExecute a command in a running container`, 1);
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuch(ref));
  if (!isUp(c)) return fail(`Error response from daemon: container ${containerIdOf(c.spec.name)} is not running`);
  if (SHELLS.has(cmd[0]!) && cmd.length === 1) {
    const tty = parsed.values.tty !== undefined && parsed.values.interactive !== undefined;
    return tty ? ok('', [{ kind: 'enter', where: c.spec.name }]) : ok('');
  }
  return runInside(cmd.map(quoteWord).join(' '), c.spec.name);
}

/** Quotes a word back for re-parsing when it holds blanks or shell characters. */
function quoteWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
