/**
 * Docker's rules for container settings, shared by `docker run` and the scenario file so
 * both refuse the same values in the same words: the CLI's parsers (restart policy,
 * security options) and the daemon's checks (moby v27.3.1 daemon/daemon_unix.go
 * verifyPlatformContainerResources, daemon/container.go, oci/caps).
 */
import type { ContainerSpec, RestartPolicy } from '../scenario/types';
import { parseInt, type Parsed } from './go-parse';
import { MIN_CPUS, MIN_MEMORY_BYTES } from '../rules/index';

/**
 * Linux capabilities as capabilities(7) lists them (https://man7.org/linux/man-pages/man7/capabilities.7.html),
 * the set moby's oci/caps accepts by name.
 */
export const CAPABILITIES: readonly string[] = [
  'AUDIT_CONTROL', 'AUDIT_READ', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'BPF', 'CHECKPOINT_RESTORE', 'CHOWN', 'DAC_OVERRIDE',
  'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE', 'LINUX_IMMUTABLE', 'MAC_ADMIN',
  'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_RAW', 'PERFMON', 'SETFCAP', 'SETGID',
  'SETPCAP', 'SETUID', 'SYSLOG', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT',
  'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'WAKE_ALARM',
];

/** The capabilities a container gets by default (moby oci/caps/defaults.go). */
export const DEFAULT_CAPABILITIES: readonly string[] = [
  'CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP',
  'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE',
];

/**
 * caps.NormalizeLegacyCapabilities: upper case, `CAP_` optional, `ALL` allowed. The spec keeps
 * the name without `CAP_`; the error is the daemon's (`unknown capability: "CAP_FOO"`).
 */
export function normaliseCapability(name: string): Parsed<string> {
  const upper = name.toUpperCase();
  if (upper === 'ALL') return { ok: true, value: 'ALL' };
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
  if (!CAPABILITIES.includes(bare)) return { ok: false, error: `unknown capability: "CAP_${bare}"` };
  return { ok: true, value: bare };
}

/** container/opts.go parseSecurityOpts: `key=value`, `key:value`, or `no-new-privileges`. */
export function securityOptProblem(opt: string): string | null {
  const eq = opt.indexOf('=');
  let key = eq < 0 ? opt : opt.slice(0, eq);
  let value = eq < 0 ? '' : opt.slice(eq + 1);
  let found = eq >= 0;
  if (!found && key !== 'no-new-privileges') {
    const colon = opt.indexOf(':');
    found = colon >= 0;
    key = found ? opt.slice(0, colon) : opt;
    value = found ? opt.slice(colon + 1) : '';
  }
  if ((!found || value === '') && key !== 'no-new-privileges') return `invalid --security-opt: ${JSON.stringify(opt)}`;
  return null;
}

/**
 * The client reads a seccomp profile named by path (`seccomp=profile.json`) and sends its JSON
 * (docker/cli opts.go parseSecurityOpts); `builtin` and `unconfined` name the built-in ones.
 * The simulated host keeps no files, so a path is never found: the client's own error.
 */
export function seccompProfileProblem(opt: string): string | null {
  const m = /^seccomp[=:](.*)$/s.exec(opt);
  if (!m || m[1] === 'builtin' || m[1] === 'unconfined' || m[1]!.startsWith('{')) return null;
  return `opening seccomp profile (${m[1]}) failed: open ${m[1]}: no such file or directory`;
}

