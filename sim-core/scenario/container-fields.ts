/**
 * The container settings Utsuwa adds to the scenario format (compatible extensions, see
 * docs/scenario-format.md): file fields, their checks in docker's words, and the mapping
 * to ContainerOptions and back. Each is written as `docker run` takes it: `ports` in `-p`
 * syntax, `mounts` in `-v` syntax, `restart` as `on-failure:3`.
 */
import { z } from 'zod';
import type { ContainerOptions, MountSpec, PortBinding } from './types';
import { describeValue } from './describe';
import { parseSize } from './units';
import { sizeText } from './size-text';
import { parsePublish, publishText } from '../docker/ports';
import { mountFlags, parseVolumeFlag } from '../docker/mounts';
import { cpusetCpus, normaliseCapability, parseRestart, platformProblem, restartText, seccompProfileProblem, securityOptDaemonProblem, securityOptProblem } from '../docker/container-rules';
import { splitWords } from '../docker/shell-words';
import { MIN_MEMORY_BYTES } from '../rules/index';
import { dnsServerProblem, parseExtraHost, validateDnsSearch, validateUlimit } from '../docker/flag-checks';
import { checkDependency, checkHealthcheck, dependencyValue, healthcheckObject } from './health-fields';

type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const no = (expected: string, value: unknown) => ({ ok: false as const, message: `expected ${expected}, got ${describeValue(value)}` });

/** An optional field checked by `check`; absent or empty gives undefined. */
function field<T>(check: Check<T>) {
  return z.unknown().transform((value, ctx): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const out = check(value);
    if (!out.ok) {
      ctx.addIssue({ code: 'custom', message: out.message, input: value });
      return z.NEVER;
    }
    return out.value;
  }).optional();
}

/** A list whose items are checked one by one; a bad item is reported at its index. */
function listField<T>(what: string, item: (v: unknown) => { ok: true; value: T[] } | { ok: false; message: string }) {
  return z.unknown().transform((value, ctx): T[] | undefined => {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: `expected a list of ${what}, got ${describeValue(value)}`, input: value });
      return z.NEVER;
    }
    const out: T[] = [];
    let failed = false;
    value.forEach((v, i) => {
      const r = item(v);
      if (r.ok) out.push(...r.value);
      else {
        failed = true;
        ctx.addIssue({ code: 'custom', message: r.message, path: [i], input: v });
      }
    });
    return failed ? z.NEVER : out;
  }).optional();
}

const flag: Check<true | undefined> = (v) => (typeof v === 'boolean' ? ok(v ? true : undefined) : no('true or false', v));
const textOf = (what: string): Check<string> => (v) => (typeof v === 'string' && v !== '' ? ok(v) : no(what, v));

const port = (v: unknown) => {
  if (typeof v !== 'string' && typeof v !== 'number') return no('a port mapping such as 8080:80 (as docker run -p)', v);
  const r = parsePublish(String(v));
  return r.ok ? ok(r.value) : { ok: false as const, message: `expected a port mapping such as 8080:80 (as docker run -p), got ${describeValue(v)}: ${r.error}` };
};

const envItem = (v: unknown) => {
  if (typeof v !== 'string' || v === '' || v.startsWith('=')) return no('NAME=value', v);
  return ok([v]);
};

/** `env:` as a list of NAME=value, or a mapping (as Compose's `environment:` allows). */
const env: Check<string[]> = (v) => {
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const item of v) {
      const r = envItem(item);
      if (!r.ok) return r;
      out.push(...r.value);
    }
    return ok(out);
  }
  if (v !== null && typeof v === 'object') {
    return ok(Object.entries(v as Record<string, unknown>).map(([k, val]) => (val === null || val === undefined ? k : `${k}=${String(val)}`)));
  }
  return no('a list of NAME=value or a mapping of names to values', v);
};

function mountObject(v: Record<string, unknown>): { ok: true; value: MountSpec[] } | { ok: false; message: string } {
  const type = v.type;
  if (type !== 'bind' && type !== 'volume' && type !== 'tmpfs') return no('a mount type: bind, volume or tmpfs', type);
  const target = v.target;
  if (typeof target !== 'string' || !target.startsWith('/')) return no('an absolute target path such as /data', target);
  const m: MountSpec = { type, source: typeof v.source === 'string' ? v.source : '', target, readOnly: v.readOnly === true };
  if (type !== 'tmpfs' && type === 'bind' && m.source === '') return no('a source (the host path) for a bind mount', v.source);
  if (v.size !== undefined) {
    const bytes = typeof v.size === 'string' || typeof v.size === 'number' ? parseSize(v.size) : null;
    if (type !== 'tmpfs' || bytes === null) return no('a size such as 64m, for a tmpfs mount only', v.size);
    m.sizeBytes = bytes;
  }
  return ok([m]);
}

