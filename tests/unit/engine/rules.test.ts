/**
 * One set of limits and rules: the parser, the engine, the page's drops, the terminal and
 * tours refuse the same values, each in its own words, and a new container is the same
 * container whichever way it was made.
 */
import { describe, expect, it } from 'vitest';
import { apply, createSimulation } from '../../../sim-core/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, type Scenario } from '../../../sim-core/scenario/index';
import { runCommand } from '../../../sim-core/terminal/index';
import { formatBytes } from '../../../sim-core/format/index';
import { CONTAINER_DEFAULTS, MIN_MEMORY_BYTES, nestingRefusal } from '../../../sim-core/rules/index';
import { checkDrop } from '../../../src/document/drops';
import { DEFAULT_CONTAINER_CHOICE, emptyScenario, newContainerSpec, newVmSpec } from '../../../src/document/specs';

const NAMES = catalogueNames(CATALOGUE);
const MiB = 1024 ** 2;

function parse(instances: string): ReturnType<typeof parseScenario> {
  return parseScenario(`version: 1\nname: t\nhost: { cpus: 8 }\ninstances:\n${instances}`, 't.yaml', NAMES);
}

/** A board with one 2-vCPU VM, as the page and the terminal see it. */
function board(): Scenario {
  const s = emptyScenario();
  s.instances.push({ ...newVmSpec({ profile: 'kvm-qemu', os: 'ubuntu-22.04' }, s), name: 'vm', cpus: 2 });
  return s;
}

/** Each place's verdict on a container memory limit of `bytes`. */
function memoryVerdicts(bytes: number) {
  const parsed = parse(`  - { name: web, kind: container, image: "nginx:1.27", memory: ${bytes} }`);
  const drop = checkDrop(board(), { source: 'palette', kind: 'container' }, { name: null }, { ...DEFAULT_CONTAINER_CHOICE, memoryBytes: bytes });
  const sim = createSimulation(board(), CATALOGUE);
  const terminal = runCommand(sim, `docker run -d --name web -m ${bytes}b nginx:1.27`, 'host');
  const engine = apply(sim, { type: 'instance/add', spec: { ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, board(), null), memoryBytes: bytes } });
  const toured = parseScenario(`version: 1\nname: t\nhost: { cpus: 8 }\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27" }\ntour:\n  - { say: limit it, limit: { target: web, memory: ${bytes} } }\n`, 't.yaml', NAMES);
  const tour = { errors: toured.ok ? [] : toured.errors };
  return { parsed, drop, terminal, engine, tour };
}

describe('the smallest memory limit', () => {
  it('one byte under Docker\'s 6 MiB is refused by the parser, a drop, the terminal, the engine and a tour', () => {
    const v = memoryVerdicts(MIN_MEMORY_BYTES - 1);
    expect(v.parsed.ok).toBe(false);
    expect(v.parsed.ok ? '' : v.parsed.errors.join('\n')).toContain("instances[0].memory: expected at least 6MiB, docker's smallest memory limit");
    expect(v.drop).toEqual({ ok: false, reason: 'memory-below-minimum', params: { limit: formatBytes(MIN_MEMORY_BYTES), got: formatBytes(MIN_MEMORY_BYTES - 1) } });
    expect(v.terminal.exitCode).toBe(125);
    expect(v.terminal.output).toBe("docker: Error response from daemon: Minimum memory limit allowed is 6MB.\nSee 'docker run --help'.");
    expect(v.engine).toEqual({ ok: false, reason: `a memory limit must be at least 6 MiB (docker's smallest), got ${formatBytes(MIN_MEMORY_BYTES - 1)}` });
    expect(v.tour.errors.join('\n')).toContain("tour[0].limit.memory: expected at least 6MiB, docker's smallest memory limit");
  });

  it('exactly 6 MiB is taken by all of them', () => {
    const v = memoryVerdicts(MIN_MEMORY_BYTES);
    expect(v.parsed.ok).toBe(true);
    expect(v.drop).toEqual({ ok: true, effect: 'add-container', into: null });
    expect(v.terminal.exitCode).toBe(0);
    expect(v.terminal.effects[0]).toMatchObject({ kind: 'add-container', spec: { memoryBytes: MIN_MEMORY_BYTES } });
    expect(v.engine).toEqual({ ok: true });
    expect(v.tour.errors).toEqual([]);
  });

  it('a live limit change below it is refused too (docker update, and the engine\'s set-limits)', () => {
    const s = board();
    s.instances.push({ ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, s, null), name: 'web' });
    const sim = createSimulation(s, CATALOGUE);
    expect(runCommand(sim, 'docker update -m 4m web', 'host').output).toBe('Error response from daemon: Minimum memory limit allowed is 6MB');
    expect(runCommand(sim, 'docker update -m 6m web', 'host').exitCode).toBe(0);
    expect(apply(sim, { type: 'instance/set-limits', name: 'web', memoryBytes: 4 * MiB }).ok).toBe(false);
    expect(apply(sim, { type: 'instance/set-limits', name: 'web', memoryBytes: 6 * MiB }).ok).toBe(true);
  });
});

