import fc from 'fast-check';
import type { InstanceSpec, Scenario, TimedAction } from '../../../sim-core/index';
import { MiB, container, scenario, vm } from './fixture';

/** Random valid scenarios over the fixture catalogue: VMs, containers (some inside VMs), a timeline. */
export const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    cpus: fc.integer({ min: 1, max: 8 }),
    memoryMiB: fc.integer({ min: 1024, max: 8192 }),
    cold: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    vms: fc.array(fc.record({
      profile: fc.constantFrom('full', 'micro'),
      os: fc.constantFrom('linux', 'windows'),
      memMiB: fc.integer({ min: 256, max: 4096 }),
    }), { maxLength: 3 }),
    containers: fc.array(fc.record({
      image: fc.constantFrom('web:1', 'cache:1', 'win:1'),
      runtime: fc.constantFrom('runc', 'gvisor', 'kata') as fc.Arbitrary<'runc' | 'gvisor' | 'kata'>,
      limitMiB: fc.option(fc.integer({ min: 16, max: 2048 })),
      cpus: fc.option(fc.constantFrom(0.25, 0.5, 1, 2)),
      inVm: fc.option(fc.nat()),
      health: fc.option(fc.record({ intervalMs: fc.integer({ min: 200, max: 5000 }), retries: fc.integer({ min: 1, max: 3 }), startPeriodMs: fc.integer({ min: 0, max: 4000 }) })),
      dependsOn: fc.option(fc.record({ on: fc.nat(), condition: fc.constantFrom('started', 'healthy', 'completed') as fc.Arbitrary<'started' | 'healthy' | 'completed'> })),
    }), { maxLength: 6 }),
    events: fc.array(fc.record({
      atMs: fc.integer({ min: 0, max: 120_000 }),
      who: fc.nat(),
      what: fc.constantFrom('start', 'start', 'stop', 'load-mem', 'load-cpu', 'exploit'),
      amount: fc.integer({ min: 1, max: 3000 }),
    }), { maxLength: 20 }),
  })
  .map((g) => {
    const instances: InstanceSpec[] = g.vms.map((v, i) => vm(`vm${i}`, { profile: v.profile, os: v.os, memoryBytes: v.memMiB * MiB, apps: [] }));
    g.containers.forEach((c, i) => {
      const inVm = c.inVm !== null && g.vms.length > 0 ? `vm${c.inVm % g.vms.length}` : null;
      // Healthchecks and dependencies on earlier containers (no cycle), as a Compose file has them.
      const health = c.health === null ? {} : { healthcheck: { test: ['CMD-SHELL', 'true'], ...c.health } };
      const deps = c.dependsOn === null || i === 0 ? {} : { dependsOn: [{ name: `c${c.dependsOn.on % i}`, condition: c.dependsOn.condition }] };
      instances.push(container(`c${i}`, { image: c.image, runtime: c.runtime, memoryBytes: c.limitMiB === null ? null : c.limitMiB * MiB, cpus: c.cpus, in: inVm, ...health, ...deps }));
    });
    const events: TimedAction[] = instances.length === 0 ? [] : g.events.map((e) => {
      const target = instances[e.who % instances.length]!.name;
      switch (e.what) {
        case 'start': return { atMs: e.atMs, action: { type: 'start', target } };
        case 'stop': return { atMs: e.atMs, action: { type: 'stop', target } };
        case 'load-mem': return { atMs: e.atMs, action: { type: 'load', load: { target, memoryBytes: e.amount * MiB } } };
        case 'load-cpu': return { atMs: e.atMs, action: { type: 'load', load: { target, cpu: e.amount / 500 } } };
        default: return { atMs: e.atMs, action: { type: 'exploit', target, exploitKind: e.amount % 2 ? 'app' : 'kernel' } };
      }
    });
    events.sort((a, b) => a.atMs - b.atMs);
    return scenario(instances, events, { seed: g.seed, host: { cpus: g.cpus, memoryBytes: g.memoryMiB * MiB, imageCache: g.cold ? 'cold' : 'warm' } as never });
  });
