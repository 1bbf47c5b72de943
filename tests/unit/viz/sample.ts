/**
 * Sample data for the chart tests, made by the real engine on the engine tests' round-number
 * catalogue: a VM and three containers (two of the same image, one of another sharing its
 * base layer).
 */
import { createSimulation, advanceTo, runToEnd, getView, getMemoryHistory, type Simulation } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from '../engine/fixture';

export { FIXTURE, MiB } from '../engine/fixture';

export function sampleSimulation(): Simulation {
  const s = scenario(
    [vm('vm1'), container('web1'), container('web2'), container('cache', { image: 'cache:1' })],
    startAll(['vm1', 'web1', 'web2', 'cache']),
  );
  return createSimulation(s, FIXTURE);
}

/** The board at `ms`: view and memory history. */
export function sampleAt(ms: number) {
  const sim = sampleSimulation();
  advanceTo(sim, ms);
  return { sim, view: getView(sim), history: [...getMemoryHistory(sim)] };
}

/** A host of 2 GiB where `big` outgrows what is left and the host OOM killer kills it. */
export function oomSample() {
  const host = { memoryBytes: 2048 * MiB } as never;
  const s = scenario([container('small'), container('big')], [
    ...startAll(['small', 'big']),
    { atMs: 2000, action: { type: 'load', load: { target: 'small', memoryBytes: 600 * MiB } } },
    { atMs: 3000, action: { type: 'load', load: { target: 'big', memoryBytes: 1200 * MiB } } },
  ], { host, untilMs: 10_000 });
  const sim = createSimulation(s, FIXTURE);
  runToEnd(sim);
  return { sim, view: getView(sim), history: [...getMemoryHistory(sim)] };
}
