import { describe, expect, it } from 'vitest';
import { startPlaybackLoop, type FrameScheduler } from '../../../src/playback/loop';
import type { WorkspaceStore } from '../../../src/store/index';

/**
 * A worker that takes `latency` frames to answer each advance, a 60 Hz frame clock, and the
 * slice of the store the loop reads: how far does the simulated clock get in wall time?
 */
function play(opts: { speed: number; latencyFrames: number; frames: number; seekAtFrame?: number }) {
  const state = {
    playing: true,
    speed: opts.speed,
    view: { nowMs: 0, nextEventMs: 1e9 as number | null },
    doc: { untilMs: null as number | null },
    setPlaying(p: boolean) { state.playing = p; },
    advanceTo(ms: number) { inFlight.push({ toMs: Math.round(ms), answerAt: frame + opts.latencyFrames }); },
  };
  const inFlight: Array<{ toMs: number; answerAt: number }> = [];
  const driver = { get pending() { return inFlight.length; } };
  const store = { getState: () => state } as unknown as WorkspaceStore;
  let callback: ((wall: number) => void) | null = null;
  const frames: FrameScheduler = { request: (cb) => { callback = cb; return 1; }, cancel: () => { callback = null; } };
  let frame = 0;
  const stop = startPlaybackLoop(store, driver, frames);
  for (frame = 0; frame < opts.frames; frame++) {
    // The worker's answers arrive between frames, in order.
    while (inFlight.length > 0 && inFlight[0]!.answerAt <= frame) state.view.nowMs = inFlight.shift()!.toMs;
    // The user seeks back: a request like any other, answered in turn.
    if (frame === opts.seekAtFrame) inFlight.push({ toMs: 5_000, answerAt: frame + opts.latencyFrames });
    callback!(frame * 1000 / 60);
  }
  stop();
  return { nowMs: state.view.nowMs, wallMs: (opts.frames - 1) * 1000 / 60 };
}

describe('the playback loop', () => {
  it('keeps the chosen speed when each answer takes several frames: the time waited is caught up', () => {
    const { nowMs, wallMs } = play({ speed: 100, latencyFrames: 3, frames: 601 });
    // Up to one request's worth of time may still be in flight at the end.
    expect(nowMs / (wallMs * 100)).toBeGreaterThan(0.97);
  });

  it('at 1× with an answer every frame, ten seconds of wall time are ten simulated seconds', () => {
    const { nowMs } = play({ speed: 1, latencyFrames: 1, frames: 601 });
    expect(Math.abs(nowMs - 10_000)).toBeLessThanOrEqual(20);
  });

  it('a seek while playing moves the clock there and playing goes on from it, without leaping back', () => {
    const { nowMs, wallMs } = play({ speed: 10, latencyFrames: 2, frames: 601, seekAtFrame: 300 });
    const afterSeek = wallMs - 300 * 1000 / 60;
    expect(nowMs).toBeGreaterThan(5_000 + afterSeek * 10 * 0.95);
    expect(nowMs).toBeLessThan(5_000 + afterSeek * 10 * 1.02);
  });

  it('a machine too slow for the speed slows down instead of leaping ahead by more than a second of wall time', () => {
    const { nowMs, wallMs } = play({ speed: 1000, latencyFrames: 120, frames: 601 });
    expect(nowMs).toBeLessThan(wallMs * 1000);
    expect(nowMs).toBeGreaterThan(0);
  });
});
