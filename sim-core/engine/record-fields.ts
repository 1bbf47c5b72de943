import type { InstanceRecord } from './state';

/**
 * An instance record's fields, named one by one, for what a rewindable run does to every
 * record it writes: copying it at its first write after a snapshot (copyRecord), comparing it
 * with that copy when the next snapshot is taken (diffRecord) and putting the copy back when it
 * seeks (restoreRecord); engine/record-counts.ts counts the values they hold.
 *
 * A copy is a run of slots in a shared array in REF_FIELDS order (RecordCopies), not a
 * spread of the record: spreads came in half a dozen hidden classes and records in three or
 * four, so every load comparing the two was megamorphic, and a generic walk (for-in,
 * record[key]) cost tens of nanoseconds a field, most of what closing an interval cost on a
 * crowded board. Named fields cost a few. The fields that always hold a number (NUMBER_FIELDS)
 * are copied into a Float64Array beside the references instead: V8 keeps a record's
 * fractional and large numbers in boxes of their own, and
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

/** The reference fields that hold a number or null: diffRecord compares them minding minus zero. */
export const NULLABLE_NUMBER_FIELDS = [
  'startedAtMs',
  'requestedAtMs',
  'readyMs',
  'memoryLimitBytes',
  'cpuLimit',
  'cpuStatSinceMs',
  'exitCode',
  'memoryAtStopBytes',
  'engineReadyAtMs',
] as const satisfies ReadonlyArray<(typeof REF_FIELDS)[number]>;
type NullableNumberField = { [K in (typeof REF_FIELDS)[number]]-?: number extends InstanceRecord[K] ? K : never }[(typeof REF_FIELDS)[number]];
type UnlistedNullableNumber = Exclude<NullableNumberField, (typeof NULLABLE_NUMBER_FIELDS)[number]>;
const allNullableNumbers: [UnlistedNullableNumber] extends [never] ? true : UnlistedNullableNumber = true;
void allNullableNumbers;

/**
 * Copies of records side by side, none an object of its own: copy i's references (REF_FIELDS
 * in order; its nested values shared: they are never mutated) at refs[i * REF_COUNT ...], its
 * numbers at numbers[i * COPY_NUMBERS ...]. An array per copy had been 4 MB a run of short-lived
 * objects (15,000 copies in a crowd's boot), each kept until the next snapshot and so moved
 * by the garbage collector; these two arrays keep their room from one interval to the next.
 */
export interface RecordCopies {
  refs: unknown[];
  numbers: Float64Array;
}

/** How many references a copy keeps. */
export const REF_COUNT = REF_FIELDS.length;
/** How many numbers a copy keeps in the Float64Array. */
export const COPY_NUMBERS = NUMBER_FIELDS.length;

export function createRecordCopies(room = 256): RecordCopies {
  const copies: RecordCopies = { refs: [], numbers: new Float64Array(0) };
  roomFor(copies, room - 1);
  return copies;
}

/** Makes room for copy `i` (and keeps the copies before it). */
function roomFor(copies: RecordCopies, i: number): void {
  const end = (i + 1) * COPY_NUMBERS;
  if (end <= copies.numbers.length) return;
  const numbers = new Float64Array(Math.max(2 * copies.numbers.length, end, 256 * COPY_NUMBERS));
  numbers.set(copies.numbers);
  copies.numbers = numbers;
  // Grown in place, element by element: an array written past its end would turn holey.
  const refs = copies.refs;
  for (let k = refs.length, until = numbers.length / COPY_NUMBERS * REF_COUNT; k < until; k++) refs.push(undefined);
}

/** Zero and minus zero differ to a report that divides by them. */
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

