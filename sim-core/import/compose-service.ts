/**
 * One Compose service (Compose Specification, schema/compose-spec.json) as a container of
 * the scenario format: what Utsuwa models is mapped, what it does not is listed, what needs
 * something Utsuwa cannot have (a build context, another file) is refused with the reason.
 */
import { parsePublish, publishText } from '../docker/ports';
import { parseVolumeFlag, mountFlags } from '../docker/mounts';
import { ramInBytes, parseCpus } from '../docker/go-parse';
import { splitWords } from '../docker/shell-words';
import { RUNTIMES, RUNTIME_PLATFORMS } from '../docker/runtimes';
import type { MountSpec } from '../scenario/types';

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A service's properties in the Compose Specification (compose-spec/compose-spec, schema/compose-spec.json). */
export const SERVICE_PROPERTIES = new Set([
  'annotations', 'attach', 'blkio_config', 'build', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs',
  'container_name', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares',
  'cpus', 'cpuset', 'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'env_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts',
  'gpus', 'group_add', 'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'label_file', 'labels', 'links',
  'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'models', 'network_mode',
  'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop',
  'privileged', 'profiles', 'provider', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale',
  'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs',
  'tty', 'ulimits', 'use_api_socket', 'user', 'userns_mode', 'uts', 'volumes', 'volumes_from', 'working_dir',
]);

/** Properties that land in the container spec and that the engine acts on. */
/**
 * The service properties that take effect, as their `docker run` flags do (docker/run-coverage.ts
 * says which flags the model acts on): ports in `docker ps` and the NAT path, environment inside
 * and in inspect, volumes and tmpfs as mounts, restart policies, read_only, privileges, hostname,
 * working_dir, user, entrypoint, platform, extra_hosts in /etc/hosts. What is not here is listed after the import as
 * accepted but not simulated (command: the image's default command runs; labels,
 * the cgroup settings the model records without acting on them, ...).
 */
const SIMULATED = new Set(['image', 'container_name', 'mem_limit', 'memswap_limit', 'cpus', 'cpu_shares', 'pids_limit', 'runtime',
  'network_mode', 'pid', 'ipc', 'uts', 'userns_mode', 'depends_on', 'scale', 'deploy', 'networks',
  'ports', 'environment', 'volumes', 'tmpfs', 'restart', 'read_only', 'privileged', 'cap_add', 'cap_drop', 'security_opt',
  'hostname', 'working_dir', 'user', 'entrypoint', 'platform', 'healthcheck', 'extra_hosts', 'ulimits', 'dns', 'dns_search', 'dns_opt']);

export interface ProjectNames {
  project: string;
  /** Top-level networks: name in the file → the network's real name. */
  networks: Map<string, string>;
  /** Top-level volumes: name in the file → the volume's real name. */
  volumes: Map<string, string>;
}

/** One `depends_on` entry: its service, Compose's condition as the scenario names it, and whether it is required. */
export interface ServiceDependency {
  service: string;
  condition: 'started' | 'healthy' | 'completed';
  required: boolean;
}

export interface ServiceResult {
  /** The instances in the scenario file format (name, kind, image, ...): one per replica. */
  instances: Mapping[];
  dependsOn: ServiceDependency[];
  /** Properties accepted but not simulated (`labels`, `depends_on restart`). */
  notSimulated: string[];
}

const CONDITIONS: Record<string, ServiceDependency['condition']> = {
  service_started: 'started', service_healthy: 'healthy', service_completed_successfully: 'completed',
};

/** `depends_on:` as a list of services or a mapping with conditions (compose-spec's service_dependency). */
function dependencies(v: unknown, at: string, errors: string[], notSimulated: string[]): ServiceDependency[] {
  if (Array.isArray(v)) return v.map((s) => ({ service: String(s), condition: 'started', required: true }));
  if (!isMapping(v)) return [];
  return Object.entries(v).map(([service, d]) => {
    const def = isMapping(d) ? d : {};
    const condition = def.condition === undefined ? 'started' : CONDITIONS[String(def.condition)];
    if (!condition) errors.push(`${at}.depends_on.${service}.condition must be one of the following: "service_started", "service_healthy", "service_completed_successfully"`);
    if (def.restart === true) notSimulated.push(`depends_on.${service}.restart (only docker compose restart would act on it)`);
    return { service, condition: condition ?? 'started', required: def.required !== false };
  });
}

