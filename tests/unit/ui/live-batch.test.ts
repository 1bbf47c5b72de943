/** Rapid live actions (issue 15): a burst is one change and one worker request, each action still checked. */
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore, type WorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import type { Request } from '../../../src/worker/driver';
import { emptyScenario } from '../../../src/document/specs';

class RecordingDriver extends InlineDriver {
  sent: Request[] = [];
  protected override post(msg: Request): void {
    this.sent.push(msg);
    super.post(msg);
  }
}

async function running(): Promise<{ store: WorkspaceStore; driver: RecordingDriver }> {
  const driver = new RecordingDriver();
  const store = createWorkspaceStore(driver);
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  store.getState().addFromPalette('container');
  store.getState().advanceTo(5_000);
  await store.getState().settled();
  expect(store.getState().view!.instances[0]!.state).toBe('running');
  driver.sent.length = 0;
  return { store, driver };
}

describe('a burst of live actions', () => {
  it('goes to the worker as one request and to the history as one step, and every action is kept', async () => {
    const { store, driver } = await running();
    const past = store.getState().past.length;
    const answers = Array.from({ length: 1000 }, (_, i) => store.getState().applyLive({ type: 'instance/load', name: 'nginx', cpu: (i % 4) / 4 }));
    expect(await Promise.all(answers)).toEqual(answers.map(() => ({ ok: true })));
    expect(driver.sent.map((m) => m.type)).toEqual(['apply-batch']);
    expect(store.getState().actions).toHaveLength(1000);
    expect(store.getState().past).toHaveLength(past + 1);
    // The engine applied each, in order.
    expect(store.getState().log.filter((e) => e.type === 'instance/load-changed').length).toBeGreaterThan(0);
    store.getState().undo();
    expect(store.getState().actions).toHaveLength(0);
  });

  it('checks each action: the refused ones leave the description with a reason, the others stay', async () => {
    const { store } = await running();
    const good = store.getState().applyLive({ type: 'instance/load', name: 'nginx', cpu: 0.5 });
    const bad = store.getState().applyLive({ type: 'instance/load', name: 'no-such', cpu: 0.5 });
    const worse = store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', cpus: Number.NaN });
    const last = store.getState().applyLive({ type: 'instance/stop', name: 'nginx' });
    const [a, b, c, d] = await Promise.all([good, bad, worse, last]);
    expect(a).toEqual({ ok: true });
    expect(b.ok).toBe(false);
    expect(c.ok).toBe(false);
    expect(d).toEqual({ ok: true });
    await store.getState().settled();
    expect(store.getState().actions.map((r) => r.action.type)).toEqual(['instance/load', 'instance/stop']);
    expect(store.getState().lastRejection).not.toBeNull();
    // The run, rebuilt from the description, did the two it kept, once each.
    const types = store.getState().log.map((e) => e.type);
    expect(types.filter((t) => t === 'instance/load-changed')).toHaveLength(1);
    expect(types.filter((t) => t === 'instance/stopping')).toHaveLength(1);
  });

  it('goes out before a later request of the same task, so the worker sees them in order', async () => {
    const { store, driver } = await running();
    void store.getState().applyLive({ type: 'instance/stop', name: 'nginx' });
    store.getState().seek(1_000);
    expect(driver.sent.map((m) => m.type)).toEqual(['apply', 'seek']);
    await store.getState().settled();
  });
});
