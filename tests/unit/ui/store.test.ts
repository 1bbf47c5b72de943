import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario } from '../../../src/document/specs';

function workspace() {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  return store;
}

describe('workspace store: the document', () => {
  it('adds a VM and a container from the palette, each started at the current time', () => {
    const store = workspace();
    store.getState().addFromPalette('vm');
    store.getState().addFromPalette('container');
    const { doc, view } = store.getState();
    expect(doc.instances.map((i) => [i.kind, i.name])).toEqual([['vm', 'ubuntu-vm'], ['container', 'nginx']]);
    expect(doc.events.map((e) => e.action)).toEqual([{ type: 'start', target: 'ubuntu-vm' }, { type: 'start', target: 'nginx' }]);
    expect(view?.instances.map((i) => i.name)).toEqual(['ubuntu-vm', 'nginx']);
  });

  it('gives a second instance of the same image a free name', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().addFromPalette('container');
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['nginx', 'nginx-2']);
  });

  it('undoes and redoes additions and removals, and the run follows', () => {
    const store = workspace();
    store.getState().addFromPalette('vm');
    store.getState().addFromPalette('container', 'ubuntu-vm');
    store.getState().removeInstance('ubuntu-vm');
    expect(store.getState().doc.instances).toEqual([]);
    expect(store.getState().doc.events).toEqual([]);
    expect(store.getState().view?.instances).toEqual([]);

    store.getState().undo();
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['ubuntu-vm', 'nginx']);
    expect(store.getState().view?.instances.map((i) => i.name)).toEqual(['ubuntu-vm', 'nginx']);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.instances).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['ubuntu-vm']);
  });

  it('an edit after an undo drops the redo history', () => {
    const store = workspace();
    store.getState().addFromPalette('vm');
    store.getState().undo();
    store.getState().addFromPalette('container');
    store.getState().redo();
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['nginx']);
  });

  it('Enter on the container item adds into the selected VM, or onto the host when nothing is selected', () => {
    const store = workspace();
    store.getState().addByKeyboard('vm'); // selects the new VM
    store.getState().addByKeyboard('container');
    store.getState().select(null);
    store.getState().addByKeyboard('container');
    const placed = store.getState().doc.instances.map((i) => [i.name, i.kind === 'container' ? i.in : 'host']);
    expect(placed).toEqual([['ubuntu-vm', 'host'], ['nginx', 'ubuntu-vm'], ['nginx-2', null]]);
  });

  it('refuses a VM dropped into a container, says why, and changes nothing', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    const before = store.getState().doc;
    const ok = store.getState().drop({ source: 'palette', kind: 'vm' }, { name: 'nginx' });
    expect(ok).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice).toEqual({ kind: 'error', key: 'drop.vm-into-container' });
    expect(store.getState().past).toHaveLength(1);
  });

  it('moves a container from the host into a VM by dropping it there', () => {
    const store = workspace();
    store.getState().addFromPalette('vm');
    store.getState().addFromPalette('container');
    store.getState().drop({ source: 'board', name: 'nginx' }, { name: 'ubuntu-vm' });
    const c = store.getState().doc.instances.find((i) => i.name === 'nginx');
    expect(c?.kind === 'container' && c.in).toBe('ubuntu-vm');
    expect(store.getState().view?.instances.find((i) => i.name === 'nginx')?.in).toBe('ubuntu-vm');
  });
});

describe('workspace store: the simulation', () => {
  it('plays a container to running and seeks back to the start', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(10_000);
    expect(store.getState().view?.instances[0]?.state).toBe('running');
    expect(store.getState().log.length).toBeGreaterThan(3);
    store.getState().seek(0);
    expect(store.getState().view?.nowMs).toBe(0);
    expect(store.getState().view?.instances[0]?.state).not.toBe('running');
  });

  it('lowers a running container\'s memory limit as a live action, leaving the document alone', async () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(10_000);
    const doc = store.getState().doc;
    store.getState().editInstance('nginx', { memoryBytes: 64 * 1024 * 1024 });
    await store.getState().settled(); // live actions go out at the end of the task
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().view?.instances[0]?.memoryLimitBytes).toBe(64 * 1024 * 1024);
    expect(store.getState().log.some((e) => e.type === 'cgroup/limits-changed')).toBe(true);
  });

  it('edits the document when nothing has started yet', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().editInstance('nginx', { memoryBytes: 256 * 1024 * 1024 });
    const spec = store.getState().doc.instances[0];
    expect(spec?.kind === 'container' && spec.memoryBytes).toBe(256 * 1024 * 1024);
    expect(store.getState().past).toHaveLength(2);
  });

  it('choosing gVisor on KVM in the inspector is kept, and switching back to runc drops the platform (the file stays valid)', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().editInstance('nginx', { runtime: 'gvisor' });
    store.getState().editInstance('nginx', { gvisorPlatform: 'kvm' });
    expect(store.getState().doc.instances[0]).toMatchObject({ runtime: 'gvisor', gvisorPlatform: 'kvm' });
    store.getState().editInstance('nginx', { runtime: 'runc', gvisorPlatform: undefined });
    const spec = store.getState().doc.instances[0];
    expect(spec?.kind === 'container' && spec.gvisorPlatform).toBeUndefined();
  });

  it('an instance added while the clock runs starts at that time and the live run keeps its time', () => {
    const store = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(5_000);
    store.getState().addFromPalette('container');
    expect(store.getState().doc.events.at(-1)).toEqual({ atMs: 5_000, action: { type: 'start', target: 'nginx-2' } });
    expect(store.getState().view?.nowMs).toBe(5_000);
    expect(store.getState().view?.instances.find((i) => i.name === 'nginx')?.state).toBe('running');
  });
});
