import type { InstanceSpec } from '../scenario/types';
import type { Simulation } from './state';
import { containerLimitsRefusal, cpusAvailable, limitReason, nestingReason, nestingRefusal } from '../rules/index';

function oneOf(what: string, value: string, valid: string[]): string {
  return `unknown ${what} "${value}" (valid: ${valid.join(', ')})`;
}

/**
 * Why an instance cannot be added as given (unknown names, a duplicate, a bad `in`, limits
 * the rules refuse); null if it can.
 */
export function specProblem(sim: Simulation, spec: InstanceSpec): string | null {
  const c = sim.catalogue;
  if (!spec.name) return 'an instance needs a name';
  if (sim.state.instances[spec.name]) return `an instance named "${spec.name}" already exists`;
  if (spec.kind === 'vm') {
    if (!c.vmProfiles[spec.profile]) return oneOf('VM profile', spec.profile, Object.keys(c.vmProfiles));
    if (!c.guestOses[spec.os]) return oneOf('guest OS', spec.os, Object.keys(c.guestOses));
    for (const app of spec.apps) if (!c.apps[app]) return oneOf('app', app, Object.keys(c.apps));
    if (!(spec.cpus > 0)) return 'a VM needs at least one vCPU';
    if (!(spec.memoryBytes > 0)) return 'a VM needs some memory';
    return null;
  }
  if (!c.images[spec.image]) return oneOf('image', spec.image, Object.keys(c.images));
  if (!c.runtimes[spec.runtime]) return oneOf('runtime', spec.runtime, Object.keys(c.runtimes));
  let vm: { cpus: number } | null = null;
  if (spec.in !== null) {
    const parent = sim.state.instances[spec.in];
    if (!parent) return `no VM named "${spec.in}" to run in`;
    const refused = nestingRefusal('container', parent.spec.kind);
    if (refused) return `"${spec.in}" is a container: ${nestingReason(refused)}`;
    if (parent.spec.kind === 'vm') vm = parent.spec;
  }
  const limits = containerLimitsRefusal(spec, cpusAvailable(sim.scenario.host.cpus, vm));
  return limits ? limitReason(limits) : null;
}

/** Why a live limit change cannot apply to a container (running where it runs); null if it can. */
export function limitsProblem(sim: Simulation, spec: InstanceSpec, limits: { memoryBytes?: number | null; cpus?: number | null }): string | null {
  const parent = spec.kind === 'container' && spec.in !== null ? sim.state.instances[spec.in] : undefined;
  const vm = parent?.spec.kind === 'vm' ? parent.spec : null;
  const refused = containerLimitsRefusal({ memoryBytes: limits.memoryBytes ?? null, cpus: limits.cpus ?? null }, cpusAvailable(sim.scenario.host.cpus, vm));
  return refused ? limitReason(refused) : null;
}
