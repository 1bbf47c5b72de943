/**
 * One zustand store per workspace, made of five slices. It talks to the simulation only
 * through a SimDriver (a Web Worker in the app, in-thread in unit tests).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';
import { createDocumentSlice } from './document-slice';
import { createSimulationSlice } from './simulation-slice';
import { createPlaybackSlice } from './playback-slice';
import { createUiSlice } from './ui-slice';
import { createClassroomSlice } from './classroom-slice';
import { coalescing } from './frame-batch';

export type WorkspaceStore = StoreApi<WorkspaceState>;

export function createWorkspaceStore(driver: SimDriver): WorkspaceStore {
  const store = createStore<WorkspaceState>()((...a) => ({
    ...createDocumentSlice(driver)(...a),
    ...createSimulationSlice(driver)(...a),
    ...createPlaybackSlice(driver)(...a),
    ...createUiSlice(...a),
    ...createClassroomSlice(...a),
  }));
  // Frames of a burst (rapid live actions) commit once, when the last arrives (the driver counts it answered before telling).
  driver.onFrame(coalescing((frame) => store.getState().commitFrame(frame), () => driver.pending > 0, () => driver.idle()));
  driver.onError((message) => store.getState().notify({ kind: 'error', key: 'sim.error', params: { reason: message } }));
  return store;
}

export type { WorkspaceState } from './types';
