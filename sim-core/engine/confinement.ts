/**
 * What stands between root in a runc container and its kernel besides namespaces: the
 * capability set, Docker's default seccomp profile, the AppArmor profile, SELinux labels and
 * no_new_privs, as `--privileged`, `--cap-add/--cap-drop` and `--security-opt` set them
 * (moby daemon/daemon_unix.go parseSecurityOpt; docs.docker.com/engine/security/seccomp/).
 *
 * The default profile (moby/profiles seccomp/default.json, vendored in moby/moby at
 * b985e2313a8676e18072b442911fc8f64f17d440) denies with EPERM ("defaultErrnoRet": 1) every
 * system call it does not list; some it allows only when the container holds a capability
 * (`"includes": {"caps": [...]}`). The ones a learner meets are listed below with that
 * capability; keyctl, add_key, request_key, kexec_load, swapon, pivot_root, userfaultfd and
 * the rest are never allowed. ptrace is allowed on kernels from 4.8 (`minKernel`), earlier only
 * with CAP_SYS_PTRACE.
 */
import type { ContainerSpec } from '../scenario/types';
import { DEFAULT_CAPABILITIES, CAPABILITIES } from '../docker/container-rules';

export type SeccompMode = 'default' | 'unconfined';

export interface Confinement {
  /** The seccomp filter: Docker's default profile, or none (`seccomp=unconfined`, `--privileged`). */
  seccomp: SeccompMode;
  /** The AppArmor profile, as `docker inspect` shows it in AppArmorProfile. */
  apparmor: string;
  /** SELinux labelling (`label=disable` turns it off; the simulated host runs AppArmor, not SELinux). */
  labels: boolean;
  /** no_new_privs: execve of a setuid or file-capability program gains nothing. */
  noNewPrivileges: boolean;
  /** The effective (= bounding) capability set of root in the container, sorted. */
  capabilities: string[];
}

/** System calls the default profile blocks unless the container holds the capability named (null: always blocked). */
export const SECCOMP_BLOCKED: ReadonlyArray<{ syscall: string; unlessCap: string | null }> = [
  { syscall: 'mount', unlessCap: 'SYS_ADMIN' },
  { syscall: 'umount2', unlessCap: 'SYS_ADMIN' },
  { syscall: 'unshare', unlessCap: 'SYS_ADMIN' },
  { syscall: 'setns', unlessCap: 'SYS_ADMIN' },
  { syscall: 'clone3', unlessCap: 'SYS_ADMIN' },
  { syscall: 'keyctl', unlessCap: null },
  { syscall: 'add_key', unlessCap: null },
  { syscall: 'request_key', unlessCap: null },
  { syscall: 'bpf', unlessCap: 'BPF' },
  { syscall: 'perf_event_open', unlessCap: 'PERFMON' },
  { syscall: 'reboot', unlessCap: 'SYS_BOOT' },
  { syscall: 'kexec_load', unlessCap: null },
  { syscall: 'init_module', unlessCap: 'SYS_MODULE' },
  { syscall: 'finit_module', unlessCap: 'SYS_MODULE' },
  { syscall: 'delete_module', unlessCap: 'SYS_MODULE' },
  { syscall: 'clock_settime', unlessCap: 'SYS_TIME' },
  { syscall: 'settimeofday', unlessCap: 'SYS_TIME' },
  { syscall: 'open_by_handle_at', unlessCap: 'DAC_READ_SEARCH' },
  { syscall: 'iopl', unlessCap: 'SYS_RAWIO' },
  { syscall: 'ioperm', unlessCap: 'SYS_RAWIO' },
  { syscall: 'swapon', unlessCap: null },
  { syscall: 'pivot_root', unlessCap: null },
  { syscall: 'userfaultfd', unlessCap: null },
];

/** `key=value`, or the deprecated `key:value` (the daemon accepts both). */
function splitOpt(opt: string): [string, string] | [string] {
  if (opt === 'no-new-privileges') return [opt];
  const m = /^([^=:]*)[=:](.*)$/s.exec(opt);
  return m ? [m[1]!, m[2]!] : [opt];
}

