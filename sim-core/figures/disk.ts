/**
 * The host's disk, in one breakdown that the board, the "Layers & disk" view, the disk chart
 * and the runner's report all read: image layers (each once, however many images and
 * containers share it), layers being pulled, containers' writable layers, VM disk files (with
 * the Vagrant boxes they were copied from, each once: engine/vm-image.ts, and a suspended VM's
 * state file) and container logs. The host's own OS is not counted (spec: `host.diskUsedBytes`).
 *
 * During a pull, what is on disk is what Docker has written so far: each layer downloads
 * into a temporary file (moby's pull_v2.go writes it to a `GetImageBlob` temp file), which
 * is unpacked into the layer store once complete and deleted once the layer is registered.
 * So a downloading layer takes the compressed bytes received so far; an extracting one its
 * whole compressed file plus what is unpacked so far; a present one its unpacked size.
 */
import type { LayerDef } from '../catalogue/types';
import type { InstanceRecord, LayerOnHost, Simulation } from '../engine/state';
import { phaseJobOf } from '../engine/board-index';
import { copiesImage, imageBytes, IMAGE_COPY_PHASE } from '../engine/vm-image';
import { layerIndex } from '../engine/catalogue-index';

/** How many names of a layer's containers the breakdown carries. */
export const USED_BY_NAMES = 8;

export type LayerDiskState = 'downloading' | 'extracting' | 'present';

export interface DiskLayer {
  id: string;
  /** The Dockerfile step that made it. */
  createdBy: string;
  state: LayerDiskState;
  /** What it takes on disk now. */
  bytes: number;
  /** Its size once unpacked. */
  sizeBytes: number;
  /** Images of the board's containers that contain it. */
  images: string[];
  /** How many containers stand on it (0: kept from an earlier container, as `docker rm` leaves images). */
  users: number;
  /** The first of them by name, at most USED_BY_NAMES (the page gets this every frame). */
  usedBy: string[];
}

export interface HostDiskBreakdown {
  /** Image layers unpacked in the image store, each once. */
  imagesBytes: number;
  /** Layers being pulled: compressed bytes received so far, plus what is unpacked of those being extracted. */
  pullingBytes: number;
  /** Containers' writable layers (a container in a VM writes inside the VM's disk file). */
  writableBytes: number;
  /** VM disk files as allocated (a copy in progress as far as it has got), and the boxes they were copied from, once each. */
  vmDisksBytes: number;
  /** Container logs (Docker's json-file under /var/lib/docker/containers): writes to paths the image links to stdout/stderr. */
  logsBytes: number;
  /** All of the above: the spec's `host.diskUsedBytes`. */
  totalBytes: number;
  /** The unpacked layers the board's containers stand on, each once (layers still being pulled are not counted). */
  layersInUseBytes: number;
  /** The same if every container had its own copy of its image's unpacked layers. */
  layersIfUnsharedBytes: number;
  /** Layers in the store or on their way, biggest first. */
  layers: DiskLayer[];
  writable: Array<{ name: string; bytes: number; in: string }>;
  vmDisks: Array<{ name: string; bytes: number }>;
}

/** Bytes of a layer's job done by now: its download on the network, or its unpacking on the disk. */
function progressBytes(sim: Simulation, def: LayerDef, kind: 'layer' | 'extract', total: number): number {
  const r = kind === 'layer' ? sim.state.net : sim.state.disk;
  const job = r.jobs.find((j) => j.owner.kind === kind && j.owner.layerId === def.id && !r.cancelled[j.id]);
  if (!job) return total;
  const vNow = r.v + r.rate * (sim.state.nowMs - r.lastMs);
  return Math.max(0, Math.min(total, Math.floor(total - (job.vFinish - vNow))));
}

/** Bytes of a VM's image copy written so far (engine/vm-image.ts); 0 when it is not copying. */
function copiedSoFar(sim: Simulation, inst: InstanceRecord): number {
  if (inst.imageCopied || inst.state !== 'booting') return 0;
  const phase = inst.plan[inst.phaseIndex];
  if (!phase || phase.name !== IMAGE_COPY_PHASE) return 0;
  const r = sim.state.disk;
  const job = phaseJobOf(r, inst.spec.name, inst.gen);
  if (!job || r.cancelled[job.id]) return 0;
  const vNow = r.v + r.rate * (sim.state.nowMs - r.lastMs);
  return Math.max(0, Math.min(phase.amount, Math.floor(phase.amount - (job.vFinish - vNow))));
}

/** Bytes of a VM's state file written so far while it is being suspended; 0 otherwise. */
function stateWrittenSoFar(sim: Simulation, inst: InstanceRecord): number {
  if (!inst.suspending) return 0;
  const r = sim.state.disk;
  const job = phaseJobOf(r, inst.spec.name, inst.gen);
  if (!job || r.cancelled[job.id]) return 0;
  const vNow = r.v + r.rate * (sim.state.nowMs - r.lastMs);
  const total = inst.suspending.bytes;
  return Math.max(0, Math.min(total, Math.floor(total - (job.vFinish - vNow))));
}

/** What a layer takes on the host's disk now (see the module comment). */
function layerBytesNow(sim: Simulation, def: LayerDef, layer: LayerOnHost): number {
  const size = def.sizeBytes.value;
  if (layer.state === 'present') return size;
  if (layer.state === 'downloading') return progressBytes(sim, def, 'layer', def.compressedBytes.value);
  return def.compressedBytes.value + progressBytes(sim, def, 'extract', size);
}

