/** The simulation slice: the latest view, log and memory history the worker sent, and questions to it. */
import type { StateCreator } from 'zustand';
import type { SimulationSlice, WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';

/** Appends a frame's new entries where they start; the same array when nothing changed. */
export function splice<T>(current: T[], from: number, entries: T[]): T[] {
  if (entries.length === 0 && from === current.length) return current;
  return current.slice(0, from).concat(entries);
}

export function createSimulationSlice(driver: SimDriver): StateCreator<WorkspaceState, [], [], SimulationSlice> {
  return (set, get) => ({
    view: null,
    log: [],
    memoryHistory: [],
    lastRejection: null,

    commitFrame(frame) {
      const state = get();
      const patch: Partial<WorkspaceState> = {
        view: frame.view,
        log: splice(state.log, frame.logFrom, frame.logEntries),
        memoryHistory: splice(state.memoryHistory, frame.historyFrom, frame.historyEntries),
      };
      if (frame.rejected !== undefined) {
        patch.lastRejection = frame.rejected;
        patch.notice = { kind: 'error', key: 'sim.rejected', params: { reason: frame.rejected } };
      }
      set(patch);
    },

    query(name, args) {
      get().flushLive();
      return driver.query(name, args);
    },

    async runUntil(condition, limitMs) {
      set({ playing: false });
      get().flushLive();
      const frame = await driver.send({ type: 'run-until', condition, limitMs });
      return frame?.until ?? null;
    },

    settled() {
      get().flushLive();
      return driver.idle();
    },
  });
}
