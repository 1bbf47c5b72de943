/**
 * `npm run sim` and `npm run shell` start from one bundle (scripts/prebuilt.mjs) built on first
 * use and built again when a source it was made from changed: a clean clone needs no build step,
 * and an edited source is never run stale. Here in a cache of its own, so nothing is shared
 * with the other tests' runs.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sim(cache: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'sim', ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, UTSUWA_PREBUILT_CACHE: cache },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the prebuilt runner', { timeout: 120_000 }, () => {
  it('builds on first use, reuses the bundle (and its code cache) while its sources are unchanged, and builds again when one changed', () => {
    // Inside the project, as the bundle finds its packages from where it lies.
    mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
    const cache = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'utsuwa-test-'));
    try {
      const first = sim(cache, 'scenarios/nginx-vm-vs-container.yaml', '--json');
      expect(first.code, first.err).toBe(0);
      const bundle = join(cache, 'sim.cjs');
      // V8's compiled code of the first run, kept for the next ones, named after the bundle's text.
      const codeCaches = () => readdirSync(cache).filter((f) => f.endsWith('.v8cache'));
      expect(codeCaches()).toHaveLength(1);
      const firstCache = codeCaches()[0];
      const manifestPath = join(cache, 'sim.json');
      const built = statSync(bundle).mtimeMs;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { inputs: Record<string, string> };
      // The runner's own modules and the engine's are what the bundle was made from.
      expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['scripts/sim.ts', 'sim-core/engine/queue.ts', 'package.json']));

      const again = sim(cache, 'scenarios/nginx-vm-vs-container.yaml', '--json');
      expect(again.out).toBe(first.out);
      expect(statSync(bundle).mtimeMs).toBe(built);
      expect(codeCaches()).toEqual([firstCache]);
      // A damaged cache is refused by V8 and made again; the run is the same.
      writeFileSync(join(cache, firstCache!), Buffer.alloc(64, 7));
      const damaged = sim(cache, 'scenarios/nginx-vm-vs-container.yaml', '--json');
      expect(damaged.out).toBe(first.out);
      expect(readFileSync(join(cache, firstCache!)).length).toBeGreaterThan(64);

      // A source edited since the build (its recorded size and time no longer match the file's).
      manifest.inputs['sim-core/engine/queue.ts'] = '0:0';
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const rebuilt = sim(cache, 'scenarios/nginx-vm-vs-container.yaml', '--json');
      expect(rebuilt.out).toBe(first.out);
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
      // The rebuilt bundle's cache only: none made for another text is ever offered to V8.
      expect(codeCaches()).toHaveLength(1);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('names the tools it knows when asked for another, exit 2', () => {
    const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sim|shell');
  });
});
