/**
 * Names between containers as Docker resolves them: on a user-defined network the daemon's
 * embedded DNS (127.0.0.11) answers with the address of a container on that network by its
 * name, its short id or an alias; on the default bridge there is no such DNS (only `--link`
 * wrote /etc/hosts), so a name does not resolve. `ping` and `getent hosts` show it.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import { containerNetInterfaces } from '../engine/addresses';
import { networksOf } from '../engine/ledger';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { extraHostsOf } from './extra-hosts';

/** Compose gives each container its service's name as a network alias (`db` for blog-db-1). */
function composeService(sim: Simulation, container: string): string | null {
  const p = sim.scenario.extensions.composeProject as { services?: unknown; specs?: Array<{ name?: unknown }> } | undefined;
  if (!p || !Array.isArray(p.specs) || !Array.isArray(p.services)) return null;
  const i = p.specs.findIndex((s) => s.name === container);
  const service: unknown = i >= 0 ? p.services[i] : null;
  return typeof service === 'string' ? service : null;
}

/** The address `name` resolves to from the container `from`, or null. */
export function resolveFrom(sim: Simulation, from: string, name: string): string | null {
  const self = sim.state.instances[from];
  if (!self || self.spec.kind !== 'container') return null;
  if (name === 'localhost') return '127.0.0.1';
  // /etc/hosts before the DNS (nsswitch `hosts: files dns`; BusyBox reads it first too).
  const listed = extraHostsOf(self.spec).find((h) => h.name === name);
  if (listed) return listed.ip;
  const myNets = networksOf(self.spec).filter((n) => n !== 'bridge' && n !== 'none');
  for (const other of sim.state.order.map((n) => sim.state.instances[n]!)) {
    const spec = other.spec;
    if (spec.kind !== 'container' || (spec.in ?? null) !== (self.spec.in ?? null)) continue;
    if (other.state !== 'running' && other.state !== 'booting') continue;
    const named = spec.name === name || containerIdOf(spec.name).slice(0, 12) === name || spec.hostname === name || composeService(sim, spec.name) === name;
    if (!named) continue;
    const nets = networksOf(spec);
    const shared = myNets.find((n) => nets.includes(n));
    if (shared === undefined) continue;
    const iface = containerNetInterfaces(sim, spec.name).filter((i) => i.name !== 'lo')[nets.indexOf(shared)];
    if (iface?.address) return iface.address.split('/')[0]!;
  }
  return null;
}

function target(args: readonly string[]): string | undefined {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^-[cwWisIt]$/.test(a)) i++;
    else if (!a.startsWith('-')) rest.push(a);
  }
  return rest[0];
}

/** `ping NAME`: resolution as the place's ping reports it; replies are not simulated (no round-trip times in the model). */
export function ping(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  const name = target(args);
  if (name === undefined) return fail(busybox ? 'BusyBox v1.36.1 multi-call binary.\n\nUsage: ping [OPTIONS] HOST' : 'ping: usage error: Destination address required', busybox ? 1 : 2);
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(name) ? name : place.kind === 'container' ? resolveFrom(sim, place.where, name) : null;
  if (ip === null) return fail(busybox ? `ping: bad address '${name}'` : `ping: ${name}: Name or service not known`, busybox ? 1 : 2);
  const head = busybox ? `PING ${name} (${ip}): 56 data bytes` : `PING ${name} (${ip}) 56(84) bytes of data.`;
  return ok(`${head}\n(utsuwa: ${name} resolves to ${ip}; replies and round-trip times are not simulated)`);
}

/** `getent hosts NAME`: glibc's `%-15s %s`. */
export function getent(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  if (args[0] !== 'hosts' || args[1] === undefined) return fail('', 2);
  const name = args[1];
  const ip = place.kind === 'container' ? resolveFrom(sim, place.where, name) : name === 'localhost' ? '127.0.0.1' : null;
  return ip === null ? fail('', 2) : ok(`${ip.padEnd(15)} ${name}`);
}
