import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { advanceTo, apply, createSimulation, isolationMatrix } from '../../../sim-core/index';
import { matrixGrid, pairOf } from '../../../src/inside/matrix';
import { loadPreset } from '../golden/presets';

function board() {
  const sim = createSimulation(loadPreset('shared-kernel-security'), CATALOGUE);
  advanceTo(sim, 60_000);
  return sim;
}

describe('isolation matrix grid', () => {
  it('containers on the host share its kernel and, by Docker\'s default, only the user and time namespaces; a VM has its own kernel', () => {
    const m = isolationMatrix(board());
    const grid = matrixGrid(m, new Set());
    expect(grid).toHaveLength(m.names.length);
    const idx = (n: string) => m.names.indexOf(n);
    const aWebDb = grid[idx('tenant-a-web')]![idx('tenant-a-db')]!;
    expect(aWebDb.sameKernel).toBe(true);
    expect(aWebDb.sharedKinds).toEqual(['user', 'time']);
    expect(aWebDb.shared).toEqual(m.kinds.map((k) => k === 'user' || k === 'time'));
    expect(grid[idx('host')]![idx('tenant-a-web')]!.sameKernel).toBe(true);
    expect(grid[idx('host')]![idx('tenant-b')]!.sameKernel).toBe(false);
    expect(grid[idx('tenant-a-web')]![idx('tenant-b-web')]!.sameKernel).toBe(false);
    expect(grid[idx('tenant-b-web')]![idx('tenant-b-db')]!.sameKernel).toBe(true);
    // symmetric, and the diagonal is the instance itself
    expect(grid[idx('tenant-b')]![idx('host')]).toMatchObject({ sameKernel: false, a: 'tenant-b', b: 'host' });
    expect(grid[idx('tenant-b')]![idx('tenant-b')]!.self).toBe(true);
    expect(pairOf(m, 'tenant-b-db', 'tenant-b-web')!.sameKernel).toBe(true);
    expect(pairOf(m, 'nobody', 'host')).toBeNull();
  });

  it('each cell says whose processes each side sees, from its row\'s side', () => {
    const m = isolationMatrix(board());
    const grid = matrixGrid(m, new Set());
    const idx = (n: string) => m.names.indexOf(n);
    const hostVm = grid[idx('host')]![idx('tenant-b')]!;
    expect(hostVm.processes).toBe('a-sees-b-as-vmm');
    expect(hostVm.vmmPids).toHaveLength(1);
    expect(grid[idx('tenant-b')]![idx('host')]!.processes).toBe('b-sees-a-as-vmm');
    expect(grid[idx('host')]![idx('tenant-a-web')]!.processes).toBe('a-sees-b');
    expect(grid[idx('tenant-a-web')]![idx('host')]!.processes).toBe('b-sees-a');
    expect(grid[idx('tenant-a-web')]![idx('tenant-a-db')]!.processes).toBe('none');
    expect(grid[idx('host')]![idx('tenant-b-web')]!.processes).toBe('none');
    expect(grid[idx('host')]![idx('host')]!.processes).toBeNull();
  });

  it('after a kernel exploit from a host container every pair with the host is marked', () => {
    const sim = board();
    apply(sim, { type: 'instance/exploit', name: 'tenant-b-web', kind: 'kernel' });
    const hit = new Set(['host', ...sim.state.order].filter((n) => (n === 'host' ? sim.state.host.compromised : sim.state.instances[n]!.compromised)));
    const m = isolationMatrix(sim);
    const grid = matrixGrid(m, hit);
    const idx = (n: string) => m.names.indexOf(n);
    expect(grid[idx('tenant-b')]![idx('tenant-b-db')]!.bothCompromised).toBe(true);
    expect(grid[idx('host')]![idx('tenant-b')]!.bothCompromised).toBe(false);
    expect(grid[idx('tenant-a-web')]![idx('tenant-a-db')]!.bothCompromised).toBe(false);
  });
});
