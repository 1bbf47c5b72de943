/**
 * `docker network create|ls|inspect|connect|disconnect|rm` and `docker volume
 * create|ls|inspect|rm`. A user-defined network takes Docker's next address pool when its
 * first container starts (engine/addresses.ts); containers on one user-defined network find
 * each other by name through Docker's embedded DNS (name-lookup.ts).
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import { ledgerOf, networksOf } from '../engine/ledger';
import { networkSubnet } from '../engine/addresses';
import { numberToIp } from '../namespaces/vm-net';
import { containerNetInterfaces } from '../engine/addresses';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { dockerFlags, withNote } from './docker-flags';
import { last } from './flags';
import { daemonContainers, isUp, type ContainerRecord } from './docker-list';
import { findContainer, noSuchContainer } from './docker-manage';
import { hexId } from './docker-images';
import { simIsoTime } from './facts';
import { formatItems } from './docker-format';
import { dockerObjects, type DockerObjects } from './docker-objects';
import { printObjects } from './docker-inspect';
import type { GoStruct, GoValue } from '../docker/go-template';
import { volumeNameProblem } from '../docker/mounts';

const BUILT_IN = ['bridge', 'host', 'none'];

function kernelOf(where: Where): string {
  return where === 'host' ? 'host' : where;
}

/** Every network this daemon has: the built-in three, those created, those its containers join. */
export function daemonNetworks(sim: Simulation, where: Where): string[] {
  const out = new Set<string>(BUILT_IN);
  for (const n of dockerObjects(sim).networks) out.add(n);
  for (const c of daemonContainers(sim, where)) for (const n of c.spec.networks ?? []) if (n !== 'none') out.add(n);
  return [...out];
}

export function findNetwork(sim: Simulation, where: Where, ref: string): string | null {
  const all = daemonNetworks(sim, where);
  return all.find((n) => n === ref) ?? all.find((n) => ref.length >= 3 && networkId(where, n).startsWith(ref)) ?? null;
}

function networkId(where: Where, name: string): string {
  return hexId(`network:${kernelOf(where)}:${name}`, 64);
}

function driverOf(name: string): string {
  return name === 'host' ? 'host' : name === 'none' ? 'null' : 'bridge';
}

/** Containers of this daemon on the network (running or not). */
function members(sim: Simulation, where: Where, network: string): ContainerRecord[] {
  return daemonContainers(sim, where).filter((c) => (network === 'host' ? c.spec.share.includes('net') : !c.spec.share.includes('net') && networksOf(c.spec).includes(network)));
}

/** The network's subnet: docker0's, the pool the engine gave it, or the next free pool if no container has used it yet. */
function subnetOf(sim: Simulation, where: Where, network: string): { subnet: string; gateway: string } | null {
  if (network === 'bridge') return { subnet: '172.17.0.0/16', gateway: '172.17.0.1' };
  if (BUILT_IN.includes(network)) return null;
  const used = ledgerOf(sim).networks.get(kernelOf(where)) ?? [];
  const own = used.find((n) => n.name === network);
  const unused = daemonNetworks(sim, where).filter((n) => !BUILT_IN.includes(n) && !used.some((u) => u.name === n));
  const pool = own?.pool ?? used.length + unused.indexOf(network);
  const { base, prefix } = networkSubnet(pool);
  return { subnet: `${numberToIp(base)}/${prefix}`, gateway: numberToIp(base + 1) };
}

export function networkObject(sim: Simulation, where: Where, name: string): GoStruct {
  const net = subnetOf(sim, where, name);
  const containers = new Map<string, GoValue>();
  for (const c of members(sim, where, name)) {
    if (!isUp(c) || name === 'host') continue;
    const index = networksOf(c.spec).indexOf(name);
    const iface = containerNetInterfaces(sim, c.spec.name).filter((i) => i.name !== 'lo')[index];
    containers.set(containerIdOf(c.spec.name), { Name: c.spec.name, EndpointID: hexId(`endpoint:${c.spec.name}:${name}`, 64), MacAddress: iface?.mac ?? '', IPv4Address: iface?.address ?? '', IPv6Address: '' });
  }
  return {
    Name: name, Id: networkId(where, name), Created: simIsoTime(0), Scope: 'local', Driver: driverOf(name), EnableIPv6: false,
    IPAM: { Driver: 'default', Options: name === 'bridge' ? null : new Map(), Config: net ? [{ Subnet: net.subnet, Gateway: net.gateway }] : [] },
    Internal: false, Attachable: false, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: containers,
    Options: name === 'bridge' ? new Map([['com.docker.network.bridge.default_bridge', 'true'], ['com.docker.network.bridge.enable_icc', 'true'], ['com.docker.network.bridge.enable_ip_masquerade', 'true'], ['com.docker.network.bridge.host_binding_ipv4', '0.0.0.0'], ['com.docker.network.bridge.name', 'docker0'], ['com.docker.network.driver.mtu', '1500']]) : new Map(),
    Labels: new Map(),
  };
}

