import type { InstanceRecord, Simulation } from './state';

/**
 * What the engine changed since the last snapshot, noted as it writes, so a snapshot costs
 * what changed and knows, without comparing, what did not (engine/snapshot.ts).
 *
 * Every function that writes an instance record calls `touch` before its first write: the
 * first touch after a snapshot keeps a shallow copy of the record as it was then. A shallow
 * copy is enough because a record's nested values (spec, plan, phases, cpuStat, restart,
 * stopping, upper) are replaced, never mutated (see state.ts). A run that never seeks back
 * (the runner) has no Changes and a touch is one null check.
 */
export interface Changes {
  /** Records written since the last snapshot, each with a copy of it as it was then (null: it joined the board since). */
  before: Map<InstanceRecord, InstanceRecord | null>;
  /** Whether a record joined or left the board since the last snapshot. */
  membership: boolean;
  /** Whether the CPU claims (cpuClaims, cpuBackground) changed since the last snapshot. */
  claims: boolean;
}

export function createChanges(): Changes {
  return { before: new Map(), membership: false, claims: false };
}

/** Call before writing any field of `inst`. */
export function touch(sim: Simulation, inst: InstanceRecord): void {
  const changes = sim.changes;
  if (changes && !changes.before.has(inst)) changes.before.set(inst, { ...inst });
}

/** Call before changing the CPU claims. */
export function touchClaims(sim: Simulation): void {
  if (sim.changes) sim.changes.claims = true;
}

/** Call when a record joins the board. */
export function touchAdded(sim: Simulation, inst: InstanceRecord): void {
  const changes = sim.changes;
  if (!changes) return;
  if (!changes.before.has(inst)) changes.before.set(inst, null);
  changes.membership = true;
}

/** Call before a record leaves the board. */
export function touchRemoved(sim: Simulation, inst: InstanceRecord): void {
  touch(sim, inst);
  if (sim.changes) sim.changes.membership = true;
}
