/**
 * `docker wait CONTAINER...`: blocks until each container is not running, then prints its
 * exit code, one line each, in order (docker/cli container/wait.go; the daemon's default
 * condition `not-running`: a container already stopped, or never started, answers at once).
 * The errors (`No such container`) come after the codes, and make it exit 1.
 */
import type { Simulation } from '../engine/state';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail } from './types';
import { dockerFlags, withNote } from './docker-flags';
import { findContainer, noSuchContainer } from './docker-manage';

export function dockerWait(sim: Simulation, args: readonly string[], where: Where, typed = 'docker wait'): CommandResult {
  const parsed = dockerFlags('container wait', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const found: string[] = [];
  const errors: string[] = [];
  for (const ref of parsed.rest) {
    const c = findContainer(sim, where, ref);
    if (c) found.push(c.spec.name);
    else errors.push(noSuchContainer(ref));
  }
  if (found.length === 0) return withNote(fail(errors.join('\n'), 1), parsed.note);
  const effects: TerminalEffect[] = found.map((name, i) => ({ kind: 'wait-exit', name, ...(i === found.length - 1 && errors.length > 0 ? { after: errors.join('\n') } : {}) }));
  return withNote({ output: '', exitCode: 0, effects }, parsed.note);
}