/** The daemon's parseSecurityOpt (moby daemon/daemon_unix.go): the keys it knows, and no-new-privileges' boolean. */
export function securityOptDaemonProblem(opt: string): string | null {
  // systempaths=unconfined never reaches the daemon: the client turns it into empty masked paths.
  if (opt === 'no-new-privileges' || opt === 'writable-cgroups' || opt === 'disable' || opt === 'systempaths=unconfined') return null;
  const m = /^([^=:]*)[=:](.*)$/s.exec(opt);
  if (!m) return `invalid --security-opt 1: ${JSON.stringify(opt)}`;
  const [, key, value] = m as unknown as [string, string, string];
  if (key === 'label' || key === 'apparmor' || key === 'seccomp') return null;
  // strconv.ParseBool
  if ((key === 'no-new-privileges' || key === 'writable-cgroups') && ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return null;
  return `invalid --security-opt 2: ${JSON.stringify(opt)}`;
}

/**
 * `--restart`: opts.ParseRestartPolicy, then the daemon's ValidateRestartPolicy. `no`
 * (or nothing) gives null.
 */
export function parseRestart(text: string): Parsed<RestartPolicy | null> & { daemon?: boolean } {
  if (text === '') return { ok: true, value: null };
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const count = colon < 0 ? '' : text.slice(colon + 1);
  if (colon === 0) return { ok: false, error: 'invalid restart policy format: no policy provided before colon' };
  let retries = 0;
  if (count !== '') {
    const n = /^[+-]?\d+$/.test(count) ? parseInt(count) : null;
    if (!n?.ok) return { ok: false, error: 'invalid restart policy format: maximum retry count must be an integer' };
    retries = n.value;
  }
  const daemon = (error: string) => ({ ok: false as const, error, daemon: true });
  switch (name) {
    case 'no': case 'always': case 'unless-stopped':
      if (retries !== 0) return daemon(`invalid restart policy: maximum retry count can only be used with 'on-failure'${retries < 0 ? ' and cannot be negative' : ''}`);
      return { ok: true, value: name === 'no' ? null : { name } };
    case 'on-failure':
      if (retries < 0) return daemon('invalid restart policy: maximum retry count cannot be negative');
      return { ok: true, value: retries > 0 ? { name, maxRetries: retries } : { name } };
    default:
      return daemon(`invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  }
}

/** A restart policy as `--restart` writes it. */
export function restartText(p: RestartPolicy | undefined): string {
  if (!p) return 'no';
  return p.maxRetries !== undefined ? `${p.name}:${p.maxRetries}` : p.name;
}

/** The CPUs a `--cpuset-cpus` list names (`0-3,5`), or null if it is not such a list. */
export function cpusetCpus(text: string): number[] | null {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) return null;
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [a, b = a] = part.split('-').map(Number) as [number, number?];
    if (b! < a || b! - a > 4096) return null;
    for (let c = a; c <= b!; c++) out.add(c);
  }
  return [...out].sort((x, y) => x - y);
}

/** containerd's platforms.Parse, as far as a learner meets it: `linux/arm64`, `linux/arm/v7`, `arm64`. */
export function platformProblem(text: string): string | null {
  const parts = text.toLowerCase().split('/');
  const oses = ['linux', 'windows', 'darwin', 'freebsd'];
  const arches = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'x86_64', 'aarch64', 'armhf', 'armel', 'i386', 'x86-64'];
  const ok = parts.length === 1 ? oses.includes(parts[0]!) || arches.includes(parts[0]!)
    : parts.length <= 3 && oses.includes(parts[0]!) && arches.includes(parts[1]!);
  return ok ? null : `error parsing specified platform: "${text}": unknown operating system or architecture: invalid argument`;
}

/** The rules' smallest memory limit (moby's linuxMinMemory), for limits and reservations alike. */
const MIN_MEMORY = MIN_MEMORY_BYTES;

export interface RuleBreach {
  /** The spec field at fault (scenario-file name). */
  field: string;
  /** The daemon's message (or the CLI's, with `client`). */
  message: string;
  /** Refused by the CLI before the daemon sees it (no "Error response from daemon"). */
  client?: true;
}

/**
 * The daemon's checks on one container's settings, in its order; the first breach is what
 * `docker run` reports. `hostCpus` is the number of CPUs of the kernel it runs on.
 */
export function containerRuleBreaches(c: ContainerSpec, hostCpus: number): RuleBreach[] {
  const out: RuleBreach[] = [];
  const add = (field: string, message: string) => out.push({ field, message });
  const memory = c.memoryBytes ?? 0;
  if (memory !== 0 && memory < MIN_MEMORY) add('memory', 'Minimum memory limit allowed is 6MB');
  const swap = c.memorySwapBytes ?? 0;
  if (memory > 0 && swap > 0 && swap < memory) add('memorySwap', 'Minimum memoryswap limit should be larger than memory limit, see usage');
  if (memory === 0 && swap > 0) add('memorySwap', 'You should always set the Memory limit when using Memoryswap limit, see usage');
  const reservation = c.memoryReservationBytes ?? 0;
  if (reservation > 0 && reservation < MIN_MEMORY) add('memoryReservation', 'Minimum memory reservation allowed is 6MB');
  if (memory > 0 && reservation > 0 && memory < reservation) add('memoryReservation', 'Minimum memory limit can not be less than memory reservation limit, see usage');
  const cpus = c.cpus ?? 0;
  if (cpus > 0 && (c.cpuPeriodUs ?? 0) > 0) add('cpuPeriod', 'Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (cpus > 0 && (c.cpuQuotaUs ?? 0) > 0) add('cpuQuota', 'Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  // moby refuses below 0 and above the host's CPUs, and leaves the floor to the kernel, whose
  // smallest quota (1 ms a 100 ms period) is the 0.01 this message names (rules MIN_CPUS).
  if (cpus < 0 || (cpus > 0 && cpus < MIN_CPUS) || cpus > hostCpus || !Number.isFinite(cpus)) add('cpus', `Range of CPUs is from 0.01 to ${hostCpus}.00, as there are only ${hostCpus} CPUs available`);
  const period = c.cpuPeriodUs ?? 0;
  if (period !== 0 && (period < 1000 || period > 1_000_000)) add('cpuPeriod', 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  const quota = c.cpuQuotaUs ?? 0;
  if (quota > 0 && quota < 1000) add('cpuQuota', 'CPU cfs quota can not be less than 1ms (i.e. 1000)');
  if (c.cpusetCpus !== undefined) {
    const wanted = cpusetCpus(c.cpusetCpus);
    if (wanted === null) add('cpusetCpus', `Invalid value ${c.cpusetCpus} for cpuset cpus: invalid format: ${c.cpusetCpus}`);
    else if (wanted.some((n) => n >= hostCpus)) add('cpusetCpus', `Requested CPUs are not available - requested ${c.cpusetCpus}, available: ${hostCpus === 1 ? '0' : `0-${hostCpus - 1}`}`);
  }
  if (c.workdir !== undefined && !c.workdir.startsWith('/')) add('workdir', `the working directory '${c.workdir}' is invalid, it needs to be an absolute path`);
  if (c.autoRemove && c.restart) out.unshift({ field: 'restart', message: 'Conflicting options: --restart and --rm', client: true });
  return out;
}
