import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../src/worker/session';
import { emptyScenario, newContainerSpec } from '../../../src/document/specs';
import { addInstance } from '../../../src/document/operations';
import { splice } from '../../../src/store/simulation-slice';
import type { LogEntry } from '../../../sim-core/index';

function scenario() {
  const s = emptyScenario();
  addInstance(s, newContainerSpec({ runtime: 'runc', image: 'nginx:1.27' }, s, null), 0);
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
    take(session.handle({ type: 'load', scenario: scenario(), atMs: 0, keepActions: false }));
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

  it('keeps live actions across a rebuild of the scenario', () => {
    const session = new SimSession();
    session.handle({ type: 'load', scenario: scenario(), atMs: 0, keepActions: false });
    session.handle({ type: 'advance', toMs: 5_000 });
    session.handle({ type: 'apply', action: { type: 'instance/set-limits', name: 'nginx', memoryBytes: 100 * 1024 * 1024 } });
    const rebuilt = session.handle({ type: 'load', scenario: scenario(), atMs: 5_000, keepActions: true });
    expect(rebuilt!.view.instances[0]?.memoryLimitBytes).toBe(100 * 1024 * 1024);
    const fresh = session.handle({ type: 'load', scenario: scenario(), atMs: 5_000, keepActions: false });
    expect(fresh!.view.instances[0]?.memoryLimitBytes).toBe(512 * 1024 * 1024);
  });

  it('reports the engine refusing a live action', () => {
    const session = new SimSession();
    session.handle({ type: 'load', scenario: scenario(), atMs: 0, keepActions: false });
    const f = session.handle({ type: 'apply', action: { type: 'instance/stop', name: 'nobody' } });
    expect(f!.rejected).toBeTruthy();
  });
});
