import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INSTANCE_FIELDS_KEY, parseScenario, scenarioToJson, scenarioToYaml, toUserAction,
  type ContainerSpec, type InstanceSpec, type Scenario, type ScenarioAction, type VmSpec,
} from '../../../sim-core/scenario/index';
import type { RecordedAction } from '../../../sim-core/index';
import { NAMES, SPEC_EXAMPLE } from './fixtures';

const MiB = 1024 ** 2;
const bytes = (min: number) => fc.oneof(
  fc.integer({ min, max: 2 ** 45 }),
  fc.integer({ min: Math.ceil(min / MiB), max: 64 * 1024 }).map((n) => n * MiB),
);
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const NAMESPACES = ['pid', 'net', 'ipc', 'uts', 'mnt', 'user'] as const;

function vm(n: string, cpus: number): fc.Arbitrary<VmSpec> {
  return fc.record({
    kind: fc.constant('vm' as const), name: fc.constant(n),
    profile: fc.constantFrom(...NAMES.vmProfiles), os: fc.constantFrom(...NAMES.guestOses),
    cpus: fc.constant(cpus), memoryBytes: bytes(1), diskBytes: bytes(1),
    apps: fc.subarray(NAMES.apps),
  });
}

/** A container; its CPU limit fits where it runs (the host's cores, or its VM's vCPUs). */
function container(n: string, vmCpus: Record<string, number>, hostCpus: number): fc.Arbitrary<ContainerSpec> {
  const vms = Object.keys(vmCpus);
  const place = vms.length > 0 ? fc.option(fc.constantFrom(...vms), { nil: null }) : fc.constant(null);
  return place.chain((vmName) => fc.record({
    memoryBytes: fc.option(bytes(6 * MiB), { nil: null }),
    extraSwap: fc.option(bytes(0), { nil: null }),
    cpus: fc.option(fc.double({ min: 0.01, max: vmName === null ? hostCpus : vmCpus[vmName]!, noNaN: true }), { nil: null }),
    cpuShares: fc.integer({ min: 2, max: 262_144 }),
    pidsLimit: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
    in: fc.constant(vmName),
    share: fc.subarray([...NAMESPACES]),
    runtime: fc.constantFrom('runc', 'gvisor', 'kata') as fc.Arbitrary<ContainerSpec['runtime']>,
    image: fc.constantFrom(...NAMES.images),
  })).map(({ extraSwap, ...c }) => ({
    kind: 'container' as const, name: n, ...c,
    memorySwapBytes: c.memoryBytes !== null && extraSwap !== null ? c.memoryBytes + extraSwap : null,
  }));
}

function action(targets: string[], containers: string[], hostCpus: number): fc.Arbitrary<ScenarioAction> {
  const target = fc.constantFrom(...targets);
  const path = fc.string().map((s) => `/${s}`);
  const kinds: fc.Arbitrary<ScenarioAction>[] = [
    fc.record({ type: fc.constantFrom('start' as const, 'stop' as const, 'remove' as const), target }),
    fc.record({ type: fc.constant('load' as const), load: fc.record({ target, memoryBytes: bytes(0), cpu: fc.double({ min: 0, max: 64, noNaN: true }) }, { requiredKeys: ['target'] }) }),
    fc.record({ type: fc.constant('write' as const), target, path, sizeBytes: bytes(0) }),
    fc.record({ type: fc.constant('exploit' as const), target, exploitKind: fc.constantFrom('app' as const, 'kernel' as const) }),
    fc.record({ type: fc.constant('delete' as const), target, path }),
  ];
  // A limit change is a container's (docker update), within the host's cores.
  if (containers.length > 0) {
    kinds.push(fc.record({
      type: fc.constant('limits' as const),
      target: fc.constantFrom(...containers),
      memoryBytes: fc.option(bytes(6 * MiB), { nil: null }),
      cpus: fc.option(fc.double({ min: 0.01, max: hostCpus, noNaN: true }), { nil: null }),
    }, { requiredKeys: ['type', 'target'] }));
  }
  return fc.oneof(...kinds);
}

const extensionValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.record({ en: fc.string(), ja: fc.string() }));
const extensionKey = fc.stringMatching(/^x[A-Za-z]{1,10}$/);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  hostCpus: fc.integer({ min: 1, max: 64 }),
  kinds: fc.uniqueArray(fc.tuple(name, fc.boolean(), fc.integer({ min: 1, max: 64 })), { selector: ([n]) => n, maxLength: 8 }),
}).chain(({ hostCpus, kinds }) => {
  const vmCpus = Object.fromEntries(kinds.filter(([, isVm]) => isVm).map(([n, , cpus]) => [n, cpus]));
  const instances = fc.tuple(...kinds.map(([n, isVm, cpus]): fc.Arbitrary<InstanceSpec> => (isVm ? vm(n, cpus) : container(n, vmCpus, hostCpus))));
  const names = kinds.map(([n]) => n);
  const containers = kinds.filter(([, isVm]) => !isVm).map(([n]) => n);
  const events = names.length === 0 ? fc.constant([]) : fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 10 ** 9 }), action: action(names, containers, hostCpus) }), { maxLength: 10 });
  const kept = names.length === 0 ? fc.constant({}) : fc.dictionary(fc.constantFrom(...names), fc.record({ position: fc.record({ x: fc.integer(), y: fc.integer() }) }));
  return fc.record({
    version: fc.constant(1 as const),
    name: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
    description: fc.string(),
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    host: fc.record({
      cpus: fc.constant(hostCpus), memoryBytes: bytes(1), diskBytes: bytes(1),
      os: fc.constantFrom('linux' as const, 'windows' as const),
      networkBitsPerSecond: fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 100 }).map((n) => n * 1e8)),
      imageCache: fc.constantFrom('warm' as const, 'cold' as const),
      swapBytes: fc.constantFrom(0, 2 * 1024 ** 3, 512 * 1024 ** 2),
    }),
    instances: instances.map((list) => [...list]),
    // Parsing sorts events stably by time; a generated scenario is in that order already.
    events: events.map((list) => [...list].sort((a, b) => a.atMs - b.atMs)),
    // A file's until is at most 24 h (rules MAX_SIMULATED_MS).
    untilMs: fc.option(fc.integer({ min: 0, max: 24 * 60 * 60 * 1000 }), { nil: null }),
    tour: fc.constant(null),
    goals: fc.constant(null),
    extensions: fc.tuple(fc.dictionary(extensionKey, extensionValue, { maxKeys: 3 }), kept).map(([top, fields]) =>
      Object.keys(fields).length > 0 ? { ...top, [INSTANCE_FIELDS_KEY]: fields } : top),
  });
});

function reparse(text: string, fileName: string): Scenario {
  const result = parseScenario(text, fileName, NAMES);
  if (!result.ok) throw new Error(`${text}\n${result.errors.join('\n')}`);
  return result.scenario;
}

/** A scenario with the user's recorded actions on its instances, in time order. */
const withActions: fc.Arbitrary<{ s: Scenario; actions: RecordedAction[] }> = scenario.filter((s) => s.instances.length > 0).chain((s) => {
  const names = s.instances.map((i) => i.name);
  const containers = s.instances.filter((i) => i.kind === 'container').map((i) => i.name);
  const recorded = fc.record({ atMs: fc.integer({ min: 0, max: 10 ** 9 }), action: action(names, containers, s.host.cpus).map(toUserAction) });
  return fc.array(recorded, { maxLength: 8 }).map((list) => ({ s, actions: [...list].sort((a, b) => a.atMs - b.atMs) }));
});

describe('a saved scenario parses back to the same scenario', () => {
  it('with the user\'s recorded actions, through YAML and JSON', () => {
    fc.assert(fc.property(withActions, ({ s, actions }) => {
      for (const [text, file] of [[scenarioToYaml(s, actions), 'saved.yaml'], [scenarioToJson(s, actions), 'saved.json']] as const) {
        const result = parseScenario(text, file, NAMES);
        if (!result.ok) throw new Error(`${text}\n${result.errors.join('\n')}`);
        expect(result.scenario).toEqual(s);
        expect(result.actions).toEqual(actions);
      }
    }), { numRuns: 60 });
  });

  it('every preset, its tour and goals included', () => {
    const dir = new URL('../../../scenarios/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const s = reparse(readFileSync(new URL(f, dir), 'utf8'), f);
      expect(reparse(scenarioToYaml(s), f), f).toEqual(s);
      expect(reparse(scenarioToJson(s), f.replace(/yaml$/, 'json')), f).toEqual(s);
    }
  });

  it('through YAML', () => {
    fc.assert(fc.property(scenario, (s) => {
      expect(reparse(scenarioToYaml(s), 'saved.yaml')).toEqual(s);
    }), { numRuns: 300 });
  });

  it('through JSON', () => {
    fc.assert(fc.property(scenario, (s) => {
      expect(reparse(scenarioToJson(s), 'saved.json')).toEqual(s);
    }), { numRuns: 150 });
  });

  it('writes readable units', () => {
    const yaml = scenarioToYaml(reparse(SPEC_EXAMPLE, 'web.yaml'));
    expect(yaml).toContain('memory: 512MiB');
    expect(yaml).toContain('memory: 16GiB');
    expect(yaml).toContain('network: 1Gbps');
    expect(yaml).toContain('until: 2m');
    expect(yaml).toContain('- { at: 90s, load: { target: web, memory: 600MiB } }');
    expect(yaml).toContain('apps: [ nginx ]');
  });
});
