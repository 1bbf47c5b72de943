import { describe, expect, it } from 'vitest';
import { framesPerRequest, startPlaybackLoop, type FrameScheduler } from '../../../src/playback/loop';
import type { WorkspaceStore } from '../../../src/store/index';

/**
 * A worker that takes `latency` frames to answer each advance, a 60 Hz frame clock, and the
 * slice of the store the loop reads: how far does the simulated clock get in wall time?
 */
function play(opts: { speed: number; latencyFrames: number; frames: number; seekAtFrame?: number; frameMs?: number; answersBetweenFrames?: boolean; instances?: number }) {
  const frameMs = opts.frameMs ?? 1000 / 60;
  let requests = 0;
  const state = {
    playing: true,
    speed: opts.speed,
    view: { nowMs: 0, nextEventMs: 1e9 as number | null, instances: { length: opts.instances ?? 2 } },
    doc: { untilMs: null as number | null },
    setPlaying(p: boolean) { state.playing = p; },
    advanceTo(ms: number) {
      requests++;
      inFlight.push({ toMs: Math.round(ms), answerAt: clock + opts.latencyFrames * frameMs });
    },
  };
  const inFlight: Array<{ toMs: number; answerAt: number }> = [];
  const listeners: Array<() => void> = [];
  // With answersBetweenFrames, the driver tells the loop when an answer arrives (as the page's does).
  const driver = { get pending() { return inFlight.length; }, ...(opts.answersBetweenFrames ? { onFrame: (l: () => void) => { listeners.push(l); } } : {}) };
  const store = { getState: () => state } as unknown as WorkspaceStore;
  let callback: ((wall: number) => void) | null = null;
  let clock = 0;
  const frames: FrameScheduler = { request: (cb) => { callback = cb; return 1; }, cancel: () => { callback = null; }, now: () => clock };
  const stop = startPlaybackLoop(store, driver, frames);
  for (let frame = 0; frame < opts.frames; frame++) {
    // The worker's answers arrive between frames, in order, each when it is ready.
    while (inFlight.length > 0 && inFlight[0]!.answerAt <= frame * frameMs) {
      const answer = inFlight.shift()!;
      clock = Math.max(clock, answer.answerAt);
      state.view.nowMs = answer.toMs;
      for (const l of listeners) l();
    }
    clock = frame * frameMs;
    // The user seeks back: a request like any other, answered in turn.
    if (frame === opts.seekAtFrame) inFlight.push({ toMs: 5_000, answerAt: frame + opts.latencyFrames });
    callback!(frame * frameMs);
  }
  stop();
  return { nowMs: state.view.nowMs, wallMs: (opts.frames - 1) * frameMs, requests };
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

  it('keeps the chosen speed when the page draws only four frames a second: a long frame keeps its time', () => {
    const { nowMs, wallMs } = play({ speed: 100, latencyFrames: 1, frames: 41, frameMs: 250 });
    expect(nowMs / (wallMs * 100)).toBeGreaterThan(0.95);
  });

  it('asks again as soon as a slow answer arrives, not at the next frame, and never twice in a frame', () => {
    const waitForFrame = play({ speed: 100, latencyFrames: 2.5, frames: 601 });
    const atOnce = play({ speed: 100, latencyFrames: 2.5, frames: 601, answersBetweenFrames: true });
    // Answers take 2.5 frames: asking at the next frame makes it one answer per 3 frames, at once one per 2.5.
    expect(waitForFrame.requests).toBeLessThanOrEqual(201);
    expect(atOnce.requests).toBeGreaterThan(230);
    expect(atOnce.nowMs / (atOnce.wallMs * 100)).toBeGreaterThan(0.97);
    const fast = play({ speed: 100, latencyFrames: 0.2, frames: 601, answersBetweenFrames: true });
    expect(fast.requests).toBeLessThanOrEqual(601);
  });

  it('asks for a crowd\'s view every few frames, not every frame, and keeps the chosen speed', () => {
    expect(framesPerRequest(2)).toBe(1);
    expect(framesPerRequest(1000)).toBe(4);
    expect(framesPerRequest(10_000)).toBe(6);
    const small = play({ speed: 100, latencyFrames: 0.2, frames: 601, answersBetweenFrames: true });
    const crowd = play({ speed: 100, latencyFrames: 0.2, frames: 601, answersBetweenFrames: true, instances: 10_000 });
    expect(small.requests).toBeGreaterThan(550);
    expect(crowd.requests).toBeLessThanOrEqual(101);
    expect(crowd.nowMs / (crowd.wallMs * 100)).toBeGreaterThan(0.97);
    // Slow answers (2.5 frames) are still asked again once the crowd's frames have passed.
    const slow = play({ speed: 100, latencyFrames: 2.5, frames: 601, answersBetweenFrames: true, instances: 1000 });
    expect(slow.requests).toBeGreaterThan(140);
    expect(slow.nowMs / (slow.wallMs * 100)).toBeGreaterThan(0.97);
  });

  it('a machine too slow for the speed slows down instead of leaping ahead by more than a second of wall time', () => {
    const { nowMs, wallMs } = play({ speed: 1000, latencyFrames: 120, frames: 601 });
    expect(nowMs).toBeLessThan(wallMs * 1000);
    expect(nowMs).toBeGreaterThan(0);
  });
});
