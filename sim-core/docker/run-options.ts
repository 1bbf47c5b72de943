/**
 * `docker run` / `docker create` arguments to a ContainerSpec, checked in the order the
 * real CLI and daemon check them (docker/cli v27.3.1 container/run.go, opts.go parse,
 * create.go; moby daemon verifyContainerSettings): flag syntax and values, then the
 * client's own checks, the image reference, then the daemon's checks of the settings. What
 * needs the simulation (pulling, the name being free) is left to the caller.
 */
import type { ContainerSpec, MountSpec, PortBinding, ShareableNamespace } from '../scenario/types';
import { RUNTIMES, RUNTIME_PLATFORMS } from './runtimes';
import { last, parseFlags } from '../terminal/flags';
import { checkArgs, flagError, type FoundCommand } from './commands';
import { dockerSetCheck, parseExtraHost } from './flag-checks';
import { parseBool, parseCpus, parseInt, ramInBytes } from './go-parse';
import { exposeProblem, parsePublish } from './ports';
import { parseMountFlag, parseTmpfsFlag, parseVolumeFlag } from './mounts';
import { containerRuleBreaches, normaliseCapability, parseRestart, platformProblem, seccompProfileProblem, securityOptDaemonProblem, securityOptProblem } from './container-rules';
import { parseImageReference } from './reference';
import { coverageOf } from './run-coverage';
import { NAMESPACES } from '../scenario/schema';
import { parseEnvFile } from './env-file';
import { healthFromFlags } from './health-flags';


export interface RunContext {
  /** CPUs of the kernel it will run on (the daemon's sysinfo.NumCPU). */
  hostCpus: number;
  /** User-defined networks that exist. */
  networks: readonly string[];
  /** The client's files (the host shell's session files): a file's text, or null when there is none. */
  readFile?: (path: string) => string | null;
  /** The client's environment (os.LookupEnv), for a bare `VAR` in an env file. */
  lookupEnv?: (name: string) => string | undefined;
}

/** A checked `docker run` line, everything but the image lookup and the name. */
export interface RunPlan {
  /** The spec without its name (null when `--name` was not given) and placement. */
  spec: Omit<ContainerSpec, 'name' | 'in' | 'image'>;
  name: string | null;
  /** The image argument as typed. */
  imageTyped: string;
  detach: boolean;
  interactive: boolean;
  tty: boolean;
  quiet: boolean;
  pull: 'missing' | 'always' | 'never';
  /** `--cidfile`: the client writes the new container's ID there. */
  cidfile: string | null;
  /** Flags as typed that are accepted but have no effect in the simulation (one line tells the user). */
  notSimulated: string[];
  /** Lines docker prints to stderr before the container id (`WARNING: ...`). */
  warnings: string[];
}

export type RunParse =
  | { ok: true; plan: RunPlan }
  | { ok: false; output: string; exitCode: number };

/** A bool flag's last value (pflag took `--rm=false` as false). */
function bool(v: string | undefined): boolean {
  if (v === undefined) return false;
  const r = parseBool(v);
  return r.ok && r.value;
}

/** reportError: `docker: <message>.` and the help pointer. */
function reportError(found: Pick<FoundCommand, 'typed'>, message: string): RunParse {
  return { ok: false, output: `docker: ${message.replace(/\.$/, '')}.\nSee '${found.typed} --help'.`, exitCode: 125 };
}

function daemonError(found: Pick<FoundCommand, 'typed'>, message: string): RunParse {
  return reportError(found, `Error response from daemon: ${message}`);
}

