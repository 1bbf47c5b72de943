import type { Scenario } from '../scenario/types';
import { toUserAction } from '../scenario/actions';
import type { Catalogue } from '../catalogue/types';
import type { UserAction, ActionResult } from './actions';
import type { Simulation } from './state';
import { createQueue, popItem, peekTime, queueSize } from './queue';
import { seedPrng } from './prng';
import { createResource, takeFinished } from './resources';
import { schedule } from './emit';
import { applyAction } from './apply';
import { endPhase, startInstance } from './lifecycle';
import { restartDue } from './restart';
import { onLayerDownloaded, onLayerExtracted, updateNetRate } from './layers';
import { recomputeCpu } from './cpu';
import { onDaemonDone } from './daemon';
import { onStopDone } from './stopping';
import { onStateSaved } from './suspend';
import { isLive, onFreePagesReported } from './memory';
import { diskBandwidth, updateDiskRate } from './disk-io';
import { addRecord } from './records';
import { byName } from './by-name';
import { onHealthProbe } from './health';
import { onDependsCheck } from './depends';
import { onMainExit } from './main-process';

export { toUserAction } from '../scenario/actions';

import { MAX_SIMULATED_MS } from '../rules/limits';

/** The longest a run goes on (rules/limits.ts): a file's `until` is at most this, and a run with none stops there. */
export { MAX_SIMULATED_MS };

export interface CreateOptions {
  /** Overrides the scenario's seed (the runner's --seed). */
  seed?: number;
}

/** A simulation at time 0: the host, its instances (created, not started), the timeline queued. */
export function createSimulation(scenario: Scenario, catalogue: Catalogue, options: CreateOptions = {}): Simulation {
  const seed = options.seed ?? scenario.seed;
  const host = scenario.host;
  const base = host.os === 'windows' ? catalogue.host.windowsBaseMemoryBytes.value : catalogue.host.linuxBaseMemoryBytes.value;
  const sim: Simulation = {
    scenario: { ...scenario, seed },
    catalogue,
    state: {
      nowMs: 0,
      seq: 0,
      nextJobId: 0,
      prng: seedPrng(seed),
      queue: createQueue(),
      processed: 0,
      host: { compromised: false, baseMemoryBytes: base, memoryUsedBytes: base, cgroupSwapBytes: 0, swapLoggedBytes: 0 },
      instances: byName(),
      order: [],
      nextIndex: 0,
      layers: byName(),
      daemons: byName(),
      cpu: createResource('cpu', host.cpus, 0),
      net: createResource('net', host.networkBitsPerSecond / 8 / 1000, 0),
      disk: createResource('disk', diskBandwidth(catalogue) / 1000, 0),
      cpuClaims: byName(),
      cpuClaimTotal: 0,
      cpuBackground: byName(),
      cpuBackgroundTotal: 0,
      cpuContended: false,
      held: [],
      log: [],
      incidents: [],
      memoryHistory: [],
    },
  };
  for (const spec of scenario.instances) addRecord(sim, spec);
  for (const ev of scenario.events) {
    schedule(sim, ev.atMs, { k: 'action', action: toUserAction(ev.action), cause: `scenario@${ev.atMs}ms` });
  }
  return sim;
}

/** Processes the next event; false when nothing is left to happen. */
export function step(sim: Simulation): boolean {
  const s = sim.state;
  const time = peekTime(s.queue);
  if (time === undefined) return false;
  const item = popItem(s.queue)!;
  s.nowMs = time;
  switch (item.k) {
    case 'action':
      s.processed++;
      applyAction(sim, item.action, item.cause);
      break;
    case 'phase-end': {
      const inst = s.instances[item.name];
      if (!inst || inst.gen !== item.gen || inst.state !== 'booting') break;
      s.processed++;
      endPhase(sim, inst, 'timer');
      break;
    }
    case 'resource': {
      const r = item.res === 'cpu' ? s.cpu : item.res === 'net' ? s.net : s.disk;
      if (item.gen !== r.gen) break;
      s.processed++;
      for (const job of takeFinished(sim, r)) {
        if (job.owner.kind === 'layer') {
          onLayerDownloaded(sim, job.owner.layerId);
          continue;
        }
        if (job.owner.kind === 'extract') {
          onLayerExtracted(sim, job.owner.layerId);
          continue;
        }
        const inst = s.instances[job.owner.instance];
        if (inst && inst.gen === job.owner.gen && inst.state === 'booting') endPhase(sim, inst, 'cpu');
        else if (inst && inst.gen === job.owner.gen && inst.suspending) onStateSaved(sim, inst);
      }
      if (item.res === 'cpu') recomputeCpu(sim, 'cpu');
      else if (item.res === 'net') updateNetRate(sim);
      else updateDiskRate(sim);
      break;
    }
    case 'daemon-done':
      if (onDaemonDone(sim, item.name, item.gen)) s.processed++;
      break;
    case 'stop-done':
      if (onStopDone(sim, item.name, item.gen)) s.processed++;
      break;
    case 'balloon-report': {
      const inst = s.instances[item.name];
      if (!inst || inst.gen !== item.gen || !isLive(inst)) break;
      s.processed++;
      onFreePagesReported(sim, inst, 'free-page reporting');
      break;
    }
    case 'restart-due': {
      const inst = restartDue(sim, item.name, item.gen);
      if (!inst) break;
      s.processed++;
      startInstance(sim, inst, 'restart policy', 'ignore');
      break;
    }
    case 'health-probe':
      if (onHealthProbe(sim, item.name, item.gen, item.atMs)) s.processed++;
      break;
    case 'depends-check':
      if (onDependsCheck(sim, item.name, item.gen)) s.processed++;
      break;
    case 'main-exit':
      if (onMainExit(sim, item.name, item.gen)) s.processed++;
      break;
  }
  return true;
}

/** Runs every event due up to and including `timeMs`, then sets the clock to it. */
export function advanceTo(sim: Simulation, timeMs: number): void {
  const s = sim.state;
  for (;;) {
    const t = peekTime(s.queue);
    if (t === undefined || t > timeMs) break;
    step(sim);
  }
  if (timeMs > s.nowMs) s.nowMs = timeMs;
}

/** Time of the next scheduled event (stale ones included), or null. */
export function nextEventTime(sim: Simulation): number | null {
  return peekTime(sim.state.queue) ?? null;
}

export function hasPendingEvents(sim: Simulation): boolean {
  return queueSize(sim.state.queue) > 0;
}

/** Runs to the scenario's `until`, or until nothing is left to happen. */
export function runToEnd(sim: Simulation): void {
  const until = sim.scenario.untilMs;
  if (until !== null) {
    advanceTo(sim, until);
    return;
  }
  while (hasPendingEvents(sim) && (nextEventTime(sim) ?? 0) <= MAX_SIMULATED_MS) step(sim);
}

/** Applies a user action now (the UI's edits, the terminal's commands). */
export function apply(sim: Simulation, action: UserAction): ActionResult {
  return applyAction(sim, action, 'user');
}
