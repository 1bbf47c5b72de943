import type { LayerDef } from '../catalogue/types';
import type { OverlayState, Resolution } from './types';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './types';
import { ancestorsOf, baseName, parentOf } from './paths';

/** What one lower layer says about `path`: the file, a deletion, an opaque parent, or nothing. */
type LayerVerdict =
  | { kind: 'file'; sizeBytes: number }
  | { kind: 'whiteout' }
  | { kind: 'opaque' }
  | { kind: 'none' };

function whiteoutNameFor(path: string): string {
  const parent = parentOf(path);
  return (parent === '/' ? '' : parent) + '/' + WHITEOUT_PREFIX + baseName(path);
}

export function isWhiteoutEntry(path: string): boolean {
  return baseName(path).startsWith(WHITEOUT_PREFIX);
}

export function layerById(layers: Record<string, LayerDef>, id: string): LayerDef {
  const layer = layers[id];
  if (!layer) throw new Error(`overlay: layer ${id} is not in the layer table`);
  return layer;
}

/**
 * One pass over a layer's files. Image layers encode deletions the OCI way: `dir/.wh.name`
 * deletes `dir/name` (or the whole directory), `dir/.wh..wh..opq` hides everything below `dir`
 * in lower layers while the layer's own files stay visible.
 */
function inspectLayer(layer: LayerDef, path: string, ancestors: string[]): LayerVerdict {
  const hiding: string[] = [whiteoutNameFor(path)];
  const opaque: string[] = [];
  for (const a of ancestors) {
    hiding.push(whiteoutNameFor(a));
    opaque.push(a + '/' + OPAQUE_MARKER);
  }
  let verdict: LayerVerdict = { kind: 'none' };
  for (const file of layer.files) {
    if (file.path === path) return { kind: 'file', sizeBytes: file.sizeBytes };
    if (hiding.includes(file.path)) verdict = { kind: 'whiteout' };
    else if (verdict.kind === 'none' && opaque.includes(file.path)) verdict = { kind: 'opaque' };
  }
  return verdict;
}

/** Looks `path` up in the lower layers only, topmost first. */
export function resolveLower(lowerLayerIds: readonly string[], layers: Record<string, LayerDef>, path: string): Resolution {
  const ancestors = ancestorsOf(path);
  for (let i = lowerLayerIds.length - 1; i >= 0; i--) {
    const id = lowerLayerIds[i]!;
    const verdict = inspectLayer(layerById(layers, id), path, ancestors);
    if (verdict.kind === 'file') return { found: true, path, sizeBytes: verdict.sizeBytes, source: { layerId: id } };
    if (verdict.kind === 'whiteout') return { found: false, path, hiddenBy: 'whiteout' };
    if (verdict.kind === 'opaque') return { found: false, path, hiddenBy: 'opaque-dir' };
  }
  return { found: false, path, hiddenBy: null };
}

/**
 * The merged view of one file: the upper layer wins; a whiteout on the file or on a parent
 * directory hides the lower layers; an opaque upper directory hides everything below it.
 * `path` must already be normalised (see normalizePath).
 */
export function resolveNormalized(overlay: OverlayState, layers: Record<string, LayerDef>, path: string): Resolution {
  if (isWhiteoutEntry(path)) return { found: false, path, hiddenBy: null };
  const upperSize = overlay.upper[path];
  if (upperSize !== undefined) return { found: true, path, sizeBytes: upperSize, source: 'upper' };
  if (overlay.whiteouts[path]) return { found: false, path, hiddenBy: 'whiteout' };
  for (const a of ancestorsOf(path)) {
    if (overlay.whiteouts[a]) return { found: false, path, hiddenBy: 'whiteout' };
    if (overlay.opaqueDirs[a]) return { found: false, path, hiddenBy: 'opaque-dir' };
  }
  return resolveLower(overlay.lowerLayerIds, layers, path);
}
