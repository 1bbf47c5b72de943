/**
 * Which `docker run`/`create` flags the simulation acts on. Every flag of the real CLI is
 * accepted (docker/cli-table-container.ts); one that is not `simulated` here is named in a
 * line of the terminal's own ("utsuwa: --ulimit is accepted; it is not simulated"). A flag
 * that lands in the ContainerSpec but that the engine does not act on yet is `recorded`:
 * it is saved, shown in the equivalent command, and moves to `simulated` when the engine
 * models it (issue 11: ports, mounts, restart, read-only, ...).
 */
export type Coverage = 'simulated' | 'recorded' | 'accepted';

const SIMULATED = [
  'name', 'detach', 'interactive', 'tty', 'quiet', 'pull', 'help',
  'memory', 'memory-swap', 'cpus', 'cpu-shares', 'pids-limit', 'runtime',
  'network', 'net', 'pid', 'ipc', 'uts', 'userns',
  // docker ps PORTS and docker port; the container's name and its processes' user and PID 1.
  'publish', 'publish-all', 'hostname', 'user', 'entrypoint',
  // Written into /etc/hosts (after Docker's defaults), which getent and ping read first.
  'add-host',
  // The limits the shell's ulimit reads inside.
  'ulimit',
  // Written into /etc/resolv.conf in Docker's form (terminal/resolv-conf.ts).
  'dns', 'dns-search', 'dns-option', 'dns-opt',
  // The client writes the container's ID into the session's host file.
  'cidfile',
  // Removed when it exits (its command ends, docker stop, docker kill).
  'rm',
  // env inside and in inspect; mounts in `mount`, writes there not in the writable layer; EROFS elsewhere.
  'env', 'env-file', 'volume', 'mount', 'tmpfs', 'read-only', 'workdir',
  // Restarted after an exit or OOM kill with the restart manager's back-off (engine/restart.ts).
  'restart',
  // Probed on moby's schedule; docker ps and inspect show the status (engine/health.ts).
  'health-cmd', 'health-interval', 'health-timeout', 'health-retries', 'health-start-period', 'health-start-interval', 'no-healthcheck',
  // Another architecture: Docker's checks and warning, then qemu-user emulation (engine/platform.ts).
  'platform',
  // What root inside may do: an app exploit escapes to the kernel when they allow it (engine/escape.ts).
  'privileged', 'cap-add', 'cap-drop', 'security-opt',
  // The CPUs nproc counts and the app sizes its workers by; no more cores at once than that (engine/cpu.ts).
  'cpuset-cpus',
];

const RECORDED = [
  'memory-reservation', 'oom-kill-disable', 'cpu-period',
  'cpu-quota',
];

export function coverageOf(flagName: string): Coverage {
  if (SIMULATED.includes(flagName)) return 'simulated';
  if (RECORDED.includes(flagName)) return 'recorded';
  return 'accepted';
}

/** The terminal's one line about flags that have no effect here. */
export function notSimulatedLine(flags: readonly string[]): string | null {
  if (flags.length === 0) return null;
  const list = flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`;
  return `utsuwa: ${list} ${flags.length === 1 ? 'is' : 'are'} accepted; ${flags.length === 1 ? 'it is' : 'they are'} not simulated`;
}
