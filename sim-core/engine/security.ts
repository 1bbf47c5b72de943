import type { ExploitKind } from '../scenario/types';
import type { InstanceRecord, Simulation } from './state';
import { emit, incident } from './emit';
import { isLive } from './memory';
import { escapeRoute } from './escape';
import { touch } from './changes';

/**
 * Blast radius of an exploit. An app exploit stays inside its instance (unless the container is
 * --privileged or has the capabilities to leave: engine/escape.ts). A kernel exploit
 * controls the kernel the attacker's system calls reach, and so everything running on it:
 * - runc on the host: the host kernel, hence the host, every container on it, and every VM
 *   (whose memory and disks the host's root can read);
 * - inside a VM (or a Kata container's own VM): that guest kernel and what runs in it only,
 *   because the hypervisor is the boundary;
 * - gVisor: the attacker reaches the Sentry, a user-space kernel that is itself confined by
 *   seccomp and namespaces on the host, so the sandbox alone falls.
 */
export function blastRadius(sim: Simulation, target: InstanceRecord, kind: ExploitKind): string[] {
  const spec = target.spec;
  // An app exploit stays inside, unless the container's settings hand its root the kernel (engine/escape.ts).
  if (kind === 'app' && !(spec.kind === 'container' && escapeRoute(spec))) return [spec.name];
  if (spec.kind === 'container' && spec.runtime !== 'runc') return [spec.name];
  const kernel = spec.kind === 'vm' ? spec.name : spec.in;
  const reached: string[] = [];
  if (kernel === null) {
    reached.push('host');
    for (const name of sim.state.order) {
      if (isLive(sim.state.instances[name]!)) reached.push(name);
    }
    return reached;
  }
  reached.push(kernel);
  for (const name of sim.state.order) {
    const other = sim.state.instances[name]!;
    if (other.spec.kind === 'container' && other.spec.in === kernel && isLive(other)) reached.push(name);
  }
  return reached;
}

export function exploit(sim: Simulation, target: InstanceRecord, kind: ExploitKind, cause: string): void {
  const targets = blastRadius(sim, target, kind);
  for (const name of targets) {
    if (name === 'host') sim.state.host.compromised = true;
    else {
      const inst = sim.state.instances[name]!;
      touch(sim, inst);
      inst.compromised = true;
    }
  }
  const how = kind === 'app' ? 'an app exploit' : 'a kernel exploit';
  emit(sim, 'security/compromised', target.spec.name, cause, { kind, targets });
  incident(sim, {
    type: 'compromised',
    target: target.spec.name,
    detail: `${how} from ${target.spec.name} reaches ${targets.join(', ')}`,
    targets,
  });
}
