/**
 * Opening a link or a file over the user's work asks first, as excalidraw does ("Loading
 * external drawing will replace your existing content"): the user's work is what they
 * restored from the autosave or changed since the document was opened.
 */
import i18next from 'i18next';
import type { WorkspaceState } from '../store/types';

export function hasUserWork(state: Pick<WorkspaceState, 'past' | 'origin' | 'doc'>): boolean {
  return state.past.length > 0 || (state.origin.kind === 'autosave' && state.doc.instances.length > 0);
}

/** True when the user agrees to replace their work with `what` (a file name, or the link). */
export function confirmReplace(key: 'files.replaceWithFile' | 'files.replaceWithLink', params: Record<string, string> = {}): boolean {
  return window.confirm(i18next.t(key, params));
}