const mount = (v: unknown) => {
  if (typeof v === 'string') {
    const r = parseVolumeFlag(v);
    return r.ok ? ok([r.value.mount]) : { ok: false as const, message: `expected a mount such as /host/path:/data:ro or name:/data (as docker run -v), got ${describeValue(v)}: ${r.error}` };
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return mountObject(v as Record<string, unknown>);
  return no('a mount such as /host/path:/data:ro, or a mapping with type, source, target', v);
};

const capability = (v: unknown) => {
  if (typeof v !== 'string') return no('a capability name such as NET_ADMIN', v);
  const r = normaliseCapability(v);
  return r.ok ? ok([r.value]) : { ok: false as const, message: `${r.error}; expected a capability name such as NET_ADMIN or ALL` };
};

const extraHost = (v: unknown) => {
  if (typeof v !== 'string') return no('a host and its address such as somehost:162.242.195.82', v);
  const r = parseExtraHost(v);
  return r.ok ? ok([r.value]) : { ok: false as const, message: `${r.error}; expected a host and its address such as somehost:162.242.195.82 or host.docker.internal:host-gateway` };
};

const dnsServer = (v: unknown) => {
  if (typeof v !== 'string') return no('a DNS server address such as 8.8.8.8', v);
  const problem = dnsServerProblem(v);
  return problem ? { ok: false as const, message: `${problem}; expected a DNS server address such as 8.8.8.8` } : ok([v.trim()]);
};

const dnsSearch = (v: unknown) => {
  if (typeof v !== 'string') return no('a search domain such as example.com', v);
  const problem = validateDnsSearch(v);
  return problem ? { ok: false as const, message: `${problem}; expected a search domain such as example.com` } : ok([v.trim()]);
};

const dnsOption = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? ok([v.trim()]) : no('a resolver option such as ndots:2', v));

const ulimitValue = (v: unknown) => {
  if (typeof v !== 'string') return no('a limit such as nofile=1024:2048', v);
  const problem = validateUlimit(v);
  return problem ? { ok: false as const, message: `${problem}; expected a limit such as nofile=1024:2048` } : ok([v]);
};

const securityOpt = (v: unknown) => {
  if (typeof v !== 'string') return no('a security option such as no-new-privileges or seccomp=unconfined', v);
  const problem = securityOptProblem(v) ?? securityOptDaemonProblem(v);
  if (problem) return { ok: false as const, message: problem };
  const profile = seccompProfileProblem(v);
  if (profile) return { ok: false as const, message: `${profile}; Utsuwa keeps no host files, so give seccomp=unconfined or leave the default profile` };
  return ok([v]);
};

const networkName = (v: unknown) => {
  if (typeof v !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v)) return no('a network name such as web-net', v);
  if (v === 'host') return { ok: false as const, message: 'the host network is share: [net], not a network to join' };
  // `bridge` (Docker's default network) is listed only beside another one (`docker network
  // connect` of a container on the default bridge); alone, leave networks out.
  if (v === 'default') return { ok: false as const, message: `"${v}" is not a network name: leave networks out to use the default bridge` };
  return ok([v]);
};

const restart: Check<ContainerOptions['restart']> = (v) => {
  if (typeof v !== 'string') return no("a restart policy: no, always, unless-stopped, on-failure or on-failure:N", v);
  const r = parseRestart(v);
  return r.ok ? ok(r.value ?? undefined) : { ok: false, message: r.error };
};

const size = (min: number, minText: string): Check<number> => (v) => {
  const bytes = typeof v === 'string' || typeof v === 'number' ? parseSize(v) : null;
  if (bytes === null) return no('a size such as 512m or 1GiB', v);
  return bytes >= min ? ok(bytes) : no(minText, v);
};

const microseconds = (min: number, max: number, message: string): Check<number> => (v) => {
  if (typeof v !== 'number' || !Number.isInteger(v)) return no('a whole number of microseconds such as 100000', v);
  return v >= min && v <= max ? ok(v) : { ok: false, message };
};

const cpuset: Check<string> = (v) => {
  const text = typeof v === 'number' ? String(v) : v;
  return typeof text === 'string' && cpusetCpus(text) !== null ? ok(text) : no('CPUs such as 0-3 or 0,2 (docker --cpuset-cpus)', v);
};

