/**
 * The processes `ps` finds beside the place's own: itself, and the shell it was typed in. The
 * model's process table holds what runs in the place (a container's entrypoint and its
 * children, a kernel's daemons); a listing taken from a terminal also shows the terminal's
 * shell and the ps reading /proc, numbered after everything else, as a freshly exec'd
 * process is. Typed into a shell: the shell (a session leader on pts/0) and ps, its child, in
 * the foreground. `docker exec -t`: ps alone, leading its new terminal's session. `docker exec`
 * without -t: ps alone, with no terminal.
 */
import type { Place } from './place';

export interface SessionProcess {
  pid: number;
  ppid: number;
  uid: number;
  user: string;
  /** The command line as ps prints it (`ps aux`, `bash`). */
  command: string;
  /** `pts/0`, or `?` without a terminal. */
  tty: string;
  /** ps's STAT: `Ss` a sleeping session leader, `R+` running in the foreground. */
  stat: string;
}

/** The shell's program as ps names it: `sh` for BusyBox's ash, else `bash`. */
export function shellComm(place: Place): string {
  return place.identity.shell === 'ash' ? 'sh' : 'bash';
}

/** The shell and ps (or ps alone, when exec'd), for a ps run with `argv` (`['ps', 'aux']`). */
export function sessionProcesses(place: Place, argv: readonly string[]): SessionProcess[] {
  const last = Math.max(0, ...place.view.processes.flatMap((p) => p.threads.map((t) => t.tid)));
  const { uid, name: user } = place.user;
  const command = argv.join(' ');
  // A container's exec'd process has its parent outside the container's PID namespace (0); a
  // host's or VM's login shell hangs under init as the viewer numbers it.
  const outside = place.kind === 'container' ? 0 : 1;
  // `docker run --rm alpine ps`: ps is the container's PID 1, already in the table; nothing else runs.
  if (place.kind === 'container' && place.tty !== undefined && place.view.processes.some((p) => (p.pid === 1 || p.owner === place.where) && p.command === command)) return [];
  if (place.tty === false) return [{ pid: last + 1, ppid: outside, uid, user, command, tty: '?', stat: 'Rs' }];
  if (place.tty === true) return [{ pid: last + 1, ppid: outside, uid, user, command, tty: 'pts/0', stat: 'Rs+' }];
  return [
    { pid: last + 1, ppid: outside, uid, user, command: shellComm(place), tty: 'pts/0', stat: 'Ss' },
    { pid: last + 7, ppid: last + 1, uid, user, command, tty: 'pts/0', stat: 'R+' },
  ];
}
