import { describe, expect, it } from 'vitest';
import { coalescing, mergeFrames } from '../../../src/store/frame-batch';
import { splice } from '../../../src/store/simulation-slice';
import type { Frame } from '../../../src/worker/protocol';

const frame = (logFrom: number, entries: number[]): Frame => ({ view: { nowMs: logFrom } as never, logFrom, logEntries: entries as never[], historyFrom: 0, historyEntries: [] });

describe('frames of a burst are merged into one commit', () => {
  it('a merged frame leaves the same log as committing each in turn, seeks back included', () => {
    const frames = [frame(0, [1, 2]), frame(2, [3]), frame(1, [9, 8]), frame(3, [7])];
    let oneByOne: number[] = [];
    for (const f of frames) oneByOne = splice(oneByOne, f.logFrom, f.logEntries as never[]);
    const merged = frames.reduce(mergeFrames);
    expect(splice([] as number[], merged.logFrom, merged.logEntries as never[])).toEqual(oneByOne);
    expect(merged.view).toBe(frames[3]!.view);
  });

  it('1,000 frames in flight commit once, with the last, equal to committing each', async () => {
    let pending = 1000;
    const commits: Frame[] = [];
    const listen = coalescing((f) => commits.push(f), () => pending > 0, () => Promise.resolve());
    let oneByOne: number[] = [];
    for (let i = 0; i < 1000; i++) {
      pending--;
      const f = frame(i, [i]);
      oneByOne = splice(oneByOne, f.logFrom, f.logEntries as never[]);
      listen(f);
    }
    await Promise.resolve();
    expect(commits).toHaveLength(1);
    expect(splice([] as number[], commits[0]!.logFrom, commits[0]!.logEntries as never[])).toEqual(oneByOne);
  });

  it('frames held when the burst ends without a frame are committed once the worker is idle', async () => {
    let release!: () => void;
    const idle = new Promise<void>((r) => (release = r));
    const commits: Frame[] = [];
    const listen = coalescing((f) => commits.push(f), () => true, () => idle);
    listen(frame(0, [1]));
    listen(frame(1, [2]));
    expect(commits).toHaveLength(0);
    release();
    await idle;
    await Promise.resolve();
    expect(commits).toHaveLength(1);
  });
});
