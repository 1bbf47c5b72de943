/** The playback slice: play or pause, speed, seeking. The frame loop (../playback/loop.ts) does the advancing. */
import type { StateCreator } from 'zustand';
import type { PlaybackSlice, WorkspaceState } from './types';
import type { SimDriver } from '../worker/driver';

export function createPlaybackSlice(driver: SimDriver): StateCreator<WorkspaceState, [], [], PlaybackSlice> {
  // Counts the user's moves of the clock (play, seek, step, advance): a pause's correction below
  // stands back when another move came after it.
  let moves = 0;
  return (set, get) => ({
    playing: false, // the workspace opens paused
    speed: 1,
    setPlaying(playing) {
      set({ playing });
      if (playing) {
        moves++;
        return;
      }
      // Paused while an advance was in flight: when it lands past the moment the clock showed,
      // go back there, so the run stops where the user pressed Pause (at 1000x a frame's
      // advance is ~16 simulated seconds, under load far more).
      const at = get().view?.nowMs;
      if (driver.pending === 0 || at === undefined) return;
      const move = moves;
      void driver.idle().then(() => {
        const s = get();
        if (moves === move && !s.playing && (s.view?.nowMs ?? at) > at) s.seek(at);
      });
    },
    setSpeed(speed) {
      set({ speed: Math.min(1000, Math.max(0.1, speed)) });
    },
    seek(ms) {
      moves++;
      get().flushLive();
      void driver.send({ type: 'seek', toMs: Math.max(0, Math.round(ms)) });
    },
    stepToNextEvent() {
      const next = get().view?.nextEventMs;
      if (next === null || next === undefined) return;
      moves++;
      set({ playing: false });
      get().flushLive();
      void driver.send({ type: 'advance', toMs: next });
    },
    advanceTo(ms) {
      if (!get().playing) moves++;
      get().flushLive();
      void driver.send({ type: 'advance', toMs: ms });
    },
  });
}
