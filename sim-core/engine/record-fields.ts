import type { InstanceRecord } from './state';

/**
 * An instance record's fields, named one by one, for what a rewindable run does to every
 * record it writes: copying it at its first write after a snapshot (copyRecord), comparing it
 * with that copy when the next snapshot is taken (diffRecord) and putting the copy back when it
 * seeks (restoreRecord); engine/record-counts.ts counts the values they hold.
 *
 * A copy is an array in REF_FIELDS order, not a spread of the record: spreads came in half
 * a dozen hidden classes and records in three or four, so every load comparing the two was
 * megamorphic, and a generic walk (for-in, record[key]) cost tens of nanoseconds a field,
 * most of what closing an interval cost on a crowded board. Named fields cost a few. The
 * fields that always hold a number (NUMBER_FIELDS) are copied into a Float64Array beside the
 * copies instead: V8 keeps a record's fractional and large numbers in boxes of their own, and
 * putting one into an array makes a new box, about a dozen per copy. The lists are checked
 * against InstanceRecord at compile time, and tests/unit/engine/record-fields.test.ts checks
 * them against a record's keys.
 */

/** The fields that always hold a number. */
export const NUMBER_FIELDS = [
  'index',
  'gen',
  'phaseIndex',
  'stepIndex',
  'phaseStartMs',
  'memoryBytes',
  'overheadBytes',
  'baseBytes',
  'appMemoryBytes',
  'cpuDemand',
  'cpuCores',
  'diskBytes',
  'guestPeakBytes',
  'guestFileBytes',
  'swapBytes',
  'logBytes',
  'savedStateBytes',
] as const satisfies ReadonlyArray<NumberField>;

/** The other fields, as state.ts declares them. */
export const REF_FIELDS = [
  'spec',
  'state',
  'pendingStart',
  'startedAtMs',
  'requestedAtMs',
  'readyMs',
  'phases',
  'plan',
  'memoryLimitBytes',
  'cpuLimit',
  'throttled',
  'cpuStatSinceMs',
  'cpuStat',
  'upper',
  'exitCode',
  'compromised',
  'memoryAtStopBytes',
  'stopping',
  'imageCopied',
  'balloonReportDue',
  'engineReadyAtMs',
  'paused',
  'suspending',
  'restart',
  'health',
  'held',
] as const satisfies ReadonlyArray<keyof InstanceRecord>;

/** Every field of a record: a field's index here is how a comparison names it (diffRecord). */
export const RECORD_FIELDS = [...REF_FIELDS, ...NUMBER_FIELDS] as const;

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

type NumberField = { [K in keyof InstanceRecord]-?: InstanceRecord[K] extends number ? K : never }[keyof InstanceRecord];
/** Fields whose type allows an object or array (spec aside: it is counted with the scenario). */
type MayNest = { [K in keyof InstanceRecord]-?: Extract<InstanceRecord[K], object> extends never ? never : K }[keyof InstanceRecord];
/* Compile-time checks: a field added to InstanceRecord but not named here fails to compile. */
type Unnamed = Exclude<keyof InstanceRecord, (typeof RECORD_FIELDS)[number]>;
type Uncounted = Exclude<MayNest, (typeof NESTED_FIELDS)[number] | 'spec'>;
type UncopiedNumber = Exclude<NumberField, (typeof NUMBER_FIELDS)[number]>;
const allNamed: [Unnamed] extends [never] ? true : Unnamed = true;
const allCounted: [Uncounted] extends [never] ? true : Uncounted = true;
const allNumbers: [UncopiedNumber] extends [never] ? true : UncopiedNumber = true;
void allNamed;
void allCounted;
void allNumbers;

/** A record's fields as they were, but its numbers: REF_FIELDS in order (its nested values shared: they are never mutated). */
export type RecordCopy = readonly unknown[];

/** How many numbers a copy keeps in its Float64Array: copy i's at [i * COPY_NUMBERS, (i + 1) * COPY_NUMBERS). */
export const COPY_NUMBERS = NUMBER_FIELDS.length;

/** Zero and minus zero differ to a report that divides by them. */
export function same(a: unknown, b: unknown): boolean {
  return a === b && (a !== 0 || Object.is(a, b));
}

function sameNumber(a: number, b: number): boolean {
  return a === b && (a !== 0 || 1 / a === 1 / b);
}

/**
 * A number read back from a copy's Float64Array, as the engine stores it: a whole number (but
 * minus zero) as an integer. Optimised code may box what it reads from a Float64Array even when
 * it is whole, and storing a boxed number into a field V8 keeps as a small integer widens that
 * field for every record (a new hidden class each record then migrates to): a first seek back
 * took 80 ms putting undos back instead of a few.
 */
function asStored(v: number): number {
  return v === (v | 0) && (v !== 0 || 1 / v > 0) ? v | 0 : v;
}

