import type { InstanceView } from '@utsuwa/sim-core';

/**
 * Disk use on the host, with image layers counted once. Each container adds only its
 * writable (upper) layer; the read-only image layers it stands on are stored once, however
 * many containers — or images — share them. VMs each have their own disk image.
 */

/** What the disk chart reads of the catalogue's images (an ImageDef fits). */
export interface ImageLayersLike {
  layers: ReadonlyArray<{ id: string; createdBy?: string; sizeBytes: { value: number } }>;
}

export type DiskInstance = Pick<InstanceView, 'name' | 'kind' | 'state' | 'diskBytes' | 'software'> & {
  /** The phase in progress: a container still in `pull` has not all its layers yet. */
  phase?: string | null;
};

export interface SharedLayer {
  id: string;
  createdBy: string;
  bytes: number;
  /** Image refs on the board that contain the layer. */
  images: string[];
  /** Containers that stand on it. */
  usedBy: string[];
}

export interface DiskUsage {
  /** Image layers on disk, once each, biggest first. */
  layers: SharedLayer[];
  /** Containers' writable layers. */
  writable: Array<{ name: string; bytes: number }>;
  /** VMs' disk images. */
  vmDisks: Array<{ name: string; bytes: number }>;
  layerBytes: number;
  writableBytes: number;
  vmDiskBytes: number;
  /** Used on the host but not by the instances shown (images cached before the run). */
  otherBytes: number;
  /** What all of it takes: layers once + writable + VM disks + other. */
  totalBytes: number;
  /** What the containers would take if each had its own copy of its image. */
  withoutSharingBytes: number;
}

/** A container's layers are on disk once it has started and got past pulling. */
function hasItsLayers(inst: DiskInstance): boolean {
  return inst.state !== 'created' && !(inst.state === 'booting' && inst.phase === 'pull');
}

export function computeDiskUsage(
  instances: readonly DiskInstance[],
  images: Readonly<Record<string, ImageLayersLike>>,
  hostDiskUsedBytes?: number,
): DiskUsage {
  const layers = new Map<string, SharedLayer>();
  const writable: DiskUsage['writable'] = [];
  const vmDisks: DiskUsage['vmDisks'] = [];
  let withoutSharingBytes = 0;
  for (const inst of instances) {
    if (inst.kind === 'vm') {
      vmDisks.push({ name: inst.name, bytes: inst.diskBytes });
      continue;
    }
    writable.push({ name: inst.name, bytes: inst.diskBytes });
    const image = images[inst.software];
    if (!image || !hasItsLayers(inst)) continue;
    for (const layer of image.layers) {
      let shared = layers.get(layer.id);
      if (!shared) {
        shared = { id: layer.id, createdBy: layer.createdBy ?? '', bytes: layer.sizeBytes.value, images: [], usedBy: [] };
        layers.set(layer.id, shared);
      }
      if (!shared.images.includes(inst.software)) shared.images.push(inst.software);
      shared.usedBy.push(inst.name);
      withoutSharingBytes += layer.sizeBytes.value;
    }
  }
  const sum = (items: Array<{ bytes: number }>) => items.reduce((s, i) => s + i.bytes, 0);
  const layerList = [...layers.values()].sort((a, b) => b.bytes - a.bytes || (a.id < b.id ? -1 : 1));
  const layerBytes = sum(layerList);
  const writableBytes = sum(writable);
  const vmDiskBytes = sum(vmDisks);
  const counted = layerBytes + writableBytes + vmDiskBytes;
  const otherBytes = hostDiskUsedBytes === undefined ? 0 : Math.max(0, hostDiskUsedBytes - counted);
  return {
    layers: layerList,
    writable,
    vmDisks,
    layerBytes,
    writableBytes,
    vmDiskBytes,
    otherBytes,
    totalBytes: counted + otherBytes,
    withoutSharingBytes: withoutSharingBytes + writableBytes,
  };
}

/** Bytes an instance takes on its own plus the image it shares (for the comparison table). */
export function imageShareOf(inst: DiskInstance, usage: DiskUsage): { ownBytes: number; sharedImageBytes: number } {
  const sharedImageBytes = usage.layers.filter((l) => l.usedBy.includes(inst.name)).reduce((s, l) => s + l.bytes, 0);
  return { ownBytes: inst.diskBytes, sharedImageBytes };
}
