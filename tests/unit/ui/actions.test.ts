/**
 * The action registry is the one description every consumer reads: a shortcut and the
 * button beside it run the same action, and one predicate enables or disables both.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario } from '../../../src/document/specs';
import { setupI18n } from '../../../src/i18n/setup';
import { resources } from '../../../src/i18n/resources';
import { ACTIONS, ALL_ACTIONS } from '../../../src/actions/registry';
import { actionForKey, presenterKeys } from '../../../src/actions/keyboard';
import { isEnabled, labelKey, readState, runAction } from '../../../src/actions/run';
import type { ActionContext } from '../../../src/actions/types';
import type { KeyLike } from '../../../src/actions/shortcuts';
import { startPresetTour } from '../../../src/classroom/tour-control';

function workspace(): ActionContext {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
  return { store, i18n: setupI18n() };
}

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

/** What pressing a key does, as the window's listener does it (workspace scope). */
function press(ctx: ActionContext, k: KeyLike, scope: 'workspace' | 'presenter' = 'workspace') {
  const s = readState(ctx);
  const verdict = actionForKey(k, scope, s);
  if (verdict?.action) void verdict.action.perform(ctx, undefined, s);
  return verdict;
}

describe('the keyboard and the buttons read one registry', () => {
  it('Ctrl+Z is the header Undo button: disabled together while there is nothing to undo, then both undo', () => {
    const ctx = workspace();
    // Nothing to undo: the button is disabled and the key runs nothing (but is still ours, not the browser's).
    expect(isEnabled(ACTIONS.undo, readState(ctx), undefined)).toBe(false);
    expect(press(ctx, key('z', { ctrlKey: true }))).toEqual({ action: null, consume: true });

    runAction(ctx, 'editInstance', {}); // no selection: the predicate refuses, nothing changes
    ctx.store.getState().addFromPalette('container');
    expect(isEnabled(ACTIONS.undo, readState(ctx), undefined)).toBe(true);
    const verdict = press(ctx, key('z', { ctrlKey: true }));
    expect(verdict?.action).toBe(ACTIONS.undo);
    expect(ctx.store.getState().doc.instances).toEqual([]);
    // ⌘Z on a Mac, Ctrl+Shift+Z and Ctrl+Y redo: the same action as the Redo button.
    expect(press(ctx, key('Z', { metaKey: true, shiftKey: true }))?.action).toBe(ACTIONS.redo);
    expect(ctx.store.getState().doc.instances.map((i) => i.name)).toEqual(['nginx']);
    expect(actionForKey(key('y', { ctrlKey: true }), 'workspace', readState(ctx))?.action).toBe(null); // nothing left to redo
    expect(ACTIONS.redo.shortcuts).toContain('Mod+Y');
  });

  it('Delete is the inspector Remove button: nothing selected disables both; with a selection both remove it', () => {
    const ctx = workspace();
    ctx.store.getState().addFromPalette('container');
    ctx.store.getState().select(null);
    expect(isEnabled(ACTIONS.removeInstance, readState(ctx), undefined)).toBe(false);
    expect(press(ctx, key('Delete'))).toEqual({ action: null, consume: false }); // the key goes on to the page
    expect(ctx.store.getState().doc.instances).toHaveLength(1);

    ctx.store.getState().select('nginx');
    expect(press(ctx, key('Backspace'))?.action).toBe(ACTIONS.removeInstance);
    expect(ctx.store.getState().doc.instances).toEqual([]);

    // The button's path (runAction) gives the same document as the key's.
    const other = workspace();
    other.store.getState().addFromPalette('container');
    expect(runAction(other, 'removeInstance')).toBe(true);
    expect(other.store.getState().doc).toEqual(ctx.store.getState().doc);
  });

  it('the inspector buttons follow the instance: start before it runs; stop and the exploits while it runs', async () => {
    const ctx = workspace();
    ctx.store.getState().replaceDocument({ ...emptyScenario(), instances: [] }, { kind: 'empty' });
    ctx.store.getState().addFromPalette('container'); // starts at 0:00 with the run
    const enabled = () => Object.fromEntries((['startInstance', 'stopInstance', 'exploitApp', 'exploitKernel', 'removeInstance'] as const)
      .map((n) => [n, isEnabled(ACTIONS[n] as never, readState(ctx), undefined as never)]));
    ctx.store.getState().advanceTo(1);
    expect(ctx.store.getState().view?.instances[0]?.state).toMatch(/booting|running/);
    expect(enabled()).toEqual({ startInstance: false, stopInstance: true, exploitApp: true, exploitKernel: true, removeInstance: true });

    expect(runAction(ctx, 'stopInstance')).toBe(true);
    await ctx.store.getState().settled(); // live actions go out at the end of the task
    expect(ctx.store.getState().view?.instances[0]?.state).toBe('exited');
    expect(enabled()).toEqual({ startInstance: true, stopInstance: false, exploitApp: false, exploitKernel: false, removeInstance: true });
    expect(runAction(ctx, 'exploitKernel')).toBe(false); // refused by the same predicate that disables the button
  });

  it('a menu choice runs its action with the chosen value; an unknown preset is refused', () => {
    const ctx = workspace();
    expect(runAction(ctx, 'openPreset', 'no-such-preset')).toBe(false);
    expect(runAction(ctx, 'openPreset', 'boot-race')).toBe(true);
    expect(ctx.store.getState().origin).toEqual({ kind: 'preset', id: 'boot-race' });
    expect(runAction(ctx, 'startPresetTour', 'limits-classic')).toBe(true);
    expect(ctx.store.getState().classroom.tour?.index).toBe(0);
  });
});