/** A copy of `r`: returned, but its numbers, written into `numbers` from `at`. */
export function copyRecord(r: InstanceRecord, numbers: Float64Array, at: number): RecordCopy {
  numbers[at + 0] = r.index;
  numbers[at + 1] = r.gen;
  numbers[at + 2] = r.phaseIndex;
  numbers[at + 3] = r.stepIndex;
  numbers[at + 4] = r.phaseStartMs;
  numbers[at + 5] = r.memoryBytes;
  numbers[at + 6] = r.overheadBytes;
  numbers[at + 7] = r.baseBytes;
  numbers[at + 8] = r.appMemoryBytes;
  numbers[at + 9] = r.cpuDemand;
  numbers[at + 10] = r.cpuCores;
  numbers[at + 11] = r.diskBytes;
  numbers[at + 12] = r.guestPeakBytes;
  numbers[at + 13] = r.guestFileBytes;
  numbers[at + 14] = r.swapBytes;
  numbers[at + 15] = r.logBytes;
  numbers[at + 16] = r.savedStateBytes;
  return [
    r.spec,
    r.state,
    r.pendingStart,
    r.startedAtMs,
    r.requestedAtMs,
    r.readyMs,
    r.phases,
    r.plan,
    r.memoryLimitBytes,
    r.cpuLimit,
    r.throttled,
    r.cpuStatSinceMs,
    r.cpuStat,
    r.upper,
    r.exitCode,
    r.compromised,
    r.memoryAtStopBytes,
    r.stopping,
    r.imageCopied,
    r.balloonReportDue,
    r.engineReadyAtMs,
    r.paused,
    r.suspending,
    r.restart,
    r.health,
    r.held,
  ];
}

/**
 * Writes into `out` the index in RECORD_FIELDS of each field of `now` that differs from the
 * copy (`was`, its numbers in `numbers` from `at`), in order; returns how many. Indexes, not
 * values: pushing a record's number fields into an array boxes each one again, and a scratch
 * array emptied after each record gave its storage back every time.
 */
export function diffRecord(was: RecordCopy, numbers: Float64Array, at: number, now: InstanceRecord, out: Int32Array): number {
  let n = 0;
  if (!same(was[0], now.spec)) out[n++] = 0;
  if (!same(was[1], now.state)) out[n++] = 1;
  if (!same(was[2], now.pendingStart)) out[n++] = 2;
  if (!same(was[3], now.startedAtMs)) out[n++] = 3;
  if (!same(was[4], now.requestedAtMs)) out[n++] = 4;
  if (!same(was[5], now.readyMs)) out[n++] = 5;
  if (!same(was[6], now.phases)) out[n++] = 6;
  if (!same(was[7], now.plan)) out[n++] = 7;
  if (!same(was[8], now.memoryLimitBytes)) out[n++] = 8;
  if (!same(was[9], now.cpuLimit)) out[n++] = 9;
  if (!same(was[10], now.throttled)) out[n++] = 10;
  if (!same(was[11], now.cpuStatSinceMs)) out[n++] = 11;
  if (!same(was[12], now.cpuStat)) out[n++] = 12;
  if (!same(was[13], now.upper)) out[n++] = 13;
  if (!same(was[14], now.exitCode)) out[n++] = 14;
  if (!same(was[15], now.compromised)) out[n++] = 15;
  if (!same(was[16], now.memoryAtStopBytes)) out[n++] = 16;
  if (!same(was[17], now.stopping)) out[n++] = 17;
  if (!same(was[18], now.imageCopied)) out[n++] = 18;
  if (!same(was[19], now.balloonReportDue)) out[n++] = 19;
  if (!same(was[20], now.engineReadyAtMs)) out[n++] = 20;
  if (!same(was[21], now.paused)) out[n++] = 21;
  if (!same(was[22], now.suspending)) out[n++] = 22;
  if (!same(was[23], now.restart)) out[n++] = 23;
  if (!same(was[24], now.health)) out[n++] = 24;
  if (!same(was[25], now.held)) out[n++] = 25;
  if (!sameNumber(numbers[at + 0]!, now.index)) out[n++] = 26;
  if (!sameNumber(numbers[at + 1]!, now.gen)) out[n++] = 27;
  if (!sameNumber(numbers[at + 2]!, now.phaseIndex)) out[n++] = 28;
  if (!sameNumber(numbers[at + 3]!, now.stepIndex)) out[n++] = 29;
  if (!sameNumber(numbers[at + 4]!, now.phaseStartMs)) out[n++] = 30;
  if (!sameNumber(numbers[at + 5]!, now.memoryBytes)) out[n++] = 31;
  if (!sameNumber(numbers[at + 6]!, now.overheadBytes)) out[n++] = 32;
  if (!sameNumber(numbers[at + 7]!, now.baseBytes)) out[n++] = 33;
  if (!sameNumber(numbers[at + 8]!, now.appMemoryBytes)) out[n++] = 34;
  if (!sameNumber(numbers[at + 9]!, now.cpuDemand)) out[n++] = 35;
  if (!sameNumber(numbers[at + 10]!, now.cpuCores)) out[n++] = 36;
  if (!sameNumber(numbers[at + 11]!, now.diskBytes)) out[n++] = 37;
  if (!sameNumber(numbers[at + 12]!, now.guestPeakBytes)) out[n++] = 38;
  if (!sameNumber(numbers[at + 13]!, now.guestFileBytes)) out[n++] = 39;
  if (!sameNumber(numbers[at + 14]!, now.swapBytes)) out[n++] = 40;
  if (!sameNumber(numbers[at + 15]!, now.logBytes)) out[n++] = 41;
  if (!sameNumber(numbers[at + 16]!, now.savedStateBytes)) out[n++] = 42;
  return n;
}

