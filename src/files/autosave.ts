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
const SCHEMA = 1;
const THROTTLE_MS = 500;

interface Saved {
  schema: number;
  yaml: string;
  savedAt: number;
}

export async function loadAutosave(): Promise<{ scenario: Scenario; actions: RecordedAction[] } | null> {
  try {
    const saved = (await get(KEY)) as Saved | undefined;
    // A newer schema written by a newer tab: leave it alone rather than misread it.
    if (!saved || saved.schema !== SCHEMA || typeof saved.yaml !== 'string') return null;
    const result = readScenario(saved.yaml, 'autosave.yaml');
    return result.ok ? { scenario: result.scenario, actions: result.actions } : null;
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
