/**
 * The worker's answers to the page's read-only questions (what a process in X sees, the
 * isolation matrix, a terminal command's output...). Each is a pure function of the engine's
 * state, answered in the worker where the state lives; query-map.ts types them.
 */
import type { Simulation } from '@utsuwa/sim-core';
import { getReport, inspectInstance, inspectHost, isolationMatrix } from '@utsuwa/sim-core';
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
  terminal: (sim, { line, where }) => runCommand(sim, line, where),
  report: (sim) => getReport(sim),
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
