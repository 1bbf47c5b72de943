/**
 * The CPU's background demands (idle servers' housekeeping) come back exactly when a run seeks
 * back: snapshots keep them as an undo, not a copy (engine/snapshot-background.ts).
 */
import { describe, expect, it } from 'vitest';
import { createRun, runAdvance, runApply, runSeek } from '../../../sim-core/index';
import type { Catalogue } from '../../../sim-core/index';
import type { TimedAction } from '../../../sim-core/scenario/types';
import { FIXTURE, container, scenario } from './fixture';

/** The fixture with an app that keeps a little CPU busy while idle: each running one is a background demand. */
const IDLE_CPU: Catalogue = {
  ...FIXTURE,
  apps: { ...FIXTURE.apps, web: { ...FIXTURE.apps.web!, idleCpu: 0.005 } },
};

/** Containers started at staggered moments, some stopped and started again, some loaded above the background. */
function comings(): ReturnType<typeof scenario> {
  const names = Array.from({ length: 24 }, (_, i) => `c${i}`);
  const events: TimedAction[] = names.map((target, i) => ({ atMs: i * 700, action: { type: 'start', target } }));
  for (const i of [3, 8, 15]) {
    events.push({ atMs: 20_000 + i * 300, action: { type: 'stop', target: `c${i}` } });
    events.push({ atMs: 40_000 + i * 300, action: { type: 'start', target: `c${i}` } });
  }
  for (const i of [5, 11]) events.push({ atMs: 30_000 + i, action: { type: 'load', load: { target: `c${i}`, cpu: 0.5 } } });
  return scenario(names.map((n) => container(n)), events.sort((a, b) => a.atMs - b.atMs), { host: { cpus: 4 } as never });
}

describe('background demands through a rewind', () => {
  it('a seek lands on the background demands, and the whole state, of a straight run', () => {
    const run = createRun(comings(), IDLE_CPU, { snapshotEveryEvents: 4 });
    runAdvance(run, 60_000);
    const seen = new Set<string>();
    for (const t of [45_000, 12_345, 31_000, 700, 25_000, 59_000, 0, 60_000]) {
      runSeek(run, t);
      const straight = createRun(comings(), IDLE_CPU, { snapshotEveryEvents: Infinity });
      runAdvance(straight, t);
      expect(run.sim.state.cpuBackground, `at ${t} ms`).toEqual(straight.sim.state.cpuBackground);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
      seen.add(JSON.stringify(Object.keys(run.sim.state.cpuBackground).sort()));
    }
    // The demands differed from moment to moment: the seeks had something to put back.
    expect(seen.size).toBeGreaterThan(4);
  });

  it('after an action on a new branch, seeks still land on the straight run of the same actions', () => {
    const run = createRun(comings(), IDLE_CPU, { snapshotEveryEvents: 3 });
    runAdvance(run, 50_000);
    runSeek(run, 21_000);
    runApply(run, { type: 'instance/stop', name: 'c20' });
    runAdvance(run, 50_000);
    for (const t of [35_000, 21_000, 10_000, 50_000]) {
      runSeek(run, t);
      const straight = createRun(comings(), IDLE_CPU, { snapshotEveryEvents: Infinity }, run.actions);
      runAdvance(straight, t);
      expect(run.sim.state, `at ${t} ms`).toEqual(straight.sim.state);
    }
  });
});
