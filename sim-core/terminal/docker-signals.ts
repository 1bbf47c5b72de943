/**
 * `docker kill`, `docker pause`, `docker unpause`: signals and the cgroup freezer, with the
 * daemon's wording (moby daemon/kill.go, pause.go, unpause.go, errors.go). docker prints each
 * container as typed when it succeeds, the daemon's error when not, and exits 1 if any failed.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail } from './types';
import { dockerFlags, withNote } from './docker-flags';
import { last } from './flags';
import { isRestarting, isUp, type ContainerRecord } from './docker-list';
import { findContainer, noSuchContainer } from './docker-manage';
import { appStarted } from '../engine/plan';

/** Linux's signal numbers for the names docker accepts (`KILL`, `SIGKILL`, `9`). */
const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12, PIPE: 13, ALRM: 14,
  TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26,
  PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
};

/** The signal's name without SIG (`KILL`), or null when docker would refuse it (moby/sys/signal.ParseSignal). */
function signalName(typed: string): string | null {
  if (/^\d+$/.test(typed)) {
    const n = Number(typed);
    const found = Object.entries(SIGNALS).find(([, v]) => v === n);
    return found ? found[0] : n >= 34 && n <= 64 ? `RTMIN+${n - 34}` : null;
  }
  const name = typed.toUpperCase().replace(/^SIG/, '');
  return name in SIGNALS ? name : null;
}

function eachNamed(sim: Simulation, where: Where, refs: readonly string[], each: (c: ContainerRecord, ref: string) => { line: string; effects?: TerminalEffect[]; error?: boolean }): CommandResult {
  const lines: string[] = [];
  const effects: TerminalEffect[] = [];
  let exitCode = 0;
  for (const ref of refs) {
    const c = findContainer(sim, where, ref);
    const r = c ? each(c, ref) : { line: noSuchContainer(ref), error: true };
    lines.push(r.line);
    effects.push(...(r.effects ?? []));
    if (r.error) exitCode = 1;
  }
  return { output: lines.join('\n'), exitCode, effects };
}

const notRunning = (c: ContainerRecord) => `Error response from daemon: container ${containerIdOf(c.spec.name)} is not running`;

/** --rm: the daemon removes the container once it has exited. */
function thenRemoved(c: ContainerRecord): TerminalEffect[] {
  return c.spec.autoRemove ? [{ kind: 'remove', name: c.spec.name }] : [];
}

/**
 * `docker kill [-s SIGNAL]`: SIGKILL by default, which no process can handle: it exits at
 * once with 137. Another signal reaches PID 1: the app's stop signal (or SIGTERM, SIGINT,
 * SIGQUIT, which the official images' servers handle) shuts it down as `docker stop` would;
 * a process that has no handler for it (a shell as PID 1 ignores SIGTERM) goes on running.
 */
export function dockerKill(sim: Simulation, args: readonly string[], where: Where, typed = 'docker kill'): CommandResult {
  const parsed = dockerFlags('container kill', typed, args, ['signal']);
  if (!parsed.ok) return parsed.result;
  const given = last(parsed.values, 'signal');
  const signal = given === undefined ? 'KILL' : signalName(given);
  if (signal === null) return fail(`invalid signal: ${given}`);
  return withNote(eachNamed(sim, where, parsed.rest, (c, ref) => {
    if (!isUp(c) && !isRestarting(c)) return { line: `Error response from daemon: cannot kill container: ${ref}: ${notRunning(c).slice('Error response from daemon: '.length)}`, error: true };
    const name = c.spec.name;
    if (signal === 'KILL' || isRestarting(c)) return { line: ref, effects: [{ kind: 'live', action: { type: 'instance/kill', name } }, ...thenRemoved(c)] };
    const app = sim.catalogue.apps[sim.catalogue.images[c.spec.image]?.app ?? ''];
    const stop = app?.stop;
    const handled = stop !== null && (stop?.signal === `SIG${signal}` || ['TERM', 'INT', 'QUIT'].includes(signal));
    if (handled && c.state === 'running') return { line: ref, effects: [{ kind: 'live', action: { type: 'instance/stop', name } }, ...thenRemoved(c)] };
    return { line: `${ref}\n(utsuwa: SIG${signal} reached ${name}'s PID 1, which ${stop === null ? 'has no handler for it and ignores it, as PID 1 in a namespace does' : 'does not end on it'}: it goes on running)` };
  }), parsed.note);
}

/** `docker pause`: the cgroup freezer stops every process; memory is kept, no CPU is used. */
export function dockerPause(sim: Simulation, args: readonly string[], where: Where, typed = 'docker pause'): CommandResult {
  const parsed = dockerFlags('container pause', typed, args, []);
  if (!parsed.ok) return parsed.result;
  return withNote(eachNamed(sim, where, parsed.rest, (c, ref) => {
    const id = containerIdOf(c.spec.name);
    if (isRestarting(c)) return { line: `Error response from daemon: Container ${id} is restarting, wait until the container is running`, error: true };
    if (c.paused) return { line: `Error response from daemon: container ${id} is already paused`, error: true };
    const pause: TerminalEffect = { kind: 'live', action: { type: 'instance/pause', name: c.spec.name } };
    // Docker calls it running once its process runs; the model cannot freeze an app's start
    // midway, so the pause comes when the start is done (simulated time passes: said).
    if (c.state === 'booting' && appStarted(c)) {
      return { line: `${ref}\n(utsuwa: ${c.spec.name}'s app was still starting; the simulation pauses it once its start is done)`, effects: [{ kind: 'wait-ready', name: c.spec.name, after: '', time: null }, pause] };
    }
    if (c.state !== 'running') return { line: notRunning(c), error: true };
    return { line: ref, effects: [pause] };
  }), parsed.note);
}

/** `docker unpause`: the processes run again where they were. */
export function dockerUnpause(sim: Simulation, args: readonly string[], where: Where, typed = 'docker unpause'): CommandResult {
  const parsed = dockerFlags('container unpause', typed, args, []);
  if (!parsed.ok) return parsed.result;
  return withNote(eachNamed(sim, where, parsed.rest, (c, ref) => {
    if (!c.paused) return { line: `Error response from daemon: Container ${containerIdOf(c.spec.name)} is not paused`, error: true };
    return { line: ref, effects: [{ kind: 'live', action: { type: 'instance/unpause', name: c.spec.name } }] };
  }), parsed.note);
}
