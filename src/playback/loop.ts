/**
 * The frame loop: while playing, each animation frame asks the worker to advance by the
 * wall time elapsed × speed, with at most one request in flight, and the reply is committed
 * to the store once. It pauses at the scenario's end, or when nothing is left to happen.
 */
import type { WorkspaceStore } from '../store/index';
import type { SimDriver } from '../worker/driver';

/** A long pause (a background tab) must not turn into one giant leap. */
const MAX_FRAME_MS = 100;

export function shouldStop(nowMs: number, untilMs: number | null, nextEventMs: number | null): boolean {
  if (untilMs !== null) return nowMs >= untilMs;
  return nextEventMs === null && nowMs > 0;
}

export function startPlaybackLoop(store: WorkspaceStore, driver: SimDriver): () => void {
  let last: number | null = null;
  let handle = 0;
  // The exact (fractional) simulated time, so slow speeds do not drift by rounding each frame.
  let exact = 0;

  const tick = (wall: number): void => {
    handle = requestAnimationFrame(tick);
    const s = store.getState();
    if (!s.playing || !s.view) {
      last = null;
      return;
    }
    const dt = last === null ? 0 : Math.min(MAX_FRAME_MS, wall - last);
    last = wall;
    if (driver.pending > 0) return; // the last frame has not arrived: do not queue work
    const { nowMs, nextEventMs } = s.view;
    const until = s.doc.untilMs;
    if (shouldStop(nowMs, until, nextEventMs)) {
      s.setPlaying(false);
      return;
    }
    if (Math.round(exact) !== nowMs) exact = nowMs; // a seek or an edit moved the clock
    let target = exact + dt * s.speed;
    if (until !== null) target = Math.min(target, until);
    exact = target;
    if (Math.round(target) > nowMs) s.advanceTo(target);
  };

  handle = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(handle);
}
