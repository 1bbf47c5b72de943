/**
 * Why an exploit's blast radius stops where it stops: a reason code (the UI words it in each
 * language) and the targets the engine's blastRadius reaches. The reason depends only on
 * the attacked instance's definition and the exploit's kind.
 */
import type { ExploitKind, InstanceSpec } from '../scenario/types';
import type { Simulation } from '../engine/state';
import { blastRadius } from '../engine/security';
import { isLive } from '../engine/memory';
import { escapeRoute } from '../engine/escape';
import { kernelSurface, type KernelSurface } from '../engine/confinement';

export type BlastReason =
  /** An app exploit: the attacker holds the app's process and what it can reach, no more. */
  | 'app-contained'
  /** An app exploit in a container whose settings hand root the kernel (--privileged, SYS_MODULE, ...). */
  | 'privileged-escape'
  /** runc on the host: the host kernel, hence everything on the machine. */
  | 'host-kernel'
  /** A VM, or a runc container in one: that guest kernel; the hypervisor is the boundary. */
  | 'guest-kernel'
  /** gVisor: the Sentry answers the system calls, a user-space kernel confined by seccomp. */
  | 'gvisor-sentry'
  /** Kata: the container runs in its own lightweight VM with its own kernel. */
  | 'kata-vm'
  /** Nothing runs there, so there is nothing to exploit. */
  | 'not-running';

export interface BlastExplanation {
  attacker: string;
  kind: ExploitKind;
  reason: BlastReason;
  /** What falls: `host` and instance names (the attacker first). */
  targets: string[];
  /** The kernel the attack reaches: `host`, a VM's name, or the sandbox's own name; null for an app exploit. */
  kernel: string | null;
  /**
   * A runc container's filter in front of the shared kernel (seccomp, AppArmor, capabilities):
   * which of the system calls Docker's default profile stops are reachable. A kernel exploit
   * needs a way in; --privileged or seccomp=unconfined widens it. Null for VMs and sandboxes.
   */
  surface: KernelSurface | null;
}

/** The reason code for an exploit of `kind` from an instance defined by `spec`. */
export function blastReason(spec: InstanceSpec, kind: ExploitKind): BlastReason {
  if (kind === 'app') return spec.kind === 'container' && escapeRoute(spec) ? 'privileged-escape' : 'app-contained';
  if (spec.kind === 'vm') return 'guest-kernel';
  if (spec.runtime === 'gvisor') return 'gvisor-sentry';
  if (spec.runtime === 'kata') return 'kata-vm';
  return spec.in === null ? 'host-kernel' : 'guest-kernel';
}

/** The kernel a kernel exploit from `spec` lands in (null for an app exploit). */
export function reachedKernel(spec: InstanceSpec, kind: ExploitKind): string | null {
  if (kind === 'app' && !(spec.kind === 'container' && escapeRoute(spec))) return null;
  if (spec.kind === 'vm') return spec.name;
  if (spec.runtime !== 'runc') return spec.name;
  return spec.in ?? 'host';
}

/** What an exploit would reach if launched now (the engine applies the same radius). */
export function explainBlast(sim: Simulation, name: string, kind: ExploitKind): BlastExplanation | null {
  const inst = sim.state.instances[name];
  if (!inst) return null;
  const spec = inst.spec;
  const surface = spec.kind === 'container' && spec.runtime === 'runc' ? kernelSurface(spec) : null;
  if (!isLive(inst)) return { attacker: name, kind, reason: 'not-running', targets: [], kernel: null, surface };
  return { attacker: name, kind, reason: blastReason(spec, kind), targets: blastRadius(sim, inst, kind), kernel: reachedKernel(spec, kind), surface };
}
