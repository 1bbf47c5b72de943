import { describe, expect, it } from 'vitest';
import { InlineDriver } from '../../../src/worker/driver';
import { emptyScenario, newContainerSpec } from '../../../src/document/specs';
import { addInstance } from '../../../src/document/operations';
import type { ProcessView } from '../../../sim-core/index';

describe('queries to the simulation', () => {
  it('answer what a process in a container sees, without sending a frame', async () => {
    const driver = new InlineDriver();
    let frames = 0;
    driver.onFrame(() => frames++);
    const s = emptyScenario();
    addInstance(s, newContainerSpec({ runtime: 'runc', image: 'nginx:1.27' }, s, null), 0);
    const name = s.instances[0]!.name;
    driver.send({ type: 'load', scenario: s, atMs: 5_000, keepActions: false });
    expect(frames).toBe(1);
    const view = await driver.query<ProcessView>('inspect', { name });
    expect(view.processes.find((p) => p.pid === 1)!.command).toMatch(/^nginx: master/);
    expect(frames).toBe(1);
    expect(driver.pending).toBe(0);
  });

  it('refuse an unknown query with a reason', async () => {
    const driver = new InlineDriver();
    await expect(driver.query('nonsense')).rejects.toThrow(/unknown query "nonsense"/);
  });
});
