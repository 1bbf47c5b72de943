import type { InstanceRecord } from './state';
import { countPlain } from './plain-copy';

/**
 * An instance record's fields, named one by one, for what a rewindable run does to every
 * record it writes: copying it at its first write after a snapshot (copyRecord), comparing it
 * with that copy when the next snapshot is taken (diffRecord), putting the copy back when it
 * seeks (restoreRecord) and counting the values it holds (recordValues).
 *
 * A copy is an array in RECORD_FIELDS order, not a spread of the record: spreads came in half
 * a dozen hidden classes and records in three or four, so every load comparing the two was
 * megamorphic, and a generic walk (for-in, record[key]) cost tens of nanoseconds a field,
 * most of what closing an interval cost on a crowded board. Named fields cost a few. The
 * lists are checked against InstanceRecord at compile time, and
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

/** A record's fields as they were, in RECORD_FIELDS order (its nested values shared: they are never mutated). */
export type RecordCopy = readonly unknown[];

/** Zero and minus zero differ to a report that divides by them. */
export function same(a: unknown, b: unknown): boolean {
  return a === b && (a !== 0 || Object.is(a, b));
}

export function copyRecord(r: InstanceRecord): RecordCopy {
  return [
    r.spec,
    r.index,
    r.state,
    r.gen,
    r.pendingStart,
    r.startedAtMs,
    r.requestedAtMs,
    r.readyMs,
    r.phases,
    r.plan,
    r.phaseIndex,
    r.stepIndex,
    r.phaseStartMs,
    r.memoryBytes,
    r.overheadBytes,
    r.baseBytes,
    r.appMemoryBytes,
    r.cpuDemand,
    r.cpuCores,
    r.memoryLimitBytes,
    r.cpuLimit,
    r.throttled,
    r.cpuStatSinceMs,
    r.cpuStat,
    r.diskBytes,
    r.upper,
    r.exitCode,
    r.compromised,
    r.memoryAtStopBytes,
    r.stopping,
    r.guestPeakBytes,
    r.imageCopied,
    r.balloonReportDue,
    r.guestFileBytes,
    r.swapBytes,
    r.logBytes,
    r.engineReadyAtMs,
    r.paused,
    r.suspending,
    r.savedStateBytes,
    r.restart,
    r.health,
    r.held,
  ];
}

/**
 * Writes into `out` the index in RECORD_FIELDS of each field of `now` that differs from the
 * copy `was`, in order; returns how many. Indexes, not values: pushing a record's number
 * fields into an array boxes each one again, and a scratch array emptied after each record
 * gave its storage back every time (together most of what closing an interval allocated).
 */
export function diffRecord(was: RecordCopy, now: InstanceRecord, out: Int32Array): number {
  let n = 0;
  if (!same(was[0], now.spec)) out[n++] = 0;
  if (!same(was[1], now.index)) out[n++] = 1;
  if (!same(was[2], now.state)) out[n++] = 2;
  if (!same(was[3], now.gen)) out[n++] = 3;
  if (!same(was[4], now.pendingStart)) out[n++] = 4;
  if (!same(was[5], now.startedAtMs)) out[n++] = 5;
  if (!same(was[6], now.requestedAtMs)) out[n++] = 6;
  if (!same(was[7], now.readyMs)) out[n++] = 7;
  if (!same(was[8], now.phases)) out[n++] = 8;
  if (!same(was[9], now.plan)) out[n++] = 9;
  if (!same(was[10], now.phaseIndex)) out[n++] = 10;
  if (!same(was[11], now.stepIndex)) out[n++] = 11;
  if (!same(was[12], now.phaseStartMs)) out[n++] = 12;
  if (!same(was[13], now.memoryBytes)) out[n++] = 13;
  if (!same(was[14], now.overheadBytes)) out[n++] = 14;
  if (!same(was[15], now.baseBytes)) out[n++] = 15;
  if (!same(was[16], now.appMemoryBytes)) out[n++] = 16;
  if (!same(was[17], now.cpuDemand)) out[n++] = 17;
  if (!same(was[18], now.cpuCores)) out[n++] = 18;
  if (!same(was[19], now.memoryLimitBytes)) out[n++] = 19;
  if (!same(was[20], now.cpuLimit)) out[n++] = 20;
  if (!same(was[21], now.throttled)) out[n++] = 21;
  if (!same(was[22], now.cpuStatSinceMs)) out[n++] = 22;
  if (!same(was[23], now.cpuStat)) out[n++] = 23;
  if (!same(was[24], now.diskBytes)) out[n++] = 24;
  if (!same(was[25], now.upper)) out[n++] = 25;
  if (!same(was[26], now.exitCode)) out[n++] = 26;
  if (!same(was[27], now.compromised)) out[n++] = 27;
  if (!same(was[28], now.memoryAtStopBytes)) out[n++] = 28;
  if (!same(was[29], now.stopping)) out[n++] = 29;
  if (!same(was[30], now.guestPeakBytes)) out[n++] = 30;
  if (!same(was[31], now.imageCopied)) out[n++] = 31;
  if (!same(was[32], now.balloonReportDue)) out[n++] = 32;
  if (!same(was[33], now.guestFileBytes)) out[n++] = 33;
  if (!same(was[34], now.swapBytes)) out[n++] = 34;
  if (!same(was[35], now.logBytes)) out[n++] = 35;
  if (!same(was[36], now.engineReadyAtMs)) out[n++] = 36;
  if (!same(was[37], now.paused)) out[n++] = 37;
  if (!same(was[38], now.suspending)) out[n++] = 38;
  if (!same(was[39], now.savedStateBytes)) out[n++] = 39;
  if (!same(was[40], now.restart)) out[n++] = 40;
  if (!same(was[41], now.health)) out[n++] = 41;
  if (!same(was[42], now.held)) out[n++] = 42;
  return n;
}

