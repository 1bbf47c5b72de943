import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario, newContainerSpec } from '../../../src/document/specs';
import { addInstance } from '../../../src/document/operations';
import { applyEffects } from '../../../src/terminal/apply-effects';
import type { CommandResult } from '../../../sim-core/terminal/index';

function workspace() {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  return store;
}

async function type(store: ReturnType<typeof workspace>, line: string, where = 'host') {
  const printed: string[] = [];
  const result: CommandResult = (await store.getState().query('terminal', { line, where }))!;
  printed.push(result.output);
  await applyEffects(store, result.effects, { print: (t) => printed.push(t), clear: () => {}, enter: () => {}, aborted: false });
  return printed.join('\n');
}

describe('terminal effects go through the store', () => {
  it('docker run makes the same document as adding the same spec from the palette, and the container is up at once', async () => {
    const store = workspace();
    await type(store, 'docker run -d --name web nginx:1.27');
    const typed = store.getState().doc;

    const reference = emptyScenario();
    const spec = { ...newContainerSpec({ runtime: 'runc', image: 'nginx:1.27' }, reference, null), name: 'web', memoryBytes: null, cpus: null };
    addInstance(reference, spec, 0);
    expect(typed.instances).toEqual(reference.instances);
    expect(typed.events).toEqual(reference.events);
    expect(store.getState().view!.instances.find((i) => i.name === 'web')!.state).not.toBe('created');
    expect(await type(store, 'docker ps')).toMatch(/\bUp Less than a second\s+80\/tcp\s+web$/m);
  });

  it('time docker run waits for the container and prints real under a second; time vagrant up takes tens of seconds', async () => {
    const store = workspace();
    const docker = await type(store, 'time docker run -d nginx');
    const dockerReal = /^real\t0m(\d+\.\d{3})s$/m.exec(docker);
    expect(dockerReal).not.toBeNull();
    const dockerReady = store.getState().view!.instances.find((i) => i.name === 'nginx')!.readyMs!;
    expect(Number(dockerReal![1])).toBeCloseTo(dockerReady / 1000, 3);
    expect(dockerReady).toBeLessThan(1000);

    const vagrant = await type(store, 'time vagrant up');
    expect(vagrant).toContain('==> default: Machine booted and ready!');
    const m = /^real\t(\d+)m(\d+\.\d{3})s$/m.exec(vagrant)!;
    const vagrantSeconds = Number(m[1]) * 60 + Number(m[2]);
    expect(vagrantSeconds).toBeGreaterThan(10);
    expect(vagrantSeconds * 1000).toBeGreaterThan(10 * dockerReady);
    expect(store.getState().view!.instances.find((i) => i.name === 'default')!.state).toBe('running');
  });

  it('docker stop is the live stop action; a write inside a container copies up through the engine', async () => {
    const store = workspace();
    await type(store, 'time docker run -d --name web nginx:1.27');
    await type(store, 'echo hello > /etc/nginx/nginx.conf', 'web');
    const log = store.getState().log;
    expect(log.some((e) => e.type === 'fs/copied-up' && e.subject === 'web' && e.data.path === '/etc/nginx/nginx.conf')).toBe(true);
    expect(await type(store, 'ls -l /etc/nginx', 'web')).toMatch(/-rw-r--r-- 1 root root\s+6 nginx\.conf/);
    await type(store, 'docker stop web');
    // The stop takes nginx's graceful shutdown (about 0.1 s of simulated time).
    store.getState().advanceTo(store.getState().view!.nowMs + 1_000);
    expect(store.getState().view!.instances.find((i) => i.name === 'web')!.state).toBe('exited');
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['web']);
    await type(store, 'docker rm web');
    expect(store.getState().doc.instances).toEqual([]);
  });
});
