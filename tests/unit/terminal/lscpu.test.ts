/**
 * `lscpu`: a container lists every CPU of its host (sysfs is not namespaced) even under a
 * quota or a cpuset, where nproc counts what its affinity allows; a VM guest lists its vCPUs
 * and the hypervisor that runs them.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, createSimulation, type Simulation } from '../../../sim-core/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';
import { runCommand } from '../../../sim-core/terminal/index';

const BOARD = `version: 1
name: cpus
host: { cpus: 8, memory: 16GiB }
instances:
  - { name: web, kind: container, image: "nginx:1.27", cpus: 1, cpusetCpus: "0,1" }
  - { name: alp, kind: container, image: "alpine:3.20", command: [sleep, "999999"] }
  - { name: vm1, kind: vm, profile: kvm-qemu, os: ubuntu-22.04, cpus: 2, memory: 1GiB, disk: 10GiB, apps: [nginx] }
  - { name: fc, kind: vm, profile: firecracker, os: alpine-3.20, cpus: 1, memory: 256MiB, disk: 1GiB, apps: [nginx] }
events:
  - { at: 0s, start: web }
  - { at: 0s, start: alp }
  - { at: 0s, start: vm1 }
  - { at: 0s, start: fc }
`;

function board(): Simulation {
  const parsed = parseScenario(BOARD, 'cpus.yaml', catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.scenario, CATALOGUE);
  advanceTo(sim, 120_000);
  return sim;
}

const field = (out: string, label: string): string | undefined => out.split('\n').find((l) => l.trimStart().startsWith(`${label}:`))?.split(/:\s+/)[1];

describe('lscpu', () => {
  it('on the host: util-linux\'s summary, values in one column', () => {
    expect(runCommand(board(), 'lscpu', 'host').output).toBe([
      'Architecture:          x86_64',
      '  CPU op-mode(s):      32-bit, 64-bit',
      '  Byte Order:          Little Endian',
      'CPU(s):                8',
      '  On-line CPU(s) list: 0-7',
      'Model name:            -',
      '  Thread(s) per core:  1',
      '  Core(s) per socket:  8',
      '  Socket(s):           1',
    ].join('\n'));
  });

  it('in a container with --cpus 1 --cpuset-cpus 0,1: all eight host CPUs, while nproc says 2', () => {
    const sim = board();
    const out = runCommand(sim, 'lscpu', 'web').output;
    expect(field(out, 'CPU(s)')).toBe('8');
    expect(field(out, 'On-line CPU(s) list')).toBe('0-7');
    expect(out).not.toContain('Hypervisor vendor');
    expect(runCommand(sim, 'nproc', 'web').output).toBe('2');
  });

  it('in a KVM guest: its vCPUs, one socket each as libvirt starts QEMU, and KVM as the hypervisor', () => {
    const out = runCommand(board(), 'lscpu', 'vm1').output;
    expect(field(out, 'CPU(s)')).toBe('2');
    expect(field(out, 'On-line CPU(s) list')).toBe('0,1');
    expect(field(out, 'Socket(s)')).toBe('2');
    expect(out).toContain('Virtualization features:\n  Hypervisor vendor:     KVM\n  Virtualization type:   full');
  });

  it('Alpine (BusyBox) has no lscpu; a wrong option is refused', () => {
    const sim = board();
    expect(runCommand(sim, 'lscpu', 'alp')).toMatchObject({ output: 'sh: lscpu: not found', exitCode: 127 });
    expect(runCommand(sim, 'lscpu', 'fc')).toMatchObject({ output: '-ash: lscpu: not found', exitCode: 127 });
    expect(runCommand(sim, 'lscpu -Z', 'host').exitCode).toBe(1);
  });
});
