import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, advanceTo, getReport, getLog, createRun, runAdvance, runSeek, runApply, getView } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

const busy = () => scenario(
  [vm('v1'), vm('v2', { profile: 'micro' }), container('a', { memoryBytes: 64 * MiB }), container('b', { image: 'cache:1', cpus: 0.5 }), container('inner', { in: 'v1' })],
  [
    ...startAll(['v1', 'v2', 'a', 'b', 'inner']),
    { atMs: 3000, action: { type: 'load', load: { target: 'b', cpu: 2 } } },
    { atMs: 20_000, action: { type: 'load', load: { target: 'a', memoryBytes: 100 * MiB } } },
  ],
  { host: { cpus: 2, imageCache: 'cold' } as never, seed: 7 },
);

function runOnce(seed?: number) {
  const sim = createSimulation(busy(), FIXTURE, seed === undefined ? {} : { seed });
  runToEnd(sim);
  return { report: getReport(sim), log: getLog(sim) };
}

describe('determinism', () => {
  it('the same scenario and seed give the identical event log and report', () => {
    const a = runOnce();
    const b = runOnce();
    expect(b.log).toEqual(a.log);
    expect(b.report).toEqual(a.report);
    expect(a.log.length).toBeGreaterThan(20);
  });

  it('reading the report or the view mid-run changes nothing that follows', () => {
    const quiet = createSimulation(busy(), FIXTURE);
    advanceTo(quiet, 90_000);
    const watched = createSimulation(busy(), FIXTURE);
    for (let t = 1_000; t < 60_000; t += 1_777) {
      advanceTo(watched, t);
      getReport(watched);
      getView(watched);
    }
    advanceTo(watched, 90_000);
    expect(getReport(watched)).toEqual(getReport(quiet));
    expect(getLog(watched)).toEqual(getLog(quiet));
  });

  it('another seed draws other durations', () => {
    const a = runOnce(1).report.instances.map((i) => i.readyMs);
    const b = runOnce(2).report.instances.map((i) => i.readyMs);
    expect(b).not.toEqual(a);
  });
});

describe('rewind', () => {
  it('seeking back and forth lands on the same state as playing straight there', () => {
    const straight = createRun(busy(), FIXTURE);
    runAdvance(straight, 12_345);
    const expected = getView(straight.sim);

    const wandering = createRun(busy(), FIXTURE);
    runAdvance(wandering, 40_000);
    runSeek(wandering, 1_000);
    runSeek(wandering, 30_000);
    runSeek(wandering, 12_345);
    expect(getView(wandering.sim)).toEqual(expected);
    expect(wandering.sim.state.log).toEqual(straight.sim.state.log);
  });

  it('user actions are replayed at their times after a seek', () => {
    const run = createRun(scenario([container('c')], startAll(['c'])), FIXTURE);
    runAdvance(run, 2000);
    expect(runApply(run, { type: 'instance/load', name: 'c', memoryBytes: 200 * MiB })).toEqual({ ok: true });
    runAdvance(run, 5000);
    runSeek(run, 1000);
    expect(getView(run.sim).instances[0]!.memoryBytes).toBe(10 * MiB);
    runSeek(run, 4000);
    expect(getView(run.sim).instances[0]!.memoryBytes).toBe(200 * MiB);
  });

  it('acting after seeking back starts a new branch', () => {
    const run = createRun(scenario([container('c')], startAll(['c'])), FIXTURE);
    runAdvance(run, 2000);
    runApply(run, { type: 'instance/stop', name: 'c' });
    runAdvance(run, 5000);
    runSeek(run, 1000);
    runApply(run, { type: 'instance/load', name: 'c', memoryBytes: 50 * MiB });
    runSeek(run, 6000);
    const c = getView(run.sim).instances[0]!;
    expect(c.state).toBe('running');
    expect(c.memoryBytes).toBe(50 * MiB);
  });

  it('a rejected action says why and changes nothing', () => {
    const run = createRun(scenario([container('c')]), FIXTURE);
    const result = runApply(run, { type: 'instance/stop', name: 'c' });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(/not running/);
    expect(getView(run.sim).instances[0]!.state).toBe('created');
    const bad = runApply(run, { type: 'instance/add', spec: container('x', { in: 'c' }) });
    expect(bad.ok === false && bad.reason).toMatch(/is a container/);
    expect(getView(run.sim).instances).toHaveLength(1);
  });
});
