import type { InstanceRecord, PlannedPhase, PlannedStep } from './state';
import type { PhaseSpan } from './view';
import { countPlain } from './plain-copy';
import { NESTED_FIELDS, RECORD_FIELDS } from './record-fields';

/**
 * Values a record and its copies hold, as a walk of plain data counts them (countPlain): the
 * unit snapshots' memory is measured in (engine/snapshot.ts).
 */

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

/** By index in RECORD_FIELDS: the field's index in NESTED_FIELDS, or -1 for a field holding one value. */
export const NESTED_SLOT: readonly number[] = RECORD_FIELDS.map((key) => (NESTED_FIELDS as readonly string[]).indexOf(key));

/**
 * Values the nested field `slot` (its index in NESTED_FIELDS) of a record holds when it holds
 * `value`. The fields that change on a crowded board, its phases and plan, are counted by their
 * types' keys; the others, rarely written, by fieldValues. (A cache of each record's last count
 * was a cache miss per lookup on a crowded board, dearer than counting.) The last value counted
 * for each field is remembered: records made together share their fresh values (an empty
 * plan, a shared overlay), and nested values are never mutated, so a count stays true.
 */
export function nestedValuesOf(slot: number, value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  if (LAST_VALUE[slot] === value) return LAST_COUNT[slot]!;
  const n = slot === PHASES_SLOT && Array.isArray(value) ? phasesValues(value as readonly PhaseSpan[])
    : slot === PLAN_SLOT && Array.isArray(value) ? planValues(value as readonly PlannedPhase[])
    : fieldValues(value);
  LAST_VALUE[slot] = value;
  LAST_COUNT[slot] = n;
  return n;
}

const LAST_VALUE: unknown[] = NESTED_FIELDS.map(() => undefined);
const LAST_COUNT = new Int32Array(NESTED_FIELDS.length);

const PLAN_SLOT = NESTED_FIELDS.indexOf('plan');
const PHASES_SLOT = NESTED_FIELDS.indexOf('phases');

/* Compile-time check: phasesValues counts every key a span has. */
type UncountedSpanKey = Exclude<keyof PhaseSpan, 'name' | 'startMs' | 'endMs'>;
const spanKeysNamed: [UncountedSpanKey] extends [never] ? true : UncountedSpanKey = true;
void spanKeysNamed;

/**
 * Values a record's phases hold, as countPlain counts them: the array, and each span with its
 * name, start and end. A phase's end gives the record a new array one span longer (15,000 in
 * a crowd's boot), and walking its spans by for-in was most of what counting them cost.
 */
export function phasesValues(phases: readonly PhaseSpan[]): number {
  return 1 + 4 * phases.length;
}

/* Compile-time checks: planValues names every key a planned phase and step may have. */
type UncountedPlanKey = Exclude<keyof PlannedPhase, 'name' | 'kind' | 'amount' | 'then' | 'memoryAfterBytes'>;
type UncountedStepKey = Exclude<keyof PlannedStep, 'kind' | 'amount'>;
const planKeysNamed: [UncountedPlanKey | UncountedStepKey] extends [never] ? true : UncountedPlanKey | UncountedStepKey = true;
void planKeysNamed;

/**
 * Values a record's plan holds, as countPlain counts them, by its type's keys: every start
 * makes a new plan (10,000 in a crowd's boot), and walking each by for-in was most of what
 * counting cost. Exact for plans as engine/plan.ts makes them (checked against countPlain in
 * tests/unit/engine/record-fields.test.ts).
 */
export function planValues(plan: readonly PlannedPhase[]): number {
  let n = 1;
  for (let i = 0; i < plan.length; i++) {
    const phase = plan[i]!;
    // The phase, its name, kind, amount and memoryAfterBytes, and its steps if it has the key.
    n += 5;
    const then = phase.then;
    // The key, when present, holds the steps: `in` only for the rare key holding undefined.
    if (then === undefined && !('then' in phase)) continue;
    n += 1;
    // Each step: itself, its kind and amount.
    if (then) n += 3 * then.length;
  }
  return n;
}

/** Fields holding one value each. */
const FLAT_FIELDS = RECORD_FIELDS.length - 1 - NESTED_FIELDS.length;

/** Values a record holds (all but its spec, which is counted with the scenario's: Run.specValues). */
export function recordValues(r: InstanceRecord): number {
  return FLAT_FIELDS + nestedValuesOf(0, r.phases) + nestedValuesOf(1, r.plan) + nestedValuesOf(2, r.cpuStat) + nestedValuesOf(3, r.upper) + nestedValuesOf(4, r.stopping)
    + nestedValuesOf(5, r.suspending) + nestedValuesOf(6, r.restart) + nestedValuesOf(7, r.health) + nestedValuesOf(8, r.held);
}
