/**
 * The frame loop: while playing, each animation frame asks the worker to advance by the
 * wall time elapsed × speed (a crowd, every few frames: framesPerRequest), with at most one
 * request in flight, and the reply is committed to the store once. It pauses at the
 * scenario's end, or when nothing is left to happen.
 *
 * Time that passes while a request is in flight is not thrown away: the loop keeps adding it
 * to where the clock should be, and the next request asks for all of it (the catch-up), so a
 * slow frame makes the next step bigger instead of slowing the simulated clock.
 */
import { MAX_SIMULATED_MS } from '@utsuwa/sim-core';
import type { WorkspaceStore } from '../store/index';
import type { SimDriver } from '../worker/driver';

/**
 * A long pause (a background tab) must not turn into one giant leap: past this, the wall time
 * between two frames is not caught up. A frame that merely took long (a busy machine: 250 ms
 * between frames is common under load) keeps all its time.
 */
const MAX_FRAME_MS = 1000;
/** At most this much wall time is caught up: past it, a run too heavy for the machine slows instead of leaping. */
const MAX_DEBT_MS = 1000;

/** Instances per frame between two requests, and the most frames between them (six: ten views a second). */
const INSTANCES_PER_FRAME = 300;
const MAX_FRAMES_PER_REQUEST = 6;

/**
 * How many animation frames apart the loop asks for the next view. Each view the page takes in
 * costs it time in proportion to the crowd (decoding it, the board's tiles, the log, the layout
 * that follows): one a frame left a 1,000-instance board 40 frames a second at best, and ten
 * thousand 12. The clock keeps its speed (the time between requests is caught up); it moves
 * in larger steps: fifteen a second at 1,000 instances, ten at 1,800 and more.
 */
export function framesPerRequest(instances: number): number {
  return Math.min(MAX_FRAMES_PER_REQUEST, Math.max(1, Math.ceil(instances / INSTANCES_PER_FRAME)));
}

export function shouldStop(nowMs: number, untilMs: number | null, nextEventMs: number | null): boolean {
  // The run ends where the engine does (24 h), whatever is still to happen: never play on for ever.
  if (nowMs >= MAX_SIMULATED_MS) return true;
  if (untilMs !== null) return nowMs >= untilMs;
  return nextEventMs === null && nowMs > 0;
}

export interface FrameScheduler {
  request(callback: (wallMs: number) => void): number;
  cancel(handle: number): void;
  /** The wall clock between frames (an answer's arrival), on the frames' time base. */
  now?(): number;
}

const animationFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
  now: () => performance.now(),
};

/**
 * At most one request is in flight, and at most one is sent per animation frame, so at most one
 * answer commits per frame. When an answer arrives after the frame that would have asked next
 * (a slow answer), the next request goes at once rather than at the next frame, so the worker
 * works on it while the page draws the answer it got.
 */
/** What the loop needs of the driver (a SimDriver): requests in flight, and word of each answer. */
export interface LoopDriver {
  readonly pending: SimDriver['pending'];
  onFrame?(listener: () => void): void;
}

export function startPlaybackLoop(store: WorkspaceStore, driver: LoopDriver, frames: FrameScheduler = animationFrames): () => void {
  let last: number | null = null;
  let handle = 0;
  let stopped = false;
  // Animation frames so far, and the one in which the last request was sent.
  let frameNo = 0;
  let askedIn = -1;
  // Where the simulated clock should be (fractional, so slow speeds do not drift by rounding).
  let exact = 0;
  // The time the loop last asked for (rounded as the worker rounds it); null: nothing asked yet.
  let asked: number | null = null;

  const step = (wall: number): void => {
    const s = store.getState();
    if (!s.playing || !s.view) {
      last = null;
      asked = null;
      return;
    }
    const dt = last === null ? 0 : Math.min(MAX_FRAME_MS, Math.max(0, wall - last));
    last = Math.max(last ?? wall, wall);
    const until = s.doc.untilMs;
    if (driver.pending > 0) {
      // The last frame has not arrived: do not queue work, but keep the time it took.
      exact += dt * s.speed;
      if (until !== null) exact = Math.min(exact, until);
      return;
    }
    const { nowMs, nextEventMs } = s.view;
    if (shouldStop(nowMs, until, nextEventMs)) {
      s.setPlaying(false);
      return;
    }
    if (askedIn >= 0 && frameNo - askedIn < framesPerRequest(s.view.instances.length)) {
      // Too soon after the last request for a crowd: keep the time for the next one.
      exact += dt * s.speed;
      if (until !== null) exact = Math.min(exact, until);
      return;
    }
    // The clock is not where the loop asked it to be: a seek, a step or an edit moved it.
    if (asked === null || asked !== nowMs) exact = nowMs;
    let target = Math.min(exact + dt * s.speed, nowMs + MAX_DEBT_MS * s.speed);
    if (until !== null) target = Math.min(target, until);
    exact = target;
    if (Math.round(target) > nowMs) {
      asked = Math.round(target);
      askedIn = frameNo;
      s.advanceTo(target);
    } else {
      asked = nowMs;
    }
  };

  const tick = (wall: number): void => {
    handle = frames.request(tick);
    frameNo++;
    step(wall);
  };

  driver.onFrame?.(() => {
    // An answer that kept the worker past the frame that asked: ask again now, not at the next frame.
    if (stopped || askedIn === frameNo || driver.pending > 0 || !frames.now) return;
    step(frames.now());
  });

  handle = frames.request(tick);
  return () => {
    stopped = true;
    frames.cancel(handle);
  };
}
