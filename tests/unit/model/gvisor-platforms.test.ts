/**
 * gVisor's cost depends on its platform: how the Sentry intercepts system calls. The raw
 * call costs are gVisor's own syscall.csv; what an app's start pays follows the Systrap
 * post's workloads; I/O is slower for random than for sequential access (fio.csv).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, scenarioToYaml } from '../../../sim-core/scenario/index';
import { dockerRunLine } from '../../../sim-core/docker/index';
import { runCommand } from '../../../sim-core/terminal/index';
import { emptyScenario } from '../../../src/document/specs';

const names = catalogueNames(CATALOGUE);

const fileWith = (runtimes: string[]) => `version: 1
name: gVisor platforms
host: { cpus: 8, memory: 16GiB }
instances:
${runtimes.map((r, i) => `  - { name: c${i}, kind: container, image: "nginx:1.27", ${r} }`).join('\n')}
events:
${runtimes.map((_, i) => `  - { at: ${i * 20}s, start: c${i} }`).join('\n')}
until: ${runtimes.length * 20}s
`;

function report(runtimes: string[]) {
  const parsed = parseScenario(fileWith(runtimes), 'p.yaml', names);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.scenario, CATALOGUE);
  runToEnd(sim);
  return getReport(sim).instances;
}

const appInitMs = (inst: { phases: Array<{ name: string; startMs: number; endMs: number }> }) => {
  const p = inst.phases.find((x) => x.name === 'app init')!;
  return p.endMs - p.startMs;
};

describe('gVisor platforms', () => {
  // One at a time, so no start contends with another's.
  const [runc, systrap, kvm, ptrace] = report(['runtime: runc', 'runtime: gvisor', 'runtime: gvisor, gvisorPlatform: kvm', 'runtime: gvisor, gvisorPlatform: ptrace']);

  it('an app starts slowest under ptrace, then Systrap (the default), then KVM; runc pays no interception', () => {
    expect(appInitMs(ptrace!)).toBeGreaterThan(appInitMs(systrap!));
    expect(appInitMs(systrap!)).toBeGreaterThan(appInitMs(kvm!));
    expect(appInitMs(kvm!)).toBeGreaterThan(appInitMs(runc!));
    // ptrace's start is more than twice runc's (the ABSL build ran 2.27x native under ptrace).
    expect(appInitMs(ptrace!) / appInitMs(runc!)).toBeGreaterThan(2);
  });

  it('the report names the platform and its raw system-call cost beside runc\'s', () => {
    expect(systrap!.overheads).toMatchObject({ platform: 'systrap' });
    expect(kvm!.overheads).toMatchObject({ platform: 'kvm', syscallNs: 763 });
    expect(ptrace!.overheads).toMatchObject({ platform: 'ptrace', syscallNs: 38219 });
    expect(runc!.overheads).toMatchObject({ syscallNs: 1939 });
    expect(runc!.overheads!.platform).toBeUndefined();
  });

  it('random I/O costs gVisor more than sequential I/O, writes more than reads', () => {
    const io = systrap!.overheads!.ioByPattern!;
    expect(io.randomWrite).toBeGreaterThan(io.randomRead);
    expect(io.randomRead).toBeGreaterThan(io.sequentialWrite);
    expect(io.sequentialWrite).toBeGreaterThan(io.sequentialRead);
    expect(io.sequentialRead).toBe(0);
  });
});

describe('choosing a platform', () => {
  it('a scenario refuses a platform on a runtime other than gVisor, and keeps one through a save', () => {
    const refused = parseScenario(fileWith(['runtime: runc, gvisorPlatform: kvm']), 'p.yaml', names);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.join('\n')).toContain('a gVisor platform applies to runtime gvisor only');
    const bad = parseScenario(fileWith(['runtime: gvisor, gvisorPlatform: hyper']), 'p.yaml', names);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toContain('expected a gVisor platform: systrap, kvm or ptrace');
    const kept = parseScenario(fileWith(['runtime: gvisor, gvisorPlatform: ptrace']), 'p.yaml', names);
    if (!kept.ok) throw new Error(kept.errors.join('\n'));
    const again = parseScenario(scenarioToYaml(kept.scenario), 'p.yaml', names);
    expect(again.ok && again.scenario.instances[0]).toMatchObject({ runtime: 'gvisor', gvisorPlatform: 'ptrace' });
  });

  it('docker run --runtime=runsc-kvm (a runtime registered as gVisor\'s platform guide shows) runs gVisor on KVM, and the inspector\'s line says so', () => {
    const sim = createSimulation(emptyScenario(), CATALOGUE);
    const r = runCommand(sim, 'docker run -d --name sand --runtime=runsc-kvm nginx', 'host');
    const add = r.effects.find((e) => e.kind === 'add-container');
    expect(add && add.kind === 'add-container' && add.spec).toMatchObject({ runtime: 'gvisor', gvisorPlatform: 'kvm' });
    if (add?.kind === 'add-container') expect(dockerRunLine(add.spec)).toContain('--runtime=runsc-kvm');
  });
});
