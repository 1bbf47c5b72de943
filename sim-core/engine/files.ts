import type { ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import type { OverlayEvent, OverlayState } from '../unionfs/index';
import { writeFile as overlayWrite, deleteFile as overlayDelete } from '../unionfs/index';
import { emit } from './emit';
import { layerIndex } from './catalogue-index';
import { touch } from './changes';

/** The overlay to write to: a copy, since a record's overlay is replaced, never mutated (snapshots share it). */
function writableOverlay(o: Readonly<OverlayState>): OverlayState {
  return { lowerLayerIds: o.lowerLayerIds, upper: { ...o.upper }, whiteouts: { ...o.whiteouts }, opaqueDirs: { ...o.opaqueDirs } };
}

function logOverlayEvents(sim: Simulation, name: string, cause: string, events: OverlayEvent[], diskBytes: number): void {
  for (const e of events) {
    switch (e.kind) {
      case 'copy-up': emit(sim, 'fs/copied-up', name, cause, { path: e.path, bytes: e.bytes, fromLayer: e.fromLayer }); break;
      case 'write': emit(sim, 'fs/written', name, cause, { path: e.path, bytes: e.bytes, diskBytes }); break;
      case 'whiteout': emit(sim, 'fs/whiteout', name, cause, { path: e.path }); break;
      case 'remove': emit(sim, 'fs/deleted', name, cause, { path: e.path }); break;
      case 'opaque-dir': emit(sim, 'fs/opaque-dir', name, cause, { path: e.path }); break;
    }
  }
}

/**
 * A write. In a container it lands in the writable layer of its overlay; a file that lives in
 * a lower layer is copied up whole first. In a VM the thin disk file grows.
 */
export function writeFile(sim: Simulation, inst: InstanceRecord, path: string, sizeBytes: number, cause: string): ActionResult {
  const name = inst.spec.name;
  const stream = inst.spec.kind === 'container' ? sim.catalogue.images[inst.spec.image]?.stdioLinks?.[path] : undefined;
  touch(sim, inst);
  if (stream) {
    // The path is a link to the container's stdout/stderr: Docker's json-file log takes it.
    inst.logBytes += sizeBytes;
    emit(sim, 'container/logged', name, cause, { path, stream: stream === '/dev/stdout' ? 'stdout' : 'stderr', bytes: sizeBytes, logBytes: inst.logBytes });
    return { ok: true };
  }
  if (!inst.upper) {
    inst.diskBytes += sizeBytes;
    emit(sim, 'disk/written', name, cause, { path, bytes: sizeBytes, diskBytes: inst.diskBytes });
    return { ok: true };
  }
  const upper = writableOverlay(inst.upper);
  const result = overlayWrite(upper, layerIndex(sim.catalogue), path, sizeBytes);
  inst.upper = upper;
  inst.diskBytes = result.upperBytes;
  logOverlayEvents(sim, name, cause, result.events, inst.diskBytes);
  return { ok: true };
}

/** A delete. A file from a lower layer is hidden by a whiteout; the lower layer is untouched. */
export function deleteFile(sim: Simulation, inst: InstanceRecord, path: string, cause: string): ActionResult {
  const name = inst.spec.name;
  if (!inst.upper) {
    emit(sim, 'disk/deleted', name, cause, { path });
    return { ok: true };
  }
  const upper = writableOverlay(inst.upper);
  const result = overlayDelete(upper, layerIndex(sim.catalogue), path);
  if (!result.ok) {
    emit(sim, 'action/rejected', name, cause, { action: 'instance/delete-file', reason: result.error });
    return { ok: false, reason: result.error };
  }
  touch(sim, inst);
  inst.upper = upper;
  inst.diskBytes = result.upperBytes;
  logOverlayEvents(sim, name, cause, result.events, inst.diskBytes);
  return { ok: true };
}
