/**
 * Published ports of a container as the daemon binds them: `-p 8080:80` on every address
 * (Docker 27 lists 0.0.0.0 and [::]), `-p 127.0.0.1:8080:80`, and `-p 80` or `-P` on a port
 * the daemon picks from the ephemeral range (32768 up, in the order containers start here).
 */
import type { Simulation, InstanceRecord } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import { containerIdOf } from '../engine/inspect';

export interface Binding {
  containerPort: number;
  protocol: string;
  hostIp: string;
  hostPort: number;
}

/** Linux's ip_local_port_range starts at 32768: where Docker's port allocator begins. */
const EPHEMERAL_START = 32768;

function exposed(sim: Simulation, spec: ContainerSpec): number[] {
  const image = sim.catalogue.images[spec.image];
  return image ? (sim.catalogue.apps[image.app]?.listensOn ?? []) : [];
}

/** The bindings a running container holds (none with --network host: there is nothing to publish). */
export function containerBindings(sim: Simulation, name: string): Binding[] {
  const all = allBindings(sim);
  return all.get(name) ?? [];
}

function up(inst: InstanceRecord): boolean {
  return inst.state === 'running' || inst.state === 'booting';
}

function allBindings(sim: Simulation): Map<string, Binding[]> {
  const out = new Map<string, Binding[]>();
  let next = EPHEMERAL_START;
  for (const n of sim.state.order) {
    const inst = sim.state.instances[n]!;
    const spec = inst.spec;
    if (spec.kind !== 'container' || !up(inst) || spec.share.includes('net')) continue;
    const list: Binding[] = [];
    for (const p of spec.ports ?? []) list.push({ containerPort: p.containerPort, protocol: p.protocol, hostIp: p.hostIp, hostPort: p.hostPort ?? next++ });
    if (spec.publishAll) for (const port of exposed(sim, spec)) if (!list.some((b) => b.containerPort === port)) list.push({ containerPort: port, protocol: 'tcp', hostIp: '', hostPort: next++ });
    out.set(n, list);
  }
  return out;
}

/** The addresses one binding listens on, as Docker 27 reports them (both families for "all"). */
function addresses(b: Binding): string[] {
  return b.hostIp === '' ? ['0.0.0.0', '[::]'] : [b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp];
}

/** `docker ps`'s PORTS: published as `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`, then exposed ports alone. */
export function psPorts(sim: Simulation, inst: InstanceRecord & { spec: ContainerSpec }): string {
  if (!up(inst) || inst.spec.share.includes('net')) return '';
  const bindings = containerBindings(sim, inst.spec.name);
  const parts = bindings.flatMap((b) => addresses(b).map((a) => `${a}:${b.hostPort}->${b.containerPort}/${b.protocol}`));
  for (const port of exposed(sim, inst.spec)) if (!bindings.some((b) => b.containerPort === port)) parts.push(`${port}/tcp`);
  return parts.join(', ');
}

/** `docker port NAME [PORT[/PROTO]]`: `80/tcp -> 0.0.0.0:8080` lines. */
export function portLines(sim: Simulation, name: string, filter?: { port: number; protocol: string }): string[] {
  return containerBindings(sim, name)
    .filter((b) => !filter || (b.containerPort === filter.port && b.protocol === filter.protocol))
    .flatMap((b) => addresses(b).map((a) => (filter ? `${a}:${b.hostPort}` : `${b.containerPort}/${b.protocol} -> ${a}:${b.hostPort}`)));
}

/**
 * Why the daemon cannot start `spec` now because it cannot publish its ports, in its words
 * (libnetwork's endpoint and port allocator: "Error response from daemon: driver failed
 * programming external connectivity on endpoint web (…): Bind for 0.0.0.0:8080 failed: port
 * is already allocated"), or null. A fixed
 * host port taken by another running container on the same kernel, on the same address or
 * on all of them, is taken; a range (`-p 8000-8010:80`) only when every port of it is.
 */
export function portsTaken(sim: Simulation, spec: ContainerSpec): string | null {
  if (spec.share.includes('net')) return null;
  const taken: Binding[] = [];
  for (const [name, list] of allBindings(sim)) {
    const other = sim.state.instances[name]!.spec;
    if (name !== spec.name && other.kind === 'container' && other.in === spec.in) taken.push(...list);
  }
  const busy = (ip: string, port: number, protocol: string): boolean =>
    taken.some((b) => b.protocol === protocol && b.hostPort === port && (b.hostIp === '' || ip === '' || b.hostIp === ip));
  for (const p of spec.ports ?? []) {
    if (p.hostPort === null) continue;
    const last = p.hostPortEnd ?? p.hostPort;
    let free = false;
    for (let port = p.hostPort; port <= last && !free; port++) free = !busy(p.hostIp, port, p.protocol);
    if (!free) {
      const bind = `Bind for ${p.hostIp === '' ? '0.0.0.0' : p.hostIp}:${last} failed: port is already allocated`;
      return `Error response from daemon: driver failed programming external connectivity on endpoint ${spec.name} (${containerIdOf(`${spec.name}/endpoint`)}): ${bind}`;
    }
  }
  return null;
}
