import { describe, expect, it } from 'vitest';
import { checkGoal, type Goal } from '../../../sim-core/classroom/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { createRun, getView, runAdvance, runApply, type SimView } from '../../../sim-core/index';
import { TWO_WEBS, scenarioFrom, withLessons } from './helpers';

const base = scenarioFrom(TWO_WEBS);
const MiB = 1024 * 1024;

function goal(g: unknown): Goal {
  const { goals, errors } = withLessons({ goals: [{ text: 'g', ...(g as object) }] });
  if (!goals) throw new Error(errors.join('\n'));
  return goals[0]!;
}

function viewAt(ms: number, actions: Parameters<typeof runApply>[1][] = [], scenario = base): SimView {
  const run = createRun(structuredClone(scenario), CATALOGUE);
  runAdvance(run, Math.min(ms, 5_000)); // live actions at 0:05, once web runs
  for (const a of actions) runApply(run, a);
  runAdvance(run, ms);
  return getView(run.sim);
}

describe('goal checking', () => {
  it('limit: met only when the limits in force are the ones asked for', () => {
    const g = goal({ kind: 'limit', instance: 'web', cpus: 0.5, memory: '256MiB' });
    expect(checkGoal(g, viewAt(1000), base)).toBe(false); // 256m but no CPU limit
    const limited = viewAt(1000, [{ type: 'instance/set-limits', name: 'web', cpus: 0.5 }]);
    expect(checkGoal(g, limited, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'limit', instance: 'other', memory: null }), viewAt(0), base)).toBe(true);
  });

  it('instance-state with after: running, and only from that time on', () => {
    const g = goal({ kind: 'instance-state', instance: 'web', after: '60s' });
    expect(checkGoal(g, viewAt(30_000), base)).toBe(false);
    expect(checkGoal(g, viewAt(61_000), base)).toBe(true);
    const oom = viewAt(61_000, [{ type: 'instance/load', name: 'web', memoryBytes: 400 * MiB }]);
    expect(checkGoal(g, oom, base)).toBe(false);
  });

  it('count, disk-below, memory-below read the host', () => {
    const v = viewAt(8_000, [{ type: 'instance/start', name: 'other' }]);
    expect(checkGoal(goal({ kind: 'count', of: 'container', image: 'nginx:1.27', atLeast: 2 }), v, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'count', of: 'container', atLeast: 3 }), v, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'count', of: 'vm', atLeast: 1 }), v, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'disk-below', bytes: v.host.diskUsedBytes + 1 }), v, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'disk-below', bytes: v.host.diskUsedBytes }), v, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'memory-below', bytes: '8GiB' }), v, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'memory-below', bytes: '1MiB' }), v, base)).toBe(false);
  });

  it('a "below" or "not compromised" goal is not met before what it measures has started (nothing ticks at 0:00)', () => {
    const start = viewAt(0); // paused at 0:00: what is due at 0:00 has begun, nothing has run
    expect(start.nowMs).toBe(0);
    expect(checkGoal(goal({ kind: 'memory-below', bytes: '8GiB' }), start, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'disk-below', bytes: '1TiB' }), start, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'not-compromised' }), start, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'memory-below', instance: 'web', bytes: '8GiB' }), start, base)).toBe(false);
    const later = viewAt(3_000);
    expect(checkGoal(goal({ kind: 'memory-below', bytes: '8GiB' }), later, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'not-compromised' }), later, base)).toBe(true);
  });

  it('not-compromised: a kernel exploit from a container on the host takes the host', () => {
    const g = goal({ kind: 'not-compromised', after: '10s' });
    expect(checkGoal(g, viewAt(11_000), base)).toBe(true);
    expect(checkGoal(g, viewAt(9_000), base)).toBe(false); // not yet checked before 0:10
    const hit = viewAt(11_000, [{ type: 'instance/exploit', name: 'web', kind: 'kernel' }]);
    expect(checkGoal(g, hit, base)).toBe(false);
    const appOnly = viewAt(11_000, [{ type: 'instance/exploit', name: 'web', kind: 'app' }]);
    expect(checkGoal(g, appOnly, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'not-compromised', instances: ['web'] }), appOnly, base)).toBe(false);
  });

  it('ready-within: a container is ready in well under 2 s, not in 10 ms', () => {
    const v = viewAt(5_000);
    expect(checkGoal(goal({ kind: 'ready-within', instance: 'web', within: '2s' }), v, base)).toBe(true);
    expect(checkGoal(goal({ kind: 'ready-within', instance: 'web', within: '10ms' }), v, base)).toBe(false);
    expect(checkGoal(goal({ kind: 'ready-within', instance: 'other', within: '2s' }), v, base)).toBe(false); // never started
  });

  it('refuses the whole file for unknown kinds, bad sizes and unknown instances, with the place', () => {
    const errorOf = (g: unknown) => withLessons({ goals: [g] }).errors[0];
    expect(errorOf({ text: 'x', kind: 'fast' })).toMatch(/^goals\[0\]\.kind: expected a goal kind/);
    expect(errorOf({ text: 'x', kind: 'disk-below', bytes: 'lots' })).toBe('goals[0].bytes: expected a size such as 256MiB or 500MB, got "lots"');
    expect(errorOf({ text: 'x', kind: 'limit', instance: 'db', cpus: 1 })).toMatch(/^goals\[0\]\.instance: unknown instance "db"; valid: web, other$/);
    expect(errorOf({ text: 'x', kind: 'not-compromised', instances: ['web', 'dbb'] })).toMatch(/^goals\[0\]\.instances\[1\]: unknown instance "dbb"/);
    expect(errorOf({ kind: 'count' })).toMatch(/^goals\[0\]\.text/);
  });
});
