/**
 * Rewind with snapshots that cost what changed: seeking lands exactly where playing straight
 * does whichever snapshot it starts from, no snapshot is taken while nothing runs, and the
 * snapshots never hold more than half of what the run holds live, however long it plays.
 */
import { describe, expect, it } from 'vitest';
import { createRun, runAdvance, runSeek, runApply, getView, getLog, getReport, snapshotMemory, SNAPSHOT_MEMORY_SHARE } from '../../../sim-core/index';
import type { Run } from '../../../sim-core/index';
import type { TimedAction } from '../../../sim-core/scenario/types';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';
import { FRESH } from '../../../sim-core/engine/changes';

const busy = () => scenario(
  [vm('v1'), vm('v2', { profile: 'micro' }), container('a', { memoryBytes: 64 * MiB }), container('b', { image: 'cache:1', cpus: 0.5 }), container('inner', { in: 'v1' })],
  [
    ...startAll(['v1', 'v2', 'a', 'b', 'inner']),
    { atMs: 3000, action: { type: 'load', load: { target: 'b', cpu: 2 } } },
    { atMs: 20_000, action: { type: 'load', load: { target: 'a', memoryBytes: 100 * MiB } } },
    { atMs: 50_000, action: { type: 'stop', target: 'v1' } },
    { atMs: 60_000, action: { type: 'start', target: 'v1' } },
  ],
  { host: { cpus: 2, imageCache: 'cold' } as never, seed: 7 },
);

/** Many containers whose load changes every few seconds for an hour: events all along. */
function restless(containers = 40): ReturnType<typeof scenario> {
  const names = Array.from({ length: containers }, (_, i) => `c${i}`);
  const events: TimedAction[] = [...startAll(names)];
  for (let t = 5_000; t <= 3_600_000; t += 5_000) {
    for (const [i, name] of names.entries()) {
      if ((t / 5_000 + i) % 4 === 0) events.push({ atMs: t, action: { type: 'load', load: { target: name, cpu: ((t / 5_000 + i) % 3) * 0.3 } } });
    }
  }
  return scenario(names.map((n) => container(n)), events, { host: { cpus: 4 } as never });
}

/** The fixture with a container engine that serves one start at a time, 200 ms each: a burst of starts waits in its queue. */
const SERIAL = {
  ...FIXTURE,
  figures: (FIXTURE.figures ?? []).map((f) => f.id === 'docker-start-serial-cost' ? { ...f, value: { ...f.value, value: 200, range: [200, 200] as [number, number] } } : f),
};

/** 120 containers started within a second, a few of them stopped and started again while they wait. */
function burst(): ReturnType<typeof scenario> {
  const names = Array.from({ length: 120 }, (_, i) => `c${i}`);
  const events: TimedAction[] = names.map((name, i) => ({ atMs: i * 8, action: { type: 'start', target: name } }));
  for (const i of [40, 41, 77, 119]) {
    events.push({ atMs: 3_000 + i, action: { type: 'stop', target: `c${i}` } });
    events.push({ atMs: 9_000 + i, action: { type: 'start', target: `c${i}` } });
  }
  return scenario(names.map((n) => container(n)), events.sort((a, b) => a.atMs - b.atMs), { host: { cpus: 8 } as never, untilMs: null });
}

function snapshotsHeld(run: Run): number {
  return run.snapshots.reduce((sum, s) => sum + s.ownValues, 0);
}

