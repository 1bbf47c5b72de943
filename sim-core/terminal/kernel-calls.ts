/**
 * `unshare` and `mount SOURCE DIR` in a container: the system calls Docker's default seccomp
 * profile stops unless the container holds CAP_SYS_ADMIN (engine/confinement.ts). What decides,
 * in the kernel's order: the seccomp filter (EPERM), then the capability (EPERM), then AppArmor's
 * docker-default profile, which denies mount (EACCES). Each tool answers in its own words:
 * util-linux in Debian and Ubuntu images, BusyBox in Alpine and busybox ones. Where everything
 * lets the call through, the new namespace or mount is not kept: the terminal says so.
 */
import type { Simulation } from '../engine/state';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { confinementOf, seccompAllows, type Confinement } from '../engine/confinement';

/** unshare(2)'s flags as BusyBox prints them (hex) and the namespaces util-linux names. */
const NAMESPACES: Record<string, { flag: number; name: string }> = {
  U: { flag: 0x10000000, name: 'user' }, m: { flag: 0x20000, name: 'mount' }, n: { flag: 0x40000000, name: 'network' },
  p: { flag: 0x20000000, name: 'PID' }, u: { flag: 0x4000000, name: 'UTS' }, i: { flag: 0x8000000, name: 'IPC' },
  C: { flag: 0x2000000, name: 'cgroup' }, T: { flag: 0x80, name: 'time' },
};
const LONG: Record<string, string> = { user: 'U', mount: 'm', net: 'n', pid: 'p', uts: 'u', ipc: 'i', cgroup: 'C', time: 'T', 'map-root-user': 'r', fork: 'f', 'mount-proc': 'P' };

/** The confinement of the place's shell: a container's, or none for root on a host or VM. */
function confinement(sim: Simulation, place: Place): Confinement | null {
  const spec = place.kind === 'container' ? sim.state.instances[place.where]?.spec : undefined;
  return spec?.kind === 'container' ? confinementOf(spec) : null;
}

/** Whether the shell runs as root: the place's user, and a container's `-u`/`user:` when set. */
function isRoot(sim: Simulation, place: Place): boolean {
  const spec = place.kind === 'container' ? sim.state.instances[place.where]?.spec : undefined;
  const user = spec?.kind === 'container' ? spec.user?.split(':')[0] : undefined;
  return place.user.uid === 0 && (user === undefined || user === '' || user === '0' || user === 'root');
}

/** The capabilities the shell's user holds: root's set in a container, none for another user. */
function holds(c: Confinement | null, root: boolean, cap: string): boolean {
  return root && (c === null || c.capabilities.includes(cap));
}


export function unshare(sim: Simulation, place: Place, args: string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  const letters = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (a.startsWith('--')) {
      const l = LONG[a.slice(2).split('=')[0]!];
      if (!l) return fail(busybox ? `unshare: unrecognized option '${a}'` : `unshare: unrecognized option '${a}'\nTry 'unshare --help' for more information.`, 1);
      letters.add(l);
    } else if (a.startsWith('-') && a.length > 1) {
      for (const ch of a.slice(1)) {
        if (!'UmnpuiCTrf'.includes(ch)) return fail(busybox ? `unshare: unrecognized option: ${ch}` : `unshare: invalid option -- '${ch}'\nTry 'unshare --help' for more information.`, 1);
        letters.add(ch);
      }
    } else break;
  }
  if (letters.has('r')) letters.add('U');
  const kinds = [...letters].filter((l) => NAMESPACES[l]);
  const flags = kinds.reduce((a, l) => a | NAMESPACES[l]!.flag, 0);
  const denied = busybox ? `unshare: unshare(0x${flags.toString(16)}): Operation not permitted` : 'unshare: unshare failed: Operation not permitted';
  const c = confinement(sim, place);
  const root = isRoot(sim, place);
  if (c && !seccompAllows({ ...c, capabilities: root ? c.capabilities : [] }, 'unshare')) return fail(denied, 1);
  // A new user namespace needs no capability and gives its creator all of them inside it.
  const others = kinds.filter((l) => l !== 'U');
  if (others.length > 0 && !letters.has('U') && !holds(c, root, 'SYS_ADMIN')) return fail(denied, 1);
  // --mount-proc mounts /proc in the new namespaces: docker-default denies mount.
  if (letters.has('P') && c && c.apparmor === 'docker-default') return fail(busybox ? 'unshare: mount(/proc): Permission denied' : 'unshare: mount /proc failed: Permission denied', 1);
  const command = args.slice(i);
  const what = `${kinds.map((l) => NAMESPACES[l]!.name).join(', ') || 'no new'} namespace${kinds.length === 1 ? '' : 's'}`;
  return ok(`utsuwa: unshare (${what}) is allowed here; the new namespaces are not kept, so this shell stays where it was${command.length > 0 ? ` and ${command.join(' ')} did not run` : ''}`);
}

/** `mount` with a source and a directory (or a directory alone): an attempt to mount; without, the list (the caller's). */
export function mountAttempt(sim: Simulation, place: Place, args: string[]): CommandResult | null {
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t' || a === '-o' || a === '--types' || a === '--options') { i++; continue; }
    if (!a.startsWith('-')) positional.push(a);
  }
  if (positional.length === 0) return null;
  const dir = positional[positional.length - 1]!;
  const source = positional.length > 1 ? positional[0]! : 'none';
  const busybox = place.identity.userland === 'busybox';
  if (!isRoot(sim, place)) return fail(busybox ? 'mount: permission denied (are you root?)' : `mount: ${dir}: must be superuser to use mount.`, busybox ? 1 : 32);
  const c = confinement(sim, place);
  const refused = busybox
    ? 'mount: permission denied (are you root?)'
    : `mount: ${dir}: permission denied.\n       dmesg(1) may have more information after failed mount system call.`;
  // seccomp (EPERM without CAP_SYS_ADMIN), the kernel's own capability check (EPERM), then AppArmor (EACCES).
  if (c && (!seccompAllows(c, 'mount') || !c.capabilities.includes('SYS_ADMIN') || c.apparmor === 'docker-default')) return fail(refused, busybox ? 1 : 32);
  return ok(`utsuwa: mounting ${source} on ${dir} is allowed here; the mount is not kept, so \`mount\` does not list it`);
}
