/**
 * `window.__utsuwa`: a handle for browser tests (Playwright reaches the store through it).
 * It is read-only by design: tests read state and wait on it; they drive the page as a user.
 * Exposed in every build because the tests run against `vite build`; it reveals nothing the
 * page does not already show.
 */
import type { WorkspaceState } from './store/types';
import type { WorkspaceStore } from './store/index';

export interface TestHandle {
  getState(): Readonly<WorkspaceState>;
}

declare global {
  interface Window {
    __utsuwa?: TestHandle;
  }
}

export function exposeTestHandle(store: WorkspaceStore): void {
  const handle: TestHandle = { getState: () => store.getState() };
  Object.defineProperty(window, '__utsuwa', { value: Object.freeze(handle), configurable: false, writable: false });
}
