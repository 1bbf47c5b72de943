import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { createRun, createViewCache, runAdvance, runApply, runSeek, runView } from '../../../sim-core/index';
import { loadPreset, presetIds } from '../golden/presets';

// Moments along a run, forward and back: boots, phases in progress, the end, seeks back.
const TIMES = [0, 1, 300, 1_500, 1_516, 5_000, 20_000, 20_016, 61_000, 200_000, 30_000, 30_016, 600_000, 2_000, 2_000, 900_000];

describe('views kept between frames (createViewCache)', () => {
  it.each(presetIds())('%s: are the views built afresh, at every moment, after seeks back and actions', (id) => {
    const run = createRun(loadPreset(id), CATALOGUE, {}, []);
    const cache = createViewCache();
    let previous = runView(run, cache);
    for (const [k, t] of TIMES.entries()) {
      if (t >= run.sim.state.nowMs) runAdvance(run, t);
      else runSeek(run, t);
      // A live action now and then changes one instance's record outside any event.
      if (k === 6) {
        const name = run.sim.state.order[0];
        if (name !== undefined) runApply(run, { type: 'instance/stop', name });
      }
      const cached = runView(run, cache);
      expect(cached).toEqual(runView(run));
      // Asked again at the same moment, every instance keeps its view object.
      if (t === TIMES[k - 1]) cached.instances.forEach((v, i) => expect(v).toBe(previous.instances[i]));
      previous = cached;
    }
  });
});
