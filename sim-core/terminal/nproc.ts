/**
 * `nproc` (coreutils, and BusyBox's applet): the CPUs the process may run on, its affinity
 * mask, not its quota (engine/ledger.ts cpusSeenBy).
 */
import type { Simulation } from '../engine/state';
import { cpusOfKernel, cpusSeenBy } from '../engine/ledger';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';

export function nproc(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const bad = args.find((a) => a !== '--all');
  if (bad !== undefined) return fail(`nproc: unrecognized option '${bad}'\nTry 'nproc --help' for more information.`, 1);
  const spec = sim.state.instances[place.where]?.spec;
  return ok(String(place.kind === 'container' && spec?.kind === 'container' ? cpusSeenBy(sim, spec) : cpusOfKernel(sim, place.where)));
}
