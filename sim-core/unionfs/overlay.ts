import type { LayerDef } from '../catalogue/types';
import type { CreateOverlayResult, DeleteResult, DirEntry, OverlayEvent, OverlayState, Resolution, WriteResult } from './types';
import { MAX_DEPTH_ERROR, OVERLAY_MAX_LOWER_LAYERS } from './types';
import { ancestorsOf, isInside, normalizePath } from './paths';
import { isWhiteoutEntry, layerById, resolveLower, resolveNormalized } from './resolve';

/**
 * The overlay operations. `writeFile`, `copyUp`, `deleteFile` and `deleteTree` mutate the
 * overlay in place (hot path: the engine owns the state and clones it only to send it);
 * everything else is pure.
 */

/** A fresh overlay over `lowerLayerIds` (bottom first) with an empty upper layer. */
export function createOverlay(lowerLayerIds: readonly string[]): CreateOverlayResult {
  if (lowerLayerIds.length > OVERLAY_MAX_LOWER_LAYERS) return { ok: false, error: MAX_DEPTH_ERROR };
  return { ok: true, overlay: { lowerLayerIds: [...lowerLayerIds], upper: {}, whiteouts: {}, opaqueDirs: {} } };
}

export function resolvePath(overlay: OverlayState, layers: Record<string, LayerDef>, path: string): Resolution {
  return resolveNormalized(overlay, layers, normalizePath(path));
}

/** The writable layer's size: the container's `diskBytes` (whiteouts hold no data blocks). */
export function upperBytes(overlay: OverlayState): number {
  let total = 0;
  for (const path in overlay.upper) total += overlay.upper[path]!;
  return total;
}

/** Creating something under a deleted directory recreates that directory as opaque. */
function reopenDeletedParents(overlay: OverlayState, path: string, events: OverlayEvent[]): void {
  for (const a of ancestorsOf(path)) {
    if (!overlay.whiteouts[a]) continue;
    delete overlay.whiteouts[a];
    overlay.opaqueDirs[a] = true;
    events.push({ kind: 'opaque-dir', path: a });
  }
}

/** Copies a lower file up whole if the merged view shows it from a lower layer. Returns the bytes copied. */
function copyUpIfLower(overlay: OverlayState, resolution: Resolution, events: OverlayEvent[]): number {
  if (!resolution.found || resolution.source === 'upper') return 0;
  overlay.upper[resolution.path] = resolution.sizeBytes;
  events.push({ kind: 'copy-up', path: resolution.path, bytes: resolution.sizeBytes, fromLayer: resolution.source.layerId });
  return resolution.sizeBytes;
}

/**
 * Writes `path` so that it ends `sizeBytes` long. A file that lives in a lower layer is first
 * copied up whole (overlayfs copies the entire file on the first open for writing), then takes
 * its new size; a new file lands in the upper layer. Mutates `overlay`.
 */
export function writeFile(overlay: OverlayState, layers: Record<string, LayerDef>, path: string, sizeBytes: number): WriteResult {
  const p = normalizePath(path);
  const events: OverlayEvent[] = [];
  const copiedUpBytes = copyUpIfLower(overlay, resolveNormalized(overlay, layers, p), events);
  reopenDeletedParents(overlay, p, events);
  delete overlay.whiteouts[p]; // a file recreated over its whiteout replaces it: nothing to copy
  overlay.upper[p] = sizeBytes;
  events.push({ kind: 'write', path: p, bytes: sizeBytes });
  return { copiedUpBytes, upperBytes: upperBytes(overlay), events };
}

/**
 * A metadata change (chmod, chown, touch) of a lower file: copied up whole, size unchanged
 * (overlayfs without `metacopy=on`, Docker's default). Mutates `overlay`.
 */
export function copyUp(overlay: OverlayState, layers: Record<string, LayerDef>, path: string): ({ ok: true } & WriteResult) | { ok: false; error: string } {
  const p = normalizePath(path);
  const resolution = resolveNormalized(overlay, layers, p);
  if (!resolution.found) return { ok: false, error: `cannot access '${p}': No such file or directory` };
  const events: OverlayEvent[] = [];
  const copiedUpBytes = copyUpIfLower(overlay, resolution, events);
  return { ok: true, copiedUpBytes, upperBytes: upperBytes(overlay), events };
}