/** Parses and checks the words after `docker run` (or `create`). */
export function parseRunArgs(found: Pick<FoundCommand, 'def' | 'typed'>, args: readonly string[], ctx: RunContext): RunParse {
  const parsed = parseFlags(args, found.def.flags, { interspersed: false, check: dockerSetCheck });
  if (!parsed.ok) return { ok: false, output: flagError(found, parsed.error), exitCode: 125 };
  const { values, rest, given } = parsed;
  const all = (name: string): string[] => values[name] ?? [];
  const one = (name: string): string | undefined => last(values, name);
  if (bool(one('help'))) return { ok: false, output: `Usage:  ${found.typed} ${found.def.use}\n\n${found.def.short}\n\n(utsuwa: every option is listed at https://docs.docker.com/reference/cli/docker/container/${found.def.path.split(' ')[1]}/)`, exitCode: 0 };
  const argsProblem = checkArgs(found, rest.length);
  if (argsProblem) return { ok: false, output: argsProblem, exitCode: 1 };

  const pull = one('pull') ?? 'missing';
  if (!['always', 'missing', 'never', ''].includes(pull)) return reportError(found, `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`);

  const spec: RunPlan['spec'] = {
    kind: 'container', runtime: 'runc', memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, share: [],
  };
  const share: ShareableNamespace[] = [];
  const notSimulated: string[] = [];

  // container/opts.go parse(), in its order.
  const mac = one('mac-address');
  if (mac !== undefined && mac !== '' && !/^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/.test(mac.trim())) return reportError(found, `${mac} is not a valid mac address`);
  const swappiness = one('memory-swappiness');
  if (swappiness !== undefined) {
    const n = parseInt(swappiness).ok ? Number(swappiness) : -1;
    if (n !== -1 && (n < 0 || n > 100)) return reportError(found, `invalid value: ${n}. Valid memory swappiness range is 0-100`);
  }
  const mountNotes: string[] = [];
  for (const v of all('volume')) {
    const r = parseVolumeFlag(v);
    // The daemon refuses the rest, after the client's checks (below).
    if (!r.ok && !r.daemon) return reportError(found, r.error);
  }
  const ports: PortBinding[] = [];
  for (const v of all('publish')) {
    const r = parsePublish(v);
    if (!r.ok) return reportError(found, r.error);
    ports.push(...r.value);
  }
  for (const e of all('expose')) {
    const problem = exposeProblem(e);
    if (problem) return reportError(found, problem);
  }
  // opts.ReadKVEnvStrings: the client reads each --env-file, in order, before anything reaches
  // the daemon; their variables come before the -e ones.
  const fromFiles: string[] = [];
  for (const envFile of all('env-file')) {
    const text = ctx.readFile?.(envFile) ?? null;
    if (text === null) return reportError(found, `open ${envFile}: no such file or directory`);
    const read = parseEnvFile(text, ctx.lookupEnv ?? (() => undefined));
    if (!read.ok) return reportError(found, read.error);
    fromFiles.push(...read.lines);
  }
  for (const [flagName, problem] of [['pid', '--pid: invalid PID mode'], ['uts', '--uts: invalid UTS mode'], ['userns', '--userns: invalid USER mode']] as const) {
    const v = one(flagName);
    if (v === undefined || v === '') continue;
    const valid = v === 'host' || (flagName === 'pid' && /^container:.+/.test(v));
    if (!valid) return reportError(found, problem);
    if (v === 'host') share.push(flagName === 'userns' ? 'user' : flagName);
    else notSimulated.push(`--${flagName} ${v}`);
  }
  const restartText = one('restart');
  const restart = restartText === undefined ? { ok: true as const, value: null } : parseRestart(restartText);
  if (!restart.ok && !restart.daemon) return reportError(found, restart.error);
  for (const opt of all('security-opt')) {
    const problem = securityOptProblem(opt);
    if (problem) return reportError(found, problem);
    const profile = seccompProfileProblem(opt);
    if (profile) {
      const note = "utsuwa: the host's files are not simulated, so no seccomp profile can be read from one; seccomp=unconfined and the default profile (seccomp=builtin) work";
      return { ok: false, output: `docker: ${profile}.\nSee '${found.typed} --help'.\n${note}`, exitCode: 125 };
    }
  }
  const autoRemove = bool(one('rm'));
  if (autoRemove && restart.ok && restart.value) return reportError(found, 'Conflicting options: --restart and --rm');
  const health = healthFromFlags(one);
  if (!health.ok) return reportError(found, health.error);
  if (health.ignored) notSimulated.push('--health-* without --health-cmd (the image has no HEALTHCHECK)');

  // createContainer: the reference, then the platform.
  const imageTyped = rest[0]!;
  const ref = parseImageReference(imageTyped);
  if (!ref.ok) return reportError(found, ref.error);
  const platform = one('platform');
  if (platform !== undefined && platform !== '') {
    const problem = platformProblem(platform);
    if (problem) return reportError(found, problem);
    spec.platform = platform;
  }

  // The daemon's checks (verifyContainerSettings), before it looks for the image. Mounts
  // keep the order of their flags (-v, --mount and --tmpfs interleaved), so a spec has one form.
  const mounts: MountSpec[] = [];
  for (const g of given) {
    const r = g.name === 'volume' ? parseVolumeFlag(g.value) : g.name === 'mount' ? parseMountFlag(g.value) : g.name === 'tmpfs' ? parseTmpfsFlag(g.value) : null;
    if (!r) continue;
    if (!r.ok) return daemonError(found, r.error);
    mounts.push(r.value.mount);
    mountNotes.push(...r.value.ignored);
  }
  if (!restart.ok) return daemonError(found, restart.error);
  for (const opt of all('security-opt')) {
    const problem = securityOptDaemonProblem(opt);
    if (problem) return daemonError(found, problem);
  }

  const memory = one('memory');
  if (memory !== undefined) {
    const bytes = ramInBytes(memory);
    if (bytes.ok && bytes.value > 0) spec.memoryBytes = bytes.value;
  }
  const swap = one('memory-swap');
  if (swap !== undefined) spec.memorySwapBytes = swap === '-1' ? -1 : (ramInBytes(swap) as { value: number }).value || null;
  const reservation = one('memory-reservation');
  if (reservation !== undefined) {
    const bytes = (ramInBytes(reservation) as { value: number }).value;
    if (bytes > 0) spec.memoryReservationBytes = bytes;
  }
  const cpus = one('cpus');
  if (cpus !== undefined) {
    const n = (parseCpus(cpus) as { value: number }).value;
    if (n !== 0) spec.cpus = n;
  }
  const shares = one('cpu-shares');
  if (shares !== undefined) {
    const n = Number(shares);
    // 0 means "the default" to docker; the kernel takes 2 to 262144.
    if (n !== 0) spec.cpuShares = Math.min(262_144, Math.max(2, n));
  }
  const period = one('cpu-period');
  if (period !== undefined && Number(period) !== 0) spec.cpuPeriodUs = Number(period);
  const quota = one('cpu-quota');
  if (quota !== undefined && Number(quota) > 0) spec.cpuQuotaUs = Number(quota);
  const cpuset = one('cpuset-cpus');
  if (cpuset !== undefined && cpuset !== '') spec.cpusetCpus = cpuset;
  const pids = one('pids-limit');
  if (pids !== undefined && Number(pids) > 0) spec.pidsLimit = Number(pids);
  if (bool(one('oom-kill-disable'))) spec.oomKillDisable = true;
  if (autoRemove) spec.autoRemove = true;
  if (restart.value) spec.restart = restart.value;
  if (health.value) spec.healthcheck = health.value;
  const breaches = containerRuleBreaches({ ...spec, name: '', in: null, image: '' }, ctx.hostCpus);
  if (breaches.length > 0) return daemonError(found, breaches[0]!.message);

  const runtimeName = one('runtime');
  if (runtimeName !== undefined && runtimeName !== '') {
    const runtime = RUNTIMES[runtimeName];
    if (!runtime) return daemonError(found, `unknown or invalid runtime name: ${runtimeName}`);
    spec.runtime = runtime;
    const platform = RUNTIME_PLATFORMS[runtimeName];
    if (platform !== undefined) spec.gvisorPlatform = platform;
  }
  const extraHosts = all('add-host').map((h) => parseExtraHost(h)).flatMap((r) => (r.ok ? [r.value] : []));
  if (extraHosts.length > 0) spec.extraHosts = extraHosts;
  const ulimits = all('ulimit');
  if (ulimits.length > 0) spec.ulimits = ulimits;
  const dns = all('dns').map((d) => d.trim());
  if (dns.length > 0) spec.dns = dns;
  const dnsSearch = all('dns-search').map((d) => d.trim());
  if (dnsSearch.length > 0) spec.dnsSearch = dnsSearch;
  // --dns-opt is the older name of --dns-option.
  const dnsOptions = [...all('dns-option'), ...all('dns-opt')];
  if (dnsOptions.length > 0) spec.dnsOptions = dnsOptions;
  for (const flagName of ['cap-add', 'cap-drop'] as const) {
    const caps: string[] = [];
    for (const c of all(flagName)) {
      const r = normaliseCapability(c);
      if (!r.ok) return daemonError(found, `invalid ${flagName === 'cap-add' ? 'CapAdd' : 'CapDrop'}: ${r.error}`);
      if (!caps.includes(r.value)) caps.push(r.value);
    }
    if (caps.length > 0) spec[flagName === 'cap-add' ? 'capAdd' : 'capDrop'] = caps;
  }

  // --network may be given more than once (API 1.44+); --net is its hidden older name.
  const joined: string[] = [];
  const networkModes = given.filter((g) => g.name === 'network' || g.name === 'net').map((g) => g.value.split(',')[0]!.replace(/^name=/, ''));
  const userDefined = (n: string): boolean => !['', 'bridge', 'default', 'host', 'none'].includes(n) && !n.startsWith('container:');
  if (networkModes.some(userDefined) && networkModes.some((n) => !userDefined(n))) {
    return daemonError(found, 'conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  }
  const twice = networkModes.find((n, i) => networkModes.indexOf(n) !== i);
  if (twice !== undefined) return reportError(found, `network ${JSON.stringify(twice)} is specified multiple times`);
  for (const network of networkModes) {
    if (['', 'bridge', 'default'].includes(network)) continue;
    if (network === 'host') share.push('net');
    else if (network === 'none') joined.push('none');
    else if (network.startsWith('container:')) notSimulated.push(`--network ${network}`);
    else if (!ctx.networks.includes(network)) return daemonError(found, `network ${network} not found`);
    else if (!joined.includes(network)) joined.push(network);
  }
  if (joined.length > 0) spec.networks = joined;
  const ipc = one('ipc');
  if (ipc === 'host') share.push('ipc');
  else if (ipc !== undefined && !['', 'private', 'shareable', 'none'].includes(ipc)) {
    if (!ipc.startsWith('container:')) return daemonError(found, `invalid IPC mode: ${ipc}`);
    notSimulated.push(`--ipc ${ipc}`);
  }
  // One order for a spec, whatever the order of the flags: the scenario format's.
  spec.share = NAMESPACES.filter((ns) => share.includes(ns));

  if (ports.length > 0) spec.ports = ports;
  if (bool(one('publish-all'))) spec.publishAll = true;
  // `-e NAME` without a value takes the client's own (opts.ValidateEnv), as an env file's bare name does.
  const envGiven = all('env').map((e) => {
    if (e.includes('=')) return e;
    const value = ctx.lookupEnv?.(e);
    return value === undefined ? e : `${e}=${value}`;
  });
  if (fromFiles.length + envGiven.length > 0) spec.env = [...fromFiles, ...envGiven];
  if (mounts.length > 0) spec.mounts = mounts;
  if (bool(one('read-only'))) spec.readOnly = true;
  if (bool(one('privileged'))) spec.privileged = true;
  // The client handles systempaths=unconfined itself (parseSystemPaths: empty MaskedPaths and
  // ReadonlyPaths) and does not send it; the rest reach the daemon as typed.
  const securityOpts = all('security-opt').filter((o) => o !== 'systempaths=unconfined');
  if (securityOpts.length > 0) spec.securityOpt = securityOpts;
  for (const opt of all('security-opt')) {
    // What the model has no rules for: /proc's masked paths, a custom AppArmor profile's rules, writable cgroups.
    if (opt === 'systempaths=unconfined' || /^apparmor[=:](?!unconfined$|docker-default$)/.test(opt) || opt.startsWith('writable-cgroups')) notSimulated.push(`--security-opt ${opt}`);
  }
  const text = (flagName: string): string | undefined => {
    const v = one(flagName);
    return v === undefined || v === '' ? undefined : v;
  };
  if (text('hostname') !== undefined) spec.hostname = text('hostname');
  if (text('workdir') !== undefined) spec.workdir = text('workdir');
  if (text('user') !== undefined) spec.user = text('user');
  const entrypoint = one('entrypoint');
  if (entrypoint !== undefined) spec.entrypoint = entrypoint === '' ? [] : [entrypoint];
  if (rest.length > 1) spec.command = rest.slice(1);
  const name = one('name');

  // What the line asked for that the simulation does not (yet) act on.
  for (const g of given) {
    const as = g.as === `--${g.name}` ? g.as : `${g.as}`;
    if (coverageOf(g.name) !== 'simulated' && !notSimulated.includes(as)) notSimulated.push(as);
  }
  for (const option of mountNotes) if (!notSimulated.includes(`mount option ${option}`)) notSimulated.push(`mount option ${option}`);

  const warnings: string[] = [];
  // create.go warnOnOomKillDisable, then the daemon's warning on a cgroup v2 host, where
  // memory.oom_control does not exist (pkg/sysinfo applyMemoryCgroupInfoV2).
  if (spec.oomKillDisable && spec.memoryBytes === null) warnings.push("WARNING: Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.");
  if (spec.oomKillDisable) warnings.push('WARNING: Your kernel does not support OomKillDisable. OomKillDisable discarded.');
  if (swappiness !== undefined && swappiness !== '-1') warnings.push('WARNING: Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness discarded.');
  if (share.includes('net') && ports.length > 0) warnings.push('WARNING: Published ports are discarded when using host network mode');

  return {
    ok: true,
    plan: {
      spec, name: name === undefined || name === '' ? null : name, imageTyped,
      detach: bool(one('detach')), interactive: bool(one('interactive')), tty: bool(one('tty')), quiet: bool(one('quiet')),
      pull: pull === '' ? 'missing' : (pull as RunPlan['pull']), cidfile: one('cidfile') || null, notSimulated, warnings,
    },
  };
}