/**
 * One image's layers as the board's containers stand on them, worked out at its first
 * container: a fleet of thousands of containers of a few images costs a few lookups each.
 */
interface ImageUse {
  /** Its layers' rows, in the image's order (layers not on the host left out). */
  rows: DiskLayer[];
  /** Its present layers' bytes: what each container would take with its own copy. */
  presentBytes: number;
  /** Bytes of its present layers no image seen before stands on. */
  newlyStoodOnBytes: number;
  /** Containers of it so far. */
  containers: number;
  /** Whether one of its rows still names fewer than USED_BY_NAMES containers. */
  naming: boolean;
}

function firstUse(sim: Simulation, image: string, rows: Record<string, DiskLayer>, stoodOn: Record<string, true>): ImageUse {
  const use: ImageUse = { rows: [], presentBytes: 0, newlyStoodOnBytes: 0, containers: 0, naming: true };
  for (const l of sim.catalogue.images[image]!.layers) {
    const row = rows[l.id];
    if (!row) continue;
    use.rows.push(row);
    if (!row.images.includes(image)) row.images.push(image);
    if (row.state !== 'present') continue;
    use.presentBytes += row.bytes;
    if (!stoodOn[l.id]) {
      stoodOn[l.id] = true;
      use.newlyStoodOnBytes += row.bytes;
    }
  }
  return use;
}

/** Adds a container's name to its layers' first names; whether any of them has room for more. */
function nameUser(rows: DiskLayer[], name: string): boolean {
  let room = false;
  for (const row of rows) {
    if (row.usedBy.length < USED_BY_NAMES) row.usedBy.push(name);
    if (row.usedBy.length < USED_BY_NAMES) room = true;
  }
  return room;
}

/** The host's disk now, broken down (see the module comment). */
export function hostDisk(sim: Simulation): HostDiskBreakdown {
  const s = sim.state;
  const defs = layerIndex(sim.catalogue);
  const rows: Record<string, DiskLayer> = {};
  let imagesBytes = 0;
  let pullingBytes = 0;
  for (const id of Object.keys(s.layers).sort()) {
    const layer = s.layers[id]!;
    if (layer.state === 'absent') continue;
    const def = defs[id]!;
    const bytes = layerBytesNow(sim, def, layer);
    if (layer.state === 'present') imagesBytes += bytes;
    else pullingBytes += bytes;
    rows[id] = { id, createdBy: def.createdBy, state: layer.state, bytes, sizeBytes: def.sizeBytes.value, images: [], users: 0, usedBy: [] };
  }

  const writable: HostDiskBreakdown['writable'] = [];
  const vmDisks: HostDiskBreakdown['vmDisks'] = [];
  const stoodOn: Record<string, true> = {};
  const byImage = new Map<string, ImageUse>();
  const boxes: Record<string, number> = {};
  let layersInUseBytes = 0;
  let layersIfUnsharedBytes = 0;
  for (const name of s.order) {
    const inst = s.instances[name]!;
    const spec = inst.spec;
    if (spec.kind === 'vm') {
      vmDisks.push({ name, bytes: inst.diskBytes + copiedSoFar(sim, inst) });
      // A suspended VirtualBox VM's memory in its state file (engine/suspend.ts), as far as it is written.
      const saved = inst.savedStateBytes + stateWrittenSoFar(sim, inst);
      if (saved > 0) vmDisks.push({ name: `${name} (saved state)`, bytes: saved });
      // The box it is (or was) copied from stays on the host, once per box.
      if (copiesImage(spec) && !boxes[spec.os]) boxes[spec.os] = imageBytes(sim, spec);
      continue;
    }
    writable.push({ name, bytes: inst.diskBytes, in: spec.in ?? 'host' });
    let use = byImage.get(spec.image);
    if (!use) {
      use = firstUse(sim, spec.image, rows, stoodOn);
      layersInUseBytes += use.newlyStoodOnBytes;
      byImage.set(spec.image, use);
    }
    use.containers++;
    layersIfUnsharedBytes += use.presentBytes;
    if (use.naming) use.naming = nameUser(use.rows, name);
  }
  for (const use of byImage.values()) for (const row of use.rows) row.users += use.containers;
  for (const os of Object.keys(boxes).sort()) vmDisks.push({ name: `${os} (box)`, bytes: boxes[os]! });
  const sum = (items: ReadonlyArray<{ bytes: number }>): number => items.reduce((t, i) => t + i.bytes, 0);
  const writableBytes = sum(writable);
  const vmDisksBytes = sum(vmDisks);
  let logsBytes = 0;
  for (const name of s.order) logsBytes += s.instances[name]!.logBytes;
  return {
    imagesBytes,
    pullingBytes,
    writableBytes,
    vmDisksBytes,
    logsBytes,
    totalBytes: imagesBytes + pullingBytes + writableBytes + vmDisksBytes + logsBytes,
    layersInUseBytes,
    layersIfUnsharedBytes,
    layers: Object.values(rows).sort((a, b) => b.bytes - a.bytes || (a.id < b.id ? -1 : 1)),
    writable,
    vmDisks,
  };
}
