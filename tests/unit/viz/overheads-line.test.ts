import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { instanceOverheads } from '../../../sim-core/figures/index';
import { chartText } from '../../../src/charts/chart-text';
import { overheadsLine } from '../../../src/viz/overheads';
import type { ContainerSpec } from '../../../sim-core/scenario/types';

const container = (extra: Partial<ContainerSpec>): ContainerSpec => ({
  kind: 'container', name: 'c', runtime: 'runc', image: 'nginx:1.27', memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [], ...extra,
});

describe('the overheads line of the table and the inspector', () => {
  it('runc shows no system-call cost; gVisor shows its platform\'s, and ptrace costs more than Systrap', () => {
    const en = chartText('en');
    expect(overheadsLine(instanceOverheads(CATALOGUE, container({})), en)).not.toContain('system calls');
    const systrap = overheadsLine(instanceOverheads(CATALOGUE, container({ runtime: 'gvisor' })), en);
    const ptrace = overheadsLine(instanceOverheads(CATALOGUE, container({ runtime: 'gvisor', gvisorPlatform: 'ptrace' })), en);
    expect(systrap).toContain('system calls +53% (systrap)');
    expect(ptrace).toContain('system calls +127% (ptrace)');
    expect(overheadsLine(instanceOverheads(CATALOGUE, container({ runtime: 'gvisor', gvisorPlatform: 'ptrace' })), chartText('ja'))).toContain('システムコール +127% (ptrace)');
  });
});