describe('rewind with snapshots that cost what changed', () => {
  it('seeks land exactly where playing straight does, from any snapshot', () => {
    const run = createRun(busy(), FIXTURE, { snapshotEveryEvents: 3 });
    runAdvance(run, 120_000);
    // 0:00 and at least one kept (the memory bound thins the rest).
    expect(run.snapshots.filter((snap) => snap.rest !== null).length).toBeGreaterThan(1);
    for (const t of [119_000, 1_000, 61_234, 0, 45_000, 3_000, 120_000, 20_000]) {
      runSeek(run, t);
      const straight = createRun(busy(), FIXTURE, { snapshotEveryEvents: Infinity });
      runAdvance(straight, t);
      expect(getView(run.sim), `at ${t} ms`).toEqual(getView(straight.sim));
      expect(getLog(run.sim)).toEqual(getLog(straight.sim));
      expect(run.sim.state.queue).toEqual(straight.sim.state.queue);
    }
  });

  it('a restored state shares nothing the engine mutates with its snapshot', () => {
    const run = createRun(busy(), FIXTURE, { snapshotEveryEvents: 3 });
    runAdvance(run, 120_000);
    runSeek(run, 30_000);
    runApply(run, { type: 'instance/load', name: 'b', cpu: 1 });
    runApply(run, { type: 'instance/write', name: 'a', path: '/tmp/x', sizeBytes: 1000 });
    runAdvance(run, 90_000);
    const after = getReport(run.sim);
    runSeek(run, 31_000);
    runSeek(run, 90_000);
    expect(getReport(run.sim)).toEqual(after);
  });

  it('hold at most their share of what the run holds live at each snapshot, the records walked only when a lower bound does not settle it', () => {
    const run = createRun(busy(), FIXTURE, { snapshotEveryEvents: 3 });
    runAdvance(run, 120_000);
    expect(run.snapshots.length).toBeGreaterThan(3);
    // Going back to each snapshot in turn, newest first: the snapshots kept then within the share.
    const times = [...new Set(run.snapshots.map((snap) => snap.atMs))].reverse();
    for (const t of times) {
      runSeek(run, t);
      expect(snapshotsHeld(run), `at ${t} ms`).toBeLessThanOrEqual(SNAPSHOT_MEMORY_SHARE * snapshotMemory(run).liveValues);
    }
  });

  it('takes none while nothing runs, and shares records that did not change', () => {
    const quiet = scenario([container('a'), container('b')], startAll(['a', 'b']), { untilMs: null });
    const run = createRun(quiet, FIXTURE, { snapshotEveryEvents: 2 });
    runAdvance(run, 6 * 3_600_000);
    const events = run.sim.state.processed;
    expect(run.snapshots.length).toBeLessThanOrEqual(1 + Math.ceil(events / 2));
    runAdvance(run, 12 * 3_600_000);
    expect(run.sim.state.processed).toBe(events);
    expect(run.snapshots.length).toBeLessThanOrEqual(1 + Math.ceil(events / 2));
  });

  it('share the entries of a daemon\'s queue: a burst of starts waiting is held once, not at each snapshot', () => {
    const run = createRun(burst(), SERIAL, { snapshotEveryEvents: 3 });
    runAdvance(run, 2_000);
    expect(run.sim.state.daemons.host!.queue.length).toBeGreaterThan(50);
    runAdvance(run, 15_000);
    // Dozens of snapshots taken while the queue was dozens long: copies would hold far more.
    const taken = run.snapshots.filter((snap) => snap.rest && snap.rest.daemons.host && snap.rest.daemons.host.queue.length > 0);
    expect(taken.length).toBeGreaterThan(20);
    const shelved = run.snapshots.reduce((sum, snap) => sum + snap.shelfValues, 0);
    expect(shelved).toBeLessThanOrEqual(2 * 128);
    for (const t of [14_000, 4_000, 3_041, 12_345, 0, 9_077, 2_000, 15_000]) {
      runSeek(run, t);
      const straight = createRun(burst(), SERIAL, { snapshotEveryEvents: Infinity });
      runAdvance(straight, t);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
    }
  });

  it('keep no copy of a record never written since it was made: going back makes it fresh again', () => {
    const run = createRun(burst(), SERIAL, { snapshotEveryEvents: 3 });
    runAdvance(run, 1_000);
    // The 120 starts requested by then: each record's first write was noted without a copy.
    const undos = run.snapshots.map((snap) => snap.undo);
    const fresh = undos.reduce((n, undo) => n + undo.fresh.length / 2, 0) + run.sim.changes!.kinds.slice(0, run.sim.changes!.count).filter((kind) => kind === FRESH).length;
    expect(fresh).toBe(120);
    expect(undos.every((undo) => undo.records.every((r) => undo.fresh.indexOf(r) < 0))).toBe(true);
    // Back to moments before and after the starts, then on: each as played straight.
    for (const t of [400, 0, 12_000, 130, 9_050]) {
      runSeek(run, t);
      const straight = createRun(burst(), SERIAL, { snapshotEveryEvents: Infinity });
      runAdvance(straight, t);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
    }
  });

  it('leave the scenario\'s timeline to one table: a snapshot keeps the order of what is due, not a copy of it', () => {
    // Load changes every few seconds for ten minutes, listed out of time order (as a program may).
    const names = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const events: TimedAction[] = [...startAll(names)];
    for (let t = 2_000; t <= 600_000; t += 2_000) events.push({ atMs: t, action: { type: 'load', load: { target: names[(t / 2_000) % 20]!, cpu: ((t / 2_000) % 3) * 0.4 } } });
    const timeline = () => scenario(names.map((n) => container(n)), [...events].reverse(), { host: { cpus: 4 } as never });
    const run = createRun(timeline(), FIXTURE, { snapshotEveryEvents: 10 });
    runAdvance(run, 300_000);
    const kept = run.snapshots.slice(1).filter((snap) => snap.rest);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    // A copy holds a time, a sequence number and an item per entry due; the order alone is one.
    for (const snap of kept) expect(snap.ownValues - snap.undoValues, `at ${snap.atMs} ms`).toBeLessThan(1.5 * snap.rest!.queue.seqs.length + 150);
    for (const t of [299_000, 12_345, 0, 150_000, 1_000, 300_000, 200_002]) {
      runSeek(run, t);
      const straight = createRun(timeline(), FIXTURE, { snapshotEveryEvents: Infinity });
      runAdvance(straight, t);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
    }
  });

  it('land exactly between snapshots after records were written many times, and across boards that gained and lost members', () => {
    // Five records, a snapshot every 8 events: each record is written several times between two, noted once.
    const run = createRun(busy(), FIXTURE, { snapshotEveryEvents: 8 });
    runAdvance(run, 40_000);
    const kept = run.snapshots.length;
    expect(kept).toBeGreaterThan(2);
    const members = run.snapshots[kept - 1]!.members!;
    const order = [...members.order];
    runApply(run, { type: 'instance/remove', name: 'b' });
    runApply(run, { type: 'instance/add', spec: container('late', { memoryBytes: 64 * MiB }) });
    runApply(run, { type: 'instance/start', name: 'late' });
    runAdvance(run, 120_000);
    // The snapshot's membership is its own: the board changing did not change it.
    expect(members.order).toEqual(order);
    expect(Object.keys(members.instances)).toContain('b');
    expect(Object.keys(members.instances)).not.toContain('late');
    for (const t of [119_999, 23_457, 40_000, 61_001, 777, 93_333]) {
      runSeek(run, t);
      const straight = createRun(busy(), FIXTURE, { snapshotEveryEvents: Infinity }, run.actions);
      runAdvance(straight, t);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
    }
  });

  it('never hold more than half of what the run holds live, however long it plays', () => {
    const run = createRun(restless(), FIXTURE, { snapshotEveryEvents: 20 });
    let taken = 0;
    for (let t = 60_000; t <= 3_600_000; t += 60_000) {
      runAdvance(run, t);
      taken = Math.max(taken, run.snapshots.length);
      const live = run.sim.state.log.length; // at least one value per log entry
      expect(snapshotsHeld(run)).toBeLessThanOrEqual(SNAPSHOT_MEMORY_SHARE * (live * 9 + run.specValues + 40 * 200));
    }
    expect(taken).toBeGreaterThanOrEqual(3);
    expect(run.snapshotEveryEvents).toBeGreaterThan(20); // spaced further apart as they were thinned
    // Still exact after the thinning.
    runSeek(run, 1_234_567);
    const straight = createRun(restless(), FIXTURE, { snapshotEveryEvents: Infinity });
    runAdvance(straight, 1_234_567);
    expect(getView(run.sim)).toEqual(getView(straight.sim));
  });
});
