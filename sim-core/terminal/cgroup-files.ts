/**
 * The cgroup v2 files a container's limits and usage are read from, where a learner looks for
 * them: inside the container at /sys/fs/cgroup/ (its own cgroup namespace makes its cgroup the
 * root), and on the kernel it runs on at /sys/fs/cgroup/system.slice/docker-<ID>.scope/ (Docker's
 * systemd cgroup driver). `docker run --memory 256m` is `memory.max` 268435456 in both; what the
 * engine charges the container is `memory.current`, the figure `docker stats` shows.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf, inspectInstance } from '../engine/inspect';
import { dockerCgroupPath } from '../namespaces/view';
import type { Place } from './place';

const PAGE = 4096;

/** The container a cgroup directory belongs to, as seen from `place`; null when it is none. */
function cgroupOwner(sim: Simulation, place: Place, dir: string): string | null {
  if (place.kind === 'container') {
    // cgroupns=private: the container's own cgroup is the root it sees.
    return dir === '/sys/fs/cgroup' && !place.view.cgroup.startsWith('0::/system.slice') ? place.where : null;
  }
  const m = /^\/sys\/fs\/cgroup(\/system\.slice\/docker-([0-9a-f]{64})\.scope)$/.exec(dir);
  if (!m) return null;
  const kernel = place.view.kernel;
  for (const name of sim.state.order) {
    const spec = sim.state.instances[name]!.spec;
    if (spec.kind === 'container' && (spec.in ?? 'host') === kernel && dockerCgroupPath(containerIdOf(name)) === m[1]) return name;
  }
  return null;
}

/** Every file of a container's cgroup this terminal can read, with its text. */
function cgroupFiles(sim: Simulation, name: string): Record<string, string> | null {
  const inst = sim.state.instances[name]!;
  const view = inspectInstance(sim, name);
  if (!view || (inst.state !== 'running' && inst.state !== 'booting')) return null;
  const current = Math.ceil(inst.memoryBytes / PAGE) * PAGE;
  return {
    ...view.cgroupFiles,
    'memory.current': String(current),
    'pids.current': String(view.processes.length),
    'cgroup.procs': view.processes.map((p) => p.hostPid).join('\n'),
  };
}

/** The text of a cgroup file for `place`, or null when `path` is not one. */
export function cgroupFileText(sim: Simulation, place: Place, path: string): string | null {
  const slash = path.lastIndexOf('/');
  const owner = cgroupOwner(sim, place, path.slice(0, slash));
  if (owner === null) return null;
  const text = cgroupFiles(sim, owner)?.[path.slice(slash + 1)];
  if (text === undefined) return null;
  // Inside its own PID namespace the container's processes have its PIDs.
  if (path.endsWith('/cgroup.procs') && place.kind === 'container') return inspectInstance(sim, owner)!.processes.map((p) => p.pid).join('\n');
  return text;
}

/** The names in a container's cgroup directory (`ls /sys/fs/cgroup`), or null when `dir` is not one. */
export function cgroupDirListing(sim: Simulation, place: Place, dir: string): string[] | null {
  const owner = cgroupOwner(sim, place, dir.replace(/\/$/, ''));
  if (owner === null) return null;
  return Object.keys(cgroupFiles(sim, owner) ?? {}).sort();
}