function objectsEffect(next: DockerObjects): TerminalEffect {
  return { kind: 'docker-objects', objects: next };
}

export function dockerNetwork(sim: Simulation, sub: string, args: readonly string[], where: Where, typed: string): CommandResult {
  const parsed = dockerFlags(`network ${sub}`, typed, args, ['driver', 'format', 'quiet', 'no-trunc', 'force']);
  if (!parsed.ok) return parsed.result;
  const objects = dockerObjects(sim);
  const note = parsed.note;
  switch (sub) {
    case 'create': {
      const name = parsed.rest[0]!;
      const driver = last(parsed.values, 'driver') ?? 'bridge';
      if (daemonNetworks(sim, where).includes(name)) return fail(`Error response from daemon: network with name ${name} already exists`);
      if (driver !== 'bridge') return withNote(fail(`utsuwa: only the bridge driver is simulated; docker would make a ${driver} network here`), note);
      return withNote(ok(networkId(where, name), [objectsEffect({ ...objects, networks: [...objects.networks, name] })]), note);
    }
    case 'ls': {
      const names = daemonNetworks(sim, where).sort();
      const noTrunc = parsed.values['no-trunc'] !== undefined;
      const items = names.map((n) => ({ ID: networkId(where, n).slice(0, noTrunc ? 64 : 12), Name: n, Driver: driverOf(n), Scope: 'local', IPv6: 'false', Internal: 'false', CreatedAt: simIsoTime(0) }));
      if (parsed.values.quiet !== undefined) return withNote(ok(items.map((i) => i.ID).join('\n')), note);
      const out = formatItems(last(parsed.values, 'format'), items, {
        defaultTable: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
        headers: { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', CreatedAt: 'CREATED' },
        typeName: '*formatter.networkContext',
      });
      return out.ok ? withNote(ok(out.text), note) : fail(out.error);
    }
    case 'inspect': {
      const found: GoStruct[] = [];
      const errors: string[] = [];
      for (const ref of parsed.rest) {
        const n = findNetwork(sim, where, ref);
        if (n) found.push(networkObject(sim, where, n));
        else errors.push(`Error response from daemon: network ${ref} not found`);
      }
      const out = printObjects(found, last(parsed.values, 'format'), 'network.Inspect');
      return { output: [found.length > 0 || errors.length === 0 ? out.output : '[]', ...errors].join('\n'), exitCode: errors.length > 0 ? 1 : out.exitCode, effects: [] };
    }
    case 'connect':
    case 'disconnect': {
      const [netRef, ref] = parsed.rest as [string, string];
      const net = findNetwork(sim, where, netRef);
      if (!net) return fail(`Error response from daemon: network ${netRef} not found`);
      const c = findContainer(sim, where, ref);
      if (!c) return fail(noSuchContainer(ref));
      const current = networksOf(c.spec);
      if (sub === 'connect') {
        if (current.includes(net)) return fail(`Error response from daemon: endpoint with name ${c.spec.name} already exists in network ${net}`);
        if (BUILT_IN.includes(net) && net !== 'bridge') return fail(`Error response from daemon: container cannot be disconnected from host network or connected to host network`);
        return withNote(ok('', [{ kind: 'spec-edit', name: c.spec.name, patch: { networks: [...current, net] } }]), note);
      }
      if (!current.includes(net)) return fail(`Error response from daemon: container ${containerIdOf(c.spec.name)} is not connected to network ${net}`);
      const rest = current.filter((n) => n !== net);
      return withNote(ok('', [{ kind: 'spec-edit', name: c.spec.name, patch: { networks: rest.length > 0 ? rest : ['none'] } }]), note);
    }
    case 'rm': {
      const lines: string[] = [];
      let exitCode = 0;
      let next = objects;
      for (const ref of parsed.rest) {
        const n = findNetwork(sim, where, ref);
        if (!n) {
          lines.push(`Error response from daemon: network ${ref} not found`);
          exitCode = 1;
        } else if (BUILT_IN.includes(n)) {
          lines.push(`Error response from daemon: ${n} is a pre-defined network and cannot be removed`);
          exitCode = 1;
        } else if (members(sim, where, n).length > 0) {
          lines.push(`Error response from daemon: error while removing network: network ${n} id ${networkId(where, n)} has active endpoints`);
          exitCode = 1;
        } else {
          lines.push(ref);
          next = { ...next, networks: next.networks.filter((x) => x !== n) };
        }
      }
      return { output: withNote(ok(lines.join('\n')), note).output, exitCode, effects: next === objects ? [] : [objectsEffect(next)] };
    }
  }
  return fail(`utsuwa: docker network ${sub} is a real docker command that this terminal does not simulate yet.`);
}

/** Volumes of this daemon: created ones and those its containers mount by name. */
function daemonVolumes(sim: Simulation, where: Where): string[] {
  const out = new Set(dockerObjects(sim).volumes);
  for (const c of daemonContainers(sim, where)) for (const m of c.spec.mounts ?? []) if (m.type === 'volume') out.add(m.source || hexId(`volume:${c.spec.name}:${m.target}`, 64));
  return [...out];
}

function volumeUsers(sim: Simulation, where: Where, name: string): ContainerRecord[] {
  return daemonContainers(sim, where).filter((c) => (c.spec.mounts ?? []).some((m) => m.type === 'volume' && (m.source || hexId(`volume:${c.spec.name}:${m.target}`, 64)) === name));
}

export function findVolume(sim: Simulation, where: Where, name: string): string | null {
  return daemonVolumes(sim, where).includes(name) ? name : null;
}

export function volumeObject(name: string): GoStruct {
  return { CreatedAt: simIsoTime(0).replace(/\.\d+Z$/, 'Z'), Driver: 'local', Labels: null, Mountpoint: `/var/lib/docker/volumes/${name}/_data`, Name: name, Options: null, Scope: 'local' };
}

export function dockerVolume(sim: Simulation, sub: string, args: readonly string[], where: Where, typed: string): CommandResult {
  const parsed = dockerFlags(`volume ${sub}`, typed, args, ['format', 'quiet', 'force', 'name']);
  if (!parsed.ok) return parsed.result;
  const objects = dockerObjects(sim);
  const note = parsed.note;
  const all = daemonVolumes(sim, where);
  switch (sub) {
    case 'create': {
      const name = parsed.rest[0] ?? last(parsed.values, 'name') ?? hexId(`volume:anonymous:${all.length}`, 64);
      const problem = volumeNameProblem(name);
      if (problem) return fail(`Error response from daemon: ${problem}`);
      if (all.includes(name)) return withNote(ok(name), note);
      return withNote(ok(name, [{ kind: 'docker-objects', objects: { ...objects, volumes: [...objects.volumes, name] } }]), note);
    }
    case 'ls': {
      const items = all.sort().map((n) => ({ Driver: 'local', Name: n, Scope: 'local', Mountpoint: `/var/lib/docker/volumes/${n}/_data`, Labels: '', Links: String(volumeUsers(sim, where, n).length), Size: 'N/A' }));
      if (parsed.values.quiet !== undefined) return withNote(ok(items.map((i) => i.Name).join('\n')), note);
      const out = formatItems(last(parsed.values, 'format'), items, {
        defaultTable: 'table {{.Driver}}\t{{.Name}}',
        headers: { Driver: 'DRIVER', Name: 'VOLUME NAME', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS', Size: 'SIZE' },
        typeName: '*formatter.volumeContext',
      });
      return out.ok ? withNote(ok(out.text), note) : fail(out.error);
    }
    case 'inspect': {
      const found = parsed.rest.filter((n) => all.includes(n));
      const missing = parsed.rest.filter((n) => !all.includes(n));
      const out = printObjects(found.map(volumeObject), last(parsed.values, 'format'), 'volume.Volume');
      const errors = missing.map((m) => `Error response from daemon: get ${m}: no such volume`);
      return { output: [found.length > 0 || errors.length === 0 ? out.output : '[]', ...errors].join('\n'), exitCode: errors.length > 0 ? 1 : out.exitCode, effects: [] };
    }
    case 'rm': {
      const lines: string[] = [];
      let exitCode = 0;
      let next = objects;
      for (const n of parsed.rest) {
        const users = volumeUsers(sim, where, n);
        if (!all.includes(n)) {
          lines.push(`Error response from daemon: get ${n}: no such volume`);
          exitCode = 1;
        } else if (users.length > 0) {
          lines.push(`Error response from daemon: remove ${n}: volume is in use - [${users.map((u) => containerIdOf(u.spec.name)).join(', ')}]`);
          exitCode = 1;
        } else {
          lines.push(n);
          next = { ...next, volumes: next.volumes.filter((x) => x !== n) };
        }
      }
      return { output: withNote(ok(lines.join('\n')), note).output, exitCode, effects: next === objects ? [] : [{ kind: 'docker-objects', objects: next }] };
    }
  }
  return fail(`utsuwa: docker volume ${sub} is a real docker command that this terminal does not simulate yet.`);
}
