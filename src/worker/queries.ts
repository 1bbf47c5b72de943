/**
 * The worker's answers to the page's read-only questions (what a process in X sees, the
 * isolation matrix, a terminal command's output...). Each is a pure function of the engine's
 * state, answered in the worker where the state lives; query-map.ts types them.
 */
import type { Simulation } from '@utsuwa/sim-core';
import { createSimulation, getReport, getView, inspectInstance, inspectHost, isolationMatrix, runToEnd } from '@utsuwa/sim-core';
import { kindFigures } from '@utsuwa/sim-core/stats';
import { containerLayerStack, explainBlast, hostDiskView, vmDiskView } from '@utsuwa/sim-core/views';
import { runCommand } from '@utsuwa/sim-core/terminal';
import type { QueryAnswer, QueryArgs, QueryName } from './query-map';

type Queries = { [K in QueryName]: (sim: Simulation, args: QueryArgs<K>) => QueryAnswer<K> };

export const QUERIES: Queries = {
  inspect: (sim, { name }) => (name === 'host' ? inspectHost(sim) : inspectInstance(sim, name)),
  isolation: (sim) => isolationMatrix(sim),
  layers: (sim, { name }) => containerLayerStack(sim, name),
  vmDisk: (sim, { name }) => vmDiskView(sim, name),
  hostDisk: (sim) => hostDiskView(sim),
  blast: (sim, { name, kind }) => explainBlast(sim, name, kind),
  terminal: (sim, { line, where, cwd, status, hostFiles, vars, tty, fileTexts }) => runCommand(sim, line, where, { cwd: cwd ?? null, status: status ?? 0, hostFiles: hostFiles ?? {}, vars: vars ?? {}, fileTexts: fileTexts ?? {}, ...(tty !== undefined ? { tty } : {}) }),
  report: (sim) => getReport(sim),
  // The lesson sheet's figures: the scenario (without the live actions) run to its end on a
  // copy; the run on screen is not touched.
  lessonFigures: (sim) => {
    const copy = createSimulation(sim.scenario, sim.catalogue);
    runToEnd(copy);
    const view = getView(copy);
    return { kinds: kindFigures(view.instances), nowMs: view.nowMs, seed: sim.scenario.seed };
  },
};

/** A name the map has (a message from elsewhere is checked before it is answered). */
export function isQueryName(name: string): name is QueryName {
  return Object.hasOwn(QUERIES, name);
}

/** Answers a query by name. */
export function answerQuery(sim: Simulation, name: QueryName, args: unknown): unknown {
  const fn = QUERIES[name] as (sim: Simulation, args: unknown) => unknown;
  return fn(sim, args);
}
