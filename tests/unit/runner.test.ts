import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'sim', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'utsuwa-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Each case starts the runner (scripts/prebuilt.mjs: the bundled runner) in its own process; bounded at 60 s.
describe('npm run sim (the headless runner)', { timeout: 120_000 }, () => {
  it('--json prints the report the spec describes', () => {
    const r = sim('scenarios/nginx-vm-vs-container.yaml', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ scenario: 'nginx in a VM vs in a container', seed: 42, simulatedMs: 120000 });
    expect(report.host.memoryTotalBytes).toBe(16 * 1024 ** 3);
    const names = report.instances.map((i: { name: string }) => i.name);
    expect(names).toEqual(['web-vm', 'web']);
    for (const i of report.instances) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['name', 'kind', 'state', 'readyMs', 'phases', 'memoryBytes', 'diskBytes', 'imageBytes', 'kernel']));
    }
    expect(Array.isArray(report.incidents)).toBe(true);
  });

  it('prints the textbook comparison for people', () => {
    const r = sim('scenarios/nginx-vm-vs-container.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/VM vs container/);
    expect(r.out).toMatch(/web-vm\s+vm\s+running/);
    expect(r.out).toMatch(/ready: +web-vm [\d.]+ s +vs +web \d+ ms/);
  });

  it('--seed overrides the file\'s seed and the same seed gives the same report', () => {
    const a = JSON.parse(sim('scenarios/boot-race.yaml', '--json', '--seed', '7').out);
    const b = JSON.parse(sim('scenarios/boot-race.yaml', '--json', '--seed', '7').out);
    expect(a.seed).toBe(7);
    expect(b).toEqual(a);
  });

  it('reads JSON scenario files too', () => {
    const path = tmpFile('x.json', JSON.stringify({ version: 1, name: 'json', instances: [{ name: 'c', kind: 'container', image: 'redis:7' }], events: [{ at: '0s', start: 'c' }] }));
    const r = sim(path, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).instances[0].state).toBe('running');
  });

  it('a bad file exits 2 naming the place and what was expected, with no stack trace', () => {
    const path = tmpFile('web.yaml', 'version: 1\nname: bad\ninstances:\n  - { name: a, kind: container, image: "nginx:1.27" }\n  - { name: b, kind: container, image: "nginx:1.27", memory: lots }\n');
    const r = sim(path);
    expect(r.code).toBe(2);
    expect(r.err).toContain('web.yaml: instances[1].memory: expected a size such as 512m or 1GiB, got "lots"');
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.out).toBe('');
  });

  it('an unknown name lists what would have been valid; a missing file is exit 2 too', () => {
    const path = tmpFile('u.yaml', 'version: 1\nname: u\ninstances:\n  - { name: a, kind: vm, profile: vmware }\n');
    const r = sim(path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kvm-qemu/);
    expect(sim('/nonexistent/file.yaml').code).toBe(2);
  });
  it('reads a Compose file: its services run, named after the folder as docker compose names them, what is not simulated listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'utsuwa-'));
    const project = join(dir, 'myshop');
    mkdirSync(project);
    const file = join(project, 'compose.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'tests/fixtures/compose/git-server.yaml')));
    const r = sim(file, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.scenario).toBe('myshop');
    expect(report.instances.map((i: { name: string; state: string }) => [i.name, i.state])).toEqual([['myshop-git-1', 'running'], ['myshop-db-1', 'running']]);
    // Its ports, environment, volumes and restart take effect; what is left is listed.
    expect(r.err).toContain('utsuwa: read compose.yaml as a Compose file; accepted but not simulated:\n  services.db: expose');
  });

  it('reads a Vagrantfile; refuses a Dockerfile with what it is (exit 2)', () => {
    const r = sim('tests/fixtures/vagrant/multi/Vagrantfile');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^web\s+vm\s+running/m);
    expect(r.out).toMatch(/^spare\s+vm\s+created/m);
    const bad = sim(tmpFile('Dockerfile', 'FROM nginx:1.27\n'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Dockerfile: this is a Dockerfile, a recipe to build an image; Utsuwa runs published images and cannot build one/);
  });
});
