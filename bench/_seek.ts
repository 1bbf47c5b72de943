import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createRun, runAdvance, runSeek } from '@utsuwa/sim-core';
import { fleet, TEN_MINUTES_MS } from './workload';
import { createPrngForBench } from './prng';
const run = createRun(fleet(10_000), CATALOGUE);
runAdvance(run, TEN_MINUTES_MS);
const rand = createPrngForBench(3);
const out: string[] = [];
for (let i = 0; i < 40; i++) {
  const to = Math.floor(rand() * TEN_MINUTES_MS);
  const u = process.cpuUsage(); const t = performance.now();
  console.error('seek', i, 'start');
  runSeek(run, to);
  const d = process.cpuUsage(u);
  console.error('seek', i, 'end');
  out.push(`${(to/1000).toFixed(0)}s:${((d.user + d.system) / 1000).toFixed(0)}/${(performance.now() - t).toFixed(0)}`);
  runSeek(run, TEN_MINUTES_MS);
}
console.log(out.join(' '));
