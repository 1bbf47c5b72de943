import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../src/worker/session';
import { FrameDecoder, FrameEncoder } from '../../../src/worker/view-delta';
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
      if (previous) {
        // An instance that did not change is the object the page already had.
        const same = got.view.instances.filter((v, i) => v === previous!.view.instances[i]).length;
        expect(same).toBe(200 - (posted.instanceChanges?.length ?? 200));
      }
      previous = got;
    }
    expect(sent[0]).toBe(200);
    // While they boot, the booting ones change each frame; once all run (20 minutes in), few do.
    expect(sent[sent.length - 1]).toBeLessThan(20);
  });
});
