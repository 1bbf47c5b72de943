/**
 * Autosave to IndexedDB (idb-keyval): the run's description (the scenario with the user's
 * recorded actions) as scenario YAML, written at most every half second once the first load
 * has completed (never before, so a slow start cannot overwrite the saved work with a
 * default), and flushed when the page is hidden. Restoring reads it back through the
 * validating parser.
 */
import { get, set } from 'idb-keyval';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';
import type { WorkspaceStore } from '../store/index';
import { readScenario, writeScenario } from './scenario-io';

const KEY = 'utsuwa.workspace';
/** Where a saved workspace this page cannot read is kept, so the next save does not destroy it. */
const KEPT_KEY = 'utsuwa.workspace.unread';
const SCHEMA = 1;
const THROTTLE_MS = 500;

interface Saved {
  schema: number;
  yaml: string;
  savedAt: number;
}

export type Restored =
  | { ok: true; scenario: Scenario; actions: RecordedAction[] }
  /** Something was saved that this page cannot read: kept aside under KEPT_KEY, with why. */
  | { ok: false; errors: string[] };

/** The saved workspace; null when there is none (or storage is unavailable). */
export async function loadAutosave(): Promise<Restored | null> {
  try {
    const saved = (await get(KEY)) as Saved | undefined;
    if (!saved) return null;
    // A newer schema (a newer tab) or a file this version refuses: keep it aside rather than
    // overwrite it with the next save; a newer Utsuwa can still read it.
    const result = saved.schema === SCHEMA && typeof saved.yaml === 'string'
      ? readScenario(saved.yaml, 'autosave.yaml')
      : { ok: false as const, errors: [`autosave.yaml: saved by a newer Utsuwa (format ${String(saved.schema)}); kept unread`] };
    if (result.ok) return { ok: true, scenario: result.scenario, actions: result.actions };
    await set(KEPT_KEY, saved);
    return { ok: false, errors: result.errors };
  } catch {
    return null; // IndexedDB unavailable (private mode, blocked): start fresh
  }
}

/** Starts saving the store's description; returns a function that flushes and stops. */
export function startAutosave(store: WorkspaceStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;

  const write = (): void => {
    timer = null;
    if (!dirty || !store.getState().loaded) return;
    dirty = false;
    const { doc, actions } = store.getState();
    const record: Saved = { schema: SCHEMA, yaml: writeScenario(doc, actions), savedAt: Date.now() };
    set(KEY, record).catch(() => {
      // Quota or blocked storage: keep working; the next change tries again.
      dirty = true;
    });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (!state.loaded || (state.doc === prev.doc && state.actions === prev.actions && state.loaded === prev.loaded)) return;
    dirty = true;
    timer ??= setTimeout(write, THROTTLE_MS);
  });
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    write();
  };
  const onHide = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
