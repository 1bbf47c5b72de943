/**
 * --pids-limit enforced: a fork bomb in a container stops at the cgroup's pids.max with the
 * shell's own EAGAIN message and the host unharmed; without a limit it takes every task the
 * host kernel allows (kernel.threads-max from RAM, or pid_max). dash and BusyBox ash refuse
 * `:` as a function name.
 */
import { describe, expect, it } from 'vitest';
import { forkBomb, threadsMax } from '../../../sim-core/cgroups/fork-bomb';
import { forkBombName } from '../../../sim-core/terminal/fork-bomb';
import { workspace } from './workspace';

describe('the model', () => {
  it('threads-max is one task per 128 KiB of RAM (kernel/fork.c set_max_threads)', () => {
    expect(threadsMax(16 * 1024 ** 3)).toBe(131_072);
  });
  it('stops at pids.max when that comes first, else at the kernel limit', () => {
    expect(forkBomb({ pidsMax: 100, tasksInCgroup: 3, tasksOnKernel: 500, kernelRamBytes: 16 * 1024 ** 3 })).toEqual({ made: 97, stoppedBy: 'pids.max', limit: 100 });
    expect(forkBomb({ pidsMax: null, tasksInCgroup: 3, tasksOnKernel: 500, kernelRamBytes: 16 * 1024 ** 3 })).toEqual({ made: 130_572, stoppedBy: 'threads-max', limit: 131_072 });
    // A machine with 1 TiB of RAM: threads-max (8 Mi) is past pid_max, which stops it.
    expect(forkBomb({ pidsMax: null, tasksInCgroup: 3, tasksOnKernel: 500, kernelRamBytes: 1024 ** 4 })).toMatchObject({ stoppedBy: 'pid_max', limit: 4_194_303 });
  });
  it('knows the bomb in any name, and nothing else', () => {
    expect(forkBombName(':(){ :|:& };:')).toBe(':');
    expect(forkBombName('bomb() { bomb | bomb & }; bomb')).toBe('bomb');
    expect(forkBombName('f(){ g|f& };f')).toBeNull();
    expect(forkBombName('echo hi')).toBeNull();
  });
});

describe('in the terminal', () => {
  it('--pids-limit stops a bomb typed in bash inside the container; the host shell still forks', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web --pids-limit 100 nginx:1.27');
    await w.wait(2_000);
    await w.type('docker exec -it web bash');
    const out = await w.type(':(){ :|:& };:');
    expect(out).toMatch(/^bash: fork: retry: Resource temporarily unavailable\n/);
    expect(out).toContain('\nbash: fork: Resource temporarily unavailable\n');
    const made = Number(/made (\d+) processes and stopped at the container's pids.max \(100, --pids-limit\)/.exec(out)?.[1]);
    expect(made).toBeGreaterThan(90);
    expect(made).toBeLessThan(100);
    await w.type('exit');
    expect(await w.type('docker ps --format "{{.Names}} {{.Status}}"')).toMatch(/^web Up/);
    expect(await w.type('echo still here')).toBe('still here');
  });

  it('docker exec NAME sh -c: BusyBox sh refuses the name `:`, and with another name cannot fork past the limit', async () => {
    const w = await workspace();
    await w.type('docker run -d --name box --pids-limit 50 busybox sleep 3600');
    await w.wait(2_000);
    expect(await w.type("docker exec box sh -c ':(){ :|:& };:'")).toBe('sh: syntax error: bad function name');
    const out = await w.type("docker exec box sh -c 'bomb(){ bomb|bomb& };bomb'");
    expect(out).toMatch(/^sh: can't fork: Resource temporarily unavailable\n/);
    expect(out).toMatch(/stopped at the container's pids.max \(50, --pids-limit\)/);
  });

  it('Debian sh is dash: `:` is a bad function name there', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    expect(await w.type("docker exec web sh -c ':(){ :|:& };:'")).toBe('sh: 1: Syntax error: Bad function name');
  });

  it('without a limit the bomb takes the whole host kernel', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    const out = await w.type("docker exec web bash -c ':(){ :|:& };:'");
    expect(out).toMatch(/with no pids limit the fork bomb made \d+ processes and stopped only at the host's kernel\.(threads-max|pid_max) \(\d+ tasks\)/);
  });
});
