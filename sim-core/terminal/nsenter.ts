/**
 * `nsenter -t PID [-a | -m -u -i -n -p ...] [COMMAND]` (util-linux): run a program in the
 * namespaces of another process. Given a container's process, what `docker exec` does without
 * Docker: with its mount namespace (-m, or -a for all) the command runs in the container; with
 * only -n, `ip` sees the container's interfaces, and with only -u, `hostname` its name. Other
 * mixtures (the host's files with the container's PID namespace, ...) are said, not simulated.
 */
import type { Simulation } from '../engine/state';
import { processesOnKernel } from '../engine/processes';
import type { CommandResult, RunInside, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { quoteWord } from './docker-run';

const SHORT: Record<string, string> = { m: 'mnt', u: 'uts', i: 'ipc', n: 'net', p: 'pid', U: 'user', C: 'cgroup', T: 'time' };
const LONG: Record<string, string> = { '--mount': 'mnt', '--uts': 'uts', '--ipc': 'ipc', '--net': 'net', '--pid': 'pid', '--user': 'user', '--cgroup': 'cgroup', '--time': 'time' };

const USAGE = "Try 'nsenter --help' for more information.";

export function nsenter(sim: Simulation, args: readonly string[], where: Where, runInside: RunInside): CommandResult {
  if (where !== 'host' && sim.state.instances[where]?.spec.kind === 'container') return fail('nsenter: reassociate to namespace \'ns/mnt\' failed: Operation not permitted', 1);
  let target: number | null = null;
  let all = false;
  const kinds = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '--') {
      if (a === '--') i++;
      break;
    }
    if (a === '-t' || a === '--target') {
      target = Number(args[++i]);
      continue;
    }
    const withValue = /^--target=(\d+)$/.exec(a) ?? /^-t(\d+)$/.exec(a);
    if (withValue) {
      target = Number(withValue[1]);
      continue;
    }
    if (a === '-a' || a === '--all') {
      all = true;
      continue;
    }
    if (LONG[a]) {
      kinds.add(LONG[a]);
      continue;
    }
    const letters = /^-([muinpUCTa]+)$/.exec(a);
    if (!letters) return fail(`nsenter: unrecognized option '${a}'\n${USAGE}`, 1);
    for (const l of letters[1]!) {
      if (l === 'a') all = true;
      else kinds.add(SHORT[l]!);
    }
  }
  if (target === null || !Number.isInteger(target)) return fail(`nsenter: neither filename nor target pid supplied for ns/${[...kinds][0] ?? 'mnt'}\n${USAGE}`, 1);
  const command = args.slice(i);
  const kernel = where === 'host' ? 'host' : where;
  const proc = processesOnKernel(sim, kernel).find((p) => p.pid === target);
  if (!proc) return fail(`nsenter: cannot open /proc/${target}/ns/${all ? 'cgroup' : [...kinds][0] ?? 'mnt'}: No such file or directory`, 1);
  const container = proc.nsPid !== null && proc.owner !== null && sim.state.instances[proc.owner]?.spec.kind === 'container' ? proc.owner : null;
  // The host's own process: its namespaces are the shell's already.
  if (container === null) return command.length ? runInside(command.map(quoteWord).join(' '), where) : ok('');
  const line = command.map(quoteWord).join(' ');
  const program = command[0]?.split('/').pop();
  const inside = all || kinds.has('mnt') || (kinds.has('net') && program === 'ip') || (kinds.has('uts') && program === 'hostname');
  if (!inside) {
    const r = command.length ? runInside(line, where) : ok('');
    const note = `(utsuwa: nsenter into ${[...kinds].join(', ') || 'no'} namespace${kinds.size === 1 ? '' : 's'} of ${container} without its mount namespace is not simulated: this ran in the host's namespaces)`;
    return { ...r, output: [r.output, note].filter(Boolean).join('\n') };
  }
  // No command: nsenter runs the shell ($SHELL) there, as docker exec -it does.
  if (command.length === 0) return ok('', [{ kind: 'enter', where: container } satisfies TerminalEffect]);
  return runInside(line, container, { tty: true });
}
