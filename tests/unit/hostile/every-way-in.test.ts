import { describe, expect, it } from 'vitest';
import { apply, createSimulation, MAX_SIMULATED_MS, type UserAction } from '../../../sim-core/index';
import { shouldStop } from '../../../src/playback/loop';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario } from '../../../src/document/specs';
import { applyEffects } from '../../../src/terminal/apply-effects';
import { readScenario, writeScenario } from '../../../src/files/scenario-io';
import { readShareHash, shareHash } from '../../../src/files/share';

function workspace() {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  return store;
}

async function type(store: ReturnType<typeof workspace>, line: string): Promise<string> {
  const printed: string[] = [];
  const r = (await store.getState().query('terminal', { line, where: 'host' }))!;
  printed.push(r.output);
  await applyEffects(store, r.effects, { print: (t) => printed.push(t), clear: () => {}, enter: () => {}, aborted: false });
  return printed.join('\n');
}

/** The workspace saved, loaded back and shared: what a reload and a link would see. */
function roundTrips(store: ReturnType<typeof workspace>) {
  const { doc, actions } = store.getState();
  const saved = readScenario(writeScenario(doc, actions), 'autosave.yaml');
  const shared = readShareHash(shareHash(doc, actions));
  return { saved, shared };
}

describe('what docker accepts round-trips through save, load and share', () => {
  it.each([
    ['--memory 256m --memory-swap -1', { memorySwapBytes: -1 }],
    ['--cpu-shares 0', { cpuShares: 1024 }],
  ])('docker run %s', async (flags, expected) => {
    const store = workspace();
    await type(store, `docker run -d --name web ${flags} nginx:1.27`);
    expect(store.getState().doc.instances[0]).toMatchObject(expected);
    const { saved, shared } = roundTrips(store);
    expect(saved.ok && saved.scenario.instances[0]).toMatchObject(expected);
    expect(shared?.ok && shared.scenario.instances[0]).toMatchObject(expected);
  });

  it('a container name longer than 64 characters, as docker allows, is kept through a reload and a link', async () => {
    const store = workspace();
    const long = `app-${'x'.repeat(96)}`;
    await type(store, `docker run -d --name ${long} nginx:1.27`);
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual([long]);
    const { saved, shared } = roundTrips(store);
    expect(saved.ok && saved.scenario.instances[0]!.name).toBe(long);
    expect(shared?.ok && shared.scenario.instances[0]!.name).toBe(long);
  });
});

describe('what the parser refuses, every other way in refuses too', () => {
  it('docker update --cpus 0.001 is refused with docker\'s range message and changes nothing', async () => {
    const store = workspace();
    await type(store, 'docker run -d --name web --cpus 1 nginx:1.27');
    expect(await type(store, 'docker update --cpus 0.001 web')).toContain('Range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available');
    expect(store.getState().doc.instances[0]).toMatchObject({ cpus: 1 });
  });

  it('a size past what a file holds is refused with the range, in the terminal and on reload alike', async () => {
    const store = workspace();
    const out = await type(store, 'docker run -d --name web --memory 8PiB nginx:1.27');
    expect(out).toContain('less than 8 PiB');
    expect(store.getState().doc.instances).toEqual([]);
    const file = readScenario('version: 1\nname: x\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27", memory: 8PiB }\n', 'x.yaml');
    expect(file.ok ? [] : file.errors).toEqual(['x.yaml: instances[0].memory: expected a size of less than 8 PiB (at most 9007199254740991 bytes), got "8PiB"']);
  });

  it('the inspector cannot give a container a limit the parser refuses', async () => {
    const store = workspace();
    await type(store, 'docker create --name web nginx:1.27');
    store.getState().editInstance('web', { cpus: 0.001 });
    expect(store.getState().doc.instances[0]).toMatchObject({ cpus: null });
    expect(store.getState().notice).toMatchObject({ kind: 'error', key: 'sim.editRefused' });
    expect(store.getState().notice?.params?.reason).toContain('web: cpus');
  });

  it('a host with less memory than its own OS is refused in a file and in the inspector', () => {
    const file = readScenario('version: 1\nname: x\nhost: { memory: 100m }\n', 'x.yaml');
    expect(file.ok ? [] : file.errors.join('\n')).toContain("host.memory: expected more than the host OS's own");
    const store = workspace();
    const before = store.getState().doc.host.memoryBytes;
    store.getState().edit((d) => { d.host.memoryBytes = 100 * 1024 * 1024; });
    expect(store.getState().doc.host.memoryBytes).toBe(before);
    store.getState().edit((d) => { d.host.memoryBytes = Number.NaN; });
    expect(store.getState().doc.host.memoryBytes).toBe(before);
  });

  it('a name with a C1 control (U+009B, a terminal\'s CSI) is refused', () => {
    const file = readScenario('version: 1\nname: x\ninstances:\n  - { name: "a\\u009b2J", kind: container, image: "nginx:1.27" }\n', 'x.yaml');
    expect(file.ok).toBe(false);
  });
});

