import { emulationFactor } from './platform';
import type { ContainerSpec, VmSpec } from '../scenario/types';
import type { PhaseDef } from '../catalogue/types';
import type { InstanceRecord, PlannedPhase, PlannedStep, Simulation } from './state';
import { figureValue } from '../catalogue/figure';
import { aloneMs } from './disk-io';
import { jitter } from './prng';
import { daemonSerialMs } from './daemon';
import { runtimeCosts } from '../figures/runtime-costs';

/** The container's last start phase: its entrypoint runs (its processes exist) and the app initialises. */
export const APP_INIT_PHASE = 'app init';

/** Whether a container's own processes exist: from the moment the runtime execs its entrypoint, not only once it serves. */
export function appStarted(inst: InstanceRecord): boolean {
  return inst.state === 'running' || (inst.state === 'booting' && inst.plan[inst.phaseIndex]?.name === APP_INIT_PHASE);
}

/** Run-to-run variation of a measured duration (±5%), drawn from the seeded PRNG. */
const DURATION_SPREAD = 0.05;

function timed(sim: Simulation, name: string, def: PhaseDef, scale: number, memoryAfterBytes: number): PlannedPhase {
  const ms = Math.max(1, Math.round(def.ms.value * scale * jitter(sim.state.prng, DURATION_SPREAD)));
  return { name, kind: def.kind, amount: ms, memoryAfterBytes };
}

/**
 * A VM boots as a real machine does: firmware/POST, bootloader, kernel, init and services,
 * then its apps. Memory grows as the guest touches pages at each step.
 */
export function planVmBoot(sim: Simulation, spec: VmSpec): PlannedPhase[] {
  const profile = sim.catalogue.vmProfiles[spec.profile]!;
  const guest = sim.catalogue.guestOses[spec.os]!;
  const kernelMem = guest.kernelMemoryBytes.value;
  const servicesMem = guest.servicesMemoryBytes.value;
  const scale = profile.bootScale.value;
  const plan: PlannedPhase[] = [];
  if (profile.firmware) plan.push(timed(sim, 'firmware', profile.firmware, 1, 0));
  if (!profile.directKernelBoot) plan.push(timed(sim, 'bootloader', guest.bootloader, 1, 0));
  plan.push(profile.kernelToInit
    ? timed(sim, 'kernel', profile.kernelToInit, 1, kernelMem)
    : timed(sim, 'kernel', guest.kernel, scale, kernelMem));
  plan.push(userspace(sim, timed(sim, 'init', guest.init, scale, kernelMem + servicesMem), guest.bootReadBytes.value));
  const apps = spec.apps.map((id) => sim.catalogue.apps[id]!);
  if (apps.length > 0) {
    // Services start in parallel under systemd: the slowest one decides when all serve.
    const slowest = apps.reduce((a, b) => (a.init.ms.value >= b.init.ms.value ? a : b));
    plan.push(timed(sim, 'apps', slowest.init, 1 + profile.cpuOverhead.value, kernelMem + servicesMem));
  }
  return plan;
}

/**
 * A guest's userspace boot is mostly waiting, not computing (the cited
 * `vm-userspace-wait-share`): it reads its disk (on the host's shared disk), computes (on the
 * shared cores), and waits on timers and the network (which nothing on the host speeds up or
 * slows down). Alone it takes the cited init time; many VMs booting at once contend for the
 * disk and the cores, not for the waits.
 */
function userspace(sim: Simulation, init: PlannedPhase, readBytes: number): PlannedPhase {
  const total = init.amount;
  const waitShare = figureValue(sim.catalogue, 'vm-userspace-wait-share');
  const cpuMs = Math.round(total * (1 - waitShare));
  const readMs = readBytes > 0 ? aloneMs(sim, readBytes) : 0;
  const waitMs = Math.max(0, total - cpuMs - readMs);
  const steps: PlannedStep[] = [];
  if (readBytes > 0) steps.push({ kind: 'io', amount: readBytes });
  if (cpuMs > 0) steps.push({ kind: 'cpu', amount: cpuMs });
  if (waitMs > 0) steps.push({ kind: 'wait', amount: waitMs });
  if (steps.length === 0) return init;
  const first = steps[0]!;
  const rest = steps.slice(1);
  // Literals, not spreads: one shape for every plan's phases, made without copying properties one by one.
  return rest.length > 0
    ? { name: init.name, kind: first.kind, amount: first.amount, memoryAfterBytes: init.memoryAfterBytes, then: rest }
    : { name: init.name, kind: first.kind, amount: first.amount, memoryAfterBytes: init.memoryAfterBytes };
}

export function vmAppMemory(sim: Simulation, spec: VmSpec): number {
  return spec.apps.reduce((sum, id) => sum + (sim.catalogue.apps[id]?.memoryBytes.value ?? 0), 0);
}

/**
 * A container starts as the engine does it: (pull, when layers are missing), create
 * (namespaces, cgroup, overlay mount), the runtime's start, then the app's own init.
 */
export function planContainerStart(sim: Simulation, spec: ContainerSpec, needsPull: boolean): PlannedPhase[] {
  const runtime = sim.catalogue.runtimes[spec.runtime]!;
  const image = sim.catalogue.images[spec.image]!;
  const app = sim.catalogue.apps[image.app]!;
  const sandbox = runtime.sandboxMemoryBytes.value;
  const plan: PlannedPhase[] = [];
  if (needsPull) plan.push({ name: 'pull', kind: 'pull', amount: 0, memoryAfterBytes: 0 });
  plan.push(createPhase(sim, runtime.create));
  plan.push(timed(sim, 'runtime start', runtime.start, 1, sandbox));
  // An image for another architecture runs under qemu-user: its init's CPU work is translated.
  plan.push(timed(sim, APP_INIT_PHASE, app.init, (1 + runtimeCosts(runtime, spec).syscallOverhead.value) * emulationFactor(sim, spec), sandbox));
  return plan;
}

/**
 * The engine's create: its serialised part is served by the daemon (engine/daemon.ts), the
 * rest is CPU work that runs in parallel. Alone it takes the cited create time either way.
 */
function createPhase(sim: Simulation, def: PhaseDef): PlannedPhase {
  const total = timed(sim, 'create', def, 1, 0);
  const serial = Math.min(total.amount, Math.round(daemonSerialMs(sim)));
  if (serial <= 0) return total;
  const rest = total.amount - serial;
  return rest > 0
    ? { name: 'create', kind: 'daemon', amount: serial, then: [{ kind: 'cpu', amount: rest }], memoryAfterBytes: 0 }
    : { name: 'create', kind: 'daemon', amount: serial, memoryAfterBytes: 0 };
}

export function containerAppMemory(sim: Simulation, spec: ContainerSpec): number {
  const image = sim.catalogue.images[spec.image]!;
  return sim.catalogue.apps[image.app]?.memoryBytes.value ?? 0;
}
