/**
 * `docker compose` with no project loaded reads the Compose file of the shell's directory, as
 * Compose looks for it (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, or
 * `-f FILE`), with the directory's `.env`; the project is named after the directory unless the
 * file or `-p` names it. The file is read here; the page parses it with the reader the Import
 * button uses (which loads with the first import, not with the worker) and records the project.
 */
import type { DockerClient } from './docker-run';

/** Compose's default file names, in the order it tries them (compose-spec: "compose.yaml" preferred). */
const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

export interface ComposeSource {
  /** The file's name as given or found, and its absolute path (Compose's ConfigFiles). */
  file: string;
  path: string;
  text: string;
  dotenv: string | null;
  /** `-p`, else the directory's name. */
  projectName: string;
}

/** The directory's Compose file; null when there is none; an error in Compose's words. */
export function composeSource(client: DockerClient | undefined, file: string | undefined, projectName: string | undefined): ComposeSource | { error: string } | null {
  if (!client) return null;
  const name = file ?? DEFAULT_FILES.find((f) => client.readFile(f) !== null);
  if (name === undefined) return null;
  const text = client.readFile(name);
  if (text === null) return { error: `open ${client.absolute(name)}: no such file or directory` };
  const dir = client.absolute('.').replace(/\/+$/, '');
  return { file: name, path: client.absolute(name), text, dotenv: client.readFile('.env'), projectName: projectName ?? (dir.slice(dir.lastIndexOf('/') + 1) || 'compose') };
}
