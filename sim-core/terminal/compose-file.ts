/**
 * `docker compose` with no project loaded reads the Compose file of the shell's directory, as
 * Compose looks for it (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, or
 * `-f FILE`), with the directory's `.env`, through the same reader the Import button uses; the
 * project is named after the directory unless the file or `-p` names it.
 */
import type { Simulation } from '../engine/state';
import { importFile } from '../import/index';
import { COMPOSE_KEY } from '../import/index';
import type { DockerClient } from './docker-run';
import type { ContainerSpec } from '../scenario/types';

/** Compose's default file names, in the order it tries them (compose-spec: "compose.yaml" preferred). */
const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

export interface LoadedProject {
  project: string;
  configFile: string;
  services: string[];
  specs: ContainerSpec[];
}

/** The project of the directory's Compose file; null when there is none; an error in Compose's words. */
export function composeFromDirectory(sim: Simulation, client: DockerClient | undefined, file: string | undefined, projectName: string | undefined): LoadedProject | { error: string } | null {
  if (!client) return null;
  const name = file ?? DEFAULT_FILES.find((f) => client.readFile(f) !== null);
  if (name === undefined) return null;
  const text = client.readFile(name);
  if (text === null) return { error: `open ${client.absolute(name)}: no such file or directory` };
  const dir = client.absolute('.').replace(/\/+$/, '');
  const r = importFile(text, name, sim.catalogue, {
    expect: 'compose',
    projectName: projectName ?? (dir.slice(dir.lastIndexOf('/') + 1) || 'compose'),
    ...(client.readFile('.env') !== null ? { dotenv: client.readFile('.env')! } : {}),
  });
  if (!r.ok) return { error: r.errors.join('\n') };
  const p = r.scenario.extensions[COMPOSE_KEY] as LoadedProject | undefined;
  return p ? { ...p, configFile: client.absolute(name) } : { error: `${name}: no services` };
}
