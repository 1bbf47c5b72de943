/**
 * Rewind is exact: a seek to any moment, after any seeks and actions, lands on the whole state
 * a straight run reaches (records, queue, resources, log: not only what the page draws), and
 * the engine notes every record it writes before it writes it (what snapshots rely on to copy
 * only what changed).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apply, createRun, createSimulation, runAdvance, runApply, runSeek, snapshotMemory, step, SNAPSHOT_MEMORY_SHARE } from '../../../sim-core/index';
import type { Run, Scenario, Simulation, UserAction } from '../../../sim-core/index';
import type { InstanceRecord } from '../../../sim-core/engine/state';
import { clearNoted, createChanges, notedCopy } from '../../../sim-core/engine/changes';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { FIXTURE, MiB, container } from './fixture';
import { arbScenario } from './arbitrary';
import { loadPreset, presetIds } from '../golden/presets';

const END_MS = 130_000;

/** A user's action on the n-th instance (or a new one), as the page and the terminal send them. */
const arbAction = fc.record({
  who: fc.nat(),
  what: fc.constantFrom('write', 'delete', 'add', 'remove', 'load', 'limits', 'stop', 'start', 'pause', 'kill', 'suspend', 'resume'),
  amount: fc.integer({ min: 1, max: 2000 }),
});

function toAction(sim: Simulation, a: { who: number; what: string; amount: number }): UserAction {
  const names = sim.state.order;
  const name = names.length > 0 ? names[a.who % names.length]! : 'nobody';
  switch (a.what) {
    case 'write': return { type: 'instance/write', name, path: `/data/f${a.amount % 3}`, sizeBytes: a.amount * 1000 };
    case 'delete': return { type: 'instance/delete-file', name, path: a.amount % 2 ? '/etc/web.conf' : '/data/f1' };
    case 'add': return { type: 'instance/add', spec: container(`added${a.amount}`, { memoryBytes: 64 * MiB }) };
    case 'remove': return { type: 'instance/remove', name };
    case 'load': return { type: 'instance/load', name, cpu: (a.amount % 7) / 4, memoryBytes: a.amount * MiB / 4 };
    case 'limits': return { type: 'instance/set-limits', name, cpus: (a.amount % 4) / 2 || null };
    case 'stop': return { type: 'instance/stop', name };
    case 'start': return { type: 'instance/start', name };
    case 'pause': return { type: 'instance/pause', name };
    case 'suspend': return { type: 'instance/suspend', name };
    case 'resume': return { type: 'instance/resume', name };
    default: return { type: 'instance/kill', name };
  }
}

/** The same scenario and actions played straight to `atMs`, never seeking. */
function straightTo(s: Scenario, run: Run, atMs: number): Run {
  const straight = createRun(s, FIXTURE, { snapshotEveryEvents: Infinity }, run.actions);
  runAdvance(straight, atMs);
  return straight;
}

