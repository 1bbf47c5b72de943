/**
 * overlayfs as Docker's overlay2 driver mounts it: read-only lower layers (the image, bottom
 * first) under one writable upper layer (the container's). Plain records only: the state is
 * cloned with structuredClone and sent to a Web Worker.
 */

/** overlay2's hard limit on lower layers (moby daemon/graphdriver/overlay2: maxDepth = 128). */
export const OVERLAY_MAX_LOWER_LAYERS = 128;

/** The error overlay2 returns past that limit (`docker run` prints it after "Error response from daemon: "). */
export const MAX_DEPTH_ERROR = 'max depth exceeded';

/** Prefix of a whiteout inside an image layer tar (OCI image spec): `dir/.wh.name` deletes `dir/name`. */
export const WHITEOUT_PREFIX = '.wh.';

/** Marker inside an image layer tar that makes its directory opaque (hides lower content). */
export const OPAQUE_MARKER = '.wh..wh..opq';

export interface OverlayState {
  /** Lower layers, bottom first (the image's order). */
  lowerLayerIds: string[];
  /** Files in the upper (writable) directory: path → size in bytes. */
  upper: Record<string, number>;
  /**
   * Paths hidden from the lower layers. In the upper directory each is a character device 0/0
   * (a file) or hides a whole directory.
   */
  whiteouts: Record<string, true>;
  /** Directories recreated in the upper layer over a deleted lower one (xattr trusted.overlay.opaque=y). */
  opaqueDirs: Record<string, true>;
}

export type CreateOverlayResult = { ok: true; overlay: OverlayState } | { ok: false; error: string };

/** What happened, for the engine to log. */
export type OverlayEvent =
  | { kind: 'copy-up'; path: string; bytes: number; fromLayer: string }
  | { kind: 'write'; path: string; bytes: number }
  | { kind: 'whiteout'; path: string }
  | { kind: 'remove'; path: string }
  | { kind: 'opaque-dir'; path: string };

export interface WriteResult {
  /** Bytes copied from a lower layer before the write (0 when the file was new or already up). */
  copiedUpBytes: number;
  /** The writable layer's size after the write. */
  upperBytes: number;
  events: OverlayEvent[];
}

export type DeleteResult =
  | { ok: true; upperBytes: number; events: OverlayEvent[] }
  | { ok: false; error: string };

export type Resolution =
  | { found: true; path: string; sizeBytes: number; source: 'upper' | { layerId: string } }
  | { found: false; path: string; hiddenBy: 'whiteout' | 'opaque-dir' | null };

export interface DirEntry {
  name: string;
  type: 'file' | 'dir';
  /** Files only. */
  sizeBytes: number | null;
  /** Where a file comes from: `upper` or a lower layer's id; null for directories. */
  source: string | null;
}
