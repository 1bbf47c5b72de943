import type { ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import type { OverlayEvent } from '../unionfs/index';
import { writeFile as overlayWrite, deleteFile as overlayDelete } from '../unionfs/index';
import { emit } from './emit';
import { layerIndex } from './catalogue-index';

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
  const result = overlayWrite(inst.upper, layerIndex(sim.catalogue), path, sizeBytes);
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
  const result = overlayDelete(inst.upper, layerIndex(sim.catalogue), path);
  if (!result.ok) {
    emit(sim, 'action/rejected', name, cause, { action: 'instance/delete-file', reason: result.error });
    return { ok: false, reason: result.error };
  }
  inst.diskBytes = result.upperBytes;
  logOverlayEvents(sim, name, cause, result.events, inst.diskBytes);
  return { ok: true };
}
