import { describe, expect, it } from 'vitest';
import {
  createRun, finishRun, getLog, getReport, getView, pruneActions, runAdvance, runApply, runSeek, runUntil, runView,
  type RecordedAction,
} from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

const twoContainers = () => scenario([container('a', { memoryBytes: 64 * MiB }), container('b')], startAll(['a', 'b']));

describe('a run is its scenario plus its recorded actions', () => {
  it('a live session and a run built from its recorded actions reach the same state', () => {
    const live = createRun(twoContainers(), FIXTURE);
    runAdvance(live, 1_500);
    runApply(live, { type: 'instance/set-limits', name: 'b', memoryBytes: 32 * MiB });
    runAdvance(live, 1_500); // the page advancing to the same time in between
    runApply(live, { type: 'instance/load', name: 'b', memoryBytes: 40 * MiB }); // over the new limit: OOM
    runAdvance(live, 4_000);
    runApply(live, { type: 'instance/stop', name: 'a' });
    runAdvance(live, 9_000);

    const replay = createRun(twoContainers(), FIXTURE, {}, live.actions);
    runAdvance(replay, 9_000);
    expect(getLog(replay.sim)).toEqual(getLog(live.sim));
    expect(getView(replay.sim)).toEqual(getView(live.sim));
    expect(getView(replay.sim).instances.find((i) => i.name === 'b')!.exitCode).toBe(137);
  });

  it('advancing to the current time processes what is due then', () => {
    const run = createRun(twoContainers(), FIXTURE);
    expect(getView(run.sim).instances[0]!.state).toBe('created');
    runAdvance(run, 0);
    expect(getView(run.sim).instances.map((i) => i.state)).toEqual(['booting', 'booting']);
    expect(getView(run.sim).nextEventMs).toBeGreaterThan(0);
  });

  it('an action is followed by what it set off at the same time: nothing is left due after a live action', () => {
    const run = createRun(scenario([container('a')]), FIXTURE);
    runAdvance(run, 3_000);
    runApply(run, { type: 'instance/start', name: 'a' });
    const view = getView(run.sim);
    expect(view.nowMs).toBe(3_000);
    expect(view.nextEventMs === null || view.nextEventMs > 3_000).toBe(true);
  });

  it('a recorded action still to replay is the next thing to happen, so playing on reaches it', () => {
    const actions: RecordedAction[] = [{ atMs: 30_000, action: { type: 'instance/stop', name: 'a' } }];
    const run = createRun(scenario([container('a')], startAll(['a'])), FIXTURE, {}, actions);
    runAdvance(run, 10_000);
    expect(getView(run.sim).nextEventMs).toBeNull(); // the engine has nothing left
    expect(runView(run).nextEventMs).toBe(30_000);
    runAdvance(run, 30_000);
    expect(runView(run).nextEventMs).toBeNull();
  });

  it('the runner\'s finish plays to until, or until every action is applied and nothing is left', () => {
    const actions: RecordedAction[] = [{ atMs: 30_000, action: { type: 'instance/start', name: 'b' } }];
    const s = scenario([container('a'), container('b')], startAll(['a']));
    const run = createRun(s, FIXTURE, { snapshotEveryEvents: Infinity }, actions);
    finishRun(run);
    expect(run.snapshots).toHaveLength(1); // only 0:00 (made again from the scenario, never kept)
    const report = getReport(run.sim);
    expect(report.instances.find((i) => i.name === 'b')!.state).toBe('running');
    expect(report.simulatedMs).toBeGreaterThan(30_000);
  });

  it('an action whose instance left the scenario is pruned from the description, not replayed into a rejection', () => {
    const actions: RecordedAction[] = [
      { atMs: 1_000, action: { type: 'instance/stop', name: 'a' } },
      { atMs: 2_000, action: { type: 'instance/set-limits', name: 'b', cpus: 0.5 } },
    ];
    const without = scenario([container('b')], startAll(['b']));
    const kept = pruneActions(without, actions);
    expect(kept).toEqual([actions[1]]);
    const run = createRun(without, FIXTURE, {}, kept);
    runAdvance(run, 5_000);
    expect(getLog(run.sim).filter((e) => e.type === 'action/rejected')).toEqual([]);
    expect(pruneActions(twoContainers(), actions)).toBe(actions); // nothing to prune: the same list
  });
});

