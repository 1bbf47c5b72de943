/**
 * Seeks in the 10-minute 10,000-instance run, alone in a process as the page's worker holds
 * its one run: the run played to the end, then 20 seeks back to seeded moments, each followed
 * by a seek to the end again (untimed). Prints each timed seek's wall and CPU ms as JSON.
 * (Measured inside bench/run.ts, whose heap also held a second run and the garbage of a dozen,
 * a mark-compact of that heap, ~100 ms, could land in one seek; the worker never holds that.)
 */
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createRun, runAdvance, runSeek } from '@utsuwa/sim-core';
import { createPrngForBench } from './prng';
import { fleet, TEN_MINUTES_MS } from './workload';

const SEEKS = 20;

const run = createRun(fleet(10_000), CATALOGUE);
runAdvance(run, TEN_MINUTES_MS);
const rand = createPrngForBench(3);
const seeks: Array<{ ms: number; cpu: number }> = [];
for (let i = 0; i < SEEKS; i++) {
  const to = Math.floor(rand() * TEN_MINUTES_MS);
  const u = process.cpuUsage();
  const t0 = performance.now();
  runSeek(run, to);
  const ms = performance.now() - t0;
  const d = process.cpuUsage(u);
  seeks.push({ ms, cpu: (d.user + d.system) / 1000 });
  runSeek(run, TEN_MINUTES_MS);
}
process.stdout.write(JSON.stringify(seeks));