/** Copies `r` as copy `i` of `copies`. */
export function copyRecord(r: InstanceRecord, copies: RecordCopies, i: number): void {
  roomFor(copies, i);
  const numbers = copies.numbers;
  const at = i * COPY_NUMBERS;
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
  const refs = copies.refs;
  const o = i * REF_COUNT;
  refs[o + 0] = r.spec;
  refs[o + 1] = r.state;
  refs[o + 2] = r.pendingStart;
  refs[o + 3] = r.startedAtMs;
  refs[o + 4] = r.requestedAtMs;
  refs[o + 5] = r.readyMs;
  refs[o + 6] = r.phases;
  refs[o + 7] = r.plan;
  refs[o + 8] = r.memoryLimitBytes;
  refs[o + 9] = r.cpuLimit;
  refs[o + 10] = r.throttled;
  refs[o + 11] = r.cpuStatSinceMs;
  refs[o + 12] = r.cpuStat;
  refs[o + 13] = r.upper;
  refs[o + 14] = r.exitCode;
  refs[o + 15] = r.compromised;
  refs[o + 16] = r.memoryAtStopBytes;
  refs[o + 17] = r.stopping;
  refs[o + 18] = r.imageCopied;
  refs[o + 19] = r.balloonReportDue;
  refs[o + 20] = r.engineReadyAtMs;
  refs[o + 21] = r.paused;
  refs[o + 22] = r.suspending;
  refs[o + 23] = r.restart;
  refs[o + 24] = r.health;
  refs[o + 25] = r.held;
}

/**
 * Keeps of a fresh record, as copy `i`, its spec (what it is made again from: engine/changes.ts)
 * and its nested values (shared, frozen ones), which take the slots' place of whatever an
 * earlier interval's copy left there (so the copies hold no stale record's values).
 */
export function noteFresh(copies: RecordCopies, i: number, r: InstanceRecord): void {
  roomFor(copies, i);
  const refs = copies.refs;
  const o = i * REF_COUNT;
  refs[o + 0] = r.spec;
  refs[o + 6] = r.phases;
  refs[o + 7] = r.plan;
  refs[o + 12] = r.cpuStat;
  refs[o + 13] = r.upper;
  refs[o + 17] = r.stopping;
  refs[o + 22] = r.suspending;
  refs[o + 23] = r.restart;
  refs[o + 24] = r.health;
  refs[o + 25] = r.held;
}

/** The spec copy `i` holds. */
export function copiedSpec(copies: RecordCopies, i: number): InstanceRecord['spec'] {
  return copies.refs[i * REF_COUNT] as InstanceRecord['spec'];
}

/**
 * Writes into `out` the index in RECORD_FIELDS of each field of `now` that differs from copy
 * `i`, in order; returns how many. Indexes, not values: pushing a record's number fields into
 * an array boxes each one again, and a scratch array emptied after each record gave its
 * storage back every time. Each field is compared in its own expression, as its type needs
 * (a nullable number minding minus zero, anything else by identity): one shared comparison
 * function saw every type and fell back to V8's generic equality, a call each field.
 */