describe('runUntil: the engine waits', () => {
  it('a time', () => {
    const run = createRun(twoContainers(), FIXTURE);
    expect(runUntil(run, { kind: 'time', atMs: 2_500 }, 10_000)).toEqual({ met: true, atMs: 2_500 });
    expect(getView(run.sim).nowMs).toBe(2_500);
    expect(runUntil(run, { kind: 'time', atMs: 50_000 }, 10_000)).toMatchObject({ met: false, atMs: 10_000 });
  });

  it('an instance ready: stops at the event that made it ready', () => {
    const run = createRun(scenario([vm('v'), container('c')], startAll(['v', 'c'])), FIXTURE);
    const c = runUntil(run, { kind: 'ready', name: 'c' }, 60_000);
    expect(c.met).toBe(true);
    expect(getView(run.sim).instances.find((i) => i.name === 'c')!.readyMs).toBe(c.atMs);
    expect(getView(run.sim).instances.find((i) => i.name === 'v')!.state).toBe('booting');
    const v = runUntil(run, { kind: 'ready', name: 'v' }, 60_000);
    expect(v.met).toBe(true);
    expect(v.atMs).toBeGreaterThan(c.atMs);
    expect(runUntil(run, { kind: 'ready', name: 'v' }, 60_000)).toEqual({ met: true, atMs: v.atMs }); // already ready
  });

  it('an instance that fails to start, is OOM-killed, is removed or never starts: not met, and why', () => {
    const windowsOnLinux = createRun(scenario([container('w', { image: 'win:1' })], startAll(['w'])), FIXTURE);
    const failed = runUntil(windowsOnLinux, { kind: 'ready', name: 'w' }, 60_000);
    expect(failed).toMatchObject({ met: false });
    expect(!failed.met && failed.why).toMatch(/^w failed: /);

    const oom = createRun(scenario([container('a', { memoryBytes: 8 * MiB })], startAll(['a'])), FIXTURE);
    const killed = runUntil(oom, { kind: 'ready', name: 'a' }, 60_000);
    expect(!killed.met && killed.why).toMatch(/^a exited with code 137/);

    const removed = createRun(scenario([container('a')], [...startAll(['a']), { atMs: 100, action: { type: 'remove', target: 'a' } }]), FIXTURE);
    expect(runUntil(removed, { kind: 'ready', name: 'a' }, 60_000)).toMatchObject({ met: false, why: 'a was removed' });

    const idle = createRun(scenario([container('a')]), FIXTURE);
    expect(runUntil(idle, { kind: 'ready', name: 'a' }, 60_000)).toEqual({ met: false, atMs: 0, why: 'nothing is left to happen (a is created)' });
    expect(runUntil(idle, { kind: 'ready', name: 'zz' }, 60_000)).toMatchObject({ met: false, why: 'no instance named "zz" (instances: a)' });
  });

  it('the limit comes first', () => {
    const run = createRun(scenario([vm('v')], startAll(['v'])), FIXTURE);
    const r = runUntil(run, { kind: 'ready', name: 'v' }, 1_500);
    expect(r).toMatchObject({ met: false, atMs: 1_500 });
    expect(!r.met && r.why).toMatch(/^not by 1500 ms \(v is booting\)$/);
  });

  it('a log entry of a type, about a subject: only entries written after the call count', () => {
    const run = createRun(twoContainers(), FIXTURE);
    const first = runUntil(run, { kind: 'log', type: 'instance/ready' }, 60_000);
    expect(first.met && first.entry?.type).toBe('instance/ready');
    const other = first.met && first.entry?.subject === 'a' ? 'b' : 'a';
    const second = runUntil(run, { kind: 'log', type: 'instance/ready', subject: other }, 60_000);
    expect(second.met && second.entry?.subject).toBe(other);
    expect(runUntil(run, { kind: 'log', type: 'instance/ready' }, 60_000)).toMatchObject({ met: false, why: 'nothing is left to happen' });
  });

  it('replays recorded actions on the way, and a seek back afterwards still lands where a straight run does', () => {
    const actions: RecordedAction[] = [{ atMs: 5_000, action: { type: 'instance/start', name: 'b' } }];
    const s = scenario([container('a'), container('b')], startAll(['a']));
    const run = createRun(s, FIXTURE, {}, actions);
    const r = runUntil(run, { kind: 'ready', name: 'b' }, 60_000);
    expect(r.met && r.atMs).toBeGreaterThan(5_000);
    runSeek(run, 2_000);
    const straight = createRun(s, FIXTURE, {}, actions);
    runAdvance(straight, 2_000);
    expect(getView(run.sim)).toEqual(getView(straight.sim));
  });
});
