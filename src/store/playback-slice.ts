/** The playback slice: play or pause, speed, seeking. The frame loop (../playback/loop.ts) does the advancing. */
import type { StateCreator } from 'zustand';
import type { PlaybackSlice, WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';

export function createPlaybackSlice(driver: SimDriver): StateCreator<WorkspaceState, [], [], PlaybackSlice> {
  return (set, get) => ({
    playing: false, // the workspace opens paused
    speed: 1,
    setPlaying(playing) {
      set({ playing });
    },
    setSpeed(speed) {
      set({ speed: Math.min(1000, Math.max(0.1, speed)) });
    },
    seek(ms) {
      get().flushLive();
      void driver.send({ type: 'seek', toMs: Math.max(0, Math.round(ms)) });
    },
    stepToNextEvent() {
      const next = get().view?.nextEventMs;
      if (next === null || next === undefined) return;
      set({ playing: false });
      get().flushLive();
      void driver.send({ type: 'advance', toMs: next });
    },
    advanceTo(ms) {
      get().flushLive();
      void driver.send({ type: 'advance', toMs: ms });
    },
  });
}