/** Compose's `healthcheck:` in the scenario's notation (durations as written; the scenario's parser checks them). */
function healthcheck(v: unknown, at: string, errors: string[]): Mapping | null {
  if (!isMapping(v)) {
    errors.push(`${at}.healthcheck must be a mapping`);
    return null;
  }
  if (v.disable === true || (Array.isArray(v.test) && v.test[0] === 'NONE')) return { disable: true };
  const out: Mapping = {};
  const keys: Record<string, string> = { test: 'test', interval: 'interval', timeout: 'timeout', retries: 'retries', start_period: 'startPeriod', start_interval: 'startInterval' };
  for (const [key, value] of Object.entries(v)) {
    const mapped = keys[key];
    if (mapped) out[mapped] = value;
    else if (key !== 'disable' && !key.startsWith('x-')) errors.push(`${at}.healthcheck Additional property ${key} is not allowed`);
  }
  return out;
}

export type ServiceParse = { ok: true; value: ServiceResult } | { ok: false; errors: string[] };

function size(v: unknown): number | string {
  if (typeof v === 'number') return v;
  const r = ramInBytes(String(v));
  return r.ok ? r.value : `invalid size: ${String(v)}`;
}

function words(v: unknown): string[] | null {
  if (typeof v === 'string') {
    const r = splitWords(v);
    return r.ok ? r.words : null;
  }
  if (Array.isArray(v)) return v.map(String);
  return null;
}

/**
 * `extra_hosts:` as a list (`host:ip`, `host=ip`) or a mapping (`host: ip`, or a list of
 * addresses), to the `--add-host` values Compose hands the daemon; the scenario's rules check them.
 */
function extraHosts(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([host, ip]) => (Array.isArray(ip) ? ip : [ip]).map((a) => `${host}:${String(a)}`));
}

/** `ulimits:` (`nproc: 65535`, `nofile: { soft: 20000, hard: 40000 }`) to the `--ulimit` values Compose passes. */
function ulimits(v: unknown): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v).map(([name, limit]) => {
    if (limit !== null && typeof limit === 'object') {
      const { soft, hard } = limit as { soft?: unknown; hard?: unknown };
      return `${name}=${String(soft)}:${String(hard)}`;
    }
    return `${name}=${String(limit)}`;
  });
}

/** `environment:` as a list or a mapping, to NAME=value strings. */
function environment(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (isMapping(v)) return Object.entries(v).map(([k, val]) => (val === null || val === undefined ? k : `${k}=${typeof val === 'boolean' || typeof val === 'number' ? String(val) : String(val)}`));
  return [];
}

/** The long port syntax `{ target, published, host_ip, protocol }` in the short one. */
function portText(p: unknown): string {
  if (!isMapping(p)) return String(p);
  const published = p.published === undefined ? '' : String(p.published);
  const ip = typeof p.host_ip === 'string' ? p.host_ip : '';
  const proto = typeof p.protocol === 'string' ? `/${p.protocol}` : '';
  const head = ip ? `${ip.includes(':') ? `[${ip}]` : ip}:${published}:` : published ? `${published}:` : '';
  return `${head}${String(p.target)}${proto}`;
}

