import { describe, expect, it } from 'vitest';
import { presetIds, runPreset } from './presets';

/**
 * Every preset is pinned (its whole report, in __golden__/) and its teaching point is
 * asserted, so a change to the model that breaks a lesson fails here with the lesson's name.
 */

describe('every preset', () => {
  for (const id of presetIds()) {
    it(`${id}: parses, runs, carries English and Japanese texts, and matches its pinned report`, async () => {
      const { scenario, report } = runPreset(id);
      const ext = scenario.extensions as { title?: { en?: string; ja?: string }; notice?: { en?: string; ja?: string } };
      expect(ext.title?.en).toBeTruthy();
      expect(ext.title?.ja).toBeTruthy();
      expect(ext.notice?.en).toBeTruthy();
      expect(ext.notice?.ja).toBeTruthy();
      for (const inst of report.instances) expect(inst.state).not.toBe('booting');
      await expect(JSON.stringify(report, null, 2)).toMatchFileSnapshot(`__golden__/${id}.json`);
    });
  }
});
