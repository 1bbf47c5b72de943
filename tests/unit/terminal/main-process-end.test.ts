/**
 * A container lives as long as its main process (docs.docker.com/engine/containers/run/ and
 * start-containers-automatically/): `sleep 5` ends after five seconds and the container with it,
 * hello-world ends once it has printed, each time it is started; a restart policy brings it back
 * after moby's back-off; `docker stop` of a shell that has just started waits out the 10 s grace
 * (bash as PID 1 ignores SIGTERM) and the container exits 137.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

const status = (w: Awaited<ReturnType<typeof workspace>>, name: string): Promise<string> =>
  w.type(`docker ps -a --filter name=^${name}$ --format "{{.Status}}"`);

describe('a main process that ends by itself', () => {
  it('docker run -d busybox sleep 5: up, then Exited (0) once five simulated seconds have passed', async () => {
    const w = await workspace();
    await w.type('docker run -d --name nap busybox sleep 5');
    expect(await status(w, 'nap')).toMatch(/^Up /);
    await w.type('sleep 3');
    expect(await status(w, 'nap')).toMatch(/^Up /);
    await w.type('sleep 3');
    expect(await status(w, 'nap')).toMatch(/^Exited \(0\) /);
  });

  it('docker run busybox sleep 2 returns when the sleep is over, with its status', async () => {
    const w = await workspace();
    await w.type('docker pull busybox');
    const before = w.store.getState().view!.nowMs;
    expect(await w.type('docker run --name nap busybox sleep 2')).toBe('');
    expect(await w.type('echo $?')).toBe('0');
    const waited = w.store.getState().view!.nowMs - before;
    expect(waited).toBeGreaterThanOrEqual(2000);
    expect(waited).toBeLessThan(4000);
    expect(await status(w, 'nap')).toMatch(/^Exited \(0\) /);
  });

  it('sleep infinity runs until stopped', async () => {
    const w = await workspace();
    await w.type('docker run -d --name forever alpine sleep infinity');
    await w.type('sleep 1h');
    expect(await status(w, 'forever')).toMatch(/^Up /);
  });

  it('--restart always: the container comes back after each end, and docker inspect counts the restarts', async () => {
    const w = await workspace();
    await w.type('docker run -d --restart always --name loop busybox sleep 10');
    await w.type('sleep 35');
    const count = Number(await w.type("docker inspect -f '{{.RestartCount}}' loop"));
    // Ends at ~10 s, ~20 s and ~30 s of its runs, each restart 100 ms later (a 10 s run resets the back-off).
    expect(count).toBe(3);
    expect(await status(w, 'loop')).toMatch(/^Up /);
  });

  it('hello-world exits after its greeting, and again when started again', async () => {
    const w = await workspace();
    expect(await w.type('docker run --name hw hello-world')).toContain('Hello from Docker!');
    expect(await status(w, 'hw')).toMatch(/^Exited \(0\) /);
    await w.type('docker start hw');
    await w.type('sleep 1');
    expect(await status(w, 'hw')).toMatch(/^Exited \(0\) /);
    // Its log holds the greeting once per run.
    const log = await w.type('docker logs hw');
    expect(log.split('\n').filter((l) => l === 'Hello from Docker!')).toHaveLength(2);
  });
});

describe('docker stop of a shell container that has just started', () => {
  it('waits out the grace period and the container exits 137 (bash ignores SIGTERM as PID 1)', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box ubuntu');
    const before = w.store.getState().view!.nowMs;
    expect(await w.type('docker stop box')).toBe('box');
    expect(w.store.getState().view!.nowMs - before).toBeGreaterThanOrEqual(10_000);
    expect(await status(w, 'box')).toMatch(/^Exited \(137\) /);
  });
});

describe('time over commands that play the simulation', () => {
  it('time sleep 5 prints bash\'s lines with 5 s of real time', async () => {
    const w = await workspace();
    expect(await w.type('time sleep 5')).toMatch(/^real\t0m5\.0\d\ds\nuser\t0m0\.00\ds\nsys\t0m0\.00\ds$/);
  });

  it('time docker stop counts the grace period it waited', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box ubuntu');
    expect(await w.type('time docker stop box')).toMatch(/^box\nreal\t0m10\.\d{3}s\n/);
  });

  it('time docker run -d prints the ID, then the time, with no blank line between', async () => {
    const w = await workspace();
    expect(await w.type('time docker run -d nginx')).toMatch(/^[0-9a-f]{64}\nreal\t/);
  });
});

describe('leaving a shell', () => {
  it('exit in docker run -it\'s shell ends the container with the shell\'s status (it was PID 1)', async () => {
    const w = await workspace();
    await w.type('docker run -it --name box ubuntu');
    expect(await w.type('exit 3')).toBe('exit');
    expect(await status(w, 'box')).toMatch(/^Exited \(3\) /);
  });

  it('exit in a docker exec -it shell leaves the container running', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box ubuntu');
    await w.type('docker exec -it box bash');
    await w.type('exit');
    expect(await status(w, 'box')).toMatch(/^Up /);
  });
});


describe('a named volume a container creates', () => {
  it('outlives the container: docker run --rm -v data:/data, then docker volume ls lists data', async () => {
    const w = await workspace();
    await w.type('docker run --rm -v data:/data alpine true');
    expect(await w.type('docker ps -aq')).toBe('');
    expect(await w.type('docker volume ls -q')).toBe('data');
  });
});
