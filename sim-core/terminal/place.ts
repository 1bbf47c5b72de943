/** The shell a command runs in: the host, a VM (over SSH), or a container (docker exec). */
import type { Simulation } from '../engine/state';
import { normalizePath, type OverlayState } from '../unionfs/index';
import type { ProcessView } from '../namespaces/view';
import { containerIdOf, inspectHost, inspectInstance } from '../engine/inspect';
import { identityOf, type PlaceIdentity, type ShellUser } from '../engine/identity';
import { containerMemory, kernelMemory, type KernelMemory } from '../engine/meminfo';
import { vmNetwork } from '../engine/addresses';
import type { CommandResult, Where } from './types';
import { fail } from './types';
import { extraHostsOf, type HostEntry } from './extra-hosts';
import { containerResolvConf } from './resolv-conf';

/** The simulated host's router: its default gateway and, by DHCP, its DNS server. */
const HOST_ROUTER = '192.168.1.1';

export interface Place {
  where: Where;
  kind: 'host' | 'vm' | 'container';
  view: ProcessView;
  /** Hostname, user, shell, prompt and userland of this place (engine/identity.ts). */
  identity: PlaceIdentity;
  user: ShellUser;
  /** The home directory, where relative paths start. */
  cwd: string;
  /** What /proc/meminfo holds there; null where there is none (Windows). */
  memory: KernelMemory | null;
  /** The default gateway (a VM's network), where the model knows it. */
  gateway: string | null;
  /** A container's overlay (its merged filesystem); null on a host or VM (not modelled). */
  overlay: OverlayState | null;
  /** A container in its kernel's network namespace (`--network host`): its /etc/hosts is the host's copy. */
  sharesHostNetwork: boolean;
  /** A container's `--add-host` entries (/etc/hosts, read before DNS). */
  extraHosts?: readonly HostEntry[];
  /** A container's /etc/resolv.conf as Docker writes it; null where the model does not know it. */
  resolvConf?: string | null;
  /** Set when the command is exec'd directly (`docker exec`): true with a terminal (-t), false without; absent: typed into a shell. */
  tty?: boolean;
  /**
   * The texts of files this terminal wrote here (`echo hi > /tmp/x`), by absolute path: the
   * engine keeps each file's size, the terminal session the words it wrote.
   */
  fileTexts?: Readonly<Record<string, string>>;
}

function identity(sim: Simulation, where: Where): PlaceIdentity {
  return identityOf(where, (n) => sim.state.instances[n]?.spec, sim.scenario.host.os, sim.catalogue);
}

/** The place, or the error a shell there would answer with when it is not running. */
export function placeOf(sim: Simulation, where: Where): Place | CommandResult {
  if (where === 'host') {
    const id = identity(sim, 'host');
    const memory = sim.scenario.host.os === 'windows' ? null : kernelMemory(sim, 'host');
    return { where, kind: 'host', view: inspectHost(sim), identity: id, user: id.user, cwd: id.cwd, memory, gateway: HOST_ROUTER, overlay: null, sharesHostNetwork: false };
  }
  const inst = sim.state.instances[where];
  if (!inst) return fail(`Error: No such container or VM: ${where}`, 1);
  const up = inst.state === 'running' || inst.state === 'booting';
  const id = identity(sim, where);
  if (inst.spec.kind === 'vm') {
    if (inst.state !== 'running') return fail(`ssh: connect to host ${where} port 22: Connection refused`, 255);
    const gateway = vmNetwork(sim, inst.spec)?.gateway ?? null;
    return { where, kind: 'vm', view: inspectInstance(sim, where)!, identity: id, user: id.user, cwd: id.cwd, memory: kernelMemory(sim, where), gateway, overlay: null, sharesHostNetwork: false };
  }
  if (!up) return fail(`Error response from daemon: container ${containerIdOf(where)} is not running`, 1);
  // -w: the container's processes, and a shell docker exec starts there, begin in the working directory.
  // The kernel's getcwd: -w /path/to/dir/ is /path/to/dir in the container.
  const cwd = inst.spec.workdir !== undefined ? normalizePath(inst.spec.workdir) : id.cwd;
  return { where, kind: 'container', view: inspectInstance(sim, where)!, identity: id, user: id.user, cwd, memory: containerMemory(sim, inst), gateway: '172.17.0.1', overlay: inst.upper, sharesHostNetwork: inst.spec.share.includes('net'), extraHosts: extraHostsOf(inst.spec), resolvConf: containerResolvConf(inst.spec, HOST_ROUTER) };
}

export function isPlace(p: Place | CommandResult): p is Place {
  return 'view' in p;
}
