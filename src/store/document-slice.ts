/**
 * The document slice: the scenario being edited, with undo and redo as immer patches.
 * Undo covers the document only, never the running simulation (see docs/architecture.md).
 */
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { StateCreator } from 'zustand';
import type { DocumentSlice, WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';
import { addInstance, findSpec, moveContainer, patchInstance, removeInstance } from '../document/operations';
import { checkDrop } from '../document/drops';
import { emptyScenario, newContainerSpec, newVmSpec } from '../document/specs';

enablePatches();

const HISTORY_LIMIT = 200;

/** Limits a running container may change live (cgroup writes); anything else edits the document. */
const LIVE_FIELDS = new Set(['memoryBytes', 'cpus']);

export function createDocumentSlice(driver: SimDriver): StateCreator<WorkspaceState, [], [], DocumentSlice> {
  return (set, get) => {
    const now = (): number => get().view?.nowMs ?? 0;
    /** Rebuilds the run from the edited document at the current time, keeping live actions. */
    const sync = (): void => driver.send({ type: 'load', scenario: get().doc, atMs: now(), keepActions: true });

    return {
      doc: emptyScenario(),
      origin: { kind: 'empty' },
      past: [],
      future: [],

      replaceDocument(doc, origin) {
        set({ doc, origin, past: [], future: [], selected: null, playing: false, lastRejection: null });
        driver.send({ type: 'load', scenario: doc, atMs: 0, keepActions: false });
      },

      edit(recipe) {
        const [doc, patches, inverse] = produceWithPatches(get().doc, recipe);
        if (patches.length === 0) return;
        set({ doc, past: [...get().past, { patches, inverse }].slice(-HISTORY_LIMIT), future: [] });
        sync();
      },

      undo() {
        const change = get().past.at(-1);
        if (!change) return;
        const doc = applyPatches(get().doc, change.inverse);
        const selected = get().selected && findSpec(doc, get().selected!) ? get().selected : null;
        set({ doc, past: get().past.slice(0, -1), future: [...get().future, change], selected });
        sync();
      },

      redo() {
        const change = get().future.at(-1);
        if (!change) return;
        const doc = applyPatches(get().doc, change.patches);
        const selected = get().selected && findSpec(doc, get().selected!) ? get().selected : null;
        set({ doc, future: get().future.slice(0, -1), past: [...get().past, change], selected });
        sync();
      },

      addFromPalette(kind, into = null) {
        const { doc, vmChoice, containerChoice } = get();
        const spec = kind === 'vm' ? newVmSpec(vmChoice, doc) : newContainerSpec(containerChoice, doc, into);
        get().edit((draft) => addInstance(draft, spec, now()));
        set({ selected: spec.name, notice: { kind: 'info', key: 'drop.added', params: { name: spec.name } } });
      },

      addByKeyboard(kind) {
        if (kind === 'vm') return get().addFromPalette('vm');
        const selected = get().selected ? findSpec(get().doc, get().selected!) : undefined;
        const into = selected?.kind === 'vm' ? selected.name : selected?.kind === 'container' ? selected.in : null;
        get().addFromPalette('container', into);
      },

      drop(item, target) {
        const verdict = checkDrop(get().doc, item, target);
        if (!verdict.ok) {
          set({ notice: { kind: 'error', key: `drop.${verdict.reason}` } });
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
            get().edit((draft) => moveContainer(draft, verdict.name, verdict.into));
            set({
              selected: verdict.name,
              notice: verdict.into
                ? { kind: 'info', key: 'drop.moved', params: { name: verdict.name, target: verdict.into } }
                : { kind: 'info', key: 'drop.movedOut', params: { name: verdict.name } },
            });
            break;
          case 'none':
            break;
        }
        return true;
      },

      removeInstance(name) {
        if (!findSpec(get().doc, name)) return;
        get().edit((draft) => {
          removeInstance(draft, name);
        });
        set({ selected: null, notice: { kind: 'info', key: 'drop.removed', params: { name } } });
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
          get().applyLive(action);
          return;
        }
        get().edit((draft) => patchInstance(draft, name, patch));
      },
    };
  };
}