/** Room for every field of a record: what diffRecord writes into. */
export function diffScratch(): Int32Array {
  return new Int32Array(RECORD_FIELDS.length);
}

/** Puts every field of `r` back as the copy `c` holds it. */
export function restoreRecord(r: InstanceRecord, c: RecordCopy): void {
  r.spec = c[0] as InstanceRecord['spec'];
  r.index = c[1] as InstanceRecord['index'];
  r.state = c[2] as InstanceRecord['state'];
  r.gen = c[3] as InstanceRecord['gen'];
  r.pendingStart = c[4] as InstanceRecord['pendingStart'];
  r.startedAtMs = c[5] as InstanceRecord['startedAtMs'];
  r.requestedAtMs = c[6] as InstanceRecord['requestedAtMs'];
  r.readyMs = c[7] as InstanceRecord['readyMs'];
  r.phases = c[8] as InstanceRecord['phases'];
  r.plan = c[9] as InstanceRecord['plan'];
  r.phaseIndex = c[10] as InstanceRecord['phaseIndex'];
  r.stepIndex = c[11] as InstanceRecord['stepIndex'];
  r.phaseStartMs = c[12] as InstanceRecord['phaseStartMs'];
  r.memoryBytes = c[13] as InstanceRecord['memoryBytes'];
  r.overheadBytes = c[14] as InstanceRecord['overheadBytes'];
  r.baseBytes = c[15] as InstanceRecord['baseBytes'];
  r.appMemoryBytes = c[16] as InstanceRecord['appMemoryBytes'];
  r.cpuDemand = c[17] as InstanceRecord['cpuDemand'];
  r.cpuCores = c[18] as InstanceRecord['cpuCores'];
  r.memoryLimitBytes = c[19] as InstanceRecord['memoryLimitBytes'];
  r.cpuLimit = c[20] as InstanceRecord['cpuLimit'];
  r.throttled = c[21] as InstanceRecord['throttled'];
  r.cpuStatSinceMs = c[22] as InstanceRecord['cpuStatSinceMs'];
  r.cpuStat = c[23] as InstanceRecord['cpuStat'];
  r.diskBytes = c[24] as InstanceRecord['diskBytes'];
  r.upper = c[25] as InstanceRecord['upper'];
  r.exitCode = c[26] as InstanceRecord['exitCode'];
  r.compromised = c[27] as InstanceRecord['compromised'];
  r.memoryAtStopBytes = c[28] as InstanceRecord['memoryAtStopBytes'];
  r.stopping = c[29] as InstanceRecord['stopping'];
  r.guestPeakBytes = c[30] as InstanceRecord['guestPeakBytes'];
  r.imageCopied = c[31] as InstanceRecord['imageCopied'];
  r.balloonReportDue = c[32] as InstanceRecord['balloonReportDue'];
  r.guestFileBytes = c[33] as InstanceRecord['guestFileBytes'];
  r.swapBytes = c[34] as InstanceRecord['swapBytes'];
  r.logBytes = c[35] as InstanceRecord['logBytes'];
  r.engineReadyAtMs = c[36] as InstanceRecord['engineReadyAtMs'];
  r.paused = c[37] as InstanceRecord['paused'];
  r.suspending = c[38] as InstanceRecord['suspending'];
  r.savedStateBytes = c[39] as InstanceRecord['savedStateBytes'];
  r.restart = c[40] as InstanceRecord['restart'];
  r.health = c[41] as InstanceRecord['health'];
  r.held = c[42] as InstanceRecord['held'];
}

