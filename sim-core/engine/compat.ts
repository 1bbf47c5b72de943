import type { InstanceSpec } from '../scenario/types';
import type { Simulation } from './state';
import { OVERLAY_MAX_LOWER_LAYERS, MAX_DEPTH_ERROR } from '../unionfs/index';

/** Which kernel family an instance's processes run on: the host's, or its VM's guest. */
export function kernelFamily(sim: Simulation, spec: InstanceSpec): 'linux' | 'windows' {
  if (spec.kind === 'container' && spec.in) {
    const vm = sim.state.instances[spec.in]?.spec;
    if (vm?.kind === 'vm') return sim.catalogue.guestOses[vm.os]!.family;
  }
  return sim.scenario.host.os;
}

/**
 * Why an instance cannot start on this kernel, in the words the real tools use; null when it
 * can. Containers share their kernel, so an image must match it; a VM brings its own.
 */
export function compatibilityError(sim: Simulation, spec: InstanceSpec): string | null {
  const hostOs = sim.scenario.host.os;
  if (spec.kind === 'vm') {
    const profile = sim.catalogue.vmProfiles[spec.profile]!;
    if (!profile.hostOs.includes(hostOs)) {
      if (spec.profile === 'hyperv') return 'Hyper-V is part of Windows: this host runs Linux, use kvm-qemu, firecracker or virtualbox';
      return `${profile.label} needs a Linux host with KVM: "Could not access KVM kernel module: No such file or directory" (this host runs Windows; use hyperv or virtualbox)`;
    }
    return null;
  }
  const image = sim.catalogue.images[spec.image]!;
  const family = kernelFamily(sim, spec);
  if (image.os !== family) {
    const where = spec.in ? `the ${family} kernel of VM ${spec.in}` : `this host's ${family} kernel`;
    return `image operating system "${image.os}" cannot be used on this platform (${spec.image} needs a ${image.os} kernel; containers share ${where})`;
  }
  if (image.layers.length > OVERLAY_MAX_LOWER_LAYERS) {
    return `Error response from daemon: ${MAX_DEPTH_ERROR} (${spec.image} has ${image.layers.length} layers; overlayfs stacks at most ${OVERLAY_MAX_LOWER_LAYERS})`;
  }
  if (family === 'windows' && spec.runtime !== 'runc') {
    return `runtime ${spec.runtime} runs Linux containers only`;
  }
  return null;
}
