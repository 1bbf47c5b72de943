/** The page's scenario writer reuses the lines of actions it wrote before, and writes exactly what sim-core writes. */
import { describe, expect, it } from 'vitest';
import { scenarioToYaml } from '../../../sim-core/scenario/index';
import type { RecordedAction, UserAction } from '../../../sim-core/index';
import { prepareWrite, write } from '../../../src/files/scenario-codec';
import { loadPreset, presetIds } from '../golden/presets';

const NAMES = ['web', 'true', 'null', '1e3', 'a-b.c_d', 'x'.repeat(64)];
const PATHS = ['/etc/nginx/nginx.conf', '/tmp/a b', '/var/"quoted"', "/it's", '/colon: here', '/hash #x', '/日本語/ファイル'];

/** Actions of every kind with names and paths a YAML writer must quote. */
function actions(n: number): RecordedAction[] {
  return Array.from({ length: n }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    const kinds: UserAction[] = [
      { type: 'instance/load', name, cpu: (i % 7) / 4, memoryBytes: (i % 3) * 1024 * 1024 },
      { type: 'instance/set-limits', name, memoryBytes: i % 2 ? null : 64 * 1024 * 1024, cpus: i % 5 ? 0.5 : null },
      { type: 'instance/write', name, path: PATHS[i % PATHS.length]!, sizeBytes: 1000 + i },
      { type: 'instance/delete-file', name, path: PATHS[(i + 3) % PATHS.length]! },
      { type: 'instance/exploit', name, kind: i % 2 ? 'app' : 'kernel' },
      { type: 'instance/stop', name },
      { type: 'instance/start', name },
    ];
    return { atMs: i * 37, action: kinds[i % kinds.length]! };
  });
}

describe('the page\'s scenario writer', () => {
  it.each(presetIds())('%s with many actions: the same text as sim-core\'s writer, first time and again after more', (id) => {
    const s = loadPreset(id);
    const all = actions(300);
    expect(write(s, all.slice(0, 200))).toBe(scenarioToYaml(s, all.slice(0, 200)));
    // The first 200 lines are reused; the text is still exactly the whole writer's.
    expect(write(s, all)).toBe(scenarioToYaml(s, all));
    expect(write(s, all.slice(0, 10))).toBe(scenarioToYaml(s, all.slice(0, 10)));
  });

  // How much faster that is belongs to `npm run bench` (the rapid-actions figure), not to a timed test.
  it('writing 10,000 actions again makes only the lines of the 500 new ones', () => {
    const s = loadPreset('limits-classic');
    const all = actions(10_000);
    expect(prepareWrite(all, 0)).toBe(10_000);
    const first = write(s, all.slice(0, 9_500));
    expect(prepareWrite(all, 0)).toBe(500);
    const again = write(s, all);
    expect(prepareWrite(all, 0)).toBe(0);
    expect(first.length).toBeLessThan(again.length);
    expect(again).toBe(scenarioToYaml(s, all));
  });
});