function volumeMount(v: unknown, names: ProjectNames, service: string, errors: string[], at: string): MountSpec | null {
  if (typeof v === 'string') {
    const r = parseVolumeFlag(v);
    if (!r.ok) {
      errors.push(`${at}: ${r.error}`);
      return null;
    }
    const m = r.value.mount;
    if (m.type === 'volume' && m.source !== '') {
      const real = names.volumes.get(m.source);
      if (!real) {
        errors.push(`service "${service}" refers to undefined volume ${m.source}: invalid compose project`);
        return null;
      }
      m.source = real;
    }
    return m;
  }
  if (!isMapping(v)) {
    errors.push(`${at} must be a string or a mapping`);
    return null;
  }
  const type = v.type;
  const target = v.target;
  if (typeof target !== 'string' || !target.startsWith('/')) {
    errors.push(`${at}.target: expected an absolute path in the container`);
    return null;
  }
  if (type === 'tmpfs') {
    const tmpfs = isMapping(v.tmpfs) ? v.tmpfs : {};
    const bytes = tmpfs.size === undefined ? undefined : size(tmpfs.size);
    if (typeof bytes === 'string') {
      errors.push(`${at}.tmpfs.size: ${bytes}`);
      return null;
    }
    return { type: 'tmpfs', source: '', target, readOnly: v.read_only === true, ...(bytes !== undefined ? { sizeBytes: bytes } : {}) };
  }
  if (type !== 'bind' && type !== 'volume') {
    errors.push(`${at}.type: ${String(type)} mounts are not simulated (bind, volume and tmpfs are)`);
    return null;
  }
  let source = typeof v.source === 'string' ? v.source : '';
  if (type === 'volume' && source !== '') {
    const real = names.volumes.get(source);
    if (!real) {
      errors.push(`service "${service}" refers to undefined volume ${source}: invalid compose project`);
      return null;
    }
    source = real;
  }
  return { type, source, target, readOnly: v.read_only === true };
}