describe('rewind is exact, wherever it seeks', () => {
  it('a seek to a random moment gives the whole state of a straight run to it', () => {
    fc.assert(fc.property(
      arbScenario,
      fc.integer({ min: 1, max: 40 }),
      fc.array(fc.integer({ min: 0, max: END_MS }), { minLength: 1, maxLength: 6 }),
      (s, every, times) => {
        const run = createRun(s, FIXTURE, { snapshotEveryEvents: every });
        runAdvance(run, END_MS);
        for (const t of times) {
          runSeek(run, t);
          expect(run.sim.state, `at ${t} ms`).toEqual(straightTo(s, run, t).sim.state);
        }
        runSeek(run, END_MS);
        expect(run.sim.state).toEqual(straightTo(s, run, END_MS).sim.state);
      },
    ), { numRuns: 60 });
  });

  it('seeks between actions taken after seeking back (new branches) land on the straight run of the same actions', () => {
    fc.assert(fc.property(
      arbScenario,
      fc.integer({ min: 1, max: 30 }),
      fc.array(fc.record({ t: fc.integer({ min: 0, max: END_MS }), act: fc.option(arbAction, { freq: 2 }) }), { minLength: 1, maxLength: 8 }),
      (s, every, steps) => {
        const run = createRun(s, FIXTURE, { snapshotEveryEvents: every });
        runAdvance(run, END_MS / 2);
        for (const { t, act } of steps) {
          runSeek(run, t);
          if (act) runApply(run, toAction(run.sim, act));
          runAdvance(run, Math.min(END_MS, run.sim.state.nowMs + 7_000));
          const at = run.sim.state.nowMs;
          expect(run.sim.state, `at ${at} ms`).toEqual(straightTo(s, run, at).sim.state);
        }
        // The snapshots hold at most their share of what the run holds live, at each snapshot
        // going back (the records counted by a walk only when a lower bound does not settle it).
        // After 0:00: the bound is kept as snapshots are taken, and 0:00's own copy of a near-empty
        // board can be most of it.
        for (const t of [...new Set(run.snapshots.map((snap) => snap.atMs))].reverse().filter((t) => t > 0)) {
          runSeek(run, t);
          const held = run.snapshots.reduce((sum, snap) => sum + snap.ownValues, 0);
          expect(held, `held at ${t} ms`).toBeLessThanOrEqual(SNAPSHOT_MEMORY_SHARE * snapshotMemory(run).liveValues);
        }
      },
    ), { numRuns: 60 });
  });
});

/** Deep copies of every record, to compare with later. */
function deepCopies(sim: Simulation): Map<InstanceRecord, InstanceRecord> {
  return new Map(sim.state.order.map((name) => {
    const record = sim.state.instances[name]!;
    return [record, structuredClone(record)];
  }));
}

/**
 * Steps the simulation, applying `actions` along the way, and every `every` events checks
 * that each record the engine did not note is unchanged, and that the copy it kept of each
 * record it did note is the record as it was, nested values included (none mutated in place).
 */
function checkNoted(sim: Simulation, every: number, actions: Array<{ who: number; what: string; amount: number }> = []): number {
  const changes = createChanges();
  sim.changes = changes;
  let copies = deepCopies(sim);
  let checked = 0;
  let n = 0;
  let checks = 0;
  let more = true;
  while (more) {
    more = step(sim);
    if (++n % every !== 0 && more) continue;
    const act = actions[checks++];
    if (act) {
      apply(sim, toAction(sim, act));
      more = true;
    }
    for (const [record, copy] of copies) {
      const noted = notedCopy(sim, changes, record);
      if (noted === undefined) expect(record, `${record.spec.name}, not noted, changed`).toEqual(copy);
      else if (noted) expect(noted, `${record.spec.name}: the copy noted is not the record as it was`).toEqual(copy);
      checked++;
    }
    // A new interval, as a snapshot starts one: which records were ever written is kept.
    clearNoted(changes);
    copies = deepCopies(sim);
  }
  return checked;
}

describe('the engine notes every record it writes', () => {
  it.each(presetIds())('in the %s preset', (id) => {
    const sim = createSimulation(loadPreset(id), CATALOGUE);
    // The user acting on each instance in turn, as in a lesson.
    const acts = ['stop', 'write', 'load', 'start', 'pause', 'delete', 'limits', 'kill', 'add', 'remove'];
    const actions = acts.flatMap((what, i) => sim.state.order.slice(0, 4).map((_, who) => ({ who: who + i, what, amount: 100 + 37 * who })));
    // Every few events on a small board; less often on a crowded one (each check copies the board).
    expect(checkNoted(sim, Math.max(3, sim.state.order.length), actions)).toBeGreaterThan(0);
  });

  it('in random scenarios with the user acting along the way', () => {
    fc.assert(fc.property(arbScenario, fc.integer({ min: 1, max: 5 }), fc.array(arbAction, { maxLength: 10 }), (s, every, actions) => {
      checkNoted(createSimulation(s, FIXTURE), every, actions);
    }), { numRuns: 80 });
  });
});