describe('the engine refuses a malformed live action instead of throwing or keeping it', () => {
  const base = () => {
    const s = emptyScenario();
    s.instances.push({ kind: 'container', name: 'web', runtime: 'runc', image: 'nginx:1.27', memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [] });
    const sim = createSimulation(s, CATALOGUE);
    apply(sim, { type: 'instance/start', name: 'web' });
    return sim;
  };
  const hostile: [string, unknown][] = [
    ['an unknown type', { type: 'instance/explode', name: 'web' }],
    ['no type', { name: 'web' }],
    ['a missing name', { type: 'instance/stop' }],
    ['a name that is not text', { type: 'instance/stop', name: 42 }],
    ['NaN cpus', { type: 'instance/set-limits', name: 'web', cpus: Number.NaN }],
    ['Infinity cpus', { type: 'instance/set-limits', name: 'web', cpus: Infinity }],
    ['negative memory', { type: 'instance/set-limits', name: 'web', memoryBytes: -4 * 1024 ** 3 }],
    ['NaN load', { type: 'instance/load', name: 'web', memoryBytes: Number.NaN }],
    ['infinite cpu load', { type: 'instance/load', name: 'web', cpu: Infinity }],
    ['a negative write', { type: 'instance/write', name: 'web', path: '/tmp/x', sizeBytes: -1 }],
    ['a relative path', { type: 'instance/write', name: 'web', path: 'tmp/x', sizeBytes: 1 }],
    ['an unknown exploit', { type: 'instance/exploit', name: 'web', kind: 'magic' }],
    ['an add without a spec', { type: 'instance/add' }],
    ['a VM with NaN memory', { type: 'instance/add', spec: { kind: 'vm', name: 'v', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, memoryBytes: Number.NaN, diskBytes: 1, apps: [] } }],
    ['a VM with infinite vCPUs', { type: 'instance/add', spec: { kind: 'vm', name: 'v', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: Infinity, memoryBytes: 1, diskBytes: 1, apps: [] } }],
    ['null', null],
  ];
  it.each(hostile)('%s', (_what, action) => {
    const sim = base();
    const before = JSON.stringify(sim.state.instances.web);
    const result = apply(sim, action as UserAction);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(sim.state.instances.web)).toBe(before);
    expect(sim.state.order).toEqual(['web']);
  });
});

describe('until is bounded the same in the file, the runner and the page', () => {
  it('a file asking past 24 h is refused with the range', () => {
    const file = readScenario('version: 1\nname: x\nuntil: 48h\n', 'x.yaml');
    expect(file.ok ? [] : file.errors).toEqual(['x.yaml: until: expected a duration of at most 24h, the longest run Utsuwa simulates, got "48h"']);
    expect(readScenario('version: 1\nname: x\nuntil: 24h\n', 'x.yaml').ok).toBe(true);
  });

  it('the page stops at 24 h even when something is still to happen', () => {
    expect(shouldStop(MAX_SIMULATED_MS, null, MAX_SIMULATED_MS + 1000)).toBe(true);
    expect(shouldStop(MAX_SIMULATED_MS - 1, null, MAX_SIMULATED_MS)).toBe(false);
  });
});