export function diffRecord(copies: RecordCopies, i: number, now: InstanceRecord, out: Int32Array): number {
  const refs = copies.refs;
  const o = i * REF_COUNT;
  const numbers = copies.numbers;
  const at = i * COPY_NUMBERS;
  let n = 0;
  let a: unknown;
  if (refs[o + 0] !== now.spec) out[n++] = 0;
  if (refs[o + 1] !== now.state) out[n++] = 1;
  if (refs[o + 2] !== now.pendingStart) out[n++] = 2;
  a = refs[o + 3];
  if (a !== now.startedAtMs || (a === 0 && 1 / (a as number) !== 1 / (now.startedAtMs as number))) out[n++] = 3;
  a = refs[o + 4];
  if (a !== now.requestedAtMs || (a === 0 && 1 / (a as number) !== 1 / (now.requestedAtMs as number))) out[n++] = 4;
  a = refs[o + 5];
  if (a !== now.readyMs || (a === 0 && 1 / (a as number) !== 1 / (now.readyMs as number))) out[n++] = 5;
  if (refs[o + 6] !== now.phases) out[n++] = 6;
  if (refs[o + 7] !== now.plan) out[n++] = 7;
  a = refs[o + 8];
  if (a !== now.memoryLimitBytes || (a === 0 && 1 / (a as number) !== 1 / (now.memoryLimitBytes as number))) out[n++] = 8;
  a = refs[o + 9];
  if (a !== now.cpuLimit || (a === 0 && 1 / (a as number) !== 1 / (now.cpuLimit as number))) out[n++] = 9;
  if (refs[o + 10] !== now.throttled) out[n++] = 10;
  a = refs[o + 11];
  if (a !== now.cpuStatSinceMs || (a === 0 && 1 / (a as number) !== 1 / (now.cpuStatSinceMs as number))) out[n++] = 11;
  if (refs[o + 12] !== now.cpuStat) out[n++] = 12;
  if (refs[o + 13] !== now.upper) out[n++] = 13;
  a = refs[o + 14];
  if (a !== now.exitCode || (a === 0 && 1 / (a as number) !== 1 / (now.exitCode as number))) out[n++] = 14;
  if (refs[o + 15] !== now.compromised) out[n++] = 15;
  a = refs[o + 16];
  if (a !== now.memoryAtStopBytes || (a === 0 && 1 / (a as number) !== 1 / (now.memoryAtStopBytes as number))) out[n++] = 16;
  if (refs[o + 17] !== now.stopping) out[n++] = 17;
  if (refs[o + 18] !== now.imageCopied) out[n++] = 18;
  if (refs[o + 19] !== now.balloonReportDue) out[n++] = 19;
  a = refs[o + 20];
  if (a !== now.engineReadyAtMs || (a === 0 && 1 / (a as number) !== 1 / (now.engineReadyAtMs as number))) out[n++] = 20;
  if (refs[o + 21] !== now.paused) out[n++] = 21;
  if (refs[o + 22] !== now.suspending) out[n++] = 22;
  if (refs[o + 23] !== now.restart) out[n++] = 23;
  if (refs[o + 24] !== now.health) out[n++] = 24;
  if (refs[o + 25] !== now.held) out[n++] = 25;
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

/** The value field `f` (its index in RECORD_FIELDS) held in copy `i`. */
export function copiedField(copies: RecordCopies, i: number, f: number): unknown {
  return f < REF_COUNT ? copies.refs[i * REF_COUNT + f] : asStored(copies.numbers[i * COPY_NUMBERS + f - REF_COUNT]!);
}

/** Puts every field of `r` back as copy `i` holds it. */
export function restoreRecord(r: InstanceRecord, copies: RecordCopies, i: number): void {
  const refs = copies.refs;
  const o = i * REF_COUNT;
  const numbers = copies.numbers;
  const at = i * COPY_NUMBERS;
  r.spec = refs[o + 0] as InstanceRecord['spec'];
  r.state = refs[o + 1] as InstanceRecord['state'];
  r.pendingStart = refs[o + 2] as InstanceRecord['pendingStart'];
  r.startedAtMs = refs[o + 3] as InstanceRecord['startedAtMs'];
  r.requestedAtMs = refs[o + 4] as InstanceRecord['requestedAtMs'];
  r.readyMs = refs[o + 5] as InstanceRecord['readyMs'];
  r.phases = refs[o + 6] as InstanceRecord['phases'];
  r.plan = refs[o + 7] as InstanceRecord['plan'];
  r.memoryLimitBytes = refs[o + 8] as InstanceRecord['memoryLimitBytes'];
  r.cpuLimit = refs[o + 9] as InstanceRecord['cpuLimit'];
  r.throttled = refs[o + 10] as InstanceRecord['throttled'];
  r.cpuStatSinceMs = refs[o + 11] as InstanceRecord['cpuStatSinceMs'];
  r.cpuStat = refs[o + 12] as InstanceRecord['cpuStat'];
  r.upper = refs[o + 13] as InstanceRecord['upper'];
  r.exitCode = refs[o + 14] as InstanceRecord['exitCode'];
  r.compromised = refs[o + 15] as InstanceRecord['compromised'];
  r.memoryAtStopBytes = refs[o + 16] as InstanceRecord['memoryAtStopBytes'];
  r.stopping = refs[o + 17] as InstanceRecord['stopping'];
  r.imageCopied = refs[o + 18] as InstanceRecord['imageCopied'];
  r.balloonReportDue = refs[o + 19] as InstanceRecord['balloonReportDue'];
  r.engineReadyAtMs = refs[o + 20] as InstanceRecord['engineReadyAtMs'];
  r.paused = refs[o + 21] as InstanceRecord['paused'];
  r.suspending = refs[o + 22] as InstanceRecord['suspending'];
  r.restart = refs[o + 23] as InstanceRecord['restart'];
  r.health = refs[o + 24] as InstanceRecord['health'];
  r.held = refs[o + 25] as InstanceRecord['held'];
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

/** The record copy `i` holds, as an object (for tests and inspection, not the hot path). */
export function recordOfCopy(copies: RecordCopies, i: number): InstanceRecord {
  return Object.fromEntries(RECORD_FIELDS.map((key, f) => [key, copiedField(copies, i, f)])) as unknown as InstanceRecord;
}
