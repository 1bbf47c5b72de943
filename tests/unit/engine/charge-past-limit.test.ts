import { describe, expect, it } from 'vitest';
import { createSimulation, getReport, step } from '../../../sim-core/index';
import { FIXTURE, container, scenario, vm } from './fixture';

const MiB = 1024 * 1024;

/**
 * Found by the property test: a container with a 16 MiB limit asked for 225 MiB inside a VM.
 * The cgroup's OOM killer refuses the charge, so the guest never touches those pages and the
 * VM's host memory (its high-water mark) must not grow by them, nor the host run past its RAM.
 */
describe('a charge past memory.max in a VM', () => {
  const s = scenario(
    [vm('vm1', { profile: 'full', os: 'linux', cpus: 2, memoryBytes: 475 * MiB, apps: [] }), container('c1', { memoryBytes: 16 * MiB, in: 'vm1' })],
    [{ atMs: 0, action: { type: 'start', target: 'c1' } }, { atMs: 0, action: { type: 'start', target: 'vm1' } }, { atMs: 0, action: { type: 'load', load: { target: 'c1', memoryBytes: 225 * MiB } } }],
    { host: { cpus: 1, memoryBytes: 1024 * MiB } as never },
  );

  it('kills the container without the VM keeping the pages it was refused, and the host never exceeds its RAM', () => {
    const sim = createSimulation(s, FIXTURE);
    let peak = 0;
    while (step(sim)) peak = Math.max(peak, sim.state.host.memoryUsedBytes);
    expect(peak).toBeLessThanOrEqual(1024 * MiB);
    const r = getReport(sim);
    expect(r.instances.find((i) => i.name === 'c1')).toMatchObject({ state: 'exited', exitCode: 137 });
    expect(r.incidents.find((i) => i.type === 'oom-kill')?.detail).toContain('memory.max 16');
    // The VM holds its own boot's pages plus at most what the cgroup allowed.
    const vmMemory = r.instances.find((i) => i.name === 'vm1')!.memoryBytes;
    expect(vmMemory).toBeLessThan(400 * MiB);
  });
});
