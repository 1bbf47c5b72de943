/** The runner against hostile arguments and files (issue 15). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'sim', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmpFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'utsuwa-')), name);
  writeFileSync(path, text);
  return path;
}

// Each case starts the runner in its own process (about a second or two on the 2-core machine).
describe('the runner refuses what it cannot use, and prints nothing that drives a terminal', { timeout: 60_000 }, () => {
  it('a device that never ends is refused after the size limit, not read into memory', () => {
    const r = sim('/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/larger than 16 MB/);
  });

  it('seeds outside 0..4294967295 are refused as a file\'s seed is', () => {
    for (const bad of ['-1', '1e20', '4294967296']) {
      const r = sim('scenarios/boot-race.yaml', '--seed', bad);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--seed: expected a whole number from 0 to 4294967295/);
    }
    expect(sim('scenarios/boot-race.yaml', '--seed', '4294967295', '--json').code).toBe(0);
  });

  it('control characters in a scenario\'s name are shown escaped in text and JSON', () => {
    const path = tmpFile('ctl.yaml', 'version: 1\nname: "\\e]0;pwned\\a\\e[2Jall tests passed\\u009b31m"\n');
    const text = sim(path);
    expect(text.code).toBe(0);
    expect(/[\u001b\u0007\u009b]/.test(text.out)).toBe(false); // eslint-disable-line no-control-regex
    expect(text.out).toContain('\\x1b]0;pwned\\x07');
    const json = sim(path, '--json');
    expect(/[\u001b\u0007\u009b]/.test(json.out)).toBe(false); // eslint-disable-line no-control-regex
    expect(JSON.parse(json.out).scenario).toBe('\u001b]0;pwned\u0007\u001b[2Jall tests passed\u009b31m');
  });
});
