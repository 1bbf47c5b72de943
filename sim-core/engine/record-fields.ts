import type { InstanceRecord } from './state';
import { countPlain } from './plain-copy';

/**
 * An instance record's fields, named one by one, for the two walks a rewindable run makes
 * over every record it wrote: comparing it with its copy from the last snapshot (diffRecord)
 * and counting the values it holds (recordValues). A generic walk (for-in, record[key]) cost
 * tens of nanoseconds a field, most of what closing an interval cost on a crowded board;
 * named fields are a few. The lists are checked against InstanceRecord at compile time, and
 * tests/unit/engine/record-fields.test.ts checks them against a record's keys.
 */

/** Every field of a record, as state.ts declares them. */
export const RECORD_FIELDS = [
  'spec',
  'index',
  'state',
  'gen',
  'pendingStart',
  'startedAtMs',
  'requestedAtMs',
  'readyMs',
  'phases',
  'plan',
  'phaseIndex',
  'stepIndex',
  'phaseStartMs',
  'memoryBytes',
  'overheadBytes',
  'baseBytes',
  'appMemoryBytes',
  'cpuDemand',
  'cpuCores',
  'memoryLimitBytes',
  'cpuLimit',
  'throttled',
  'cpuStatSinceMs',
  'cpuStat',
  'diskBytes',
  'upper',
  'exitCode',
  'compromised',
  'memoryAtStopBytes',
  'stopping',
  'guestPeakBytes',
  'imageCopied',
  'balloonReportDue',
  'guestFileBytes',
  'swapBytes',
  'logBytes',
  'engineReadyAtMs',
  'paused',
  'suspending',
  'savedStateBytes',
  'restart',
  'health',
  'held',
] as const satisfies ReadonlyArray<keyof InstanceRecord>;

/** Fields that may hold an object: each counted by its nested values, the others one value each. */
export const NESTED_FIELDS = [
  'phases',
  'plan',
  'cpuStat',
  'upper',
  'stopping',
  'suspending',
  'restart',
  'health',
  'held',
] as const satisfies ReadonlyArray<keyof InstanceRecord>;

/** Fields whose type allows an object or array (spec aside: it is counted with the scenario). */
type MayNest = { [K in keyof InstanceRecord]-?: Extract<InstanceRecord[K], object> extends never ? never : K }[keyof InstanceRecord];
/* Compile-time checks: a field added to InstanceRecord but not named here fails to compile. */
type Unnamed = Exclude<keyof InstanceRecord, (typeof RECORD_FIELDS)[number]>;
type Uncounted = Exclude<MayNest, (typeof NESTED_FIELDS)[number] | 'spec'>;
const allNamed: [Unnamed] extends [never] ? true : Unnamed = true;
const allCounted: [Uncounted] extends [never] ? true : Uncounted = true;
void allNamed;
void allCounted;

/** Zero and minus zero differ to a report that divides by them. */
export function same(a: unknown, b: unknown): boolean {
  return a === b && (a !== 0 || Object.is(a, b));
}

