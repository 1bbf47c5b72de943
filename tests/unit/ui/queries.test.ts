import { describe, expect, it } from 'vitest';
import { InlineDriver } from '../../../src/worker/inline-driver';
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
    void driver.send({ type: 'load', scenario: s, actions: [], atMs: 5_000 });
    expect(frames).toBe(1);
    const view: ProcessView | null = await driver.query('inspect', { name });
    expect(view!.processes.find((p) => p.pid === 1)!.command).toMatch(/^nginx: master/);
    expect(frames).toBe(1);
    expect(driver.pending).toBe(0);
  });

  it('are a typed map: a wrong name or wrong arguments do not compile', () => {
    const driver = new InlineDriver();
    // @ts-expect-error: no query of that name
    void driver.query('nonsense', null).catch(() => undefined);
    // @ts-expect-error: inspect takes { name }
    void driver.query('inspect', { who: 'web' }).catch(() => undefined);
    // @ts-expect-error: the terminal's answer is a CommandResult, not a string
    const wrong: Promise<string | null> = driver.query('terminal', { line: 'ls', where: 'host' });
    expect(wrong).toBeInstanceOf(Promise);
  });

  it('refuse a name outside the map (a message from elsewhere) with a reason', async () => {
    const driver = new InlineDriver();
    await expect(driver.query('nonsense' as never, null as never)).rejects.toThrow(/unknown query "nonsense"/);
  });

  it('answer the runner\'s report of the run as it stands', async () => {
    const driver = new InlineDriver();
    const s = emptyScenario();
    addInstance(s, newContainerSpec({ runtime: 'runc', image: 'nginx:1.27' }, s, null), 0);
    await driver.send({ type: 'load', scenario: s, actions: [], atMs: 5_000 });
    const report = await driver.query('report', null);
    expect(report!.simulatedMs).toBe(5_000);
    expect(report!.instances[0]).toMatchObject({ name: 'nginx', state: 'running' });
  });
});