describe('presenter keys read the registry', () => {
  it('Space and → go on (Next, or Skip while the step waits), ← goes back; they are held even when nothing applies', () => {
    const ctx = workspace();
    startPresetTour(ctx.store, 'nginx-vm-vs-container');
    // Outside presenter mode Space is not a shortcut at all.
    expect(actionForKey(key(' '), 'presenter', readState(ctx))).toBeNull();
    ctx.store.getState().setPresenter(true);
    expect(press(ctx, key('ArrowLeft'), 'presenter')).toEqual({ action: null, consume: true }); // step 1: no way back, key still held
    expect(press(ctx, key(' '), 'presenter')?.action).toBe(ACTIONS.tourNext);
    expect(ctx.store.getState().classroom.tour?.index).toBe(1);
    expect(press(ctx, key('ArrowRight'), 'presenter')?.action).toBe(ACTIONS.tourNext);
    // Step 3 waits for the learner to press play: the same keys now skip, as the Skip button does.
    expect(press(ctx, key('PageDown'), 'presenter')?.action).toBe(ACTIONS.tourSkip);
    expect(ctx.store.getState().classroom.tour?.index).toBe(3);
    expect(press(ctx, key('ArrowLeft'), 'presenter')?.action).toBe(ACTIONS.tourPrev);
    expect(ctx.store.getState().classroom.tour?.index).toBe(2);
    // Esc leaves presenter mode before it could deselect anything.
    expect(press(ctx, key('Escape'), 'presenter')?.action).toBe(ACTIONS.leavePresenter);
    expect(ctx.store.getState().classroom.presenter).toBe(false);
  });

  it('the presenter key help is built from the same shortcuts', () => {
    expect(presenterKeys()).toEqual([
      { keys: 'Space/→/PgDn', label: 'tourNext' },
      { keys: '←/PgUp', label: 'tourPrev' },
      { keys: 'F', label: 'fullscreen' },
      { keys: 'L', label: 'laser' },
      { keys: 'Esc', label: 'presenterLeave' },
    ]);
  });
});

describe('the registry itself', () => {
  it('names each action once, and every label and description exists in both languages', () => {
    const names = ALL_ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.entries(ACTIONS).every(([k, a]) => a.name === k)).toBe(true);
    const ctx = workspace();
    for (const playing of [false, true]) {
      ctx.store.setState({ playing });
      for (const a of ALL_ACTIONS) {
        const keys = [labelKey(a, readState(ctx)), typeof a.description === 'string' ? a.description : undefined].filter(Boolean) as string[];
        for (const k of keys) {
          expect(resources.en.actions, `${a.name}: ${k}`).toHaveProperty(k);
          expect(resources.ja.actions, `${a.name}: ${k}`).toHaveProperty(k);
        }
      }
    }
  });

  it('binds no key twice in one scope unless the predicates exclude each other', () => {
    const bound = new Map<string, string[]>();
    for (const a of ALL_ACTIONS) for (const k of a.shortcuts ?? []) bound.set(`${a.scope ?? 'workspace'} ${k}`, [...(bound.get(`${a.scope ?? 'workspace'} ${k}`) ?? []), a.name]);
    const shared = [...bound.entries()].filter(([, names]) => names.length > 1).map(([k, names]) => `${k}: ${names.join(', ')}`);
    expect(shared).toEqual([
      'presenter Space: tourNext, tourSkip',
      'presenter ArrowRight: tourNext, tourSkip',
      'presenter PageDown: tourNext, tourSkip',
    ]);
  });
});
