/**
 * Presenter mode on or off (large type, editing chrome hidden by the CSS under
 * `html.presenter`), and the browser's full screen, which presenter mode can ask for. The
 * state is the store's classroom slice; the page's class follows it here.
 */
import type { WorkspaceStore } from '../store/index';
import { setLaser } from './laser';

export function setPresenter(store: WorkspaceStore, on: boolean): void {
  store.getState().setPresenter(on);
  if (!on) setLaser(false);
  if (typeof document === 'undefined') return; // unit tests: the state is what counts
  document.documentElement.classList.toggle('presenter', on);
  if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function toggleFullscreen(): void {
  // Refused without a user gesture or in headless browsers: presenter mode works without it.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
