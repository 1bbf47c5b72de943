/**
 * `docker inspect` (and `docker container|image inspect`): the daemon's JSON for a container
 * or an image, with Docker's field names and order (API v1.47) and `json.MarshalIndent`'s
 * four-space indent, or `-f TEMPLATE` over the same object (Go maps as `Map`s, so
 * `{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}` works as it does in the docs).
 */
import { confinementOf } from '../engine/confinement';
import type { Simulation } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import { containerIdOf, inspectInstance } from '../engine/inspect';
import { containerNetInterfaces } from '../engine/addresses';
import { networksOf } from '../engine/ledger';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { dockerFlags, withNote } from './docker-flags';
import { last } from './flags';
import { findContainer } from './docker-manage';
import { type ContainerRecord, dockerState, isRestarting, isUp } from './docker-list';
import { containerBindings } from './docker-ports';
import { entrypointAndCmd, instanceTimes, simIsoTime } from './facts';
import { hexId } from './docker-images';
import { compileTemplate, goJson, TemplateError, type GoStruct, type GoValue } from '../docker/go-template';
import { resolveImage } from '../docker/image-resolve';
import { restartText } from '../docker/container-rules';
import { networkObject, findNetwork, findVolume, volumeObject } from './docker-network';
import { runtimeFlagName } from '../docker/runtimes';
import { healthConfigOf, healthOf } from './docker-health';
import { parseUlimit } from './ulimit';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** HostConfig.Ulimits: `[{Name, Hard, Soft}]` for each --ulimit (go-units Ulimit), null when none. */
function ulimitsOf(ulimits: readonly string[] | undefined): GoValue {
  if (!ulimits?.length) return null;
  return ulimits.flatMap((u) => {
    const parsed = parseUlimit(u);
    return parsed ? [{ Name: parsed[0], Hard: parsed[1].hard, Soft: parsed[1].soft }] : [];
  });
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';


function exposedPorts(sim: Simulation, spec: ContainerSpec): Map<string, GoValue> {
  const image = sim.catalogue.images[spec.image]!;
  const ports = new Map<string, GoValue>();
  for (const p of sim.catalogue.apps[image.app]?.listensOn ?? []) ports.set(`${p}/tcp`, {});
  for (const p of spec.ports ?? []) ports.set(`${p.containerPort}/${p.protocol}`, {});
  return ports;
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function ipText(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The bridge's gateway: the first address of the network the container's address is in. */
function gatewayOf(cidr: string): string {
  const [ip, prefix] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(prefix));
  return ipText(Math.floor(ipNumber(ip) / size) * size + 1);
}

function endpoint(name: string, network: string, cidr: string | null, mac: string | null, kernel: string): GoStruct {
  const [ip, prefix] = cidr ? (cidr.split('/') as [string, string]) : ['', '0'];
  return {
    IPAMConfig: null, Links: null, Aliases: network === 'bridge' ? null : [name], MacAddress: mac ?? '', DriverOpts: null,
    NetworkID: hexId(`network:${kernel}:${network}`, 64), EndpointID: cidr ? hexId(`endpoint:${name}:${network}`, 64) : '',
    Gateway: cidr ? gatewayOf(cidr) : '', IPAddress: ip, IPPrefixLen: Number(prefix), IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0,
    DNSNames: network === 'bridge' ? null : [name, containerIdOf(name).slice(0, 12)],
  };
}

/** One container as `docker inspect` prints it. */
export function containerObject(sim: Simulation, c: ContainerRecord): GoStruct {
  const spec = c.spec;
  const id = containerIdOf(spec.name);
  const times = instanceTimes(sim).get(spec.name);
  const up = isUp(c);
  const view = up ? inspectInstance(sim, spec.name) : null;
  const pid1 = view?.processes.find((p) => p.pid === 1)?.hostPid ?? 0;
  const { entrypoint, cmd } = entrypointAndCmd(sim.catalogue.images[spec.image]!, spec);
  const kernel = spec.in ?? 'host';
  const hostNet = spec.share.includes('net');
  const nets = hostNet ? ['host'] : networksOf(spec);
  const ifaces = up && !hostNet ? containerNetInterfaces(sim, spec.name).filter((i) => i.name !== 'lo') : [];
  const networks = new Map<string, GoValue>(nets.map((n, i) => [n, endpoint(spec.name, n, ifaces[i]?.address ?? null, ifaces[i]?.mac ?? null, kernel)]));
  const first = networks.get(nets[0]!) as GoStruct | undefined;
  const bindings = containerBindings(sim, spec.name);
  const ports = new Map<string, GoValue>();
  for (const [key] of exposedPorts(sim, spec)) ports.set(key, null);
  for (const b of bindings) {
    const key = `${b.containerPort}/${b.protocol}`;
    const list = (ports.get(key) as GoValue[] | null) ?? [];
    list.push(...(b.hostIp === '' ? ['0.0.0.0', '::'] : [b.hostIp]).map((ip) => ({ HostIp: ip, HostPort: String(b.hostPort) })));
    ports.set(key, list);
  }
  const portBindings = new Map<string, GoValue>();
  for (const p of spec.ports ?? []) portBindings.set(`${p.containerPort}/${p.protocol}`, [{ HostIp: p.hostIp, HostPort: p.hostPort === null ? '' : String(p.hostPort) }]);
  const image = sim.catalogue.images[spec.image]!;
  const oom = sim.state.log.some((e) => e.subject === spec.name && e.type === 'oom/killed');
  const restart = restartText(spec.restart);
  const mounts = (spec.mounts ?? []).map((m) => ({
    Type: m.type, ...(m.type === 'volume' ? { Name: m.source || hexId(`volume:${spec.name}:${m.target}`, 64) } : {}),
    Source: m.type === 'bind' ? m.source : m.type === 'volume' ? `/var/lib/docker/volumes/${m.source || hexId(`volume:${spec.name}:${m.target}`, 64)}/_data` : '',
    Destination: m.target, Driver: m.type === 'volume' ? 'local' : '', Mode: m.type === 'volume' ? 'z' : '', RW: !m.readOnly, Propagation: m.type === 'bind' ? 'rprivate' : '',
  }));
  return {
    Id: id,
    Created: simIsoTime(times?.firstStartMs ?? 0),
    Path: (entrypoint ?? cmd ?? [''])[0]!,
    Args: [...(entrypoint ?? []), ...(cmd ?? [])].slice(1),
    State: {
      Status: dockerState(c), Running: up || isRestarting(c), Paused: c.paused, Restarting: isRestarting(c), OOMKilled: oom, Dead: false, Pid: pid1,
      ExitCode: c.exitCode ?? 0, Error: '', StartedAt: c.startedAtMs !== null ? simIsoTime(c.startedAtMs) : ZERO_TIME,
      FinishedAt: !up && times?.endMs != null ? simIsoTime(times.endMs) : ZERO_TIME,
      ...healthOf(sim, c),
    },
    Image: `sha256:${hexId(`image:${spec.image}`, 64)}`,
    ResolvConfPath: `/var/lib/docker/containers/${id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${id}/hosts`,
    LogPath: `/var/lib/docker/containers/${id}/${id}-json.log`,
    Name: `/${spec.name}`,
    RestartCount: c.restart.count,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: confinementOf(spec).apparmor,
    ExecIDs: null,
    HostConfig: {
      Binds: (spec.mounts ?? []).filter((m) => m.type === 'bind').map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`),
      ContainerIDFile: '', LogConfig: { Type: 'json-file', Config: new Map() }, NetworkMode: hostNet ? 'host' : (spec.networks?.[0] ?? 'bridge'),
      PortBindings: portBindings, RestartPolicy: { Name: restart.split(':')[0]!, MaximumRetryCount: spec.restart?.maxRetries ?? 0 },
      AutoRemove: spec.autoRemove === true, CapAdd: spec.capAdd ?? null, CapDrop: spec.capDrop ?? null, ExtraHosts: spec.extraHosts ?? null, Ulimits: ulimitsOf(spec.ulimits),
      Dns: spec.dns ?? [], DnsOptions: spec.dnsOptions ?? [], DnsSearch: spec.dnsSearch ?? [],
      IpcMode: spec.share.includes('ipc') ? 'host' : 'private', PidMode: spec.share.includes('pid') ? 'host' : '', Privileged: spec.privileged === true,
      PublishAllPorts: spec.publishAll === true, ReadonlyRootfs: spec.readOnly === true, SecurityOpt: spec.securityOpt ?? null,
      Tmpfs: new Map((spec.mounts ?? []).filter((m) => m.type === 'tmpfs').map((m) => [m.target, m.sizeBytes ? `size=${m.sizeBytes}` : ''])),
      UTSMode: spec.share.includes('uts') ? 'host' : '', UsernsMode: spec.share.includes('user') ? 'host' : '',
      Runtime: spec.runtime === 'gvisor' ? runtimeFlagName('gvisor', spec.gvisorPlatform) : spec.runtime === 'kata' ? 'kata-runtime' : 'runc',
      CpuShares: spec.cpuShares === 1024 ? 0 : spec.cpuShares, Memory: spec.memoryBytes ?? 0, NanoCpus: Math.round((spec.cpus ?? 0) * 1e9),
      CpuPeriod: spec.cpuPeriodUs ?? 0, CpuQuota: spec.cpuQuotaUs ?? 0, CpusetCpus: spec.cpusetCpus ?? '',
      MemoryReservation: spec.memoryReservationBytes ?? 0, MemorySwap: spec.memorySwapBytes ?? (spec.memoryBytes ? spec.memoryBytes * 2 : 0),
      OomKillDisable: spec.oomKillDisable === true, PidsLimit: spec.pidsLimit,
    },
    GraphDriver: {
      Data: new Map([['MergedDir', `/var/lib/docker/overlay2/${hexId(`rw:${id}`, 64)}/merged`], ['UpperDir', `/var/lib/docker/overlay2/${hexId(`rw:${id}`, 64)}/diff`], ['WorkDir', `/var/lib/docker/overlay2/${hexId(`rw:${id}`, 64)}/work`]]),
      Name: 'overlay2',
    },
    Mounts: mounts,
    Config: {
      Hostname: view?.hostname ?? spec.hostname ?? id.slice(0, 12), Domainname: '', User: spec.user ?? '',
      AttachStdin: false, AttachStdout: false, AttachStderr: false, ExposedPorts: exposedPorts(sim, spec), Tty: false, OpenStdin: false, StdinOnce: false,
      Env: [...(spec.env ?? []).filter((e) => e.includes('=')), PATH], Cmd: cmd, ...healthConfigOf(spec), Image: spec.imageRef ?? spec.image, Volumes: null,
      WorkingDir: spec.workdir ?? '', Entrypoint: entrypoint, OnBuild: null, Labels: new Map(),
      ...(image.app === 'nginx' ? { StopSignal: 'SIGQUIT' } : {}),
    },
    NetworkSettings: {
      Bridge: '', SandboxID: hexId(`sandbox:${id}`, 64), SandboxKey: `/var/run/docker/netns/${hexId(`sandbox:${id}`, 12)}`, Ports: ports,
      HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
      EndpointID: nets[0] === 'bridge' ? (first?.EndpointID ?? '') : '', Gateway: nets[0] === 'bridge' ? (first?.Gateway ?? '') : '',
      GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, IPAddress: nets[0] === 'bridge' ? (first?.IPAddress ?? '') : '', IPPrefixLen: nets[0] === 'bridge' ? (first?.IPPrefixLen ?? 0) : 0,
      IPv6Gateway: '', MacAddress: nets[0] === 'bridge' ? (first?.MacAddress ?? '') : '', Networks: networks,
    },
  };
}

/** One image as `docker image inspect` prints it. */
export function imageObject(sim: Simulation, key: string): GoStruct {
  const image = sim.catalogue.images[key]!;
  const size = image.layers.reduce((s, l) => s + l.sizeBytes.value, 0);
  const repo = image.ref.slice(0, image.ref.lastIndexOf(':'));
  return {
    Id: `sha256:${hexId(`image:${key}`, 64)}`,
    RepoTags: image.tags ?? [image.ref],
    RepoDigests: [`${repo}@sha256:${image.origin?.digest ?? hexId(`digest:${image.ref}`, 64)}`],
    Parent: '', Comment: '', Created: image.origin ? `${image.origin.built}T00:00:00Z` : ZERO_TIME, DockerVersion: '',
    Author: '', Architecture: 'amd64', Os: image.os, Size: size,
    GraphDriver: { Data: null, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: image.layers.map((l) => `sha256:${hexId(`diff:${l.id}`, 64)}`) },
    Metadata: { LastTagTime: ZERO_TIME },
  };
}

/** What `docker inspect NAME` names: a container first, then an image, a network, as the CLI tries them. */
function lookup(sim: Simulation, where: Where, name: string, type: string | undefined): GoStruct | null {
  if (type === undefined || type === 'container') {
    const c = findContainer(sim, where, name);
    if (c) return containerObject(sim, c);
  }
  if (type === undefined || type === 'image') {
    const r = resolveImage(name, sim.catalogue.images);
    if (r.ok) return imageObject(sim, r.key);
  }
  if (type === undefined || type === 'network') {
    const n = findNetwork(sim, where, name);
    if (n) return networkObject(sim, where, n);
  }
  if (type === undefined || type === 'volume') {
    const v = findVolume(sim, where, name);
    if (v) return volumeObject(v);
  }
  return null;
}

/** Prints objects as docker does: a JSON array with four-space indent, or the template per object. */
export function printObjects(objects: GoStruct[], format: string | undefined, typeName: string): CommandResult {
  if (format === undefined || format === '') return ok(indentJson(objects));
  try {
    const run = compileTemplate(format === 'json' ? '{{json .}}' : format, { typeName });
    return ok(objects.map((o) => run(o)).join('\n'));
  } catch (e) {
    if (e instanceof TemplateError) return fail(e.message);
    throw e;
  }
}

/** json.MarshalIndent(v, "", "    ") with Go's HTML escaping; an empty array prints as `[]`. */
export function indentJson(value: GoValue): string {
  return JSON.stringify(JSON.parse(goJson(value)), null, 4)
    .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
    .replace(/\[\n\s*\]/g, '[]').replace(/\{\n\s*\}/g, '{}');
}

export function dockerInspect(sim: Simulation, args: readonly string[], where: Where, path: 'inspect' | 'container inspect' | 'image inspect' | 'network inspect', typed: string): CommandResult {
  const parsed = dockerFlags(path, typed, args, ['format', 'type', 'size']);
  if (!parsed.ok) return parsed.result;
  const type = path === 'inspect' ? last(parsed.values, 'type') : path.split(' ')[0];
  if (type !== undefined && !['container', 'image', 'network', 'volume', 'node', 'plugin', 'secret', 'service', 'task', 'config'].includes(type)) {
    return fail(`"${type}" is not a valid value for --type`);
  }
  const found: GoStruct[] = [];
  const missing: string[] = [];
  for (const name of parsed.rest) {
    const o = lookup(sim, where, name, type);
    if (o) found.push(o);
    else missing.push(name);
  }
  const out = printObjects(found, last(parsed.values, 'format'), type === 'image' ? 'types.ImageInspect' : '*types.ContainerJSON');
  if (out.exitCode !== 0) return out;
  const kind = type ?? 'object';
  const errors = missing.map((m) => `Error: No such ${kind}: ${m}`);
  const output = [out.output, ...errors].filter((x) => x !== '').join('\n');
  return withNote({ output: found.length === 0 && errors.length > 0 ? `[]\n${errors.join('\n')}` : output, exitCode: errors.length > 0 ? 1 : 0, effects: [] }, parsed.note);
}
