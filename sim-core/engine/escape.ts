/**
 * Settings that let root inside a runc container out to its kernel without any kernel bug, so
 * that an app exploit (the attacker holds the app's root process) reaches as far as a kernel
 * exploit would. Docker's run reference (docs.docker.com/engine/containers/run, "Runtime
 * privilege and Linux capabilities"): "--privileged gives all capabilities to the container,
 * and it also lifts all the limitations enforced by the device cgroup controller. In other
 * words, the container can then do almost everything that the host can do."
 * - `--privileged`: the host's block devices are there to mount, kernel modules can be loaded;
 * - `--cap-add SYS_MODULE` (or ALL): init_module loads code into the shared kernel (the default
 *   seccomp profile allows it once the capability is granted);
 * - `--pid host` with `--cap-add SYS_PTRACE` and AppArmor off (`--security-opt
 *   apparmor=unconfined`; docker-default allows ptrace only between its own processes): root
 *   in it can ptrace the host's root processes and run code as them.
 * A process that is not root inside (`-u 1000`) holds none of these capabilities.
 */
import type { ContainerSpec } from '../scenario/types';

export type EscapeRoute = 'privileged' | 'cap-sys-module' | 'pid-host-ptrace';

function hasCap(spec: ContainerSpec, cap: string): boolean {
  const added = (spec.capAdd ?? []).map((c) => c.toUpperCase().replace(/^CAP_/, ''));
  const dropped = (spec.capDrop ?? []).map((c) => c.toUpperCase().replace(/^CAP_/, ''));
  return (added.includes(cap) || added.includes('ALL')) && !dropped.includes(cap);
}

function securityOpt(spec: ContainerSpec, key: string, value: string): boolean {
  return (spec.securityOpt ?? []).some((o) => o.replace(':', '=').toLowerCase() === `${key}=${value}`);
}

function runsAsRoot(spec: ContainerSpec): boolean {
  const user = spec.user?.split(':')[0];
  return user === undefined || user === '' || user === '0' || user === 'root';
}

/** How root in this container reaches its kernel without a kernel bug; null when it cannot. */
export function escapeRoute(spec: ContainerSpec): EscapeRoute | null {
  if (spec.runtime !== 'runc' || !runsAsRoot(spec)) return null;
  if (spec.privileged) return 'privileged';
  if (hasCap(spec, 'SYS_MODULE')) return 'cap-sys-module';
  if (spec.share.includes('pid') && hasCap(spec, 'SYS_PTRACE') && securityOpt(spec, 'apparmor', 'unconfined')) return 'pid-host-ptrace';
  return null;
}
