/**
 * `npm run bench`: the engine's speed, printed as figures (targets live here, not in unit
 * tests). Results are recorded by hand in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createQueue, push, pop } from '../sim-core/engine/queue';
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { parseScenario } from '@utsuwa/sim-core/scenario';
import { createSimulation, runToEnd, getReport, createRun, runAdvance, runSeek, HOST_DEFAULTS } from '@utsuwa/sim-core';
import type { InstanceSpec, Scenario, TimedAction } from '@utsuwa/sim-core';
import { createPrngForBench } from './prng';

const GiB = 1024 ** 3;

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function benchQueue(): string {
  const q = createQueue<number>();
  const rand = createPrngForBench(1);
  const size = 10_000;
  let seq = 0;
  for (let i = 0; i < size; i++) push(q, Math.floor(rand() * 1e6), seq++, i);
  const ops = 2_000_000;
  const { ms } = time(() => {
    // Hold model: pop the earliest, push it back a random interval later.
    for (let i = 0; i < ops / 2; i++) {
      const e = pop(q)!;
      push(q, e.time + Math.floor(rand() * 1000), seq++, e.item);
    }
  });
  return `event queue (hold model, ${size} pending): ${(ops / ms / 1000).toFixed(2)} M operations/s`;
}

function bigHost(): Scenario {
  const rand = createPrngForBench(7);
  const instances: InstanceSpec[] = [];
  const events: TimedAction[] = [];
  const images = ['nginx:1.27', 'redis:7', 'alpine:3.20', 'python:3.12-slim', 'node:20', 'postgres:16'];
  for (let i = 0; i < 10_000; i++) {
    const name = `c${i}`;
    instances.push({ kind: 'container', name, runtime: 'runc', image: images[i % images.length]!, memoryBytes: 256 * 1024 ** 2, memorySwapBytes: null, cpus: 0.5, cpuShares: 1024, pidsLimit: null, in: null, share: [] });
    events.push({ atMs: Math.floor(rand() * 60_000), action: { type: 'start', target: name } });
  }
  for (let i = 0; i < 200; i++) {
    const name = `vm${i}`;
    instances.push({ kind: 'vm', name, profile: i % 2 ? 'firecracker' : 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 2 * GiB, diskBytes: 20 * GiB, apps: ['nginx'] });
    events.push({ atMs: Math.floor(rand() * 60_000), action: { type: 'start', target: name } });
  }
  events.sort((a, b) => a.atMs - b.atMs);
  return {
    version: 1, name: 'bench: 10,000 containers and 200 VMs', description: '', seed: 1,
    host: { ...HOST_DEFAULTS, cpus: 128, memoryBytes: 4096 * GiB, diskBytes: 100_000 * GiB },
    instances, events, untilMs: null, tour: null, goals: null, extensions: {},
  };
}

function benchBigHost(): string[] {
  const scenario = bigHost();
  const { ms, value: sim } = time(() => {
    const s = createSimulation(scenario, CATALOGUE);
    runToEnd(s);
    return s;
  });
  const report = getReport(sim);
  const running = report.instances.filter((i) => i.state === 'running').length;
  return [
    `10,000 containers + 200 VMs started over a minute: ${ms.toFixed(0)} ms wall (target < 5000 ms), ` +
      `${report.events} events, ${Math.round(report.events / ms * 1000).toLocaleString('en')} events/s, ${sim.state.log.length} log entries, ${running} running at the end`,
  ];
}

function benchSeek(): string {
  const path = fileURLToPath(new URL('../scenarios/nginx-vm-vs-container.yaml', import.meta.url));
  const parsed = parseScenario(readFileSync(path, 'utf8'), 'nginx-vm-vs-container.yaml', catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const run = createRun({ ...parsed.scenario, untilMs: 600_000 }, CATALOGUE);
  runAdvance(run, 600_000);
  const rand = createPrngForBench(3);
  let worst = 0;
  let total = 0;
  const seeks = 200;
  for (let i = 0; i < seeks; i++) {
    const { ms } = time(() => runSeek(run, Math.floor(rand() * 600_000)));
    worst = Math.max(worst, ms);
    total += ms;
  }
  return `seek anywhere in a 10-minute nginx run: mean ${(total / seeks).toFixed(2)} ms, worst ${worst.toFixed(2)} ms (target < 50 ms)`;
}

console.log('Utsuwa engine benchmarks');
console.log(`node ${process.version}`);
console.log(benchQueue());
for (const line of benchBigHost()) console.log(line);
console.log(benchSeek());
