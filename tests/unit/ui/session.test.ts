import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../src/worker/session';
import { emptyScenario, newContainerSpec } from '../../../src/document/specs';
import { addInstance } from '../../../src/document/operations';
import { splice } from '../../../src/store/simulation-slice';
import type { LogEntry, RecordedAction } from '../../../sim-core/index';

const MiB = 1024 * 1024;

function scenario() {
  const s = emptyScenario();
  addInstance(s, newContainerSpec({ runtime: 'runc', image: 'nginx:1.27', memoryBytes: 512 * 1024 * 1024 }, s, null), 0);
  return s;
}

describe('the worker session', () => {
  it('sends only new log entries, and says where to cut when a seek goes back', () => {
    const session = new SimSession();
    let log: LogEntry[] = [];
    const take = (f: ReturnType<SimSession['handle']>) => {
      log = splice(log, f!.logFrom, f!.logEntries);
      return f!;
    };
    take(session.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 }));
    const early = log.length;
    const later = take(session.handle({ type: 'advance', toMs: 10_000 }));
    expect(later.logFrom).toBe(early);
    expect(log.length).toBeGreaterThan(early);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i));

    const back = take(session.handle({ type: 'seek', toMs: 0 }));
    expect(back.view.nowMs).toBe(0);
    expect(log.length).toBeLessThan(later.logFrom + later.logEntries.length);
    expect(log.every((e) => e.atMs <= 0)).toBe(true);
  });

  it('builds the run from the description it is sent: the same actions give the same state, live or loaded', () => {
    const limit: RecordedAction = { atMs: 5_000, action: { type: 'instance/set-limits', name: 'nginx', memoryBytes: 100 * MiB } };
    const live = new SimSession();
    live.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 });
    live.handle({ type: 'advance', toMs: 5_000 });
    live.handle({ type: 'apply', recorded: limit });
    const liveLater = live.handle({ type: 'advance', toMs: 9_000 })!;

    const loaded = new SimSession().handle({ type: 'load', scenario: scenario(), actions: [limit], atMs: 9_000 })!;
    expect(loaded.view).toEqual(liveLater.view);
    expect(loaded.view.instances[0]?.memoryLimitBytes).toBe(100 * MiB);
    // Without the action in the description there is no trace of it: the worker keeps none of its own.
    const fresh = live.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 9_000 })!;
    expect(fresh.view.instances[0]?.memoryLimitBytes).toBe(512 * MiB);
  });

  it('applies a live action at the time the page stamped it, even when a frame in flight moved the run on', () => {
    const session = new SimSession();
    session.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 });
    session.handle({ type: 'advance', toMs: 8_000 }); // the page had not seen this frame yet
    const f = session.handle({ type: 'apply', recorded: { atMs: 5_000, action: { type: 'instance/stop', name: 'nginx' } } })!;
    expect(f.view.nowMs).toBe(5_000);
    expect(f.logEntries.some((e) => e.type === 'instance/stopping' && e.atMs === 5_000)).toBe(true);
  });

  it('reports the engine refusing a live action', () => {
    const session = new SimSession();
    session.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 });
    const f = session.handle({ type: 'apply', recorded: { atMs: 0, action: { type: 'instance/stop', name: 'nobody' } } });
    expect(f!.rejected).toMatch(/no instance named "nobody"/);
  });

  it('loading at a time processes what is due then: a container started at 0:00 is starting at 0:00', () => {
    const f = new SimSession().handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 })!;
    expect(f.view.nowMs).toBe(0);
    expect(f.view.instances[0]!.state).toBe('booting');
    expect(f.view.nextEventMs).toBeGreaterThan(0);
  });

  it('runs until an instance is ready in one request, answered with one frame', () => {
    const session = new SimSession();
    session.handle({ type: 'load', scenario: scenario(), actions: [], atMs: 0 });
    const f = session.handle({ type: 'run-until', condition: { kind: 'ready', name: 'nginx' }, limitMs: 60_000 })!;
    expect(f.until).toEqual({ met: true, atMs: f.view.nowMs });
    const nginx = f.view.instances[0]!;
    expect(nginx.state).toBe('running');
    expect(nginx.readyMs).toBe(f.view.nowMs); // it stopped at the very event that made it ready
  });
});