/** The value given for `key` (the last one wins, as in the daemon's loop); undefined when not given. */
export function securityOptValue(spec: Pick<ContainerSpec, 'securityOpt'>, key: string): string | undefined {
  let value: string | undefined;
  for (const opt of spec.securityOpt ?? []) {
    const [k, v] = splitOpt(opt);
    if (k === key) value = v ?? 'true';
  }
  return value;
}

const norm = (c: string): string => c.toUpperCase().replace(/^CAP_/, '');

/** Root's capabilities: Docker's default set, plus --cap-add, minus --cap-drop (ALL on either side); all with --privileged. */
export function effectiveCapabilities(spec: Pick<ContainerSpec, 'privileged' | 'capAdd' | 'capDrop'>): string[] {
  if (spec.privileged) return [...CAPABILITIES].sort();
  const added = (spec.capAdd ?? []).map(norm);
  const dropped = (spec.capDrop ?? []).map(norm);
  // moby oci/caps TweakCapabilities: drop ALL first, then the adds; add ALL gives every one but those dropped by name.
  let set = new Set(dropped.includes('ALL') ? [] : DEFAULT_CAPABILITIES);
  if (added.includes('ALL')) set = new Set(CAPABILITIES);
  for (const c of added) if (c !== 'ALL') set.add(c);
  for (const c of dropped) if (c !== 'ALL' && !added.includes(c)) set.delete(c);
  return [...set].sort();
}

export function confinementOf(spec: ContainerSpec): Confinement {
  const seccomp = securityOptValue(spec, 'seccomp');
  const apparmor = securityOptValue(spec, 'apparmor');
  const nnp = securityOptValue(spec, 'no-new-privileges');
  const labels = (spec.securityOpt ?? []).some((o) => /^label[=:]disable$/.test(o) || o === 'disable');
  return {
    seccomp: spec.privileged || seccomp === 'unconfined' ? 'unconfined' : 'default',
    apparmor: spec.privileged ? 'unconfined' : apparmor ?? 'docker-default',
    labels: !labels && !spec.privileged,
    noNewPrivileges: nnp !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(nnp),
    capabilities: effectiveCapabilities(spec),
  };
}

/** Whether the seccomp filter lets `syscall` through to the kernel (the kernel may still refuse it). */
export function seccompAllows(c: Confinement, syscall: string): boolean {
  if (c.seccomp === 'unconfined') return true;
  const rule = SECCOMP_BLOCKED.find((r) => r.syscall === syscall);
  if (!rule) return true;
  return rule.unlessCap !== null && (c.capabilities.includes(rule.unlessCap) || (syscall === 'bpf' && c.capabilities.includes('SYS_ADMIN')) || (syscall === 'perf_event_open' && c.capabilities.includes('SYS_ADMIN')));
}

/**
 * The kernel's surface as root in the container meets it: the system calls of the list above
 * the filter still stops, and those it lets through (with the capability, or with no filter).
 */
export interface KernelSurface {
  seccomp: SeccompMode;
  apparmor: string;
  noNewPrivileges: boolean;
  capabilities: string[];
  /** Capabilities beyond Docker's default set. */
  extraCapabilities: string[];
  blocked: string[];
  reachable: string[];
}

export function kernelSurface(spec: ContainerSpec): KernelSurface {
  const c = confinementOf(spec);
  const blocked: string[] = [];
  const reachable: string[] = [];
  for (const r of SECCOMP_BLOCKED) (seccompAllows(c, r.syscall) ? reachable : blocked).push(r.syscall);
  return {
    seccomp: c.seccomp, apparmor: c.apparmor, noNewPrivileges: c.noNewPrivileges, capabilities: c.capabilities,
    extraCapabilities: c.capabilities.filter((x) => !DEFAULT_CAPABILITIES.includes(x)), blocked, reachable,
  };
}