const words = (what: string): Check<string[]> => (v) => {
  if (typeof v === 'string') {
    const r = splitWords(v);
    return r.ok ? ok(r.words) : no(what, v);
  }
  if (Array.isArray(v) && v.every((w) => typeof w === 'string' || typeof w === 'number')) return ok(v.map(String));
  return no(what, v);
};

const platform: Check<string> = (v) => {
  if (typeof v !== 'string') return no('a platform such as linux/arm64', v);
  const problem = platformProblem(v);
  return problem ? { ok: false, message: problem } : ok(v);
};

const gvisorPlatform: Check<'systrap' | 'kvm' | 'ptrace'> = (v) =>
  (v === 'systrap' || v === 'kvm' || v === 'ptrace' ? ok(v) : no('a gVisor platform: systrap, kvm or ptrace', v));

const workdir: Check<string> = (v) => {
  if (typeof v !== 'string') return no('an absolute path such as /app', v);
  return v.startsWith('/') ? ok(v) : { ok: false, message: `the working directory '${v}' is invalid, it needs to be an absolute path` };
};

const MIN_MEMORY = MIN_MEMORY_BYTES;

/** The zod shape of the added fields, spread into the container schema. */
export const containerOptionFields = {
  imageRef: field(textOf('the image as typed, such as nginx')),
  ports: listField<PortBinding>('port mappings such as 8080:80', port),
  publishAll: field(flag),
  env: field(env),
  extraHosts: listField<string>('hosts and addresses such as somehost:162.242.195.82', extraHost),
  ulimits: listField<string>('limits such as nofile=1024:2048', ulimitValue),
  dns: listField<string>('DNS server addresses such as 8.8.8.8', dnsServer),
  dnsSearch: listField<string>('search domains such as example.com', dnsSearch),
  dnsOptions: listField<string>('resolver options such as ndots:2', dnsOption),
  mounts: listField<MountSpec>('mounts such as /host/path:/data:ro', mount),
  autoRemove: field(flag),
  restart: field(restart),
  readOnly: field(flag),
  privileged: field(flag),
  capAdd: listField<string>('capability names such as NET_ADMIN', capability),
  capDrop: listField<string>('capability names such as NET_ADMIN', capability),
  securityOpt: listField<string>('security options such as no-new-privileges', securityOpt),
  memoryReservation: field(size(MIN_MEMORY, "at least 6MiB (docker: Minimum memory reservation allowed is 6MB)")),
  oomKillDisable: field(flag),
  cpusetCpus: field(cpuset),
  cpuPeriod: field(microseconds(1000, 1_000_000, 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)')),
  cpuQuota: field(microseconds(1000, Number.MAX_SAFE_INTEGER, 'CPU cfs quota can not be less than 1ms (i.e. 1000)')),
  hostname: field(textOf('a host name such as web')),
  workdir: field(workdir),
  user: field(textOf('a user such as 1000:1000 or www-data')),
  entrypoint: field(words('a command such as [cat] or "cat"')),
  command: field(words('a command such as [nginx, -g, "daemon off;"]')),
  platform: field(platform),
  gvisorPlatform: field(gvisorPlatform),
  networks: listField<string>('network names such as web-net', networkName),
  healthcheck: field(checkHealthcheck),
  dependsOn: listField('containers it depends on, such as [db] or [{ name: db, condition: healthy }]', checkDependency),
};

export const CONTAINER_OPTION_FIELDS = Object.keys(containerOptionFields) as (keyof typeof containerOptionFields)[];

type OptionFields = { [K in keyof typeof containerOptionFields]?: z.output<(typeof containerOptionFields)[K]> };

/** Validated file fields to ContainerOptions: only what differs from Docker's default. */
export function containerOptions(f: OptionFields): ContainerOptions {
  const o: ContainerOptions = {};
  if (f.imageRef !== undefined) o.imageRef = f.imageRef;
  if (f.ports?.length) o.ports = f.ports;
  if (f.publishAll) o.publishAll = true;
  if (f.env?.length) o.env = f.env;
  if (f.extraHosts?.length) o.extraHosts = f.extraHosts;
  if (f.ulimits?.length) o.ulimits = f.ulimits;
  if (f.dns?.length) o.dns = f.dns;
  if (f.dnsSearch?.length) o.dnsSearch = f.dnsSearch;
  if (f.dnsOptions?.length) o.dnsOptions = f.dnsOptions;
  if (f.mounts?.length) o.mounts = f.mounts;
  if (f.autoRemove) o.autoRemove = true;
  if (f.restart) o.restart = f.restart;
  if (f.readOnly) o.readOnly = true;
  if (f.privileged) o.privileged = true;
  if (f.capAdd?.length) o.capAdd = f.capAdd;
  if (f.capDrop?.length) o.capDrop = f.capDrop;
  if (f.securityOpt?.length) o.securityOpt = f.securityOpt;
  if (f.memoryReservation !== undefined) o.memoryReservationBytes = f.memoryReservation;
  if (f.oomKillDisable) o.oomKillDisable = true;
  if (f.cpusetCpus !== undefined) o.cpusetCpus = f.cpusetCpus;
  if (f.cpuPeriod !== undefined) o.cpuPeriodUs = f.cpuPeriod;
  if (f.cpuQuota !== undefined) o.cpuQuotaUs = f.cpuQuota;
  if (f.hostname !== undefined) o.hostname = f.hostname;
  if (f.workdir !== undefined) o.workdir = f.workdir;
  if (f.user !== undefined) o.user = f.user;
  if (f.entrypoint !== undefined) o.entrypoint = f.entrypoint;
  if (f.command?.length) o.command = f.command;
  if (f.platform !== undefined) o.platform = f.platform;
  if (f.gvisorPlatform !== undefined) o.gvisorPlatform = f.gvisorPlatform;
  if (f.networks?.length) o.networks = f.networks;
  if (f.healthcheck !== undefined) o.healthcheck = f.healthcheck;
  if (f.dependsOn?.length) o.dependsOn = f.dependsOn;
  return o;
}

function mountValue(m: MountSpec): string | Record<string, unknown> {
  const [flagName, text] = mountFlags(m) as [string, string];
  if (flagName === '-v') return text;
  const out: Record<string, unknown> = { type: m.type, target: m.target };
  if (m.source !== '') out.source = m.source;
  if (m.readOnly) out.readOnly = true;
  if (m.sizeBytes !== undefined) out.size = sizeText(m.sizeBytes);
  return out;
}

/** ContainerOptions back to file fields, in the order the docs list them. */
export function containerOptionsObject(o: ContainerOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o.imageRef !== undefined) out.imageRef = o.imageRef;
  if (o.ports) out.ports = o.ports.map(publishText);
  if (o.publishAll) out.publishAll = true;
  if (o.env) out.env = [...o.env];
  if (o.extraHosts) out.extraHosts = [...o.extraHosts];
  if (o.ulimits) out.ulimits = [...o.ulimits];
  if (o.dns) out.dns = [...o.dns];
  if (o.dnsSearch) out.dnsSearch = [...o.dnsSearch];
  if (o.dnsOptions) out.dnsOptions = [...o.dnsOptions];
  if (o.mounts) out.mounts = o.mounts.map(mountValue);
  if (o.autoRemove) out.autoRemove = true;
  if (o.restart) out.restart = restartText(o.restart);
  if (o.readOnly) out.readOnly = true;
  if (o.privileged) out.privileged = true;
  if (o.capAdd) out.capAdd = [...o.capAdd];
  if (o.capDrop) out.capDrop = [...o.capDrop];
  if (o.securityOpt) out.securityOpt = [...o.securityOpt];
  if (o.memoryReservationBytes !== undefined) out.memoryReservation = sizeText(o.memoryReservationBytes);
  if (o.oomKillDisable) out.oomKillDisable = true;
  if (o.cpusetCpus !== undefined) out.cpusetCpus = o.cpusetCpus;
  if (o.cpuPeriodUs !== undefined) out.cpuPeriod = o.cpuPeriodUs;
  if (o.cpuQuotaUs !== undefined) out.cpuQuota = o.cpuQuotaUs;
  if (o.hostname !== undefined) out.hostname = o.hostname;
  if (o.workdir !== undefined) out.workdir = o.workdir;
  if (o.user !== undefined) out.user = o.user;
  if (o.entrypoint !== undefined) out.entrypoint = [...o.entrypoint];
  if (o.command) out.command = [...o.command];
  if (o.platform !== undefined) out.platform = o.platform;
  if (o.gvisorPlatform !== undefined) out.gvisorPlatform = o.gvisorPlatform;
  if (o.networks) out.networks = [...o.networks];
  if (o.healthcheck) out.healthcheck = healthcheckObject(o.healthcheck);
  if (o.dependsOn) out.dependsOn = o.dependsOn.map(dependencyValue);
  return out;
}
