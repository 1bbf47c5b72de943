/**
 * Networks and volumes made with `docker network create` / `docker volume create` before any
 * container uses them: kept in the scenario under the `dockerObjects` extension (a field the
 * format does not define, saved and read back untouched), so that they are part of the run's
 * description like everything else the terminal does.
 */
import type { Simulation } from '../engine/state';

export const DOCKER_OBJECTS_KEY = 'dockerObjects';

export interface DockerObjects {
  networks: string[];
  volumes: string[];
}

export function dockerObjects(sim: Simulation): DockerObjects {
  const raw = sim.scenario.extensions[DOCKER_OBJECTS_KEY] as Partial<DockerObjects> | undefined;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { networks: strings(raw?.networks), volumes: strings(raw?.volumes) };
}