/** The record a copy holds, as an object (for tests and inspection, not the hot path). */
export function recordOfCopy(c: RecordCopy): InstanceRecord {
  return Object.fromEntries(RECORD_FIELDS.map((key, i) => [key, c[i]])) as unknown as InstanceRecord;
}

/**
 * Values of a record's larger nested values (never mutated, so counted once), and of the
 * shared frozen ones every fresh record holds. Other small ones (a record's cpu.stat, a few
 * phase spans) are counted again each time: quicker than the lookup, and a weak map of every
 * small value the engine makes slowed the garbage collector.
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
    if (n > REMEMBERED_FROM || Object.isFrozen(value)) nestedValues.set(value, n);
  }
  return n;
}

/** The value of the nested field `slot` (its index in NESTED_FIELDS) of `r`, by name: a keyed load of a record is megamorphic. */
export function nestedField(r: InstanceRecord, slot: number): unknown {
  switch (slot) {
    case 0: return r.phases;
    case 1: return r.plan;
    case 2: return r.cpuStat;
    case 3: return r.upper;
    case 4: return r.stopping;
    case 5: return r.suspending;
    case 6: return r.restart;
    case 7: return r.health;
    default: return r.held;
  }
}

/** By index in RECORD_FIELDS: the field's index in NESTED_FIELDS, or -1 for a field holding one value. */
export const NESTED_SLOT: readonly number[] = RECORD_FIELDS.map((key) => (NESTED_FIELDS as readonly string[]).indexOf(key));

/**
 * The values of each record's nested fields as last counted, each beside the value counted
 * (by record index and nested field): a value is counted when it first shows in a comparison
 * (as a record's new value) and found here when it shows again (as the value a later undo
 * keeps), without a lookup in a map of every value the engine made.
 */
export interface NestedCounts {
  /** Pages of PAGE slots (one large array would be a slow dictionary past 100,000 elements). */
  seen: unknown[][];
  counts: Int32Array[];
}

const PAGE = 1024;

export function createNestedCounts(): NestedCounts {
  return { seen: [], counts: [] };
}

/** Values `value` holds, field `slot` (in NESTED_FIELDS) of the record numbered `index`. */
export function nestedValuesOf(cache: NestedCounts, index: number, slot: number, value: unknown): number {
  const k = index * NESTED_FIELDS.length + slot;
  const page = k >>> 10;
  const at = k & (PAGE - 1);
  while (cache.seen.length <= page) {
    cache.seen.push(new Array<unknown>(PAGE).fill(undefined));
    cache.counts.push(new Int32Array(PAGE));
  }
  const seen = cache.seen[page]!;
  const counts = cache.counts[page]!;
  const was = seen[at];
  if (was === value) return counts[at]!;
  const n = Array.isArray(was) && Array.isArray(value) ? grownValues(was, counts[at]!, value) : fieldValues(value);
  seen[at] = value;
  counts[at] = n;
  return n;
}

/**
 * Values the array `now` holds, from `wasValues`, what the array `was` holds: where `now`
 * begins with `was`'s elements (a record's phases gain a span at each phase's end, a new array
 * sharing the spans before it), only the elements past the shared ones are counted. Exact: an
 * array holds one value and its elements' (countPlain), and nested values are never mutated.
 */
function grownValues(was: readonly unknown[], wasValues: number, now: readonly unknown[]): number {
  const most = Math.min(was.length, now.length);
  let shared = 0;
  while (shared < most && was[shared] === now[shared]) shared++;
  if (shared === 0) return fieldValues(now);
  const count = { n: wasValues };
  for (let i = shared; i < now.length; i++) countPlain(now[i], count);
  const gone = { n: 0 };
  for (let i = shared; i < was.length; i++) countPlain(was[i], gone);
  return count.n - gone.n;
}

/** Fields holding one value each. */
const FLAT_FIELDS = RECORD_FIELDS.length - 1 - NESTED_FIELDS.length;

/** Values a record holds (all but its spec, which is counted with the scenario's: Run.specValues). */
export function recordValues(r: InstanceRecord): number {
  return FLAT_FIELDS + fieldValues(r.phases) + fieldValues(r.plan) + fieldValues(r.cpuStat) + fieldValues(r.upper) + fieldValues(r.stopping) + fieldValues(r.suspending) + fieldValues(r.restart) + fieldValues(r.health) + fieldValues(r.held);
}

/** Values the record a copy holds held (as recordValues counts them). */
export function copyValues(c: RecordCopy): number {
  return FLAT_FIELDS + fieldValues(c[8]) + fieldValues(c[9]) + fieldValues(c[23]) + fieldValues(c[25]) + fieldValues(c[29]) + fieldValues(c[38]) + fieldValues(c[40]) + fieldValues(c[41]) + fieldValues(c[42]);
}
