/**
 * Layers and disks as a learner looks at them: a container's union filesystem as the
 * textbook draws it (its writable layer on top of the image's read-only layers), a VM's
 * disk image growing, and the host's disk with shared layers counted once.
 */
import type { LayerFile } from '../catalogue/types';
import type { LogEntry } from '../engine/log';
import type { Simulation } from '../engine/state';
import { layerIndex } from '../engine/catalogue-index';
import { resolvePath } from '../unionfs/index';
import { hostDisk, type HostDiskBreakdown } from '../figures/index';

/** How a read-only layer's file looks in the container's merged view. */
export type LowerFileStatus =
  /** Seen as is, from this layer. */
  | 'visible'
  /** A copy in the writable layer (a copy-up or a new write) hides it. */
  | 'copied-up'
  /** A higher read-only layer has its own version. */
  | 'overridden'
  /** Deleted in the container: a whiteout in the writable layer hides it. */
  | 'whiteout';

export interface LowerFileRow extends LayerFile {
  status: LowerFileStatus;
}

export interface ReadOnlyLayerRow {
  id: string;
  createdBy: string;
  sizeBytes: number;
  files: LowerFileRow[];
  /** Other containers on the same kernel (the same image store) that stack this layer. */
  sharedWith: string[];
}

export interface WritableFileRow {
  path: string;
  sizeBytes: number;
  /** The read-only layer it was copied up from, or null for a file the container created. */
  copiedUpFrom: string | null;
}

/** One change of the writable layer, from the log, oldest first. */
export interface LayerChange {
  atMs: number;
  type: 'copied-up' | 'written' | 'whiteout' | 'deleted' | 'opaque-dir';
  path: string;
  bytes: number | null;
  fromLayer: string | null;
}

export interface LayerStackView {
  name: string;
  image: string;
  /** The writable (upper) layer; null when no overlay could be mounted (too many layers). */
  writable: { sizeBytes: number; files: WritableFileRow[]; whiteouts: string[]; opaqueDirs: string[] } | null;
  /** The image's read-only layers, top first (as drawn: under the writable layer). */
  readOnly: ReadOnlyLayerRow[];
  changes: LayerChange[];
}

/** The writable layer's history for one container, from the event log. */
export function layerChanges(log: readonly LogEntry[], name: string): LayerChange[] {
  const out: LayerChange[] = [];
  for (const e of log) {
    if (e.subject !== name) continue;
    const at = { atMs: e.atMs, bytes: null, fromLayer: null };
    switch (e.type) {
      case 'fs/copied-up': out.push({ ...at, type: 'copied-up', path: e.data.path, bytes: e.data.bytes, fromLayer: e.data.fromLayer }); break;
      case 'fs/written': out.push({ ...at, type: 'written', path: e.data.path, bytes: e.data.bytes }); break;
      case 'fs/whiteout': out.push({ ...at, type: 'whiteout', path: e.data.path }); break;
      case 'fs/deleted': out.push({ ...at, type: 'deleted', path: e.data.path }); break;
      case 'fs/opaque-dir': out.push({ ...at, type: 'opaque-dir', path: e.data.path }); break;
      default: break;
    }
  }
  return out;
}

/** The layer stack of container `name`; null for a VM or an unknown name. */
export function containerLayerStack(sim: Simulation, name: string): LayerStackView | null {
  const inst = sim.state.instances[name];
  if (!inst || inst.spec.kind !== 'container') return null;
  const spec = inst.spec;
  const layers = layerIndex(sim.catalogue);
  const image = sim.catalogue.images[spec.image]!;
  const overlay = inst.upper;
  const changes = layerChanges(sim.state.log, name);
  const where = spec.in ?? 'host';
  const peers = sim.state.order.map((n) => sim.state.instances[n]!)
    .filter((o) => o.spec.kind === 'container' && o.spec.name !== name && (o.spec.in ?? 'host') === where);

  const readOnly: ReadOnlyLayerRow[] = image.layers.map((layer) => ({
    id: layer.id,
    createdBy: layer.createdBy,
    sizeBytes: layer.sizeBytes.value,
    files: layer.files.map((f) => ({ ...f, status: lowerStatus(f.path, layer.id) })),
    sharedWith: peers.filter((o) => o.spec.kind === 'container' && sim.catalogue.images[o.spec.image]!.layers.some((l) => l.id === layer.id)).map((o) => o.spec.name),
  })).reverse();

  function lowerStatus(path: string, layerId: string): LowerFileStatus {
    if (!overlay) return 'visible';
    const r = resolvePath(overlay, layers, path);
    if (!r.found) return r.hiddenBy ? 'whiteout' : 'visible';
    if (r.source === 'upper') return 'copied-up';
    return r.source.layerId === layerId ? 'visible' : 'overridden';
  }

  let writable: LayerStackView['writable'] = null;
  if (overlay) {
    // The last copy-up of each path names its source layer (a later write keeps the copy).
    const copiedFrom: Record<string, string> = {};
    for (const c of changes) {
      if (c.type === 'copied-up' && c.fromLayer) copiedFrom[c.path] = c.fromLayer;
      else if (c.type === 'deleted' || c.type === 'whiteout') delete copiedFrom[c.path];
    }
    const files = Object.keys(overlay.upper).sort().map((path) => ({ path, sizeBytes: overlay.upper[path]!, copiedUpFrom: copiedFrom[path] ?? null }));
    writable = {
      sizeBytes: inst.diskBytes,
      files,
      whiteouts: Object.keys(overlay.whiteouts).sort(),
      opaqueDirs: Object.keys(overlay.opaqueDirs).sort(),
    };
  }
  return { name, image: spec.image, writable, readOnly, changes };
}

/** A VM's disk image over time: its size at the start, then after each write (from the log). */
export function vmDiskHistory(log: readonly LogEntry[], name: string, initialBytes: number): Array<{ atMs: number; diskBytes: number }> {
  const points = [{ atMs: 0, diskBytes: initialBytes }];
  for (const e of log) {
    if (e.type === 'disk/written' && e.subject === name) {
      points.push({ atMs: e.atMs, diskBytes: e.data.diskBytes });
    }
  }
  return points;
}

export interface VmDiskView {
  name: string;
  os: string;
  /** Allocated size of the disk file now (a thin image grows as the guest writes). */
  diskBytes: number;
  /** Its configured virtual size. */
  virtualBytes: number;
  history: Array<{ atMs: number; diskBytes: number }>;
}

export function vmDiskView(sim: Simulation, name: string): VmDiskView | null {
  const inst = sim.state.instances[name];
  if (!inst || inst.spec.kind !== 'vm') return null;
  const initial = sim.catalogue.guestOses[inst.spec.os]!.diskBytes.value;
  return { name, os: inst.spec.os, diskBytes: inst.diskBytes, virtualBytes: inst.spec.diskBytes, history: vmDiskHistory(sim.state.log, name, initial) };
}

/** The host's disk: the one breakdown (figures/disk.ts) the board and the disk chart read too. */
export type HostDiskView = HostDiskBreakdown;

export function hostDiskView(sim: Simulation): HostDiskView {
  return hostDisk(sim);
}
