/**
 * The first load, in order of precedence: a share link in the hash, `?scenario=<preset>`,
 * the autosave, then the default preset. Only after it completes may the autosave write.
 */
import type { WorkspaceStore } from '../store/index';
import type { Description } from '../store/types';
import { emptyScenario } from '../document/specs';
import { loadCatalogue, setBoardExcerpt } from '../document/catalogue';
import { DEFAULT_PRESET_ID, fetchCompiledPreset, loadPreset } from './presets';
import { isShareHash, readShareHash } from './share';
import { loadScenarioCodec, writeScenario } from './scenario-io';
import type { WorkspaceSaver } from './saver';
import { confirmReplace, hasUserWork } from './replace-guard';
import type { ParseResult } from '@utsuwa/sim-core/scenario';

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

/**
 * The first load's quick way: a preset asked for by name (no share link), or the default
 * preset when nothing is saved, opens from its compiled form (presets.ts) as soon as it is
 * in, with the worker's first frame for it and what its board reads from the catalogue, so the
 * board is drawn at its true 0 s state before the parser, the catalogue or the worker. The worker is sent
 * the same document and answers with the same frame. Returns what it opened, or null when
 * the first load needs the parser (a link, the autosave, a name that is no preset); then
 * bootWorkspace does the rest.
 */
export async function openCompiledPreset(store: WorkspaceStore, location: Location, saver: WorkspaceSaver): Promise<Description | null> {
  if (isShareHash(location.hash)) return null;
  let id = new URLSearchParams(location.search).get('scenario');
  if (id === null && !(await saver.hasRecord())) id = DEFAULT_PRESET_ID;
  if (id === null || id === 'empty') return null;
  try {
    // Not the catalogue: the board reads the preset's excerpt of it until it is in.
    const preset = await fetchCompiledPreset(id);
    if (!preset) return null;
    setBoardExcerpt(preset.catalogue);
    store.getState().replaceDocument(preset.scenario, { kind: 'preset', id });
    store.getState().commitFrame(preset.frame);
  } catch {
    return null; // a chunk that did not arrive: the parser's way below tries again
  }
  const { doc, actions } = store.getState();
  return { doc, actions };
}

/**
 * The saved workspace is read first, whatever opens: a record this page cannot read is kept
 * aside before anything can save over it (a preset opened the quick way is drawn meanwhile,
 * and the autosave starts only once this has resolved). A link opened over the user's saved
 * work asks first; a link that cannot be read says so, even when the saved workspace is
 * restored instead. `opened`: what openCompiledPreset opened (then the parser is asked for
 * only after the board has been painted, so that its evaluation does not delay it).
 */
export async function bootWorkspace(store: WorkspaceStore, location: Location, saver: WorkspaceSaver, opened: Description | null = null): Promise<void> {
  const { notify, replaceDocument } = store.getState();
  try {
    if (opened) await new Promise<void>((resolve) => afterNextPaint(resolve));
    await Promise.all([loadScenarioCodec(), loadCatalogue()]);
    const saved = await saver.load();
    if (opened) return;
    const shared = readShareHash(location.hash);
    if (shared?.ok) {
      const replacesWork = saved.kind === 'ok' && saved.scenario.instances.length > 0
        && writeScenario(saved.scenario, saved.actions) !== writeScenario(shared.scenario, shared.actions);
      if (!replacesWork || confirmReplace('files.replaceWithLink')) {
        replaceDocument(shared.scenario, { kind: 'link' }, shared.actions);
        return;
      }
    }

    const wanted = new URLSearchParams(location.search).get('scenario');
    if (wanted !== null && !shared?.ok) {
      if (openPreset(store, wanted)) return reportLink(store, shared);
      notify({ kind: 'error', key: 'files.presetMissing', params: { name: wanted.slice(0, 80) } });
    }

    if (saved.kind === 'ok') {
      replaceDocument(saved.scenario, { kind: 'autosave' }, saved.actions);
      if (shared?.ok) notify({ kind: 'info', key: 'files.linkNotOpened' });
      else if (shared) notify({ kind: 'error', key: 'files.shareFailedRestored', params: { error: shared.errors[0] ?? '' }, details: shared.errors });
      else notify({ kind: 'info', key: 'files.restored' });
      return;
    }
    if (!openPreset(store, DEFAULT_PRESET_ID)) openPreset(store, 'empty');
    reportLink(store, shared);
  } finally {
    store.getState().setLoaded();
  }
}

function reportLink(store: WorkspaceStore, shared: ParseResult | null): void {
  if (shared && !shared.ok) store.getState().notify({ kind: 'error', key: 'files.shareFailed', params: { error: shared.errors[0] ?? '' }, details: shared.errors });
}

/**
 * After the first load the address no longer forces a preset or link: a reload restores the
 * autosave. With `onlyIf`, only while the address is still that one (a share link written in
 * the meantime stays).
 */
export function clearBootParams(onlyIf?: string): void {
  if (onlyIf !== undefined && window.location.href !== onlyIf) return;
  const url = new URL(window.location.href);
  const hadParams = url.searchParams.has('scenario') || url.hash.startsWith('#s=');
  if (!hadParams) return;
  url.searchParams.delete('scenario');
  if (url.hash.startsWith('#s=')) url.hash = '';
  window.history.replaceState(null, '', url);
}

/** Runs `work` once, after the next frame has been painted (or after a second, in a hidden tab that paints none). */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const once = (): void => {
    if (!done) work();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1000);
}

/**
 * A link pasted into this tab's address bar changes only the hash: no reload, so it is opened
 * here, asking first when it would replace the user's work.
 */
export function openLinkOnHashChange(store: WorkspaceStore): () => void {
  const onHashChange = (): void => {
    const shared = readShareHash(window.location.hash);
    if (!shared) return;
    if (!shared.ok) reportLink(store, shared);
    else if (!hasUserWork(store.getState()) || confirmReplace('files.replaceWithLink')) {
      store.getState().replaceDocument(shared.scenario, { kind: 'link' }, shared.actions);
    } else store.getState().notify({ kind: 'info', key: 'files.keptWork' });
    clearBootParams();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