/** Every visible file strictly inside `dir`, in the merged view. */
function visibleFilesUnder(overlay: OverlayState, layers: Record<string, LayerDef>, dir: string): Resolution[] {
  const seen: Record<string, true> = {};
  const candidates: string[] = [];
  const consider = (path: string) => {
    if (!isInside(path, dir) || seen[path] || isWhiteoutEntry(path)) return;
    seen[path] = true;
    candidates.push(path);
  };
  for (const path in overlay.upper) consider(path);
  for (const id of overlay.lowerLayerIds) for (const f of layerById(layers, id).files) consider(normalizePath(f.path));
  const visible: Resolution[] = [];
  for (const path of candidates) {
    const r = resolveNormalized(overlay, layers, path);
    if (r.found) visible.push(r);
  }
  return visible;
}

/**
 * `rm FILE`. A file only in the upper layer is removed; a file a lower layer still provides is
 * hidden by a whiteout (a 0/0 character device in the upper directory); the lower layer itself
 * never changes. Mutates `overlay`.
 */
export function deleteFile(overlay: OverlayState, layers: Record<string, LayerDef>, path: string): DeleteResult {
  const p = normalizePath(path);
  const resolution = resolveNormalized(overlay, layers, p);
  if (!resolution.found) {
    const isDir = visibleFilesUnder(overlay, layers, p).length > 0;
    return { ok: false, error: `rm: cannot remove '${p}': ${isDir ? 'Is a directory' : 'No such file or directory'}` };
  }
  const events: OverlayEvent[] = [];
  delete overlay.upper[p];
  const ancestorsHidden = ancestorsOf(p).some((a) => overlay.opaqueDirs[a]);
  if (!ancestorsHidden && resolveLower(overlay.lowerLayerIds, layers, p).found) {
    overlay.whiteouts[p] = true;
    events.push({ kind: 'whiteout', path: p });
  } else {
    events.push({ kind: 'remove', path: p });
  }
  return { ok: true, upperBytes: upperBytes(overlay), events };
}

/**
 * `rm -rf DIR`: upper files under it go; if lower layers still show anything there, one
 * whiteout on the directory hides all of it. Mutates `overlay`.
 */
export function deleteTree(overlay: OverlayState, layers: Record<string, LayerDef>, dir: string): DeleteResult {
  const d = normalizePath(dir);
  if (d === '/') return { ok: false, error: `rm: refusing to remove '/'` };
  if (visibleFilesUnder(overlay, layers, d).length === 0) return { ok: false, error: `rm: cannot remove '${d}': No such file or directory` };
  const events: OverlayEvent[] = [];
  for (const path in overlay.upper) if (isInside(path, d)) delete overlay.upper[path];
  for (const path in overlay.whiteouts) if (isInside(path, d)) delete overlay.whiteouts[path];
  for (const path in overlay.opaqueDirs) if (isInside(path, d)) delete overlay.opaqueDirs[path];
  const lowerStillShows = visibleFilesUnder(overlay, layers, d).length > 0;
  delete overlay.opaqueDirs[d];
  if (lowerStillShows) {
    overlay.whiteouts[d] = true;
    events.push({ kind: 'whiteout', path: d });
  } else {
    events.push({ kind: 'remove', path: d });
  }
  return { ok: true, upperBytes: upperBytes(overlay), events };
}

/**
 * `ls DIR` in the merged view, sorted by name. Directories exist through the files under
 * them (the catalogue lists files, not empty directories).
 */
export function listDir(overlay: OverlayState, layers: Record<string, LayerDef>, dir: string): DirEntry[] {
  const d = normalizePath(dir);
  const prefixLength = d === '/' ? 1 : d.length + 1;
  const byName: Record<string, DirEntry> = {};
  for (const r of visibleFilesUnder(overlay, layers, d)) {
    if (!r.found) continue;
    const rest = r.path.slice(prefixLength);
    const slash = rest.indexOf('/');
    if (slash === -1) {
      byName[rest] = { name: rest, type: 'file', sizeBytes: r.sizeBytes, source: r.source === 'upper' ? 'upper' : r.source.layerId };
    } else {
      const name = rest.slice(0, slash);
      byName[name] ??= { name, type: 'dir', sizeBytes: null, source: null };
    }
  }
  return Object.keys(byName).sort().map((name) => byName[name]!);
}

/**
 * Disk the read-only layers take on the host: each layer once however many images and
 * containers use it (overlay2 stores one extracted copy per layer).
 */
export function sharedLayerBytes(overlaysOrLayerIdLists: ReadonlyArray<OverlayState | readonly string[]>, layers: Record<string, LayerDef>): number {
  const counted: Record<string, true> = {};
  let total = 0;
  for (const item of overlaysOrLayerIdLists) {
    const ids = Array.isArray(item) ? (item as readonly string[]) : (item as OverlayState).lowerLayerIds;
    for (const id of ids) {
      if (counted[id]) continue;
      counted[id] = true;
      total += layerById(layers, id).sizeBytes.value;
    }
  }
  return total;
}
