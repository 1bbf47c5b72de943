import type { InstanceSpec } from '../scenario/types';
import type { Simulation } from './state';

function oneOf(what: string, value: string, valid: string[]): string {
  return `unknown ${what} "${value}" (valid: ${valid.join(', ')})`;
}

/** Why an instance cannot be added as given (unknown names, a duplicate, a bad `in`); null if it can. */
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
  if (spec.in !== null) {
    const vm = sim.state.instances[spec.in];
    if (!vm) return `no VM named "${spec.in}" to run in`;
    if (vm.spec.kind !== 'vm') return `"${spec.in}" is a container: containers run on a host or inside a VM, not inside another container`;
  }
  return null;
}
