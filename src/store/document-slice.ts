/**
 * The document slice: the run's description (the scenario being edited and the user's live
 * actions), with undo and redo over both as immer patches. Every change rebuilds the worker's
 * run from the description at the current time, except a live action, which the worker
 * applies where it stands (and which is the same as a rebuild: see sim-core/engine/run.ts).
 */
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { StateCreator } from 'zustand';
import { pruneActions, type ActionResult, type RecordedAction, type UserAction } from '@utsuwa/sim-core';
import type { Change, Description, DocumentSlice, Notice, WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';
import { addInstance, findSpec, moveContainer, patchInstance, removeInstance } from '../document/operations';
import { checkDrop } from '../document/drops';
import { changeRefusal } from '../document/validate';
import { emptyScenario, newContainerSpec, newVmSpec } from '../document/specs';
import { liveQueue } from './live-queue';

enablePatches();

const HISTORY_LIMIT = 200;

/** Limits a running container may change live (cgroup writes); anything else edits the document. */
const LIVE_FIELDS = new Set(['memoryBytes', 'cpus']);

export function createDocumentSlice(driver: SimDriver): StateCreator<WorkspaceState, [], [], DocumentSlice> {
  return (set, get) => {
    const now = (): number => get().view?.nowMs ?? 0;
    const description = (): Description => ({ doc: get().doc, actions: get().actions });
    /** Rebuilds the run from the description at the current time. */
    const sync = (): void => {
      queued.flush();
      void driver.send({ type: 'load', scenario: get().doc, actions: get().actions, atMs: now() });
    };
    /** Changes the description as one undoable step; returns the step (null: nothing changed). */
    const change = (recipe: (draft: Description) => void): Change | null => {
      const [next, patches, inverse] = produceWithPatches(description(), recipe);
      if (patches.length === 0) return null;
      // Whatever made the change (inspector, terminal, drop, tour), the parser's rules decide.
      const refused = changeRefusal(description(), next);
      if (refused) {
        set({ lastRejection: refused[0] ?? null, notice: { kind: 'error', key: 'sim.editRefused', params: { reason: refused[0] ?? '' }, details: refused } });
        return null;
      }
      const step: Change = { patches, inverse };
      set({ doc: next.doc, actions: next.actions, past: [...get().past, step].slice(-HISTORY_LIMIT), future: [] });
      return step;
    };
    /**
     * Appends a burst of live actions at their time (dropping those after it, as an editor
     * drops redo after a seek back), as one undoable step. The step replaces the action list
     * whole: immer's patches for an append to a list of thousands compare it element by
     * element (tens of ms a burst), while the two lists share their entries.
     */
    const appendLive = (batch: RecordedAction[]): Change => {
      const at = batch[0]!.atMs;
      // Actions are in time order: those after `at` are a suffix.
      const current = get().actions;
      const keep = current.length === 0 || current[current.length - 1]!.atMs <= at ? current.length : current.findIndex((a) => a.atMs > at);
      const next = Object.freeze(current.slice(0, keep).concat(batch)) as RecordedAction[];
      const step: Change = { patches: [{ op: 'replace', path: ['actions'], value: next }], inverse: [{ op: 'replace', path: ['actions'], value: current }] };
      set({ actions: next, past: [...get().past, step].slice(-HISTORY_LIMIT), future: [] });
      return step;
    };
    /**
     * A burst of live actions: one undoable step and one request; the actions the engine
     * refuses leave the description again (the step is redone with the others).
     */
    const queued = liveQueue(async (batch) => {
      set({ lastRejection: null });
      const step = appendLive(batch);
      const frame = await driver.send(batch.length === 1 ? { type: 'apply', recorded: batch[0]! } : { type: 'apply-batch', recorded: batch });
      const reasons = frame?.rejections ?? batch.map(() => frame?.rejected ?? null);
      if (reasons.every((r) => r === null)) return reasons;
      if (get().past.at(-1) === step) {
        const back = applyPatches(description(), step.inverse);
        set({ doc: back.doc, actions: back.actions, past: get().past.slice(0, -1) });
        const accepted = batch.filter((_, i) => reasons[i] === null);
        if (accepted.length > 0) appendLive(accepted);
        // The engine's run holds what it refused too: rebuild it from the description.
        sync();
      }
      return reasons;
    });
    /** Moves along the history: the description, then the selection if its instance is gone. */
    const travel = (patches: Change['patches'], past: Change[], future: Change[]): void => {
      const next = applyPatches(description(), patches);
      const selected = get().selected && findSpec(next.doc, get().selected!) ? get().selected : null;
      set({ doc: next.doc, actions: next.actions, past, future, selected });
      sync();
    };

    return {
      doc: emptyScenario(),
      actions: [],
      origin: { kind: 'empty' },
      past: [],
      future: [],

      replaceDocument(doc, origin, actions = [], atMs = 0) {
        queued.flush();
        const kept = pruneActions(doc, actions);
        const tour = get().classroom.tour;
        // Another document ends a tour; a tour step reloads its own (the same origin object).
        const classroom = tour && origin !== tour.origin ? { ...get().classroom, tour: null, answers: {} } : get().classroom;
        set({ doc, actions: kept, origin, past: [], future: [], selected: null, playing: false, lastRejection: null, classroom });
        void driver.send({ type: 'load', scenario: doc, actions: kept, atMs });
      },

      edit(recipe) {
        queued.flush();
        if (get().lastRejection !== null) set({ lastRejection: null });
        const step = change((d) => {
          recipe(d.doc);
          d.actions = pruneActions(d.doc, d.actions);
        });
        if (step) sync();
      },

      async applyLive(action: UserAction): Promise<ActionResult> {
        if (action.type === 'instance/remove') {
          get().removeInstance(action.name);
          return { ok: true };
        }
        if (action.type === 'instance/add') {
          get().edit((draft) => addInstance(draft, action.spec, now()));
          return { ok: true };
        }
        const reason = await queued.add({ atMs: now(), action });
        return reason === null ? { ok: true } : { ok: false, reason };
      },

      flushLive() {
        queued.flush();
      },

      undo() {
        const step = get().past.at(-1);
        if (step) travel(step.inverse, get().past.slice(0, -1), [...get().future, step]);
      },

      redo() {
        const step = get().future.at(-1);
        if (step) travel(step.patches, [...get().past, step], get().future.slice(0, -1));
      },

      addFromPalette(kind, into = null) {
        const { doc, vmChoice, containerChoice } = get();
        const spec = kind === 'vm' ? newVmSpec(vmChoice, doc) : newContainerSpec(containerChoice, doc, into);
        get().edit((draft) => addInstance(draft, spec, now()));
        // Said in plain words, for everyone and for screen readers (the notice is a live region).
        const notice: Notice = spec.kind === 'container' && spec.in
          ? { kind: 'info', key: 'drop.addedInto', params: { name: spec.name, target: spec.in } }
          : { kind: 'info', key: 'drop.addedOnHost', params: { name: spec.name } };
        set({ selected: spec.name, notice });
      },

      addByKeyboard(kind) {
        if (kind === 'vm') return get().addFromPalette('vm');
        const selected = get().selected ? findSpec(get().doc, get().selected!) : undefined;
        const into = selected?.kind === 'vm' ? selected.name : selected?.kind === 'container' ? selected.in : null;
        // The same check as a drop there: the rules' limits where it would run.
        get().drop({ source: 'palette', kind: 'container' }, { name: into });
      },

      drop(item, target) {
        const verdict = checkDrop(get().doc, item, target, get().containerChoice);
        if (!verdict.ok) {
          set({ notice: { kind: 'error', key: `drop.${verdict.reason}`, ...(verdict.params ? { params: verdict.params } : {}) } });
          return false;
        }
        switch (verdict.effect) {
          case 'add-vm':
            get().addFromPalette('vm');
            break;
          case 'add-container':
            get().addFromPalette('container', verdict.into);
            break;
          case 'move-container':
            get().moveContainer(verdict.name, verdict.into);
            break;
          case 'none':
            break;
        }
        return true;
      },

      moveContainer(name, into) {
        const spec = findSpec(get().doc, name);
        if (spec?.kind !== 'container' || spec.in === into) return;
        if (into !== null && findSpec(get().doc, into)?.kind !== 'vm') return;
        get().edit((draft) => moveContainer(draft, name, into));
        set({
          selected: name,
          notice: into
            ? { kind: 'info', key: 'drop.moved', params: { name, target: into } }
            : { kind: 'info', key: 'drop.movedOut', params: { name } },
        });
      },

      removeInstance(name) {
        if (!findSpec(get().doc, name)) return;
        get().edit((draft) => {
          removeInstance(draft, name);
        });
        const selected = get().selected && findSpec(get().doc, get().selected!) ? get().selected : null;
        set({ selected, notice: { kind: 'info', key: 'drop.removed', params: { name } } });
      },

      editInstance(name, patch) {
        const spec = findSpec(get().doc, name);
        if (!spec) return;
        const live = get().view?.instances.find((i) => i.name === name);
        const isLive = (now() > 0 && live && (live.state === 'booting' || live.state === 'running')) ?? false;
        const keys = Object.keys(patch);
        if (isLive && spec.kind === 'container' && keys.every((k) => LIVE_FIELDS.has(k))) {
          const p = patch as { memoryBytes?: number | null; cpus?: number | null };
          const action: { type: 'instance/set-limits'; name: string; memoryBytes?: number | null; cpus?: number | null } = { type: 'instance/set-limits', name };
          if ('memoryBytes' in p) action.memoryBytes = p.memoryBytes ?? null;
          if ('cpus' in p) action.cpus = p.cpus ?? null;
          void get().applyLive(action);
          return;
        }
        get().edit((draft) => patchInstance(draft, name, patch));
      },
    };
  };
}
