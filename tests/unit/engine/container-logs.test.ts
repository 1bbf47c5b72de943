import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, getLog, getView } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { container, scenario, startAll } from './fixture';

/**
 * nginx's image links /var/log/nginx/access.log to /dev/stdout and error.log to /dev/stderr,
 * so what nginx logs goes to the container's json-file log on the host's disk, not to its
 * writable layer.
 */
const write = (target: string, path: string, sizeBytes: number) => ({ atMs: 5_000, action: { type: 'write' as const, target, path, sizeBytes } });

describe('writes to a path linked to stdout or stderr', () => {
  it('go to the container\'s log on the host disk; the writable layer stays empty', () => {
    const s = scenario([container('web', { image: 'nginx:1.27' })], [
      ...startAll(['web']), write('web', '/var/log/nginx/access.log', 1_000_000), write('web', '/var/log/nginx/error.log', 2_000),
    ]);
    const sim = createSimulation(s, CATALOGUE);
    runToEnd(sim);
    const report = getReport(sim);
    expect(report.instances[0]!.diskBytes).toBe(0);
    const disk = getView(sim).host.disk;
    expect(disk.logsBytes).toBe(1_002_000);
    expect(disk.writableBytes).toBe(0);
    expect(report.host.diskUsedBytes).toBe(disk.totalBytes);
    const logged = getLog(sim).filter((e) => e.type === 'container/logged').map((e) => e.data);
    expect(logged).toEqual([
      { path: '/var/log/nginx/access.log', stream: 'stdout', bytes: 1_000_000, logBytes: 1_000_000 },
      { path: '/var/log/nginx/error.log', stream: 'stderr', bytes: 2_000, logBytes: 1_002_000 },
    ]);
  });

  it('another path is an ordinary write into the writable layer', () => {
    const s = scenario([container('web', { image: 'nginx:1.27' })], [...startAll(['web']), write('web', '/var/log/nginx/other.log', 5_000)]);
    const sim = createSimulation(s, CATALOGUE);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.diskBytes).toBe(5_000);
    expect(getView(sim).host.disk.logsBytes).toBe(0);
  });
});
