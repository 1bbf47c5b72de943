/**
 * The first load, in order of precedence: a share link in the hash, `?scenario=<preset>`,
 * the autosave, then the default preset. Only after it completes may the autosave write.
 */
import type { WorkspaceStore } from '../store/index';
import { emptyScenario } from '../document/specs';
import { loadCatalogue } from '../document/catalogue';
import { DEFAULT_PRESET_ID, loadPreset } from './presets';
import { readShareHash } from './share';
import { loadAutosave } from './autosave';
import { loadScenarioCodec } from './scenario-io';

export function openPreset(store: WorkspaceStore, id: string): boolean {
  if (id === 'empty') {
    store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
    return true;
  }
  const scenario = loadPreset(id);
  if (!scenario) return false;
  store.getState().replaceDocument(scenario, { kind: 'preset', id });
  return true;
}

export async function bootWorkspace(store: WorkspaceStore, location: Location): Promise<void> {
  const { notify, replaceDocument } = store.getState();
  try {
    await Promise.all([loadScenarioCodec(), loadCatalogue()]);
    const shared = readShareHash(location.hash);
    if (shared?.ok) {
      replaceDocument(shared.scenario, { kind: 'link' }, shared.actions);
      return;
    }
    if (shared && !shared.ok) notify({ kind: 'error', key: 'files.shareFailed', params: { error: shared.errors[0] ?? '' }, details: shared.errors });

    const wanted = new URLSearchParams(location.search).get('scenario');
    if (wanted !== null) {
      if (openPreset(store, wanted)) return;
      notify({ kind: 'error', key: 'files.presetMissing', params: { name: wanted } });
    }

    const saved = await loadAutosave();
    if (saved?.ok) {
      replaceDocument(saved.scenario, { kind: 'autosave' }, saved.actions);
      notify({ kind: 'info', key: 'files.restored' });
      return;
    }
    if (!openPreset(store, DEFAULT_PRESET_ID)) openPreset(store, 'empty');
    if (saved && !saved.ok) notify({ kind: 'error', key: 'files.importFailed', params: { file: 'autosave.yaml' }, details: saved.errors });
  } finally {
    store.getState().setLoaded();
  }
}

/** After the first load the address no longer forces a preset or link: a reload restores the autosave. */
export function clearBootParams(): void {
  const url = new URL(window.location.href);
  const hadParams = url.searchParams.has('scenario') || url.hash.startsWith('#s=');
  if (!hadParams) return;
  url.searchParams.delete('scenario');
  if (url.hash.startsWith('#s=')) url.hash = '';
  window.history.replaceState(null, '', url);
}
