/**
 * Opening a preset's tour (the tour picker). Stepping through a tour is the store's
 * classroom slice (src/store/classroom-slice.ts): each step is one load of the run's description.
 */
import type { WorkspaceStore } from '../store/index';
import { openPreset } from '../files/boot';

export function startPresetTour(store: WorkspaceStore, presetId: string): boolean {
  if (!openPreset(store, presetId)) return false;
  return store.getState().startTour();
}
