import type { InstanceSpec } from '../scenario/types';
import type { InstanceRecord, Simulation } from './state';
import { containerAppMemory, vmAppMemory } from './plan';
import { markImagePresent, imageLayerIds } from './layers';
import { createOverlay, type OverlayState } from '../unionfs/index';
import { noteAdded } from './board-index';
import { copiesImage } from './vm-image';
import { touchAdded } from './changes';
import { FRESH_RESTART } from './restart';
import type { Catalogue } from '../catalogue/types';

/*
 * A record's nested values are replaced, never mutated (state.ts), so every new record can
 * share the same empty ones (frozen, so a stray write fails loudly): at 100,000 instances the
 * copies were a good part of what the garbage collector had to move.
 */
const NO_PHASES: readonly never[] = Object.freeze([]);
const NO_CPU_STAT: InstanceRecord['cpuStat'] = Object.freeze({ nrPeriods: 0, nrThrottled: 0, throttledMs: 0 });

/** A fresh record for an instance added to the board (not started). */
export function createRecord(sim: Simulation, spec: InstanceSpec): InstanceRecord {
  if (spec.kind === 'container' && sim.scenario.host.imageCache === 'warm') markImagePresent(sim, spec.image);
  return freshRecord(sim, spec, sim.state.nextIndex++);
}

/**
 * The record of `spec` as createRecord makes it, numbered `index`: a function of the spec and
 * the catalogue alone (it reads nothing the run changes), so a rewind can make a record fresh
 * again instead of keeping a copy of it (engine/changes.ts).
 */
export function freshRecord(sim: Simulation, spec: InstanceSpec, index: number): InstanceRecord {
  const isContainer = spec.kind === 'container';
  return {
    spec,
    index,
    state: 'created',
    gen: 0,
    pendingStart: false,
    startedAtMs: null,
    requestedAtMs: null,
    readyMs: null,
    phases: NO_PHASES,
    plan: NO_PHASES,
    phaseIndex: 0,
    stepIndex: 0,
    phaseStartMs: 0,
    memoryBytes: 0,
    overheadBytes: 0,
    baseBytes: 0,
    appMemoryBytes: isContainer ? containerAppMemory(sim, spec) : vmAppMemory(sim, spec),
    cpuDemand: isContainer ? idleCpu(sim, spec.image) : 0,
    cpuCores: 0,
    memoryLimitBytes: isContainer ? spec.memoryBytes : spec.memoryBytes,
    cpuLimit: isContainer ? spec.cpus : spec.cpus,
    throttled: false,
    cpuStatSinceMs: null,
    cpuStat: NO_CPU_STAT,
    // A VM whose disk is copied from its image on first start has none yet (engine/vm-image.ts).
    diskBytes: isContainer || copiesImage(spec) ? 0 : sim.catalogue.guestOses[spec.os]!.diskBytes.value,
    upper: isContainer ? overlayFor(sim, spec.image) : null,
    exitCode: null,
    compromised: false,
    memoryAtStopBytes: null,
    engineReadyAtMs: null,
    stopping: null,
    guestPeakBytes: 0,
    balloonReportDue: false,
    imageCopied: !isContainer && !copiesImage(spec),
    guestFileBytes: 0,
    logBytes: 0,
    swapBytes: 0,
    paused: false,
    suspending: null,
    savedStateBytes: 0,
    restart: FRESH_RESTART,
    health: null,
    held: null,
  };
}

/**
 * Puts `r` back as freshRecord makes it from `spec` (its index kept), in place: a seek back
 * across a crowd's boot makes thousands of records fresh again, and a new object for each (to
 * copy from) was garbage enough to set off collections mid-seek. The same values as
 * freshRecord's, field by field (tests/unit/engine/record-fields.test.ts checks the two agree).
 */
export function resetToFresh(sim: Simulation, r: InstanceRecord, spec: InstanceSpec): void {
  const isContainer = spec.kind === 'container';
  r.spec = spec;
  r.state = 'created';
  r.gen = 0;
  r.pendingStart = false;
  r.startedAtMs = null;
  r.requestedAtMs = null;
  r.readyMs = null;
  r.phases = NO_PHASES;
  r.plan = NO_PHASES;
  r.phaseIndex = 0;
  r.stepIndex = 0;
  r.phaseStartMs = 0;
  r.memoryBytes = 0;
  r.overheadBytes = 0;
  r.baseBytes = 0;
  r.appMemoryBytes = isContainer ? containerAppMemory(sim, spec) : vmAppMemory(sim, spec);
  r.cpuDemand = isContainer ? idleCpu(sim, spec.image) : 0;
  r.cpuCores = 0;
  r.memoryLimitBytes = spec.memoryBytes;
  r.cpuLimit = spec.cpus;
  r.throttled = false;
  r.cpuStatSinceMs = null;
  r.cpuStat = NO_CPU_STAT;
  r.diskBytes = isContainer || copiesImage(spec) ? 0 : sim.catalogue.guestOses[spec.os]!.diskBytes.value;
  r.upper = isContainer ? overlayFor(sim, spec.image) : null;
  r.exitCode = null;
  r.compromised = false;
  r.memoryAtStopBytes = null;
  r.engineReadyAtMs = null;
  r.stopping = null;
  r.guestPeakBytes = 0;
  r.balloonReportDue = false;
  r.imageCopied = !isContainer && !copiesImage(spec);
  r.guestFileBytes = 0;
  r.logBytes = 0;
  r.swapBytes = 0;
  r.paused = false;
  r.suspending = null;
  r.savedStateBytes = 0;
  r.restart = FRESH_RESTART;
  r.health = null;
  r.held = null;
}

/** Each image's fresh overlay (nothing written yet), shared by its containers: a write copies it first (engine/files.ts). */
const freshOverlays = new WeakMap<Catalogue, Map<string, Readonly<OverlayState> | null>>();

/** The container's overlay; null when the image has more lower layers than overlayfs allows. */
function overlayFor(sim: Simulation, imageRef: string): Readonly<OverlayState> | null {
  let byImage = freshOverlays.get(sim.catalogue);
  if (!byImage) freshOverlays.set(sim.catalogue, (byImage = new Map()));
  let overlay = byImage.get(imageRef);
  if (overlay === undefined) {
    const created = createOverlay(imageLayerIds(sim, imageRef));
    overlay = created.ok ? freezeOverlay(created.overlay) : null;
    byImage.set(imageRef, overlay);
  }
  return overlay;
}

function freezeOverlay(o: OverlayState): Readonly<OverlayState> {
  Object.freeze(o.lowerLayerIds);
  Object.freeze(o.upper);
  Object.freeze(o.whiteouts);
  Object.freeze(o.opaqueDirs);
  return Object.freeze(o);
}

function idleCpu(sim: Simulation, imageRef: string): number {
  const image = sim.catalogue.images[imageRef]!;
  return sim.catalogue.apps[image.app]?.idleCpu ?? 0;
}

export function addRecord(sim: Simulation, spec: InstanceSpec): InstanceRecord {
  const record = createRecord(sim, spec);
  touchAdded(sim, record);
  sim.state.instances[spec.name] = record;
  sim.state.order.push(spec.name);
  noteAdded(sim, record);
  return record;
}
