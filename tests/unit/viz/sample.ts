/**
 * Sample data for the chart tests, made by the real engine on the engine tests' round-number
 * catalogue: a VM and three containers (two of the same image, one of another sharing its
 * base layer).
 */
import { createSimulation, advanceTo, getView, getMemoryHistory, type Simulation } from '../../../sim-core/index';
import { FIXTURE, container, scenario, startAll, vm } from '../engine/fixture';

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