/** Pushes onto `out`, for each field of `now` that differs from `was`, its name, its value in `was` and in `now`. */
export function diffRecord(was: InstanceRecord, now: InstanceRecord, out: unknown[]): void {
  if (!same(was.spec, now.spec)) out.push('spec', was.spec, now.spec);
  if (!same(was.index, now.index)) out.push('index', was.index, now.index);
  if (!same(was.state, now.state)) out.push('state', was.state, now.state);
  if (!same(was.gen, now.gen)) out.push('gen', was.gen, now.gen);
  if (!same(was.pendingStart, now.pendingStart)) out.push('pendingStart', was.pendingStart, now.pendingStart);
  if (!same(was.startedAtMs, now.startedAtMs)) out.push('startedAtMs', was.startedAtMs, now.startedAtMs);
  if (!same(was.requestedAtMs, now.requestedAtMs)) out.push('requestedAtMs', was.requestedAtMs, now.requestedAtMs);
  if (!same(was.readyMs, now.readyMs)) out.push('readyMs', was.readyMs, now.readyMs);
  if (!same(was.phases, now.phases)) out.push('phases', was.phases, now.phases);
  if (!same(was.plan, now.plan)) out.push('plan', was.plan, now.plan);
  if (!same(was.phaseIndex, now.phaseIndex)) out.push('phaseIndex', was.phaseIndex, now.phaseIndex);
  if (!same(was.stepIndex, now.stepIndex)) out.push('stepIndex', was.stepIndex, now.stepIndex);
  if (!same(was.phaseStartMs, now.phaseStartMs)) out.push('phaseStartMs', was.phaseStartMs, now.phaseStartMs);
  if (!same(was.memoryBytes, now.memoryBytes)) out.push('memoryBytes', was.memoryBytes, now.memoryBytes);
  if (!same(was.overheadBytes, now.overheadBytes)) out.push('overheadBytes', was.overheadBytes, now.overheadBytes);
  if (!same(was.baseBytes, now.baseBytes)) out.push('baseBytes', was.baseBytes, now.baseBytes);
  if (!same(was.appMemoryBytes, now.appMemoryBytes)) out.push('appMemoryBytes', was.appMemoryBytes, now.appMemoryBytes);
  if (!same(was.cpuDemand, now.cpuDemand)) out.push('cpuDemand', was.cpuDemand, now.cpuDemand);
  if (!same(was.cpuCores, now.cpuCores)) out.push('cpuCores', was.cpuCores, now.cpuCores);
  if (!same(was.memoryLimitBytes, now.memoryLimitBytes)) out.push('memoryLimitBytes', was.memoryLimitBytes, now.memoryLimitBytes);
  if (!same(was.cpuLimit, now.cpuLimit)) out.push('cpuLimit', was.cpuLimit, now.cpuLimit);
  if (!same(was.throttled, now.throttled)) out.push('throttled', was.throttled, now.throttled);
  if (!same(was.cpuStatSinceMs, now.cpuStatSinceMs)) out.push('cpuStatSinceMs', was.cpuStatSinceMs, now.cpuStatSinceMs);
  if (!same(was.cpuStat, now.cpuStat)) out.push('cpuStat', was.cpuStat, now.cpuStat);
  if (!same(was.diskBytes, now.diskBytes)) out.push('diskBytes', was.diskBytes, now.diskBytes);
  if (!same(was.upper, now.upper)) out.push('upper', was.upper, now.upper);
  if (!same(was.exitCode, now.exitCode)) out.push('exitCode', was.exitCode, now.exitCode);
  if (!same(was.compromised, now.compromised)) out.push('compromised', was.compromised, now.compromised);
  if (!same(was.memoryAtStopBytes, now.memoryAtStopBytes)) out.push('memoryAtStopBytes', was.memoryAtStopBytes, now.memoryAtStopBytes);
  if (!same(was.stopping, now.stopping)) out.push('stopping', was.stopping, now.stopping);
  if (!same(was.guestPeakBytes, now.guestPeakBytes)) out.push('guestPeakBytes', was.guestPeakBytes, now.guestPeakBytes);
  if (!same(was.imageCopied, now.imageCopied)) out.push('imageCopied', was.imageCopied, now.imageCopied);
  if (!same(was.balloonReportDue, now.balloonReportDue)) out.push('balloonReportDue', was.balloonReportDue, now.balloonReportDue);
  if (!same(was.guestFileBytes, now.guestFileBytes)) out.push('guestFileBytes', was.guestFileBytes, now.guestFileBytes);
  if (!same(was.swapBytes, now.swapBytes)) out.push('swapBytes', was.swapBytes, now.swapBytes);
  if (!same(was.logBytes, now.logBytes)) out.push('logBytes', was.logBytes, now.logBytes);
  if (!same(was.engineReadyAtMs, now.engineReadyAtMs)) out.push('engineReadyAtMs', was.engineReadyAtMs, now.engineReadyAtMs);
  if (!same(was.paused, now.paused)) out.push('paused', was.paused, now.paused);
  if (!same(was.suspending, now.suspending)) out.push('suspending', was.suspending, now.suspending);
  if (!same(was.savedStateBytes, now.savedStateBytes)) out.push('savedStateBytes', was.savedStateBytes, now.savedStateBytes);
  if (!same(was.restart, now.restart)) out.push('restart', was.restart, now.restart);
  if (!same(was.health, now.health)) out.push('health', was.health, now.health);
  if (!same(was.held, now.held)) out.push('held', was.held, now.held);
}

/**
 * Values of a record's larger nested values (never mutated, so counted once). Small ones (a
 * record's cpu.stat, a few phase spans) are counted again each time: quicker than the lookup,
 * and a weak map of every small value the engine makes slowed the garbage collector.
 */
const nestedValues = new WeakMap<object, number>();
/** Nested values holding more than this many values are remembered in nestedValues. */
const REMEMBERED_FROM = 48;

/** Values one field of a record holds (as countPlain counts them). */
export function fieldValues(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let n = nestedValues.get(value);
  if (n === undefined) {
    const count = { n: 0 };
    countPlain(value, count);
    n = count.n;
    if (n > REMEMBERED_FROM) nestedValues.set(value, n);
  }
  return n;
}

/** Fields holding one value each. */
const FLAT_FIELDS = RECORD_FIELDS.length - 1 - NESTED_FIELDS.length;

/** Values a record holds (all but its spec, which is counted with the scenario's: Run.specValues). */
export function recordValues(r: InstanceRecord): number {
  return FLAT_FIELDS + fieldValues(r.phases) + fieldValues(r.plan) + fieldValues(r.cpuStat) + fieldValues(r.upper) + fieldValues(r.stopping) + fieldValues(r.suspending) + fieldValues(r.restart) + fieldValues(r.health) + fieldValues(r.held);
}
