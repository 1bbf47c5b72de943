/**
 * A file exported from a page session gives that session's numbers headless: the runner
 * replays the file's `actions:` through the same Run as the page (actions after the engine's
 * events due at the same millisecond).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkspaceStore } from '../../src/store/index';
import { InlineDriver } from '../../src/worker/inline-driver';
import { writeScenario } from '../../src/files/scenario-io';
import { loadPreset } from './golden/presets';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MiB = 1024 * 1024;

function runner(yaml: string): unknown {
  const path = join(mkdtempSync(join(tmpdir(), 'utsuwa-')), 'session.yaml');
  writeFileSync(path, yaml);
  const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'sim', path, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('a page session and the runner on its exported file', () => {
  it('give the same report', { timeout: 120_000 }, async () => {
    const store = createWorkspaceStore(new InlineDriver());
    const s = store.getState();
    s.replaceDocument(loadPreset('limits-classic'), { kind: 'preset', id: 'limits-classic' });
    // What a learner does while it plays: raise the limit before the spike, stop the
    // neighbour, look back, change their mind about the CPU quota, write a file, attack.
    store.getState().advanceTo(12_345);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'limited', memoryBytes: 1024 * MiB });
    store.getState().advanceTo(30_000);
    await store.getState().applyLive({ type: 'instance/stop', name: 'unlimited' });
    store.getState().advanceTo(45_000);
    store.getState().seek(25_000);
    await store.getState().applyLive({ type: 'instance/set-limits', name: 'limited', cpus: 1 }); // drops the stop at 0:30
    await store.getState().applyLive({ type: 'instance/write', name: 'limited', path: '/var/log/app.log', sizeBytes: 20 * MiB });
    store.getState().advanceTo(70_000);
    await store.getState().applyLive({ type: 'instance/exploit', name: 'unlimited', kind: 'kernel' });
    store.getState().advanceTo(90_000);
    expect(store.getState().actions.map((a) => a.atMs)).toEqual([12_345, 25_000, 25_000, 70_000]);

    const page = await store.getState().query('report', null);
    const exported = writeScenario(store.getState().doc, store.getState().actions);
    expect(exported).toMatch(/^actions:\n {2}- \{ at: 12345ms, limits: \{ target: limited, memory: 1GiB \} \}$/m);
    const headless = runner(exported);
    expect(headless).toEqual(page);
    // and the session's actions did matter: without them the preset's own lesson plays out
    expect(page!.instances.find((i) => i.name === 'limited')!.exitCode).not.toBe(137);
    expect(page!.incidents.some((i) => i.type === 'compromised')).toBe(true);
  });
});