describe('CPU limits count the CPUs where the container runs', () => {
  it('in a 2-vCPU VM, 3 CPUs are refused by the parser, a drop, the terminal and the engine; 2 are taken', () => {
    const vm = '  - { name: vm, kind: vm, cpus: 2 }';
    const parsed = parse(`${vm}\n  - { name: web, kind: container, image: "nginx:1.27", in: vm, cpus: 3 }`);
    expect(parsed.ok ? [] : parsed.errors).toEqual(['t.yaml: instances[1].cpus: expected from 0.01 to 2 cores, as VM vm has only 2 vCPUs, got 3']);
    expect(parse(`${vm}\n  - { name: web, kind: container, image: "nginx:1.27", in: vm, cpus: 2 }`).ok).toBe(true);
    // On the host's 8 cores, 3 are fine.
    expect(parse(`${vm}\n  - { name: web, kind: container, image: "nginx:1.27", cpus: 3 }`).ok).toBe(true);

    const s = board();
    s.instances.push({ ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, s, null), name: 'web', cpus: 3 });
    expect(checkDrop(s, { source: 'board', name: 'web' }, { name: 'vm' })).toEqual({ ok: false, reason: 'cpus-out-of-range', params: { max: '2', got: '3' } });
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'vm' }, { ...DEFAULT_CONTAINER_CHOICE, cpus: 3 })).toMatchObject({ ok: false, reason: 'cpus-out-of-range' });
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'vm' }, { ...DEFAULT_CONTAINER_CHOICE, cpus: 2 })).toEqual({ ok: true, effect: 'add-container', into: 'vm' });

    const sim = createSimulation(board(), CATALOGUE);
    // moby v27's words, as the terminal's CLI tables are (v28 lowercases "Range").
    expect(runCommand(sim, 'docker run -d --cpus 3 nginx:1.27', 'vm').output).toBe("docker: Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available.\nSee 'docker run --help'.");
    apply(sim, { type: 'instance/add', spec: { ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, board(), 'vm'), name: 'inner' } });
    expect(runCommand(sim, 'docker update --cpus 3 inner', 'vm')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available' });
    expect(runCommand(sim, 'docker update --cpus 2 inner', 'vm')).toMatchObject({ exitCode: 0, output: 'inner' });
    expect(runCommand(sim, 'docker run -d --cpus 3 nginx:1.27', 'host').exitCode).toBe(0);
    const spec = { ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, board(), 'vm'), cpus: 3 };
    expect(apply(sim, { type: 'instance/add', spec })).toMatchObject({ ok: false, reason: expect.stringContaining('from 0.01 to 2 cores') });
  });
});

describe('what may run where', () => {
  it('a container in a container is refused by the parser, a drop and the engine, for the same rule', () => {
    expect(nestingRefusal('container', 'container')).toBe('container-into-container');
    const parsed = parse('  - { name: a, kind: container, image: "nginx:1.27" }\n  - { name: b, kind: container, image: "nginx:1.27", in: a }');
    expect(parsed.ok ? '' : parsed.errors[0]).toContain('"a" is a container: a container runs on the host or inside a VM, not inside another container');
    const s = board();
    s.instances.push({ ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, s, null), name: 'a' });
    // A drop on a container's card is not refused: it goes beside that card, where it runs.
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'a' })).toEqual({ ok: true, effect: 'add-container', into: null });
    const sim = createSimulation(s, CATALOGUE);
    expect(apply(sim, { type: 'instance/add', spec: { ...newContainerSpec(DEFAULT_CONTAINER_CHOICE, s, 'a'), name: 'b' } }))
      .toEqual({ ok: false, reason: '"a" is a container: a container runs on the host or inside a VM, not inside another container' });
    expect(checkDrop(s, { source: 'palette', kind: 'vm' }, { name: 'vm' })).toEqual({ ok: false, reason: 'vm-into-vm' });
    expect(checkDrop(s, { source: 'palette', kind: 'vm' }, { name: 'a' })).toEqual({ ok: false, reason: 'vm-into-container' });
  });
});

describe('a new container', () => {
  it('is the same from the palette, `docker run` and a file: no memory limit, no CPU quota, as Docker makes it', () => {
    const fromPalette = newContainerSpec(DEFAULT_CONTAINER_CHOICE, emptyScenario(), null);
    const sim = createSimulation(emptyScenario(), CATALOGUE);
    const typed = runCommand(sim, 'docker run -d --name nginx nginx:1.27', 'host').effects[0];
    const parsed = parse('  - { name: nginx, kind: container, image: "nginx:1.27" }');
    const fromFile = parsed.ok ? parsed.scenario.instances[0] : null;
    expect(fromPalette).toMatchObject({ memoryBytes: null, cpus: null, memorySwapBytes: null, pidsLimit: null, cpuShares: CONTAINER_DEFAULTS.cpuShares, runtime: 'runc' });
    expect(typed).toEqual({ kind: 'add-container', spec: fromPalette });
    expect(fromFile).toEqual(fromPalette);
  });
});
