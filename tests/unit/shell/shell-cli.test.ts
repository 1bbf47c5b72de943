/**
 * `npm run shell` is a public contract: the page's terminal on standard input and output.
 * Run here as a child process with piped input, as a teacher's demo script or a test would.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function shell(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['scripts/prebuilt.mjs', 'shell', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 90_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('npm run shell', () => {
  it('runs piped lines on an empty host: no prompt, continuations joined, time moves only with sleep, control characters escaped, exit leaves', { timeout: 120_000 }, () => {
    const r = shell([
      // The docs' multi-line form (docs.docker.com/reference/cli/docker/container/run/#detach).
      'docker run -d --name web \\',
      '  --memory 256m \\',
      '  nginx:1.27',
      'docker ps --format "{{.Names}} {{.Status}}"',
      'sleep 90',
      'docker ps --format "{{.Names}} {{.Status}}"',
      'echo "a\x1b[2Jb"',
      'exit',
      'echo not reached',
    ].join('\n'));
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(lines[1]).toBe('web Up Less than a second');
    expect(lines[2]).toBe('web Up About a minute');
    expect(lines[3]).toBe('a\\x1b[2Jb');
    expect(lines[4]).toBe('logout');
    expect(r.stdout).not.toContain('not reached');
    expect(r.stdout).not.toContain('\x1b');
  });

  it("loads a preset, enters a container with docker exec -it and leaves it with exit; --echo prints each prompt and command; EOF exits 0", { timeout: 120_000 }, () => {
    const r = shell(['docker ps -a --format "{{.Names}}"', 'docker exec -it web sh', 'hostname', 'exit', 'hostname'].join('\n'), ['scenarios/nginx-vm-vs-container.yaml', '--echo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('root@utsuwa-host:~# docker ps -a --format "{{.Names}}"\nweb\n');
    // Inside: the prompt and hostname are the container's short id, as in Docker.
    expect(r.stdout).toMatch(/\nroot@([0-9a-f]{12}):\/# hostname\n\1\n/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('utsuwa-host');
  });

  it('refuses a file it cannot read with status 2 and the reason', { timeout: 60_000 }, () => {
    const r = shell('docker ps\n', ['no/such/file.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/file.yaml: cannot read the file (no such file)');
  });
});
