/**
 * The terminal's docker with the real CLI's grammar: create adds without starting, `-it ...
 * bash` opens a shell in the container, ps shows the image as typed, and the answers to
 * what the simulation lacks are docker's where docker would give them, Utsuwa's otherwise.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario } from '../../../src/document/specs';
import { applyEffects } from '../../../src/terminal/apply-effects';
import type { CommandResult } from '../../../sim-core/terminal/index';

function workspace(cache: 'warm' | 'cold' = 'warm') {
  const store = createWorkspaceStore(new InlineDriver());
  const s = emptyScenario();
  s.host.imageCache = cache;
  store.getState().replaceDocument(s, { kind: 'empty' });
  return store;
}

async function type(store: ReturnType<typeof workspace>, line: string, where = 'host') {
  const result: CommandResult = (await store.getState().query('terminal', { line, where }))!;
  const printed = [result.output];
  const entered: string[] = [];
  await applyEffects(store, result.effects, { print: (t) => printed.push(t), clear: () => {}, enter: (w) => entered.push(w), aborted: false });
  return { out: printed.join('\n'), code: result.exitCode, entered };
}

const state = (store: ReturnType<typeof workspace>, name: string) => store.getState().view!.instances.find((i) => i.name === name)?.state;

describe('docker create, docker run -it', () => {
  it('create adds the container without starting it; start starts it', async () => {
    const store = workspace();
    const created = await type(store, 'docker create --name c1 -e MODE=test redis:7');
    expect(created.out.split('\n')).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(store.getState().doc.instances[0]).toMatchObject({ name: 'c1', image: 'redis:7', env: ['MODE=test'] });
    expect(store.getState().doc.events).toEqual([]);
    expect(state(store, 'c1')).toBe('created');
    expect((await type(store, 'docker ps')).out.split('\n')).toHaveLength(1);
    expect((await type(store, 'docker ps -a')).out).toMatch(/\bCreated\s+c1$/m);
    await type(store, 'docker start c1');
    expect(state(store, 'c1')).not.toBe('created');
  });

  it('docker run -it IMAGE bash waits for it, then the terminal is inside', async () => {
    const store = workspace();
    const r = await type(store, 'docker run -it --name box ubuntu:22.04 bash');
    expect(r.entered).toEqual(['box']);
    expect(state(store, 'box')).toBe('running');
  });

  it('ps shows the image as it was typed', async () => {
    const store = workspace();
    // A one-letter name is one docker refuses ([a-zA-Z0-9][a-zA-Z0-9_.-]+).
    expect((await type(store, 'docker run -d --name a nginx')).out).toBe("docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.\nSee 'docker run --help'.");
    await type(store, 'docker run -d --name web1 nginx');
    await type(store, 'docker run -d --name web2 docker.io/library/nginx:1.27');
    const ps = (await type(store, 'docker ps')).out;
    expect(ps).toMatch(/^[0-9a-f]{12}\s+nginx\s+"/m);
    expect(ps).toMatch(/^[0-9a-f]{12}\s+docker\.io\/library\/nginx:1\.27\s+"/m);
  });
});

describe('what the simulation lacks, said truthfully', () => {
  it('--pull never with an image not on the host: docker\'s No such image', async () => {
    const store = workspace('cold');
    const r = await type(store, 'docker run --pull never -d redis:7');
    expect([r.code, r.out]).toEqual([125, "docker: Error response from daemon: No such image: redis:7.\nSee 'docker run --help'."]);
  });

  it('a real command not simulated yet, a global flag, a command docker does not have', async () => {
    const store = workspace();
    expect((await type(store, 'docker export web')).out).toBe("utsuwa: docker export is a real docker command that this terminal does not simulate yet.\n(type 'help' for the commands it simulates)");
    expect((await type(store, 'docker swarm init')).out).toMatch(/^utsuwa: docker swarm init is a real docker command/);
    expect((await type(store, 'docker --log-level debug ps')).out.split('\n').at(-1)).toBe('utsuwa: --log-level is accepted; it is not simulated');
    expect((await type(store, 'docker frobnicate')).out).toBe("docker: 'frobnicate' is not a docker command.\nSee 'docker --help'");
  });

  it('docker pull of a tag the catalogue lacks names what it has; a name Docker Hub lacks gets Docker Hub\'s answer', async () => {
    const store = workspace();
    expect((await type(store, 'docker pull redis:6')).out).toBe("utsuwa: redis:6 is not in the simulator's catalogue, so it cannot be pulled here; it has redis:7, redis:8, redis:8-alpine");
    expect((await type(store, 'docker pull nosuchimage')).out).toBe("Using default tag: latest\nError response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
  });
});
