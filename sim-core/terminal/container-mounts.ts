/**
 * A container's own mounts (`-v`, `--mount`, `--tmpfs`) and `--read-only` as its shell meets
 * them: `mount` lists them after the runtime's, a write under one goes to the volume, bind
 * or tmpfs (not the writable layer), and a write elsewhere on a read-only root fails with the
 * kernel's EROFS, "Read-only file system".
 */
import type { Simulation } from '../engine/state';
import type { MountSpec } from '../scenario/types';
import type { MountEntry } from '../namespaces/mounts';
import type { Place } from './place';

function specOf(sim: Simulation, place: Place) {
  const spec = place.kind === 'container' ? sim.state.instances[place.where]?.spec : undefined;
  return spec?.kind === 'container' ? spec : undefined;
}

/** The mount a path is under (the deepest), or null: the container's root filesystem. */
export function mountAt(sim: Simulation, place: Place, abs: string): MountSpec | null {
  const mounts = specOf(sim, place)?.mounts ?? [];
  let best: MountSpec | null = null;
  for (const m of mounts) if ((abs === m.target || abs.startsWith(`${m.target.replace(/\/$/, '')}/`)) && (!best || m.target.length > best.target.length)) best = m;
  return best;
}

/** Where a write to `abs` goes: the writable layer, a mount, or nowhere (read-only). */
export function writeTarget(sim: Simulation, place: Place, abs: string): 'layer' | 'mount' | 'read-only' {
  const m = mountAt(sim, place, abs);
  if (m) return m.readOnly ? 'read-only' : 'mount';
  return specOf(sim, place)?.readOnly ? 'read-only' : 'layer';
}

/** The shell's words for EROFS on a redirect: bash's, or BusyBox ash's. */
export function readOnlyError(place: Place, path: string): string {
  return place.identity.shell === 'ash' ? `sh: can't create ${path}: Read-only file system` : `bash: ${path}: Read-only file system`;
}

/** The container's mount table with its own mounts, and its root read-only under --read-only. */
export function withContainerMounts(sim: Simulation, place: Place, mounts: readonly MountEntry[]): MountEntry[] {
  const spec = specOf(sim, place);
  if (!spec) return [...mounts];
  const root = mounts.map((m) => (m.target === '/' && spec.readOnly ? { ...m, options: m.options.replace(/^rw\b/, 'ro') } : m));
  const device = mounts.find((m) => m.target === '/etc/hostname')?.source ?? '/dev/sda1';
  const own = (spec.mounts ?? []).map((m): MountEntry => (m.type === 'tmpfs'
    ? { source: 'tmpfs', target: m.target, fstype: 'tmpfs', options: `${m.readOnly ? 'ro' : 'rw'},nosuid,nodev,noexec,relatime${m.sizeBytes ? `,size=${Math.round(m.sizeBytes / 1024)}k` : ''}` }
    // A volume lives under /var/lib/docker/volumes on the daemon's disk; a bind on the host's: both show that device.
    : { source: device, target: m.target, fstype: 'ext4', options: `${m.readOnly ? 'ro' : 'rw'},relatime` }));
  return [...root, ...own];
}
