import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport } from '../../../sim-core/index';
import { FIXTURE, container, scenario, startAll, vm } from './fixture';
import type { ExploitKind } from '../../../sim-core/index';

function attack(target: string, kind: ExploitKind) {
  const s = scenario(
    [vm('tenant-a', { apps: [] }), container('a1', { in: 'tenant-a' }), container('a2', { in: 'tenant-a' }), container('h1'), container('h2'), container('sandboxed', { runtime: 'gvisor' }), container('kata', { runtime: 'kata' })],
    [...startAll(['tenant-a', 'a1', 'a2', 'h1', 'h2', 'sandboxed', 'kata']), { atMs: 60_000, action: { type: 'exploit', target, exploitKind: kind } }],
  );
  const sim = createSimulation(s, FIXTURE);
  runToEnd(sim);
  return getReport(sim).incidents.find((i) => i.type === 'compromised')!;
}

describe('blast radius', () => {
  it('an app exploit stays inside its instance', () => {
    expect(attack('h1', 'app').targets).toEqual(['h1']);
  });

  it('a kernel exploit from a container on the host reaches the host and everything on it', () => {
    const targets = attack('h1', 'kernel').targets!;
    expect(targets[0]).toBe('host');
    expect(targets).toEqual(expect.arrayContaining(['h2', 'tenant-a', 'a1', 'a2', 'sandboxed', 'kata']));
  });

  it('a kernel exploit inside a VM stops at the hypervisor: that VM and its containers only', () => {
    expect(attack('a1', 'kernel').targets).toEqual(['tenant-a', 'a1', 'a2']);
  });

  it('gVisor and Kata keep a kernel exploit inside their sandbox', () => {
    expect(attack('sandboxed', 'kernel').targets).toEqual(['sandboxed']);
    expect(attack('kata', 'kernel').targets).toEqual(['kata']);
  });
});

describe('writes', () => {
  it('writing a file from the image copies it up whole first; a new file just lands', () => {
    const s = scenario([container('c')], [
      ...startAll(['c']),
      { atMs: 1000, action: { type: 'write', target: 'c', path: '/etc/web.conf', sizeBytes: 2000 } },
      { atMs: 1000, action: { type: 'write', target: 'c', path: '/data/new.txt', sizeBytes: 500 } },
    ]);
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const log = sim.state.log;
    expect(log.some((e) => e.type === 'fs/copied-up' && e.data.path === '/etc/web.conf')).toBe(true);
    expect(log.some((e) => e.type === 'fs/copied-up' && e.data.path === '/data/new.txt')).toBe(false);
    expect(getReport(sim).instances[0]!.diskBytes).toBe(2500);
  });

  it('a VM\'s thin disk grows as it is written', () => {
    const s = scenario([vm('v')], [...startAll(['v']), { atMs: 30_000, action: { type: 'write', target: 'v', path: '/var/log/big', sizeBytes: 1_000_000 } }]);
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.diskBytes).toBe(FIXTURE.guestOses.linux!.diskBytes.value + 1_000_000);
  });
});
