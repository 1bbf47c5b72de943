/**
 * The classic fork bomb typed in a shell (`:(){ :|:& };:`, or the same with any function
 * name): each shell's own messages, and what stopped it (cgroups/fork-bomb.ts). bash accepts
 * `:` as a function name; dash and BusyBox ash refuse it (a special builtin is no function
 * name) and answer with a syntax error, so there the bomb needs an ordinary name.
 */
import type { Simulation } from '../engine/state';
import { forkBomb } from '../cgroups/fork-bomb';
import { isPlace, placeOf, type Place } from './place';
import { fail, type CommandResult, type Where } from './types';

export type ShellName = 'bash' | 'dash' | 'ash';

const BOMB = /^\s*([A-Za-z_:][\w:]*)\s*\(\s*\)\s*\{\s*\1\s*\|\s*\1\s*&\s*;?\s*\}\s*;\s*\1\s*$/;

/** The function name when the line is a fork bomb, else null. */
export function forkBombName(line: string): string | null {
  return BOMB.exec(line)?.[1] ?? null;
}

const tasks = (place: Place) => place.view.processes.reduce((n, p) => n + p.threads.length, 0);

function failures(shell: ShellName): string[] {
  switch (shell) {
    case 'bash': return ['bash: fork: retry: Resource temporarily unavailable', 'bash: fork: retry: Resource temporarily unavailable', 'bash: fork: Resource temporarily unavailable'];
    case 'dash': return ['sh: 1: Cannot fork', 'sh: 1: Cannot fork'];
    case 'ash': return ["sh: can't fork: Resource temporarily unavailable", "sh: can't fork: Resource temporarily unavailable"];
  }
}

export function runForkBomb(sim: Simulation, where: Where, name: string, shell: ShellName): CommandResult {
  if (name === ':' && shell === 'dash') return fail('sh: 1: Syntax error: Bad function name', 2);
  if (name === ':' && shell === 'ash') return fail('sh: syntax error: bad function name', 2);
  const place = placeOf(sim, where);
  if (!isPlace(place)) return place;
  const inst = place.kind === 'container' ? sim.state.instances[where] : undefined;
  const kernelWhere = inst?.spec.kind === 'container' ? inst.spec.in ?? 'host' : where;
  const kernel = placeOf(sim, kernelWhere);
  const kernelPlace = isPlace(kernel) ? kernel : place;
  const pidsMax = inst?.spec.kind === 'container' ? inst.spec.pidsLimit : null;
  const o = forkBomb({
    pidsMax,
    tasksInCgroup: tasks(place),
    tasksOnKernel: tasks(kernelPlace),
    kernelRamBytes: kernelPlace.memory?.totalBytes ?? 0,
  });
  const machine = kernelWhere === 'host' ? 'the host' : `the VM ${kernelWhere}`;
  const note = o.stoppedBy === 'pids.max'
    ? `utsuwa: the fork bomb made ${o.made} processes and stopped at the container's pids.max (${o.limit}, --pids-limit); ${machine} is untouched. In Docker the copies keep retrying until the container is stopped (docker rm -f ${where}); the simulation does not keep them.`
    : `utsuwa: with no pids limit the fork bomb made ${o.made} processes and stopped only at ${machine}'s kernel.${o.stoppedBy} (${o.limit} tasks): every process there now fails to fork (sshd, dockerd, your shell), and only a reboot or killing every copy recovers. docker run --pids-limit 100 confines it. The simulation does not keep the copies.`;
  return fail([...failures(shell), note].join('\n'), 1);
}
