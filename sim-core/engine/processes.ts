import type { InstanceRecord, Simulation } from './state';

/**
 * The processes an instance runs, as `ps` would name them. Derived from what the instance
 * runs, not stored: PIDs are deterministic in the instance's place on the board (a
 * simplification: real PIDs depend on everything the kernel started before; see
 * docs/simplifications.md).
 */

/** What each app's main process and its helpers look like in `ps`. */
const APP_PROCESSES: Record<string, string[]> = {
  nginx: ['nginx: master process nginx -g daemon off;', 'nginx: worker process'],
  redis: ['redis-server *:6379'],
  postgres: ['postgres', 'postgres: checkpointer', 'postgres: background writer', 'postgres: walwriter'],
  python: ['python3'],
  node: ['node'],
  httpd: ['httpd -DFOREGROUND', 'httpd -DFOREGROUND'],
  shell: ['bash'],
};

export function appCommands(appId: string): string[] {
  return APP_PROCESSES[appId] ?? [appId];
}

/** The host kernel's own processes (PID 1 is systemd, as on a Debian or Ubuntu host). */
export const HOST_PROCESSES: Array<{ pid: number; command: string }> = [
  { pid: 1, command: '/sbin/init' },
  { pid: 2, command: '[kthreadd]' },
  { pid: 312, command: '/lib/systemd/systemd-journald' },
  { pid: 745, command: 'sshd: /usr/sbin/sshd -D' },
  { pid: 802, command: '/usr/bin/containerd' },
  { pid: 815, command: '/usr/bin/dockerd -H fd://' },
];

/** A guest's own processes. */
export const GUEST_PROCESSES: Array<{ pid: number; command: string }> = [
  { pid: 1, command: '/sbin/init' },
  { pid: 2, command: '[kthreadd]' },
  { pid: 290, command: '/lib/systemd/systemd-journald' },
  { pid: 612, command: 'sshd: /usr/sbin/sshd -D' },
];

const VMM_COMMANDS: Record<string, string> = {
  'kvm-qemu': 'qemu-system-x86_64 -enable-kvm',
  firecracker: 'firecracker --api-sock /run/firecracker.socket',
  virtualbox: 'VBoxHeadless --startvm',
  hyperv: 'vmmem',
};

const RUNTIME_SHIMS: Record<string, string[]> = {
  runc: ['containerd-shim-runc-v2'],
  gvisor: ['containerd-shim-runsc-v1', 'runsc-sandbox', 'runsc-gofer'],
  kata: ['containerd-shim-kata-v2', 'qemu-system-x86_64 (kata)', 'virtiofsd'],
};

export interface KernelProcess {
  hostPid: number;
  command: string;
  /** Which instance it belongs to (null: the kernel's own). */
  owner: string | null;
  /** PID inside the owner's PID namespace (containers only). */
  pid: number | null;
}

function live(inst: InstanceRecord): boolean {
  return inst.state === 'running' || inst.state === 'booting';
}

function kernelOfProcesses(inst: InstanceRecord): string {
  return inst.spec.kind === 'container' && inst.spec.in ? inst.spec.in : 'host';
}

/** Every process running on a kernel (`host` or a VM's name), with host and inner PIDs. */
export function processesOnKernel(sim: Simulation, kernel: string): KernelProcess[] {
  const out: KernelProcess[] = (kernel === 'host' ? HOST_PROCESSES : GUEST_PROCESSES)
    .map((p) => ({ hostPid: p.pid, command: p.command, owner: null, pid: null }));
  let next = kernel === 'host' ? 2000 : 1000;
  for (const name of sim.state.order) {
    const inst = sim.state.instances[name]!;
    const spec = inst.spec;
    if (kernel !== 'host' && spec.kind === 'vm' && spec.name === kernel && live(inst)) {
      for (const app of spec.apps) for (const c of appCommands(app)) out.push({ hostPid: next++, command: c, owner: null, pid: null });
      continue;
    }
    if (!live(inst)) continue;
    if (spec.kind === 'vm') {
      if (kernel === 'host') out.push({ hostPid: next++, command: `${VMM_COMMANDS[spec.profile] ?? spec.profile} -name ${spec.name}`, owner: name, pid: null });
      continue;
    }
    if (kernelOfProcesses(inst) !== kernel) continue;
    for (const shim of RUNTIME_SHIMS[spec.runtime] ?? []) out.push({ hostPid: next++, command: shim, owner: null, pid: null });
    if (inst.state !== 'running') continue;
    const image = sim.catalogue.images[spec.image]!;
    appCommands(image.app).forEach((command, k) => out.push({ hostPid: next++, command, owner: name, pid: k + 1 }));
  }
  return out;
}
