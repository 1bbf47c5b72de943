/**
 * `touch FILE...`: creates an empty file where there is none (a write of no bytes through the
 * overlay); an image's file is copied up, as overlayfs does for new times (the model keeps no times). Errors in the words of
 * GNU coreutils' touch, or BusyBox's.
 */
import type { Simulation } from '../engine/state';
import { layerIndex } from '../engine/catalogue-index';
import { listDir, resolvePath } from '../unionfs/index';
import { writeTarget } from './container-mounts';
import { absolute } from './files';
import type { CommandResult, TerminalEffect } from './types';
import { fail } from './types';
import type { Place } from './place';

export function touch(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail(busybox ? 'BusyBox v1.36.1 multi-call binary.\n\nUsage: touch [-c] [-d DATE] [-t DATE] [-r FILE] FILE...' : "touch: missing file operand\nTry 'touch --help' for more information.", 1);
  if (!place.overlay) return fail('touch: (utsuwa models the filesystem of containers only)', 1);
  const layers = layerIndex(sim.catalogue);
  const out: string[] = [];
  const effects: TerminalEffect[] = [];
  let exitCode = 0;
  for (const p of paths) {
    const abs = absolute(place, p);
    const existing = resolvePath(place.overlay, layers, abs);
    // A file already in the writable layer only gets new times; a directory is left alone.
    if ((existing.found && existing.source === 'upper') || (!existing.found && listDir(place.overlay, layers, abs).length > 0)) continue;
    const target = writeTarget(sim, place, abs);
    if (target === 'read-only') {
      out.push(busybox ? `touch: ${p}: Read-only file system` : `touch: cannot touch '${p}': Read-only file system`);
      exitCode = 1;
      continue;
    }
    // A mount's files are not modelled: the writable layer does not change.
    // A file of the image's is copied up whole: overlayfs copies up on a change of times too.
    if (target === 'layer') effects.push({ kind: 'live', action: { type: 'instance/write', name: place.where, path: abs, sizeBytes: existing.found ? existing.sizeBytes : 0 } });
  }
  return { output: out.join('\n'), exitCode, effects };
}
