/**
 * The benchmark's workload at any size: `containers` containers and `vms` VMs (one VM per 50
 * containers), every one started at a seeded moment in the first simulated minute, played
 * for ten simulated minutes. The host grows with the fleet (128 cores and 4 TiB per 10,000
 * containers), so each size is the same workload scaled, not a more crowded host.
 */
import { HOST_DEFAULTS } from '@utsuwa/sim-core';
import type { InstanceSpec, Scenario, TimedAction } from '@utsuwa/sim-core';
import { createPrngForBench } from './prng';

const GiB = 1024 ** 3;
export const IMAGES = ['nginx:1.27', 'redis:7', 'alpine:3.20', 'python:3.12-slim', 'node:20', 'postgres:16'];
export const TEN_MINUTES_MS = 600_000;

export function fleet(containers: number, vms = Math.round(containers / 50)): Scenario {
  const rand = createPrngForBench(7);
  const instances: InstanceSpec[] = [];
  const events: TimedAction[] = [];
  for (let i = 0; i < containers; i++) {
    const name = `c${i}`;
    instances.push({ kind: 'container', name, runtime: 'runc', image: IMAGES[i % IMAGES.length]!, memoryBytes: 256 * 1024 ** 2, memorySwapBytes: null, cpus: 0.5, cpuShares: 1024, pidsLimit: null, in: null, share: [] });
    events.push({ atMs: Math.floor(rand() * 60_000), action: { type: 'start', target: name } });
  }
  for (let i = 0; i < vms; i++) {
    const name = `vm${i}`;
    instances.push({ kind: 'vm', name, profile: i % 2 ? 'firecracker' : 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 2 * GiB, diskBytes: 20 * GiB, apps: ['nginx'] });
    events.push({ atMs: Math.floor(rand() * 60_000), action: { type: 'start', target: name } });
  }
  events.sort((a, b) => a.atMs - b.atMs);
  const scale = Math.max(1, containers / 10_000);
  return {
    version: 1, name: `bench: ${containers.toLocaleString('en')} containers and ${vms.toLocaleString('en')} VMs`, description: '', seed: 1,
    host: { ...HOST_DEFAULTS, cpus: Math.round(128 * scale), memoryBytes: 4096 * GiB * scale, diskBytes: 100_000 * GiB * scale },
    instances, events, untilMs: TEN_MINUTES_MS, tour: null, goals: null, extensions: {},
  };
}

/** The same fleet as a scenario file, one line per instance and per start, as a person would write it. */
export function fleetYaml(containers: number, vms = Math.round(containers / 50)): string {
  const scenario = fleet(containers, vms);
  const GiBs = (bytes: number) => `${bytes / GiB}GiB`;
  const lines = [
    'version: 1',
    `name: "${scenario.name}"`,
    `seed: ${scenario.seed}`,
    `host: { cpus: ${scenario.host.cpus}, memory: ${GiBs(scenario.host.memoryBytes)}, disk: ${GiBs(scenario.host.diskBytes)} }`,
    'instances:',
  ];
  for (const spec of scenario.instances) {
    if (spec.kind === 'vm') lines.push(`  - { name: ${spec.name}, kind: vm, profile: ${spec.profile}, os: ${spec.os}, cpus: ${spec.cpus}, memory: 2GiB, disk: 20GiB, apps: [nginx] }`);
    else lines.push(`  - { name: ${spec.name}, kind: container, image: "${spec.image}", memory: 256m, cpus: 0.5 }`);
  }
  lines.push('events:');
  for (const ev of scenario.events) lines.push(`  - { at: ${ev.atMs}ms, start: ${(ev.action as { target: string }).target} }`);
  lines.push(`until: ${TEN_MINUTES_MS / 60_000}m`);
  return lines.join('\n') + '\n';
}
