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

export type WorkspaceStore = StoreApi<WorkspaceState>;

export function createWorkspaceStore(driver: SimDriver): WorkspaceStore {
  const store = createStore<WorkspaceState>()((...a) => ({
    ...createDocumentSlice(driver)(...a),
    ...createSimulationSlice(driver)(...a),
    ...createPlaybackSlice(driver)(...a),
    ...createUiSlice(...a),
    ...createClassroomSlice(...a),
  }));
  driver.onFrame((frame) => store.getState().commitFrame(frame));
  driver.onError((message) => store.getState().notify({ kind: 'error', key: 'sim.error', params: { reason: message } }));
  return store;
}

export type { WorkspaceState } from './types';
