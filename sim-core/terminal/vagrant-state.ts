/**
 * What `vagrant` knows of its machines: which VirtualBox VMs on the board are its machines,
 * their state as `vagrant status` names it, each machine's box (from an imported Vagrantfile,
 * else the box `vagrant init` gives its guest OS) and provisioners, and the machine index ids.
 */
import type { Simulation } from '../engine/state';
import type { VagrantProvisioner } from '../import/vagrantfile';
import { BOX_FOR_OS } from '../vm-tools/boxes';
import type { CommandResult } from './types';
import { fail } from './types';

/** A box's version as Vagrant Cloud published it (seen in real `vagrant up` output); 0 when unknown, as Vagrant lists a box added without metadata. */
const BOX_VERSIONS: Record<string, string> = {
  'ubuntu/jammy64': '20240126.0.0',
  'debian/bookworm64': '12.20250126.1',
};

export function boxVersion(box: string): string {
  return BOX_VERSIONS[box] ?? '0';
}

export function machines(sim: Simulation): string[] {
  return sim.state.order.filter((n) => {
    const s = sim.state.instances[n]!.spec;
    return s.kind === 'vm' && s.profile === 'virtualbox';
  });
}

/** The states `vagrant status` prints for VirtualBox (saving: while the state file is written). */
export type MachineState = 'not created' | 'running' | 'poweroff' | 'saving' | 'saved' | 'other';

export function machineState(sim: Simulation, name: string): MachineState {
  const inst = Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name] : undefined;
  if (!inst) return 'not created';
  if (inst.spec.kind !== 'vm' || inst.spec.profile !== 'virtualbox') return 'other';
  // On the board but never started (an autostart: false machine): Vagrant has not created it yet.
  if (inst.state === 'created') return 'not created';
  if (inst.suspending) return 'saving';
  if (inst.state === 'saved') return 'saved';
  if (inst.state === 'running' || inst.state === 'booting') return 'running';
  return 'poweroff';
}

export function notOurs(name: string): CommandResult {
  return fail(`The machine with the name '${name}' was not found configured for\nthis Vagrant environment.`, 1);
}

interface VagrantfileFacts {
  machines?: Record<string, { box?: unknown; provisioners?: unknown }>;
}

function facts(sim: Simulation, m: string): { box?: unknown; provisioners?: unknown } | undefined {
  const v = sim.scenario.extensions.vagrantfile as VagrantfileFacts | undefined;
  return v?.machines && Object.hasOwn(v.machines, m) ? v.machines[m] : undefined;
}

/** The machine's box: its Vagrantfile's, else the box `vagrant init` gives its guest OS. */
export function boxOf(sim: Simulation, m: string): string {
  const box = facts(sim, m)?.box;
  if (typeof box === 'string') return box;
  const spec = sim.state.instances[m]?.spec;
  return (spec?.kind === 'vm' ? BOX_FOR_OS[spec.os] : undefined) ?? 'ubuntu/jammy64';
}

/** The machine's provisioners as its Vagrantfile states them (none without an imported Vagrantfile). */
export function provisionersOf(sim: Simulation, m: string): VagrantProvisioner[] {
  const list = facts(sim, m)?.provisioners;
  return Array.isArray(list) ? list.filter((p): p is VagrantProvisioner => typeof (p as VagrantProvisioner | null)?.type === 'string') : [];
}

/** The machine index id (32 hex digits; Vagrant's are random UUIDs, this is a digest of the name). */
export function machineIndexId(name: string): string {
  let out = '';
  let seed = 0x811c9dc5;
  for (let round = 0; round < 4; round++) {
    let h = seed;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
    seed = Math.imul(h ^ (round + 1), 0x01000193) >>> 0;
  }
  return out;
}
