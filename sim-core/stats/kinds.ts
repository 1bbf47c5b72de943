/**
 * Figures per kind of instance — how many VMs and containers, how long they took to become
 * ready (median and range), what memory and disk they hold — so "1,000 VMs vs 1,000
 * containers" reads as two rows. Pure: a function of the view the engine gives the page
 * (the same instances, memory and disk the per-instance rows show), computed once per view.
 */
import type { InstanceView } from '../engine/view';

type InstanceState = InstanceView['state'];

export type InstanceKind = 'vm' | 'container';
export const KINDS: readonly InstanceKind[] = ['vm', 'container'];

/** The smallest, middle and largest of a set of numbers. */
export interface Spread {
  min: number;
  /** For an even count, the mean of the two middle values. */
  median: number;
  max: number;
}

export interface KindFigures {
  kind: InstanceKind;
  /** Instances of this kind on the board. */
  count: number;
  /** How many are in each state now. */
  states: Record<InstanceState, number>;
  /** How many have become ready (`readyMs` set). */
  readyCount: number;
  /** Time to ready (from its start, as the spec's `readyMs`) of those that became ready. */
  readyMs: Spread | null;
  /** Host memory they hold now, added up. Containers inside a VM are part of that VM's. */
  memoryBytes: number;
  /** Memory per instance, over those holding any. */
  memoryPerInstance: Spread | null;
  /** Their own disk, added up: VM disk files, containers' writable layers. */
  diskBytes: number;
  /** Disk per instance (of those with any): its own, plus for a container the image it stands on (shared with others of that image). */
  diskPerInstance: Spread | null;
  /** Containers running inside a VM (their memory and disk are also inside that VM's). */
  inVm: number;
  /** What isolates them and what they run on, each with how many: technology (profile or runtime) and software (guest OS or image). */
  technologies: Record<string, number>;
  software: Record<string, number>;
}

/**
 * What the figures read of an instance: an InstanceView fits, and so does a report's
 * instance or a timeline's row (figures they lack count as 0 or unknown).
 */
export type KindInstance = Pick<InstanceView, 'kind' | 'state' | 'readyMs'>
  & Partial<Pick<InstanceView, 'memoryBytes' | 'diskBytes' | 'imageBytes' | 'in' | 'technology' | 'software'>>;

/** The spread of `values` (any order); null when there are none. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers as numbers, three times as fast as a comparator (10,000 values a view).
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

function emptyStates(): Record<InstanceState, number> {
  return { created: 0, booting: 0, running: 0, exited: 0, failed: 0, saved: 0 };
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/** Figures for one kind. */
export function figuresOf(kind: InstanceKind, instances: readonly KindInstance[]): KindFigures {
  const states = emptyStates();
  const ready: number[] = [];
  const memory: number[] = [];
  const disk: number[] = [];
  const technologies: Record<string, number> = {};
  const software: Record<string, number> = {};
  let n = 0;
  let memoryBytes = 0;
  let diskBytes = 0;
  let inVm = 0;
  for (const inst of instances) {
    if (inst.kind !== kind) continue;
    n++;
    states[inst.state]++;
    if (inst.readyMs !== null) ready.push(inst.readyMs);
    const mem = inst.memoryBytes ?? 0;
    const own = inst.diskBytes ?? 0;
    if (mem > 0) memory.push(mem);
    memoryBytes += mem;
    diskBytes += own;
    if (own + (inst.imageBytes ?? 0) > 0) disk.push(own + (inst.imageBytes ?? 0));
    if (inst.in !== undefined && inst.in !== 'host') inVm++;
    if (inst.technology !== undefined) count(technologies, inst.technology);
    if (inst.software !== undefined) count(software, inst.software);
  }
  return {
    kind, count: n, states, readyCount: ready.length, readyMs: spreadOf(ready),
    memoryBytes, memoryPerInstance: spreadOf(memory), diskBytes, diskPerInstance: spreadOf(disk), inVm, technologies, software,
  };
}

export interface KindsFigures {
  vm: KindFigures;
  container: KindFigures;
  /** Median VM time to ready ÷ median container time to ready; null until both have one. */
  startupRatio: number | null;
  /** Median VM memory ÷ median container memory (of those holding any). */
  memoryRatio: number | null;
  /** Median VM disk ÷ median container disk (own + image). */
  diskRatio: number | null;
}

/** Medians, so one odd instance does not decide it. */
function ratio(vm: Spread | null, container: Spread | null): number | null {
  return vm && container && container.median > 0 ? vm.median / container.median : null;
}

/** Figures for both kinds of the instances on the board (SimView.instances). */
export function kindFigures(instances: readonly KindInstance[]): KindsFigures {
  const vm = figuresOf('vm', instances);
  const container = figuresOf('container', instances);
  return {
    vm,
    container,
    startupRatio: ratio(vm.readyMs, container.readyMs),
    memoryRatio: ratio(vm.memoryPerInstance, container.memoryPerInstance),
    diskRatio: ratio(vm.diskPerInstance, container.diskPerInstance),
  };
}
