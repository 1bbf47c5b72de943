/** `cd DIR`: the shell's working directory moves (the page keeps it per session); relative paths then start there. */
import type { Simulation } from '../engine/state';
import { layerIndex } from '../engine/catalogue-index';
import { listDir, normalizePath, resolvePath } from '../unionfs/index';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { isRootDir } from './root-skeleton';

export function changeDirectory(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const target = args[0] === undefined || args[0] === '~' ? place.identity.home : args[0].replace(/^~(?=\/)/, place.identity.home);
  const path = normalizePath(target.startsWith('/') ? target : `${place.cwd}/${target}`);
  const shell = place.identity.shell === 'ash' ? 'sh' : 'bash';
  if (place.overlay && path !== '/') {
    // In a container the merged filesystem says whether it is a directory.
    const layers = layerIndex(sim.catalogue);
    if (resolvePath(place.overlay, layers, path).found) return fail(`${shell}: cd: ${args[0]}: Not a directory`, 1);
    if (listDir(place.overlay, layers, path).length === 0 && !KNOWN_DIRS.has(path) && !isRootDir(place.overlay, path)) return fail(`${shell}: cd: ${args[0]}: No such file or directory`, 1);
  }
  return ok('', [{ kind: 'cd', path }]);
}

/** Directories every Linux image has even where the catalogue lists no file in them. */
const KNOWN_DIRS = new Set(['/tmp', '/root', '/home', '/etc', '/var', '/var/tmp', '/var/log', '/usr', '/usr/local', '/usr/local/bin', '/bin', '/sbin', '/lib', '/opt', '/srv', '/mnt', '/proc', '/sys', '/dev', '/run']);
