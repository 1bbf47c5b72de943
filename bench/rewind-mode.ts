/**
 * One mode of the rewind figure, alone in its process: `plain` (createSimulation + runToEnd)
 * or `rewind` (createRun + runAdvance to 10 minutes), bundled (bench/bundle.ts), run WARMUP
 * times to let the JIT settle, then RUNS times; prints the CPU ms of the measured runs as JSON.
 * bench/run.ts starts the two modes in paired rounds, so neither pays for the other's garbage
 * or shares its heap.
 */
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createRun, createSimulation, runAdvance, runToEnd } from '@utsuwa/sim-core';
import { fleet, TEN_MINUTES_MS } from './workload';

// bench/rewind-instructions.ts sets them to count a chosen number of runs under valgrind.
const WARMUP = Number(process.env.UTSUWA_BENCH_WARMUP ?? 3);
// Eight measured runs: enough to span the collector's cycle (bench/run.ts takes their mean).
const RUNS = Number(process.env.UTSUWA_BENCH_RUNS ?? 8);

const mode = process.argv[2];
const scenario = fleet(10_000);
const cpu: number[] = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  const u = process.cpuUsage();
  if (mode === 'plain') runToEnd(createSimulation(scenario, CATALOGUE));
  else runAdvance(createRun(scenario, CATALOGUE), TEN_MINUTES_MS);
  const d = process.cpuUsage(u);
  if (i >= WARMUP) cpu.push((d.user + d.system) / 1000);
}
process.stdout.write(JSON.stringify(cpu));
