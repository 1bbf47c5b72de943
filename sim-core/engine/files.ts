import type { ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import { emit } from './emit';

/** The size of `path` in the instance's image layers (topmost wins), or null. */
function lowerFileSize(sim: Simulation, inst: InstanceRecord, path: string): number | null {
  if (inst.spec.kind !== 'container') return null;
  const layers = sim.catalogue.images[inst.spec.image]!.layers;
  for (let i = layers.length - 1; i >= 0; i--) {
    const file = layers[i]!.files.find((f) => f.path === path);
    if (file) return file.sizeBytes;
  }
  return null;
}

function upperTotal(inst: InstanceRecord): number {
  let total = 0;
  for (const size of Object.values(inst.upper!.files)) total += size;
  return total;
}

/**
 * A write. In a container it lands in the writable layer; a file that lives in a lower layer
 * is copied up whole first (overlayfs copy-up). In a VM the thin disk file grows.
 */
export function writeFile(sim: Simulation, inst: InstanceRecord, path: string, sizeBytes: number, cause: string): ActionResult {
  const name = inst.spec.name;
  if (!inst.upper) {
    inst.diskBytes += sizeBytes;
    emit(sim, 'disk/written', name, cause, { path, bytes: sizeBytes, diskBytes: inst.diskBytes });
    return { ok: true };
  }
  const upper = inst.upper;
  if (upper.files[path] === undefined) {
    const lower = upper.whiteouts[path] ? null : lowerFileSize(sim, inst, path);
    if (lower !== null) {
      upper.copiedUpBytes += lower;
      upper.files[path] = lower;
      emit(sim, 'fs/copied-up', name, cause, { path, bytes: lower });
    }
  }
  delete upper.whiteouts[path];
  upper.files[path] = sizeBytes;
  inst.diskBytes = upperTotal(inst);
  emit(sim, 'fs/written', name, cause, { path, bytes: sizeBytes, diskBytes: inst.diskBytes });
  return { ok: true };
}

/** A delete. A file from a lower layer is hidden by a whiteout; the lower layer is untouched. */
export function deleteFile(sim: Simulation, inst: InstanceRecord, path: string, cause: string): ActionResult {
  const name = inst.spec.name;
  if (!inst.upper) {
    emit(sim, 'disk/deleted', name, cause, { path });
    return { ok: true };
  }
  const inUpper = inst.upper.files[path] !== undefined;
  const inLower = !inst.upper.whiteouts[path] && lowerFileSize(sim, inst, path) !== null;
  if (!inUpper && !inLower) {
    emit(sim, 'action/rejected', name, cause, { action: 'instance/delete-file', reason: `rm: cannot remove '${path}': No such file or directory` });
    return { ok: false, reason: `rm: cannot remove '${path}': No such file or directory` };
  }
  delete inst.upper.files[path];
  if (inLower) {
    inst.upper.whiteouts[path] = true;
    emit(sim, 'fs/whiteout', name, cause, { path });
  } else {
    emit(sim, 'fs/deleted', name, cause, { path });
  }
  inst.diskBytes = upperTotal(inst);
  return { ok: true };
}
