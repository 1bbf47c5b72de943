/**
 * The workspace's one description of the run, { doc, actions }: live actions recorded with
 * their times, undone and redone like edits, dropped after a seek back, pruned with their
 * instance, carried by the saved file, and identical to what the worker runs.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore, type WorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import type { Request } from '../../../src/worker/driver';
import { emptyScenario } from '../../../src/document/specs';
import { applyEffects } from '../../../src/terminal/apply-effects';
import { readScenario, writeScenario } from '../../../src/files/scenario-io';
import { readShareHash, shareHash } from '../../../src/files/share';
import { SimSession } from '../../../src/worker/session';
import type { CommandResult } from '../../../sim-core/terminal/index';

const MiB = 1024 * 1024;

/** An in-thread driver that also keeps every request it was sent. */
class RecordingDriver extends InlineDriver {
  sent: Request[] = [];
  protected override post(msg: Request): void {
    this.sent.push(msg);
    super.post(msg);
  }
}

function workspace(): { store: WorkspaceStore; driver: RecordingDriver } {
  const driver = new RecordingDriver();
  const store = createWorkspaceStore(driver);
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  return { store, driver };
}

async function type(store: WorkspaceStore, line: string, where = 'host'): Promise<string> {
  const printed: string[] = [];
  const result: CommandResult = (await store.getState().query('terminal', { line, where }))!;
  printed.push(result.output);
  await applyEffects(store, result.effects, { print: (t) => printed.push(t), clear: () => {}, enter: () => {}, aborted: false });
  return printed.join('\n');
}

const limitOf = (store: WorkspaceStore, name: string) => store.getState().view!.instances.find((i) => i.name === name)!.memoryLimitBytes;

/** What a fresh worker shows for the store's description at its current time. */
function rebuilt(store: WorkspaceStore) {
  const { doc, actions, view } = store.getState();
  return new SimSession().handle({ type: 'load', scenario: doc, actions, atMs: view!.nowMs })!.view;
}

describe('live actions are part of the description', () => {
  it('a live action is recorded at the current time, and the worker holds exactly what the page holds', async () => {
    const { store, driver } = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(5_000);
    const result = await store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', memoryBytes: 128 * MiB });
    expect(result).toEqual({ ok: true });
    expect(store.getState().actions).toEqual([{ atMs: 5_000, action: { type: 'instance/set-limits', name: 'nginx', memoryBytes: 128 * MiB } }]);
    expect(driver.sent.at(-1)).toEqual({ type: 'apply', recorded: store.getState().actions[0] });
    store.getState().advanceTo(8_000);
    expect(rebuilt(store)).toEqual(store.getState().view);
    // an edit of the document rebuilds the run from the same description, the action replayed
    store.getState().addFromPalette('vm');
    expect(driver.sent.at(-1)).toMatchObject({ type: 'load', actions: store.getState().actions, atMs: 8_000 });
    expect(limitOf(store, 'nginx')).toBe(128 * MiB);
  });

  it('an undo of a live action takes it out and rebuilds the run at the current time; redo puts it back', async () => {
    const { store } = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(5_000);
    store.getState().editInstance('nginx', { memoryBytes: 64 * MiB }); // running: a live limit change
    await store.getState().settled();
    expect(store.getState().actions).toHaveLength(1);
    store.getState().advanceTo(7_000);
    expect(limitOf(store, 'nginx')).toBe(64 * MiB);

    store.getState().undo();
    expect(store.getState().actions).toEqual([]);
    expect(store.getState().view!.nowMs).toBe(7_000);
    expect(limitOf(store, 'nginx')).toBe(null); // docker run's default: no limit
    expect(store.getState().log.some((e) => e.type === 'cgroup/limits-changed')).toBe(false);

    store.getState().redo();
    expect(store.getState().actions).toHaveLength(1);
    expect(limitOf(store, 'nginx')).toBe(64 * MiB);
    store.getState().undo();
    store.getState().undo(); // then the addition itself
    expect(store.getState().doc.instances).toEqual([]);
  });

  it('acting after seeking back drops the later actions, in the store and in the worker', async () => {
    const { store } = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(5_000);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', memoryBytes: 128 * MiB });
    store.getState().advanceTo(9_000);
    await store.getState().applyLive({ type: 'instance/stop', name: 'nginx' });
    store.getState().seek(6_000);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', cpus: 0.25 });
    expect(store.getState().actions.map((a) => [a.atMs, a.action.type])).toEqual([[5_000, 'instance/set-limits'], [6_000, 'instance/set-limits']]);
    store.getState().advanceTo(12_000);
    expect(store.getState().view!.instances[0]!.state).toBe('running'); // the stop at 0:09 is gone
    expect(rebuilt(store)).toEqual(store.getState().view);
  });

  it('a refused live action changes nothing: it leaves the description again, with a reason', async () => {
    const { store } = workspace();
    store.getState().addFromPalette('container');
    const result = await store.getState().applyLive({ type: 'instance/start', name: 'nginx' }); // it is starting already
    expect(result).toEqual({ ok: false, reason: 'nginx is already booting' });
    expect(store.getState().actions).toEqual([]);
    expect(store.getState().past).toHaveLength(1); // only the addition
    expect(store.getState().lastRejection).toBe('nginx is already booting');
    expect(rebuilt(store)).toEqual(store.getState().view);
  });
});