/** One service, its name in the file and its definition. */
export function composeService(service: string, def: unknown, names: ProjectNames): ServiceParse {
  const at = `services.${service}`;
  if (!isMapping(def)) return { ok: false, errors: [`${at} must be a mapping`] };
  const errors: string[] = [];
  const unknown = Object.keys(def).filter((k) => !SERVICE_PROPERTIES.has(k) && !k.startsWith('x-'));
  for (const k of unknown) errors.push(`${at} Additional property ${k} is not allowed`);
  if (def.build !== undefined) {
    errors.push(`${at}.build: Utsuwa runs published images and cannot build one (there is no Dockerfile or build context in a simulator); give the service an image: from a registry and remove build:`);
  }
  if (def.extends !== undefined) errors.push(`${at}.extends: merging in another service's definition is not supported; write the service out in full`);
  if ((typeof def.image !== 'string' || def.image === '') && def.build === undefined) errors.push(`${at}: a service needs an image (Compose would want image or build)`);
  if (errors.length > 0) return { ok: false, errors };

  const out: Mapping = { kind: 'container', image: def.image };
  const notSimulated = Object.keys(def).filter((k) => !SIMULATED.has(k) && !k.startsWith('x-'));
  const deploy = isMapping(def.deploy) ? def.deploy : {};
  const resources = isMapping(deploy.resources) ? deploy.resources : {};
  const limits = isMapping(resources.limits) ? resources.limits : {};
  const reservations = isMapping(resources.reservations) ? resources.reservations : {};
  for (const k of Object.keys(deploy)) if (k !== 'resources' && k !== 'replicas') notSimulated.push(`deploy.${k}`);
  if (isMapping(reservations) && (reservations.cpus !== undefined || reservations.devices !== undefined)) notSimulated.push('deploy.resources.reservations');

  // Limits: the service-level key or deploy.resources, which must agree (compose-go validate.go).
  const pick = (key: string, direct: unknown, fromDeploy: unknown, label: string): unknown => {
    if (direct !== undefined && fromDeploy !== undefined && String(size(direct)) !== String(size(fromDeploy))) {
      errors.push(`${at}: can't set distinct values on '${key}' and 'deploy.resources.limits.${label}': invalid compose project`);
    }
    return direct ?? fromDeploy;
  };
  const memory = pick('mem_limit', def.mem_limit, limits.memory, 'memory');
  if (memory !== undefined) {
    const bytes = size(memory);
    if (typeof bytes === 'string') errors.push(`${at}.mem_limit: ${bytes}`);
    else if (bytes > 0) out.memory = bytes;
  }
  if (def.memswap_limit !== undefined) {
    const bytes = String(def.memswap_limit) === '-1' ? -1 : size(def.memswap_limit);
    if (typeof bytes === 'string') errors.push(`${at}.memswap_limit: ${bytes}`);
    else out.memorySwap = bytes;
  }
  const reservation = def.mem_reservation ?? reservations.memory;
  if (reservation !== undefined) {
    const bytes = size(reservation);
    if (typeof bytes === 'string') errors.push(`${at}.mem_reservation: ${bytes}`);
    else if (bytes > 0) out.memoryReservation = bytes;
  }
  const cpus = pick('cpus', def.cpus, limits.cpus, 'cpus');
  if (cpus !== undefined) {
    const r = parseCpus(String(cpus));
    if (!r.ok) errors.push(`${at}.cpus: ${r.error}`);
    else if (r.value > 0) out.cpus = r.value;
  }
  if (def.cpu_shares !== undefined) out.cpuShares = Number(def.cpu_shares);
  if (def.cpu_period !== undefined) out.cpuPeriod = Number(def.cpu_period);
  if (def.cpu_quota !== undefined) out.cpuQuota = Number(def.cpu_quota);
  if (def.cpuset !== undefined) out.cpusetCpus = String(def.cpuset);
  const pids = pick('pids_limit', def.pids_limit, limits.pids, 'pids');
  if (pids !== undefined && Number(pids) > 0) out.pidsLimit = Number(pids);
  if (def.oom_kill_disable === true) out.oomKillDisable = true;

  if (def.runtime !== undefined) {
    const runtime = RUNTIMES[String(def.runtime)];
    if (!runtime) errors.push(`${at}.runtime: unknown or invalid runtime name: ${String(def.runtime)}`);
    else {
      out.runtime = runtime;
      const platform = RUNTIME_PLATFORMS[String(def.runtime)];
      if (platform !== undefined) out.gvisorPlatform = platform;
    }
  }

  // Namespaces and networks.
  const share: string[] = [];
  const mode = def.network_mode === undefined ? undefined : String(def.network_mode);
  if (mode === 'host') share.push('net');
  else if (mode !== undefined && mode !== 'bridge' && mode !== 'none') notSimulated.push(`network_mode: ${mode}`);
  for (const [key, ns] of [['pid', 'pid'], ['ipc', 'ipc'], ['uts', 'uts'], ['userns_mode', 'user']] as const) {
    const v = def[key];
    if (v === 'host') share.push(ns);
    else if (v !== undefined && !(key === 'ipc' && ['private', 'shareable', 'none'].includes(String(v)))) notSimulated.push(`${key}: ${String(v)}`);
  }
  if (share.length > 0) out.share = share;
  if (mode === 'none') out.networks = ['none'];
  else if (mode === undefined) {
    const listed = Array.isArray(def.networks) ? def.networks.map(String) : isMapping(def.networks) ? Object.keys(def.networks) : ['default'];
    if (isMapping(def.networks)) {
      for (const [n, opts] of Object.entries(def.networks)) if (isMapping(opts) && Object.keys(opts).length > 0) notSimulated.push(`networks.${n}: ${Object.keys(opts).join(', ')}`);
    }
    const joined: string[] = [];
    for (const n of listed) {
      const real = names.networks.get(n);
      if (!real) errors.push(`service "${service}" refers to undefined network ${n}: invalid compose project`);
      else joined.push(real);
    }
    if (joined.length > 0) out.networks = joined;
  }

  const ports: string[] = [];
  for (const [i, p] of (Array.isArray(def.ports) ? def.ports : []).entries()) {
    const text = portText(p);
    const r = parsePublish(text);
    if (!r.ok) errors.push(`${at}.ports[${i}]: ${r.error}`);
    else ports.push(...r.value.map(publishText));
  }
  if (ports.length > 0) out.ports = ports;
  const env = environment(def.environment);
  if (env.length > 0) out.env = env;
  const mounts: MountSpec[] = [];
  (Array.isArray(def.volumes) ? def.volumes : []).forEach((v, i) => {
    const m = volumeMount(v, names, service, errors, `${at}.volumes[${i}]`);
    if (m) mounts.push(m);
  });
  for (const t of typeof def.tmpfs === 'string' ? [def.tmpfs] : Array.isArray(def.tmpfs) ? def.tmpfs.map(String) : []) {
    mounts.push({ type: 'tmpfs', source: '', target: t.split(':')[0]!, readOnly: false });
  }
  if (mounts.length > 0) {
    out.mounts = mounts.map((m) => {
      const [flag, text] = mountFlags(m) as [string, string];
      return flag === '-v' ? text : { type: m.type, source: m.source || undefined, target: m.target, readOnly: m.readOnly || undefined, size: m.sizeBytes };
    });
  }
  if (def.restart !== undefined) out.restart = String(def.restart);
  if (def.read_only === true) out.readOnly = true;
  if (def.privileged === true) out.privileged = true;
  if (Array.isArray(def.cap_add)) out.capAdd = def.cap_add.map(String);
  if (Array.isArray(def.cap_drop)) out.capDrop = def.cap_drop.map(String);
  if (Array.isArray(def.security_opt)) out.securityOpt = def.security_opt.map(String);
  if (typeof def.hostname === 'string') out.hostname = def.hostname;
  const hosts = extraHosts(def.extra_hosts);
  if (hosts.length > 0) out.extraHosts = hosts;
  const processLimits = ulimits(def.ulimits);
  if (processLimits.length > 0) out.ulimits = processLimits;
  // dns and dns_search take one string or a list (the Compose Specification's string_or_list).
  const stringOrList = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : []);
  if (stringOrList(def.dns).length > 0) out.dns = stringOrList(def.dns);
  if (stringOrList(def.dns_search).length > 0) out.dnsSearch = stringOrList(def.dns_search);
  if (stringOrList(def.dns_opt).length > 0) out.dnsOptions = stringOrList(def.dns_opt);
  if (typeof def.working_dir === 'string') out.workdir = def.working_dir;
  if (def.user !== undefined) out.user = String(def.user);
  if (def.entrypoint !== undefined) {
    const w = words(def.entrypoint);
    if (w === null) errors.push(`${at}.entrypoint: expected a command as a string or a list`);
    else out.entrypoint = w;
  }
  if (def.command !== undefined && def.command !== null) {
    const w = words(def.command);
    if (w === null) errors.push(`${at}.command: expected a command as a string or a list`);
    else if (w.length > 0) out.command = w;
  }
  if (typeof def.platform === 'string') out.platform = def.platform;

  const dependsOn = dependencies(def.depends_on, at, errors, notSimulated);
  if (def.healthcheck !== undefined && def.healthcheck !== null) {
    const h = healthcheck(def.healthcheck, at, errors);
    if (h) out.healthcheck = h;
  }
  const replicas = def.scale !== undefined ? Number(def.scale) : deploy.replicas !== undefined ? Number(deploy.replicas) : 1;
  if (!Number.isInteger(replicas) || replicas < 0) errors.push(`${at}.deploy.replicas: expected a whole number, got ${String(deploy.replicas ?? def.scale)}`);
  if (replicas > 1 && typeof def.container_name === 'string') {
    errors.push(`services.${def.scale !== undefined ? 'scale' : 'deploy.replicas'}: can't set container_name and ${service} as container name must be unique: invalid compose project`);
  }
  if (errors.length > 0) return { ok: false, errors };
  // Compose names each replica <project>-<service>-<n>, unless container_name says otherwise.
  const instances = Array.from({ length: replicas }, (_, i) => ({
    name: typeof def.container_name === 'string' ? def.container_name : `${names.project}-${service}-${i + 1}`,
    ...out,
  }));
  if (replicas === 0) notSimulated.push('replicas: 0 (no container is made)');
  return { ok: true, value: { instances, dependsOn, notSimulated } };
}
