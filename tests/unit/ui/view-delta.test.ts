import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../src/worker/session';
import { FrameDecoder, FrameEncoder } from '../../../src/worker/view-delta';
import type { Frame } from '../../../src/worker/protocol';
import type { Request } from '../../../src/worker/driver';
import { loadPreset } from '../golden/presets';

describe('frames between the worker and the page', () => {
  it('carry only the instances that changed, and the page gets back the same whole views', () => {
    const session = new SimSession();
    const encoder = new FrameEncoder();
    const decoder = new FrameDecoder();
    const frames = [session.handle({ type: 'load', scenario: loadPreset('burst-100'), actions: [], atMs: 0 })!];
    for (const toMs of [50, 100, 5_000, 5_016, 60_000, 60_016, 1_200_000, 1_200_016]) frames.push(session.handle({ type: 'advance', toMs })!);
    let previous: ReturnType<FrameDecoder['decode']> | null = null;
    const sent: number[] = [];
    for (const frame of frames) {
      // What crosses to the page is a structured clone, as postMessage makes it.
      const posted = structuredClone(encoder.encode(frame));
      sent.push(posted.instanceChanges ? posted.instanceChanges.length : posted.view.instances.length);
      const got = decoder.decode(posted);
      expect(got.view).toEqual(frame.view);
      expect(got.instanceChanges).toBeUndefined();
      expect(got.diskListsKept).toBeUndefined();
      if (previous && posted.instanceChanges) {
        // An instance that did not change is the object the page already had; one in a phase
        // in progress is a copy whose open phase ends now, though the worker did not send it.
        const changed = new Set(posted.instanceChanges.map(([i]) => i));
        got.view.instances.forEach((v, i) => {
          if (changed.has(i)) return;
          const before = previous!.view.instances[i]!;
          if (before.phase === null) expect(v).toBe(before);
          else expect(v.phases.at(-1)!.endMs).toBe(frame.view.nowMs);
        });
      }
      previous = got;
    }
    expect(sent[0]).toBe(200);
    // Once all run (20 minutes in), few change.
    expect(sent[sent.length - 1]).toBeLessThan(20);
  });

  it('do not resend an instance only because its phase in progress goes on, nor unchanged disk lists', () => {
    const session = new SimSession();
    const encoder = new FrameEncoder();
    const decoder = new FrameDecoder();
    const posted: Frame[] = [];
    const frames: Frame[] = [];
    const requests: Request[] = [{ type: 'load', scenario: loadPreset('burst-100'), actions: [], atMs: 0 }, { type: 'advance', toMs: 2_000 }, { type: 'advance', toMs: 2_016 }, { type: 'advance', toMs: 2_033 }];
    for (const msg of requests) {
      const frame = session.handle(msg)!;
      frames.push(frame);
      posted.push(structuredClone(encoder.encode(frame)));
      expect(decoder.decode(posted.at(-1)!).view).toEqual(frame.view);
    }
    const last = frames.at(-1)!;
    const inProgress = last.view.instances.filter((v) => v.phase !== null).length;
    // The burst is mid-boot: many are in a phase, each of whose views moved by 17 ms.
    expect(inProgress).toBeGreaterThan(20);
    expect(posted.at(-1)!.instanceChanges!.length).toBeLessThan(inProgress / 2);
    expect(posted.at(-1)!.diskListsKept).toContain('vmDisks');
  });
});