describe('removing an instance, by any path, removes it from the one description', () => {
  it('docker rm -f web takes the card off the board, out of the saved file, with its events and actions', async () => {
    const { store } = workspace();
    await type(store, 'docker run -d --name web --memory 256m nginx:1.27');
    await type(store, 'docker run -d --name db redis:7');
    store.getState().advanceTo(3_000);
    await type(store, 'docker update --memory 128m web');
    await type(store, 'docker update --memory 64m db');
    expect(store.getState().actions.map((a) => a.action.type === 'instance/set-limits' && a.action.name)).toEqual(['web', 'db']);

    expect(await type(store, 'docker rm -f web')).toBe('web');
    const { doc, actions, view } = store.getState();
    expect(doc.instances.map((i) => i.name)).toEqual(['db']);
    expect(doc.events.every((e) => e.action.type !== 'start' || e.action.target !== 'web')).toBe(true);
    expect(actions.map((a) => a.action.type === 'instance/set-limits' && a.action.name)).toEqual(['db']);
    expect(view!.instances.map((i) => i.name)).toEqual(['db']);

    const saved = writeScenario(doc, actions);
    expect(saved).not.toMatch(/\bweb\b/);
    const back = readScenario(saved, 'autosave.yaml');
    expect(back.ok && back.scenario.instances.map((i) => i.name)).toEqual(['db']);
    // every rebuilt run from now on is free of the removed container: no rejected action
    store.getState().addFromPalette('container');
    expect(store.getState().log.filter((e) => e.type === 'action/rejected')).toEqual([]);
    // and the removal is one undoable step that brings both back
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['web', 'db']);
    expect(store.getState().actions).toHaveLength(2);
  });

  it('vagrant destroy and the board\'s Delete take the same path', async () => {
    const { store } = workspace();
    await type(store, 'vagrant up');
    store.getState().addFromPalette('container', 'default');
    store.getState().advanceTo(60_000);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', cpus: 0.5 });
    await type(store, 'vagrant destroy -f');
    expect(store.getState().doc.instances).toEqual([]); // the VM and the container in it
    expect(store.getState().actions).toEqual([]);
    store.getState().undo();
    store.getState().removeInstance('nginx');
    expect(store.getState().doc.instances.map((i) => i.name)).toEqual(['default']);
    expect(store.getState().actions).toEqual([]);
  });
});

describe('the description travels', () => {
  it('a share link carries the live actions, and opening it gives the same run', async () => {
    const { store } = workspace();
    store.getState().addFromPalette('container');
    store.getState().advanceTo(4_000);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'nginx', memoryBytes: 96 * MiB });
    const link = readShareHash(shareHash(store.getState().doc, store.getState().actions));
    expect(link?.ok).toBe(true);
    if (!link?.ok) return;
    expect(link.actions).toEqual(store.getState().actions);

    const opened = workspace().store;
    opened.getState().replaceDocument(link.scenario, { kind: 'link' }, link.actions);
    opened.getState().advanceTo(4_000);
    expect(opened.getState().actions).toEqual(store.getState().actions);
    expect(limitOf(opened, 'nginx')).toBe(96 * MiB);
  });
});

describe('tours', () => {
  it('going to a tour step sends one load of (scenario, actions of the steps so far, their time)', () => {
    const { store, driver } = workspace();
    const text = `version: 1
name: t
instances:
  - { name: web, kind: container, image: "nginx:1.27", memory: 256m }
events:
  - { at: 0s, start: web }
tour:
  - say: one
  - { say: two, seek: 10s, limits: { target: web, memory: 128m } }
  - { say: three, seek: 20s, stop: web }
  - { say: four, seek: 30s }
`;
    const parsed = readScenario(text, 't.yaml');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    store.getState().replaceDocument(parsed.scenario, { kind: 'file', name: 't.yaml' });
    expect(store.getState().startTour()).toBe(true);
    store.getState().goToStep(3);
    const before = driver.sent.length;
    store.getState().goToStep(2);
    expect(driver.sent.slice(before)).toEqual([{ type: 'load', scenario: parsed.scenario, actions: store.getState().actions, atMs: 20_000 }]);
    expect(store.getState().actions.map((a) => [a.atMs, a.action.type])).toEqual([[10_000, 'instance/set-limits'], [20_000, 'instance/stop']]);
    // docker stop sent nginx its stop signal; it exits after its graceful shutdown.
    expect(store.getState().log.some((e) => e.type === 'instance/stopping' && e.atMs === 20_000)).toBe(true);
    store.getState().advanceTo(21_000);
    expect(store.getState().view!.instances[0]!.state).toBe('exited');
    expect(store.getState().classroom.tour?.index).toBe(2);
    // another document ends the tour
    store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
    expect(store.getState().classroom.tour).toBeNull();
  });
});
