import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '../../../sim-core/index';
import { inspectInstance, inspectHost, isolationMatrix, containerIdOf } from '../../../sim-core/engine/inspect';
import { FIXTURE, container, scenario, startAll, vm } from './fixture';

function board() {
  const s = scenario(
    [container('web'), container('hostnet', { share: ['net'] }), vm('cloud', { apps: [] }), container('inner', { in: 'cloud' }), container('sandbox', { runtime: 'gvisor' })],
    startAll(['web', 'hostnet', 'cloud', 'inner', 'sandbox']),
  );
  const sim = createSimulation(s, FIXTURE);
  runToEnd(sim);
  return sim;
}

describe('what a process in X sees', () => {
  it('PID 1 inside a container is an ordinary process on the host', () => {
    const sim = board();
    const view = inspectInstance(sim, 'web')!;
    const init = view.processes.find((p) => p.pid === 1)!;
    expect(init).toBeDefined();
    expect(init.hostPid).toBeGreaterThan(1);
    // the host sees it under its host PID, next to its own init
    const host = inspectHost(sim);
    expect(host.processes.some((p) => p.pid === init.hostPid && p.command === init.command)).toBe(true);
    expect(host.processes.find((p) => p.pid === 1)!.command).toBe('/sbin/init');
    // and the container does not see the host's processes
    expect(view.processes.every((p) => p.command !== '/usr/bin/dockerd -H fd://')).toBe(true);
  });

  it('a container has its own hostname (its id\'s first 12 hex), the host\'s kernel version, and eth0 on the bridge', () => {
    const sim = board();
    const view = inspectInstance(sim, 'web')!;
    expect(view.hostname).toBe(containerIdOf('web').slice(0, 12));
    expect(view.unameR).toBe(FIXTURE.host.linuxKernelVersion);
    expect(view.interfaces.map((i) => i.name)).toEqual(['lo', expect.stringMatching(/^eth0@if\d+$/)]);
    expect(view.interfaces[1]!.address).toMatch(/^172\.17\.0\.\d+\/16$/);
    expect(view.cgroup).toBe('0::/\n');
    expect(view.mounts[0]).toMatchObject({ target: '/', fstype: 'overlay' });
  });

  it('--network host: the container sees the host\'s interfaces', () => {
    const sim = board();
    const names = inspectInstance(sim, 'hostnet')!.interfaces.map((i) => i.name);
    expect(names).toContain('docker0');
    expect(names.some((n) => n.startsWith('veth'))).toBe(true);
  });

  it('a container inside a VM reports the guest\'s kernel, not the host\'s', () => {
    const sim = board();
    expect(inspectInstance(sim, 'inner')!.unameR).toBe(FIXTURE.guestOses.linux!.kernelVersion);
    expect(inspectInstance(sim, 'cloud')!.unameR).toBe(FIXTURE.guestOses.linux!.kernelVersion);
  });

  it('without a user namespace root inside is root outside', () => {
    expect(inspectInstance(board(), 'web')!.uidMap.trim().split(/\s+/)).toEqual(['0', '0', '4294967295']);
  });
});

describe('isolation matrix', () => {
  it('containers on the host share its kernel but not its pid or net namespaces; a VM shares nothing', () => {
    const m = isolationMatrix(board());
    const cell = (a: string, b: string) => m.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))!;
    expect(cell('web', 'host').sameKernel).toBe(true);
    expect(cell('web', 'host').shared).not.toContain('pid');
    expect(cell('web', 'host').shared).not.toContain('net');
    expect(cell('hostnet', 'host').shared).toContain('net');
    expect(cell('cloud', 'host')).toMatchObject({ sameKernel: false, shared: [] });
    expect(cell('inner', 'cloud').sameKernel).toBe(true);
    expect(cell('inner', 'web').sameKernel).toBe(false);
    expect(cell('sandbox', 'host').sameKernel).toBe(false);
  });
});
