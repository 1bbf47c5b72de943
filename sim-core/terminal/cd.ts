/** `cd DIR`: the shell's working directory moves (the page keeps it per session); relative paths then start there. */
import type { Simulation } from '../engine/state';
import { layerIndex } from '../engine/catalogue-index';
import { listDir, normalizePath, resolvePath } from '../unionfs/index';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { isRootDir } from './root-skeleton';
import { KNOWN_DIRS } from './known-dirs';
import { hostDirExists, type HostFiles } from './host-files';

/** `hostFiles`: on the host, the session's files, whose directories exist (terminal/host-files.ts). */
export function changeDirectory(sim: Simulation, place: Place, args: readonly string[], hostFiles?: HostFiles): CommandResult {
  const target = args[0] === undefined || args[0] === '~' ? place.identity.home : args[0].replace(/^~(?=\/)/, place.identity.home);
  const path = normalizePath(target.startsWith('/') ? target : `${place.cwd}/${target}`);
  const shell = place.identity.shell === 'ash' ? 'sh' : 'bash';
  if (place.overlay && path !== '/') {
    // In a container the merged filesystem says whether it is a directory.
    const layers = layerIndex(sim.catalogue);
    if (resolvePath(place.overlay, layers, path).found) return fail(`${shell}: cd: ${args[0]}: Not a directory`, 1);
    if (listDir(place.overlay, layers, path).length === 0 && !KNOWN_DIRS.has(path) && !isRootDir(place.overlay, path)) return fail(`${shell}: cd: ${args[0]}: No such file or directory`, 1);
  } else if (!place.overlay && hostFiles !== undefined) {
    if (Object.hasOwn(hostFiles, path)) return fail(`${shell}: cd: ${args[0]}: Not a directory`, 1);
    if (!hostDirExists(hostFiles, place, path)) return fail(`${shell}: cd: ${args[0]}: No such file or directory`, 1);
  }
  return ok('', [{ kind: 'cd', path }]);
}