/** Room for every field of a record: what diffRecord writes into. */
export function diffScratch(): Int32Array {
  return new Int32Array(RECORD_FIELDS.length);
}

/** The value field `f` (its index in RECORD_FIELDS) held in a copy. */
export function copiedField(was: RecordCopy, numbers: Float64Array, at: number, f: number): unknown {
  return f < REF_FIELDS.length ? was[f] : asStored(numbers[at + f - REF_FIELDS.length]!);
}

/** Puts every field of `r` back as the copy (`c`, its numbers in `numbers` from `at`) holds it. */
export function restoreRecord(r: InstanceRecord, c: RecordCopy, numbers: Float64Array, at: number): void {
  r.spec = c[0] as InstanceRecord['spec'];
  r.state = c[1] as InstanceRecord['state'];
  r.pendingStart = c[2] as InstanceRecord['pendingStart'];
  r.startedAtMs = c[3] as InstanceRecord['startedAtMs'];
  r.requestedAtMs = c[4] as InstanceRecord['requestedAtMs'];
  r.readyMs = c[5] as InstanceRecord['readyMs'];
  r.phases = c[6] as InstanceRecord['phases'];
  r.plan = c[7] as InstanceRecord['plan'];
  r.memoryLimitBytes = c[8] as InstanceRecord['memoryLimitBytes'];
  r.cpuLimit = c[9] as InstanceRecord['cpuLimit'];
  r.throttled = c[10] as InstanceRecord['throttled'];
  r.cpuStatSinceMs = c[11] as InstanceRecord['cpuStatSinceMs'];
  r.cpuStat = c[12] as InstanceRecord['cpuStat'];
  r.upper = c[13] as InstanceRecord['upper'];
  r.exitCode = c[14] as InstanceRecord['exitCode'];
  r.compromised = c[15] as InstanceRecord['compromised'];
  r.memoryAtStopBytes = c[16] as InstanceRecord['memoryAtStopBytes'];
  r.stopping = c[17] as InstanceRecord['stopping'];
  r.imageCopied = c[18] as InstanceRecord['imageCopied'];
  r.balloonReportDue = c[19] as InstanceRecord['balloonReportDue'];
  r.engineReadyAtMs = c[20] as InstanceRecord['engineReadyAtMs'];
  r.paused = c[21] as InstanceRecord['paused'];
  r.suspending = c[22] as InstanceRecord['suspending'];
  r.restart = c[23] as InstanceRecord['restart'];
  r.health = c[24] as InstanceRecord['health'];
  r.held = c[25] as InstanceRecord['held'];
  r.index = asStored(numbers[at + 0]!);
  r.gen = asStored(numbers[at + 1]!);
  r.phaseIndex = asStored(numbers[at + 2]!);
  r.stepIndex = asStored(numbers[at + 3]!);
  r.phaseStartMs = asStored(numbers[at + 4]!);
  r.memoryBytes = asStored(numbers[at + 5]!);
  r.overheadBytes = asStored(numbers[at + 6]!);
  r.baseBytes = asStored(numbers[at + 7]!);
  r.appMemoryBytes = asStored(numbers[at + 8]!);
  r.cpuDemand = asStored(numbers[at + 9]!);
  r.cpuCores = asStored(numbers[at + 10]!);
  r.diskBytes = asStored(numbers[at + 11]!);
  r.guestPeakBytes = asStored(numbers[at + 12]!);
  r.guestFileBytes = asStored(numbers[at + 13]!);
  r.swapBytes = asStored(numbers[at + 14]!);
  r.logBytes = asStored(numbers[at + 15]!);
  r.savedStateBytes = asStored(numbers[at + 16]!);
}

/** The record a copy holds, as an object (for tests and inspection, not the hot path). */
export function recordOfCopy(c: RecordCopy, numbers: Float64Array, at: number): InstanceRecord {
  return Object.fromEntries(RECORD_FIELDS.map((key, f) => [key, copiedField(c, numbers, at, f)])) as unknown as InstanceRecord;
}
